#pragma once

#include "ImportRunner.h"
#include "LedgerPage.h"
#include "PageContext.h"

#include <QDate>
#include <QMainWindow>
#include <QStyle>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace callscore {

class QueuePage;
class ReviewPage;

// Asks the user for a file to open (or, with an empty filter, a folder);
// tests replace it so no modal dialog blocks them. Empty means cancelled.
using OpenPathChooser =
    std::function<QString(QWidget* parent, const QString& title, const QString& filter)>;

// How the window starts: the queue date and the reviewer, both optional.
struct MainWindowOptions {
    QDate queueDate;
    QString reviewer;
};

// The application window: a navigation list on the left and the Queue,
// Review and Ledger pages, each its own class and form.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { QueuePageIndex, ReviewPageIndex, LedgerPageIndex };

    MainWindow(const PageContext& context, const MainWindowOptions& options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    QueuePage* queuePage() const { return m_queuePage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    LedgerPage* ledgerPage() const { return m_ledgerPage; }
    void setSaveFileChooser(SaveFileChooser chooser);
    void setOpenPathChooser(OpenPathChooser chooser);
    ImportRunner* importRunner() const { return m_importRunner; }
    // Asks for the file (and for a call log the recordings folder) and
    // imports it in the background.
    void importFile(ImportKind kind);

    void showPage(Page page);
    bool openCall(const QString& callId);

private:
    void addPage(QWidget* page, const QString& title, QStyle::StandardPixmap icon);
    void connectPages();
    void onReviewSubmitted(const QString& callId, const QString& summary);
    void onImportFinished(const ImportReport& report);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QueuePage* m_queuePage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    LedgerPage* m_ledgerPage = nullptr;
    ImportRunner* m_importRunner = nullptr;
    OpenPathChooser m_chooseOpenPath;
};

} // namespace callscore

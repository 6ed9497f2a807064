#pragma once

#include "LedgerPage.h"
#include "PageContext.h"

#include <QDate>
#include <QMainWindow>
#include <QStyle>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace callscore {

class QueuePage;
class ReviewPage;

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

    void showPage(Page page);
    bool openCall(const QString& callId);

private:
    void addPage(QWidget* page, const QString& title, QStyle::StandardPixmap icon);
    void connectPages();
    void onReviewSubmitted(const QString& callId, const QString& summary);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QueuePage* m_queuePage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    LedgerPage* m_ledgerPage = nullptr;
};

} // namespace callscore

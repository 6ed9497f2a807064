#pragma once

#include "PageContext.h"

#include "core/LedgerCalculator.h"
#include "core/Period.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class LedgerPage;
}

namespace callscore {

class LedgerTableModel;

// Asks where to save a file; returns an empty string when the user cancels.
// Tests replace it so that no modal dialog ever blocks them.
using SaveFileChooser = std::function<QString(QWidget* parent, const QString& suggested)>;

// The weekly ledger: totals per manager for one ISO week, the statement of
// the selected manager line by line, and the payroll CSV export.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPage(const PageContext& context, QWidget* parent = nullptr);
    ~LedgerPage() override;

    void setWeek(const IsoWeek& week);
    IsoWeek week() const { return m_week; }
    const WeekLedger& ledger() const { return m_ledger; }
    bool isLoading() const;
    void setSaveFileChooser(SaveFileChooser chooser);

    void refresh();
    // Asks for a file and writes the week's ledger CSV; false when cancelled
    // or when writing failed (the reason goes to statusMessage).
    bool exportCsv();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void ledgerLoaded();

private:
    void showLedger();
    void showWeek();
    void showTotals();
    void showStatement();
    QString selectedManager() const;
    bool writeFile(const QString& path, const QByteArray& bytes);

    std::unique_ptr<Ui::LedgerPage> m_ui;
    PageContext m_context;
    LedgerTableModel* m_model = nullptr;
    IsoWeek m_week;
    WeekLedger m_ledger;
    QFutureWatcher<WorkerResult<WeekLedger>> m_watcher;
    bool m_reloadWanted = false;
    SaveFileChooser m_chooseSaveFile;
};

} // namespace callscore

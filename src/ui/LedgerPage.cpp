#include "LedgerPage.h"

#include "DisplayText.h"
#include "LedgerTableModel.h"
#include "UiLog.h"
#include "ui_LedgerPage.h"

#include "export/ReportCsv.h"
#include "storage/Reports.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace callscore {

namespace {

enum StatementColumn {
    WhenColumn,
    KindColumn,
    CallColumn,
    AmountColumn,
    DetailColumn,
    StatementColumnCount
};

QString entryKindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::ReviewBonus:
        return LedgerPage::tr("Review bonus");
    case EntryKind::ReviewFine:
        return LedgerPage::tr("Review fine");
    case EntryKind::CallbackFine:
        return LedgerPage::tr("Callback fine");
    case EntryKind::TeamBonus:
        return LedgerPage::tr("Team bonus");
    case EntryKind::LeaderBonus:
        return LedgerPage::tr("Team leader bonus");
    case EntryKind::ReviewerBonus:
        return LedgerPage::tr("Reviewer bonus");
    }
    return {};
}

QString scoreText(const std::optional<ReviewScore>& score)
{
    return score ? DisplayText::percent(score->percent()) : QString();
}

// The statement's last column, worded from the entry's facts in the
// interface language.
QString entryDetail(const LedgerEntry& entry)
{
    switch (entry.kind) {
    case EntryKind::ReviewBonus:
        return LedgerPage::tr("score %1").arg(scoreText(entry.score));
    case EntryKind::ReviewFine: {
        const QString why = entry.score && entry.score->criticalFailed
                                ? LedgerPage::tr("critical item failed")
                                : LedgerPage::tr("below the pass threshold");
        return LedgerPage::tr("violation %1 of the week, score %2, %3")
            .arg(entry.violationNumber)
            .arg(scoreText(entry.score), why);
    }
    case EntryKind::CallbackFine: {
        const QString status = entry.callbackStatus == CallbackStatus::Late
                                   ? LedgerPage::tr("callback made late")
                                   : LedgerPage::tr("callback missed");
        return LedgerPage::tr("%1, customer %2").arg(status, entry.customer);
    }
    case EntryKind::TeamBonus:
        return LedgerPage::tr("team %1 met its weekly target").arg(entry.team);
    case EntryKind::LeaderBonus:
        return LedgerPage::tr("leader's share of team %1's pool").arg(entry.team);
    case EntryKind::ReviewerBonus:
        return LedgerPage::tr("%n fault(s) found", nullptr, entry.faults);
    }
    return {};
}

bool isDeduction(EntryKind kind)
{
    return kind == EntryKind::ReviewFine || kind == EntryKind::CallbackFine;
}

QString defaultSaveFile(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, LedgerPage::tr("Export week CSV"), suggested,
                                        LedgerPage::tr("CSV files (*.csv)"));
}

} // namespace

LedgerPage::LedgerPage(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LedgerPage>())
    , m_context(context)
    , m_model(new LedgerTableModel(this))
    , m_chooseSaveFile(defaultSaveFile)
{
    m_ui->setupUi(this);
    m_ui->ledgerTable->setModel(m_model);
    m_ui->ledgerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->statementTable->setColumnCount(StatementColumnCount);
    m_ui->statementTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Entry"), tr("Call"), tr("Amount"), tr("Detail")});
    m_ui->statementTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->statementTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->ledgerSplitter->setStretchFactor(0, 3);
    m_ui->ledgerSplitter->setStretchFactor(1, 2);
    m_ui->dialectCombo->addItem(tr("Comma, UTF-8 (RFC 4180)"), QStringLiteral("rfc"));
    m_ui->dialectCombo->addItem(tr("Excel, Russian (semicolon)"), QStringLiteral("excel-ru"));

    connect(&m_watcher, &QFutureWatcher<WorkerResult<WeekLedger>>::finished, this,
            &LedgerPage::showLedger);
    connect(m_ui->previousWeekButton, &QToolButton::clicked, this,
            [this] { setWeek(m_week.previous()); });
    connect(m_ui->nextWeekButton, &QToolButton::clicked, this, [this] { setWeek(m_week.next()); });
    connect(m_ui->thisWeekButton, &QPushButton::clicked, this, [this] {
        const QTimeZone zone = m_context.store->rules().timeZone();
        setWeek(IsoWeek::containing(QDateTime::currentDateTimeUtc(), zone));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &LedgerPage::exportCsv);
    connect(m_ui->ledgerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LedgerPage::showStatement);

    m_week =
        IsoWeek::containing(QDateTime::currentDateTimeUtc(), m_context.store->rules().timeZone());
    showWeek();
}

LedgerPage::~LedgerPage()
{
    m_watcher.waitForFinished();
}

void LedgerPage::setWeek(const IsoWeek& week)
{
    m_week = week;
    showWeek();
    refresh();
}

bool LedgerPage::isLoading() const
{
    return m_watcher.isRunning() || m_reloadWanted;
}

void LedgerPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseSaveFile = std::move(chooser);
}

void LedgerPage::refresh()
{
    // The ledger reads every promised callback ever made, so it is built on
    // a worker; a request made meanwhile runs as soon as this one ends.
    if (m_watcher.isRunning()) {
        m_reloadWanted = true;
        return;
    }
    m_reloadWanted = false;

    const IsoWeek week = m_week;
    const QDateTime asOf = QDateTime::currentDateTimeUtc();
    m_ui->totalsLabel->setText(tr("Computing the ledger…"));
    m_ui->exportButton->setEnabled(false);
    m_watcher.setFuture(m_context.worker.run<WeekLedger>(
        [week, asOf](const Store& store) { return Reports(store).weekLedger(week, asOf); }));
}

void LedgerPage::showLedger()
{
    if (m_reloadWanted) {
        refresh();
        return;
    }

    const WorkerResult<WeekLedger> result = m_watcher.result();
    if (!result.error.isEmpty()) {
        m_ui->totalsLabel->setText(tr("The ledger cannot be read: %1").arg(result.error));
        return;
    }

    const QString selected = selectedManager();
    m_ledger = result.value;
    m_model->setTotals(m_ledger.managers, m_ledger.currency);
    // Keep the manager the user was looking at; else show the first one.
    int selectedRow = m_model->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_ledger.managers.at(row).manager == selected)
            selectedRow = row;
    }
    if (selectedRow >= 0)
        m_ui->ledgerTable->selectRow(selectedRow);
    showTotals();
    showStatement();
    m_ui->exportButton->setEnabled(true);
    qCDebug(lcUi) << "ledger of" << m_week.toString() << "has" << m_model->rowCount() << "rows";
    Q_EMIT ledgerLoaded();
}

void LedgerPage::showWeek()
{
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    m_ui->weekLabel->setText(tr("Week %1: %2 – %3")
                                 .arg(m_week.toString(), locale.toString(m_week.monday(), format),
                                      locale.toString(m_week.sunday(), format)));
}

void LedgerPage::showTotals()
{
    if (m_ledger.managers.isEmpty()) {
        m_ui->totalsLabel->setText(tr("No reviews, fines or bonuses in this week yet."));
        return;
    }

    const ManagerWeekTotals total = m_model->sum();
    const QString currency = m_ledger.currency;
    m_ui->totalsLabel->setText(
        tr("Totals: %1 reviewed, %2 violations; call bonuses %3, team and leader bonuses %4; "
           "fines charged %5 (waived %6), callback fines charged %7; net %8")
            .arg(total.reviewedCalls)
            .arg(total.violations)
            .arg(DisplayText::money(total.bonus, currency),
                 DisplayText::money(total.teamBonus + total.leaderBonus, currency),
                 DisplayText::money(total.finesCharged, currency),
                 DisplayText::money(total.finesWaived + total.callbackFinesWaived, currency),
                 DisplayText::money(total.callbackFinesCharged, currency),
                 DisplayText::money(total.net(), currency)));
}

void LedgerPage::showStatement()
{
    const QString manager = selectedManager();
    m_ui->statementBox->setTitle(manager.isEmpty() ? tr("Statement: select a manager above")
                                                   : tr("Statement of %1").arg(manager));

    const QVector<LedgerEntry> entries =
        manager.isEmpty() ? QVector<LedgerEntry>() : m_ledger.entriesOf(manager);
    const QTimeZone zone = m_context.store->rules().timeZone();
    QTableWidget* table = m_ui->statementTable;
    table->setRowCount(entries.size());

    for (int row = 0; row < entries.size(); ++row) {
        const LedgerEntry& entry = entries.at(row);
        QString amount = DisplayText::money(entry.amount, m_ledger.currency);
        if (isDeduction(entry.kind))
            amount.prepend(QChar(0x2212));
        QString kind = entryKindText(entry.kind);
        // A waived fine is shown so the manager sees it, but plainly not charged.
        if (entry.waived)
            kind = tr("%1 (waived, not charged)").arg(kind);

        const QStringList cells = {DisplayText::localDateTime(entry.eventUtc, zone), kind,
                                   entry.callId, amount, entryDetail(entry)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (entry.waived) {
                QFont font = item->font();
                font.setItalic(true);
                font.setStrikeOut(column == AmountColumn);
                item->setFont(font);
                item->setForeground(QColor(0x75, 0x75, 0x75));
            }
            table->setItem(row, column, item);
        }
    }
}

QString LedgerPage::selectedManager() const
{
    const QModelIndex current = m_ui->ledgerTable->currentIndex();
    if (!current.isValid() || current.row() >= m_model->totals().size())
        return {};
    return m_model->totals().at(current.row()).manager;
}

bool LedgerPage::exportCsv()
{
    if (isLoading()) {
        Q_EMIT statusMessage(tr("The ledger is still being computed; export again in a moment."));
        return false;
    }

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documents).filePath(QStringLiteral("ledger-%1.csv").arg(m_week.toString()));
    const QString path = m_chooseSaveFile(this, suggested);
    if (path.isEmpty())
        return false;

    const CsvDialect dialect =
        csvDialectFromName(m_ui->dialectCombo->currentData().toString()).value_or(CsvDialect::Rfc);
    if (!writeFile(path, ledgerCsv(m_ledger, dialect)))
        return false;

    Q_EMIT statusMessage(tr("Ledger of week %1 exported to %2")
                             .arg(m_week.toString(), QDir::toNativeSeparators(path)));
    return true;
}

bool LedgerPage::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;

    qCWarning(lcUi) << "writing" << path << "failed:" << file.errorString();
    Q_EMIT statusMessage(tr("The ledger could not be written to %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace callscore

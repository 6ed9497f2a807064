#include "QueuePage.h"

#include "DisplayText.h"
#include "UiLog.h"
#include "ui_QueuePage.h"

#include "core/Sampler.h"
#include "storage/Reports.h"
#include "storage/Store.h"

#include <QHeaderView>
#include <QLocale>

namespace callscore {

namespace {

QueueSnapshot loadQueue(const Store& store, const QDate& date, const QString& reviewer,
                        const QDate& today)
{
    const Reports reports(store);
    QueueSnapshot snapshot;
    for (const CallRecord& call : reports.reviewQueue(date)) {
        QueueRow row;
        row.call = call;
        if (const auto stored = store.reviewForCall(call.callId)) {
            row.scorePercent = stored->score.percent();
            row.violation = stored->score.isViolation(stored->passThreshold);
        }
        snapshot.rows.append(row);
    }
    if (!reviewer.isEmpty())
        snapshot.reviewedToday = reports.reviewsSubmittedOn(reviewer, today);
    return snapshot;
}

} // namespace

QueuePage::QueuePage(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueuePage>())
    , m_context(context)
    , m_model(new QueueTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->queueTable->setModel(m_model);
    m_ui->queueTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->queueTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->queueDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->queueDateEdit->setDate(today());
    showSourceDays();
    reloadStaff();

    connect(&m_watcher, &QFutureWatcher<WorkerResult<QueueSnapshot>>::finished, this,
            &QueuePage::showSnapshot);
    connect(m_ui->queueDateEdit, &QDateEdit::dateChanged, this, [this] {
        showSourceDays();
        refresh();
    });
    connect(m_ui->reviewerCombo, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        Q_EMIT reviewerChanged(name);
        refresh();
    });
    connect(m_ui->queueTable, &QTableView::doubleClicked, this, &QueuePage::openSelected);
    connect(m_ui->openCallButton, &QPushButton::clicked, this, &QueuePage::openSelected);
    connect(m_ui->refreshQueueButton, &QPushButton::clicked, this, &QueuePage::refresh);
}

QueuePage::~QueuePage()
{
    m_watcher.waitForFinished();
}

void QueuePage::setDate(const QDate& date)
{
    if (date.isValid())
        m_ui->queueDateEdit->setDate(date);
}

QDate QueuePage::date() const
{
    return m_ui->queueDateEdit->date();
}

bool QueuePage::setReviewer(const QString& name)
{
    const int index = m_ui->reviewerCombo->findText(name);
    if (index < 0)
        return false;
    m_ui->reviewerCombo->setCurrentIndex(index);
    return true;
}

QString QueuePage::reviewer() const
{
    return m_ui->reviewerCombo->currentText();
}

QString QueuePage::firstCallId() const
{
    const auto& rows = m_model->rows();
    return rows.isEmpty() ? QString() : rows.first().call.callId;
}

void QueuePage::reloadStaff()
{
    const QString current = reviewer();
    const QSignalBlocker blocker(m_ui->reviewerCombo);
    m_ui->reviewerCombo->clear();
    for (const StaffMember& member : m_context.store->staff()) {
        if (member.role == StaffRole::Reviewer)
            m_ui->reviewerCombo->addItem(member.name);
    }
    const int index = m_ui->reviewerCombo->findText(current);
    m_ui->reviewerCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->reviewerCombo->setEnabled(m_ui->reviewerCombo->count() > 0);
    if (m_ui->reviewerCombo->count() == 0)
        m_ui->reviewerCombo->setPlaceholderText(tr("no reviewers in the staff list"));
}

void QueuePage::refresh()
{
    // One load at a time; a request made meanwhile runs when it finishes, so
    // the table always ends up showing the latest date and reviewer.
    if (m_watcher.isRunning()) {
        m_reloadWanted = true;
        return;
    }
    m_reloadWanted = false;

    const QDate queueDate = date();
    const QString name = reviewer();
    const QDate localToday = today();
    m_ui->queueSummary->setText(tr("Loading the queue…"));
    m_watcher.setFuture(
        m_context.worker.run<QueueSnapshot>([queueDate, name, localToday](const Store& store) {
            return loadQueue(store, queueDate, name, localToday);
        }));
}

void QueuePage::showSnapshot()
{
    if (m_reloadWanted) {
        refresh();
        return;
    }

    const WorkerResult<QueueSnapshot> result = m_watcher.result();
    if (!result.error.isEmpty()) {
        m_ui->queueSummary->setText(tr("The queue cannot be read: %1").arg(result.error));
        return;
    }

    m_model->setRows(result.value.rows, m_context.store->rules().timeZone());
    const int calls = m_model->rowCount();
    m_ui->queueSummary->setText(calls == 0
                                    ? tr("No calls to review for this date.")
                                    : tr("%n call(s) in the queue, %1 reviewed", nullptr, calls)
                                          .arg(m_model->reviewedCount()));
    if (calls > 0 && !m_ui->queueTable->currentIndex().isValid())
        m_ui->queueTable->selectRow(0);
    m_ui->openCallButton->setEnabled(calls > 0);
    showProgress(result.value.reviewedToday);
    qCDebug(lcUi) << "queue of" << date() << "shows" << calls << "calls";
    Q_EMIT queueLoaded(calls);
}

void QueuePage::showProgress(int reviewedToday)
{
    const int minimum = qMax(1, m_context.store->rules().reviewer.dailyMinimum);
    m_ui->reviewProgress->setRange(0, minimum);
    m_ui->reviewProgress->setValue(qMin(reviewedToday, minimum));
    m_ui->reviewProgress->setFormat(tr("%1 of %2 reviewed today").arg(reviewedToday).arg(minimum));
}

void QueuePage::showSourceDays()
{
    QStringList days;
    const QLocale locale;
    for (const QDate& day : samplingSourceDays(date()))
        days.append(locale.toString(day, QStringLiteral("ddd d MMM")));
    m_ui->sourceDaysLabel->setText(tr("calls of %1").arg(days.join(QStringLiteral(", "))));
}

void QueuePage::openSelected()
{
    const QModelIndex index = m_ui->queueTable->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openCallRequested(index.data(QueueTableModel::kCallIdRole).toString());
}

QDate QueuePage::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_context.store->rules().timeZone()).date();
}

} // namespace callscore

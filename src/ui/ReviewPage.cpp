#include "ReviewPage.h"

#include "DisplayText.h"
#include "UiLog.h"
#include "ui_ReviewPage.h"

#include "storage/Store.h"

namespace callscore {

namespace {

const char* const kGood = "color: #1b6e20;";
const char* const kBad = "color: #b00020;";

} // namespace

ReviewPage::ReviewPage(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->reviewStack->setCurrentWidget(m_ui->emptyPage);

    connect(m_ui->checklistForm, &ChecklistForm::answersChanged, this, &ReviewPage::updateScore);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &ReviewPage::submit);
}

ReviewPage::~ReviewPage() = default;

PlayerWidget* ReviewPage::playerWidget() const
{
    return m_ui->playerWidget;
}

void ReviewPage::setReviewer(const QString& reviewer)
{
    m_reviewer = reviewer;
    updateSubmit();
}

bool ReviewPage::openCall(const QString& callId)
{
    Store& store = *m_context.store;
    const auto call = store.call(callId);
    if (!call) {
        qCWarning(lcUi) << "call" << callId << "is not in the store" << store.lastError();
        return false;
    }
    m_call = *call;
    m_rules = store.rules();

    // A stored review is shown against the very template version it used.
    const auto stored = store.reviewForCall(callId);
    const auto checklist =
        stored ? store.checklistTemplate(stored->review.templateId, stored->review.templateVersion)
               : store.latestTemplate();

    m_ui->reviewStack->setCurrentWidget(m_ui->callPage);
    showHeader(m_call);
    m_hasChecklist = checklist.has_value();
    m_ui->checklistForm->setChecklist(checklist.value_or(ChecklistTemplate{}), m_context.english);
    m_ui->templateLabel->setText(
        checklist ? tr("Checklist: %1, version %2")
                        .arg(checklist->localizedTitle(m_context.english))
                        .arg(checklist->version)
                  : tr("The store has no checklist template; import one first."));

    if (stored) {
        showStoredReview(stored->review);
    } else {
        m_ui->commentEdit->clear();
        setReadOnly(false);
        showStatus(QString(), false);
    }

    m_ui->playerWidget->load(m_call.recording);
    updateScore();
    qCDebug(lcUi) << "opened call" << callId << (stored ? "(reviewed)" : "");
    return true;
}

void ReviewPage::showHeader(const CallRecord& call)
{
    const QTimeZone zone = m_rules.timeZone();
    m_ui->callTitle->setText(tr("Call %1").arg(call.callId));
    m_ui->managerLabel->setText(tr("Manager: %1").arg(call.manager));
    m_ui->customerLabel->setText(tr("Customer: %1").arg(call.customer));
    m_ui->startLabel->setText(tr("Start: %1").arg(DisplayText::localDateTime(call.startUtc, zone)));
    m_ui->directionLabel->setText(tr("Direction: %1").arg(DisplayText::direction(call.direction)));
    m_ui->talkTimeLabel->setText(tr("Talk time: %1").arg(DisplayText::talkTime(call.billsec)));
}

void ReviewPage::showStoredReview(const ReviewRecord& review)
{
    m_ui->checklistForm->setAnswers(review.answers);
    m_ui->commentEdit->setPlainText(review.comment);
    setReadOnly(true);

    const QString when = DisplayText::localDateTime(review.submittedUtc, m_rules.timeZone());
    showStatus(tr("Reviewed by %1 on %2. A submitted review is final and is shown read-only.")
                   .arg(review.reviewer, when),
               false);
}

void ReviewPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->checklistForm->setReadOnly(readOnly);
    m_ui->commentEdit->setReadOnly(readOnly);
    m_ui->submitButton->setVisible(!readOnly);
    updateSubmit();
}

void ReviewPage::updateScore()
{
    const ChecklistTemplate& checklist = m_ui->checklistForm->checklist();
    const QHash<QString, Answer> answers = m_ui->checklistForm->answers();
    QString text;
    bool bad = false;

    if (m_ui->checklistForm->isComplete()) {
        QString error;
        const auto score = scoreAnswers(checklist, answers, &error);
        text = score ? verdict(*score) : error;
        bad = !score || score->isViolation(checklist.passThreshold);
    } else {
        const ReviewScore partial = scorePartialAnswers(checklist, answers);
        const QString percent = partial.applicableWeight > 0
                                    ? DisplayText::percent(partial.percent())
                                    : QStringLiteral("—");
        text = tr("Score so far: %1\n%2 of %3 items answered")
                   .arg(percent)
                   .arg(m_ui->checklistForm->answeredCount())
                   .arg(checklist.items.size());
        if (partial.criticalFailed)
            text += QLatin1Char('\n') + tr("Violation: a critical item failed.");
        bad = partial.criticalFailed;
    }

    // Colour only once there is something to judge.
    const char* colour = answers.isEmpty() ? "" : (bad ? kBad : kGood);
    m_ui->scoreLabel->setText(text);
    m_ui->scoreLabel->setStyleSheet(QStringLiteral("font-size: 12pt;") + QLatin1String(colour));
    updateSubmit();
}

QString ReviewPage::verdict(const ReviewScore& score) const
{
    const ScoreThreshold threshold = m_ui->checklistForm->checklist().passThreshold;
    const QString headline = tr("Score: %1").arg(DisplayText::percent(score.percent()));
    if (score.criticalFailed)
        return headline + QLatin1Char('\n') +
               tr("Violation: a critical item failed. A fine will follow.");
    if (score.isViolation(threshold))
        return headline + QLatin1Char('\n') +
               tr("Violation: below the pass mark of %1. A fine will follow.")
                   .arg(DisplayText::percent(threshold / 100.0));

    const MinorUnits bonus = m_rules.bonusFor(score);
    if (bonus <= 0)
        return headline + QLatin1Char('\n') + tr("Passed, below every bonus band.");
    return headline + QLatin1Char('\n') +
           tr("Passed: bonus %1.").arg(DisplayText::money(bonus, m_rules.currency));
}

void ReviewPage::updateSubmit()
{
    const bool ready =
        m_hasChecklist && !m_readOnly && m_ui->checklistForm->isComplete() && !m_reviewer.isEmpty();
    m_ui->submitButton->setEnabled(ready);
    m_ui->submitButton->setToolTip(m_reviewer.isEmpty()
                                       ? tr("Choose the reviewer on the Queue page first")
                                       : tr("Enabled once every item is answered"));
}

void ReviewPage::submit()
{
    const ChecklistTemplate& checklist = m_ui->checklistForm->checklist();
    QString error;
    const auto score = scoreAnswers(checklist, m_ui->checklistForm->answers(), &error);
    if (!score) {
        showStatus(error, true);
        return;
    }

    ReviewRecord review;
    review.callId = m_call.callId;
    review.reviewer = m_reviewer;
    review.templateId = checklist.id;
    review.templateVersion = checklist.version;
    // Whole seconds: what is shown afterwards is exactly what was stored.
    review.submittedUtc =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    review.answers = m_ui->checklistForm->answers();
    review.comment = m_ui->commentEdit->toPlainText().trimmed();

    Store& store = *m_context.store;
    const WriteResult result = store.insertReview(review, *score);
    if (result == WriteResult::Conflict) {
        showStatus(tr("The review was not saved: %1").arg(store.conflictReason()), true);
        return;
    }
    if (result == WriteResult::Failed) {
        showStatus(tr("The review was not saved: %1").arg(store.lastError()), true);
        return;
    }

    qCInfo(lcUi) << "review of call" << review.callId << "submitted by" << review.reviewer;
    showStoredReview(review);
    const QString summary = verdict(*score).replace(QLatin1Char('\n'), QStringLiteral(" — "));
    Q_EMIT reviewSubmitted(m_call.callId,
                           tr("Review of call %1 submitted. %2").arg(m_call.callId, summary));
}

void ReviewPage::showStatus(const QString& text, bool problem)
{
    m_ui->reviewStatus->setText(text);
    m_ui->reviewStatus->setStyleSheet(problem ? QLatin1String(kBad) : QString());
}

} // namespace callscore

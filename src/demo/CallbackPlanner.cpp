#include "CallbackPlanner.h"

namespace callscore::demo {

namespace {

constexpr int kMinOriginTalkS = 30;
constexpr int kMinPendingPromises = 3;
constexpr int kSecondsPerMinute = 60;

int planIndex(CallbackPlan plan)
{
    return int(plan);
}

} // namespace

CallbackPlanner::CallbackPlanner(const DemoCalendar& calendar, DemoRandom& random,
                                 CustomerBook& customers)
    : m_calendar(calendar)
    , m_random(random)
    , m_customers(customers)
{}

QVector<DemoOutcome> CallbackPlanner::plan(DemoScenario& scenario)
{
    m_calls = &scenario.calls;
    QVector<DemoOutcome> result;

    for (DemoCall& call : scenario.calls) {
        if (!isOrigin(call))
            continue;

        const Skill skill = scenario.managers.at(call.manager).skill;
        const CallbackPlan plan = choosePlan(call, skill);
        if (plan == CallbackPlan::None)
            continue;

        DemoOutcome outcome;
        outcome.call = call.index;
        outcome.result = QStringLiteral("Перезвонить");
        outcome.plan = plan;
        if (arrange(call, plan, outcome)) {
            ++m_counts[planIndex(plan)];
            result.append(outcome);
        }
    }
    return result;
}

bool CallbackPlanner::isOrigin(const DemoCall& call) const
{
    return call.direction == Direction::In && call.answered() && call.billsec >= kMinOriginTalkS;
}

CallbackPlan CallbackPlanner::choosePlan(const DemoCall& call, Skill skill)
{
    // Promises made on the queue day or later are still ahead of us; the
    // first few are taken so every demo shows pending ones.
    if (call.start.date() >= m_calendar.queueDay()) {
        const bool wanted = m_counts[planIndex(CallbackPlan::Pending)] < kMinPendingPromises;
        return wanted || m_random.chance(0.2) ? CallbackPlan::Pending : CallbackPlan::None;
    }

    if (!m_random.chance(0.14))
        return CallbackPlan::None;
    if (skill == Skill::Strong)
        return CallbackPlan::Kept;

    // The first promises of the weaker managers make sure the demo shows a
    // late and a missed one; after that chance decides.
    if (m_counts[planIndex(CallbackPlan::Late)] == 0)
        return CallbackPlan::Late;
    if (m_counts[planIndex(CallbackPlan::Missed)] == 0)
        return CallbackPlan::Missed;
    const QVector<int> weights =
        skill == Skill::Weak ? QVector<int>{55, 20, 25} : QVector<int>{78, 11, 11};
    const CallbackPlan plans[] = {CallbackPlan::Kept, CallbackPlan::Late, CallbackPlan::Missed};
    return plans[m_random.weighted(weights)];
}

bool CallbackPlanner::arrange(DemoCall& origin, CallbackPlan plan, DemoOutcome& outcome)
{
    const QDate nextDay = DemoCalendar::nextWorkingDay(origin.start.date());
    int followup = -1;

    switch (plan) {
    case CallbackPlan::Kept:
        followup = findFollowup(origin, origin.start.addSecs(20 * kSecondsPerMinute), 3);
        if (followup < 0)
            return false;
        outcome.due = roundUpToHalfHour(
            m_calls->at(followup).start.addSecs(m_random.between(15, 150) * kSecondsPerMinute));
        break;
    case CallbackPlan::Late:
        outcome.due = m_calendar.at(nextDay, m_random.between(10, 12), 0);
        followup = findFollowup(origin, outcome.due.addSecs(3600), 4);
        if (followup < 0)
            return false;
        break;
    case CallbackPlan::Missed:
        outcome.due = m_calendar.at(nextDay, m_random.between(10, 16), 30 * m_random.between(0, 1));
        break;
    case CallbackPlan::Pending:
        outcome.due = pendingDue();
        break;
    case CallbackPlan::None:
        return false;
    }

    origin.customer = m_customers.fresh();
    if (followup >= 0) {
        DemoCall& back = (*m_calls)[followup];
        back.customer = origin.customer;
        back.spelling = Spelling(m_random.weighted({60, 15, 10, 15}));
        back.followup = true;
    }
    return true;
}

int CallbackPlanner::findFollowup(const DemoCall& origin, const QDateTime& after, int maxDays) const
{
    const QDate lastDate = origin.start.date().addDays(maxDays);
    for (int i = origin.index + 1; i < m_calls->size(); ++i) {
        const DemoCall& call = m_calls->at(i);
        if (call.start.date() > lastDate)
            break;
        if (call.manager == origin.manager && call.direction == Direction::Out && call.answered() &&
            !call.followup && call.start > after)
            return i;
    }
    return -1;
}

QDateTime CallbackPlanner::roundUpToHalfHour(const QDateTime& moment) const
{
    const QTime time = moment.time();
    const int minutes = time.hour() * 60 + time.minute() + (time.second() > 0 ? 1 : 0);
    const int rounded = (minutes + 29) / 30 * 30;
    return m_calendar.at(moment.date(), 0, 0).addSecs(rounded * kSecondsPerMinute);
}

QDateTime CallbackPlanner::pendingDue()
{
    // Due tomorrow or later, so it stays pending all of today.
    QDate day = m_calendar.today();
    for (int n = m_random.between(1, 2); n > 0; --n)
        day = DemoCalendar::nextWorkingDay(day);
    return m_calendar.at(day, m_random.between(10, 17), 30 * m_random.between(0, 1));
}

} // namespace callscore::demo

#pragma once

#include "CustomerBook.h"
#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "DemoTypes.h"

namespace callscore::demo {

// Turns some answered inbound calls into promised callbacks and arranges the
// call log around each promise so that its status is known by construction:
// the customer gets a number no other call uses, and for a kept or late
// promise exactly one later outbound call of the same manager is moved to
// that number, before or after the promised time.
class CallbackPlanner
{
public:
    CallbackPlanner(const DemoCalendar& calendar, DemoRandom& random, CustomerBook& customers);

    // Changes customers in `scenario.calls` and returns one outcome per
    // promise, without the typed phone and comment.
    QVector<DemoOutcome> plan(DemoScenario& scenario);

private:
    bool isOrigin(const DemoCall& call) const;
    CallbackPlan choosePlan(const DemoCall& call, Skill skill);
    bool arrange(DemoCall& origin, CallbackPlan plan, DemoOutcome& outcome);
    int findFollowup(const DemoCall& origin, const QDateTime& after, int maxDays) const;
    QDateTime roundUpToHalfHour(const QDateTime& moment) const;
    QDateTime pendingDue();

    const DemoCalendar& m_calendar;
    DemoRandom& m_random;
    CustomerBook& m_customers;
    QVector<DemoCall>* m_calls = nullptr;
    int m_counts[5] = {};
};

} // namespace callscore::demo

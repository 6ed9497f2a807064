#pragma once

#include "CustomerBook.h"
#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "DemoTypes.h"

namespace callscore::demo {

// Lays out every call of the demo period: 6-10 calls per manager per working
// day between 9:00 and 19:00, a short Saturday shift for two managers, a mix
// of inbound and outbound, answered and not, and the PBX ids Asterisk would
// have given them.
class CallPlanner
{
public:
    CallPlanner(const DemoCalendar& calendar, DemoRandom& random, CustomerBook& customers);

    QVector<DemoCall> plan(const QVector<DemoManager>& managers);

private:
    void planShift(const QDate& day, int manager, int callCount, int firstHour, int lastHour);
    DemoCall newCall(const QDateTime& start, int manager);
    void makeInbound(DemoCall& call);
    void makeOutbound(DemoCall& call);
    int talkSeconds();
    QVector<int> teammatesOnDuty(int manager) const;
    void assignIds();

    const DemoCalendar& m_calendar;
    DemoRandom& m_random;
    CustomerBook& m_customers;
    QVector<DemoManager> m_managers;
    QVector<int> m_onDuty;
    QVector<DemoCall> m_calls;
};

} // namespace callscore::demo

#include "CallPlanner.h"

#include <algorithm>

namespace callscore::demo {

namespace {

constexpr int kMinutesPerHour = 60;
constexpr int kMinCallsPerDay = 6;
constexpr int kMaxCallsPerDay = 10;
constexpr int kSaturdayStaff = 2;

struct Trunk {
    const char* did;
    const char* peer;
};

const Trunk kTrunks[] = {{"74957871010", "rt-trunk"}, {"74957871011", "mts-trunk"}};

} // namespace

CallPlanner::CallPlanner(const DemoCalendar& calendar, DemoRandom& random, CustomerBook& customers)
    : m_calendar(calendar)
    , m_random(random)
    , m_customers(customers)
{}

QVector<DemoCall> CallPlanner::plan(const QVector<DemoManager>& managers)
{
    m_managers = managers;
    m_calls.clear();

    int saturdayRota = 0;
    for (const QDate& day : m_calendar.days()) {
        m_onDuty.clear();
        for (int i = 0; i < m_managers.size(); ++i) {
            if (m_managers.at(i).startDate <= day)
                m_onDuty.append(i);
        }

        if (DemoCalendar::isWorkingDay(day)) {
            for (int manager : m_onDuty)
                planShift(day, manager, m_random.between(kMinCallsPerDay, kMaxCallsPerDay), 9, 19);
            continue;
        }

        // Saturday: a rota of two managers answers a few calls before lunch.
        QVector<int> shift;
        for (int k = 0; k < kSaturdayStaff; ++k)
            shift.append(m_onDuty.at((saturdayRota++) % m_onDuty.size()));
        m_onDuty = shift;
        for (int manager : shift)
            planShift(day, manager, m_random.between(3, 5), 10, 15);
    }

    assignIds();
    return m_calls;
}

void CallPlanner::planShift(const QDate& day, int manager, int callCount, int firstHour,
                            int lastHour)
{
    // One call per slot, placed at random inside it: the longest call (five
    // minutes of talk plus ringing) always ends before the next slot starts.
    const int slotMinutes = (lastHour - firstHour) * kMinutesPerHour / callCount;
    for (int i = 0; i < callCount; ++i) {
        const int minute =
            firstHour * kMinutesPerHour + i * slotMinutes + m_random.between(0, slotMinutes - 7);
        const QDateTime start = m_calendar.at(day, minute / kMinutesPerHour,
                                              minute % kMinutesPerHour, m_random.between(0, 59));
        m_calls.append(newCall(start, manager));
    }
}

DemoCall CallPlanner::newCall(const QDateTime& start, int manager)
{
    DemoCall call;
    call.start = start;
    call.manager = manager;
    call.customer = m_customers.regular();

    const Trunk& trunk = kTrunks[m_random.between(0, 1)];
    call.did = QString::fromLatin1(trunk.did);
    call.trunk = QString::fromLatin1(trunk.peer);

    if (m_random.chance(0.45))
        makeInbound(call);
    else
        makeOutbound(call);
    return call;
}

void CallPlanner::makeInbound(DemoCall& call)
{
    call.direction = Direction::In;
    call.spelling = Spelling(m_random.weighted({80, 15, 5, 0}));
    const QVector<int> teammates = teammatesOnDuty(call.manager);

    const int fate = m_random.weighted({88, 9, 3});
    if (fate == 2) {
        call.disposition = QStringLiteral("BUSY");
        return;
    }

    call.routing = Routing(m_random.weighted({45, 35, 20}));
    if (teammates.isEmpty())
        call.routing = Routing::Direct;
    if (call.routing != Routing::Direct)
        call.alsoRung.append(teammates.at(m_random.between(0, int(teammates.size()) - 1)));

    if (fate == 1) {
        call.disposition = QStringLiteral("NO ANSWER");
        call.ringS = m_random.between(15, 40);
        if (call.routing == Routing::LocalFork)
            call.routing = Routing::SipFork;
        return;
    }

    call.disposition = QStringLiteral("ANSWERED");
    call.ringS = m_random.between(3, 14);
    call.billsec = talkSeconds();
}

void CallPlanner::makeOutbound(DemoCall& call)
{
    call.direction = Direction::Out;
    call.spelling = Spelling(m_random.weighted({70, 12, 8, 10}));

    const int fate = m_random.weighted({78, 17, 5});
    if (fate == 0) {
        call.disposition = QStringLiteral("ANSWERED");
        call.ringS = m_random.between(4, 20);
        call.billsec = talkSeconds();
    } else if (fate == 1) {
        call.disposition = QStringLiteral("NO ANSWER");
        call.ringS = m_random.between(20, 45);
    } else {
        call.disposition = QStringLiteral("BUSY");
        call.ringS = m_random.between(0, 2);
    }
}

int CallPlanner::talkSeconds()
{
    // Some calls are too short to review (under 20 s), most last a few
    // minutes, none more than five.
    switch (m_random.weighted({12, 45, 28, 15})) {
    case 0:
        return m_random.between(10, 19);
    case 1:
        return m_random.between(20, 90);
    case 2:
        return m_random.between(91, 180);
    default:
        return m_random.between(181, 300);
    }
}

QVector<int> CallPlanner::teammatesOnDuty(int manager) const
{
    QVector<int> result;
    for (int other : m_onDuty) {
        if (other != manager && m_managers.at(other).team == m_managers.at(manager).team)
            result.append(other);
    }
    return result;
}

void CallPlanner::assignIds()
{
    std::stable_sort(m_calls.begin(), m_calls.end(),
                     [](const DemoCall& a, const DemoCall& b) { return a.start < b.start; });

    // Asterisk numbers channels with one counter: a call takes as many
    // numbers as it opens channels, and other traffic (IVR, queues) takes
    // a few in between.
    int seq = m_random.between(20, 400);
    for (int i = 0; i < m_calls.size(); ++i) {
        DemoCall& call = m_calls[i];
        call.index = i;
        call.epoch = call.start.toSecsSinceEpoch();
        call.firstSeq = seq;
        call.linkedId = QStringLiteral("%1.%2").arg(call.epoch).arg(seq);

        const int legs = 1 + int(call.alsoRung.size());
        seq += call.routing == Routing::LocalFork ? 1 + 3 * legs : 1 + legs;
        seq += m_random.between(0, 3);
    }
}

} // namespace callscore::demo

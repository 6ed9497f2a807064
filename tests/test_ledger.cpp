// A week of ledger arithmetic, every expected figure worked out by hand from
// the default rules: bands 80 -> 5.00, 90 -> 10.00, 100 -> 20.00; ladder
// 50.00, 100.00, 200.00; callback fine 100.00; grace 14 days; team target
// average 90 and no late or missed callbacks, pool 1000.00, leader 10 %.

#include "core/LedgerCalculator.h"

#include <QtTest>

using namespace callscore;

namespace {

const QTimeZone kMoscow("Europe/Moscow");

QDateTime moscow(int day, int hour, int minute = 0)
{
    // Days past 31 run on into February: week 2024-W05 is days 29 to 35.
    const QDate date = day <= 31 ? QDate(2024, 1, day) : QDate(2024, 2, day - 31);
    return QDateTime(date, QTime(hour, minute), kMoscow).toUTC();
}

StaffMember manager(const QString& name, const QString& team, bool leader, QDate start)
{
    StaffMember member;
    member.name = name;
    member.team = team;
    member.teamLeader = leader;
    member.startDate = start;
    return member;
}

ReviewFact review(const QString& manager, const QDateTime& start, qint64 passed, qint64 applicable,
                  bool critical = false, int faults = 0)
{
    ReviewFact fact;
    fact.callId = manager + start.toString(Qt::ISODate);
    fact.manager = manager;
    fact.callStartUtc = start;
    fact.reviewer = QStringLiteral("Кузнецова Мария");
    fact.submittedUtc = start.addDays(1);
    fact.score.passedWeight = passed;
    fact.score.applicableWeight = applicable;
    fact.score.criticalFailed = critical;
    fact.score.faults = faults;
    return fact;
}

CallbackFact callback(const QString& manager, const QDateTime& due, CallbackStatus status)
{
    CallbackFact fact;
    fact.callId = manager + QStringLiteral("-cb");
    fact.manager = manager;
    fact.customer = QStringLiteral("+79161000001");
    fact.callTimeUtc = due.addDays(-1);
    fact.dueUtc = due;
    fact.status = status;
    return fact;
}

const QString kAnna = QStringLiteral("Иванова Анна");
const QString kOleg = QStringLiteral("Петров Олег");
const QString kIlya = QStringLiteral("Сидоров Илья");
const QString kVera = QStringLiteral("Волкова Вера");
const QString kZoya = QStringLiteral("Зуева Зоя");

WeekFacts handWorkedWeek()
{
    WeekFacts facts;
    facts.week = *IsoWeek::parse(QStringLiteral("2024-W05"));
    facts.staff = {manager(kAnna, QStringLiteral("Север"), true, QDate(2023, 11, 6)),
                   manager(kOleg, QStringLiteral("Север"), false, QDate(2024, 1, 22)),
                   manager(kIlya, QStringLiteral("Юг"), true, QDate(2023, 9, 1)),
                   manager(kVera, QStringLiteral("Юг"), false, QDate(2023, 1, 1)),
                   manager(kZoya, QStringLiteral("Юг"), false, QDate(2023, 1, 1))};
    StaffMember reviewer;
    reviewer.name = QStringLiteral("Кузнецова Мария");
    reviewer.role = StaffRole::Reviewer;
    facts.staff.append(reviewer);

    // Listed out of order on purpose: the ladder follows call start times.
    facts.reviewsOfWeekCalls = {
        review(kAnna, moscow(33, 10), 60, 100),       // Fri: violation 3 -> 200
        review(kAnna, moscow(29, 10), 100, 100),      // Mon: 100 -> 20
        review(kAnna, moscow(30, 10), 85, 100),       // Tue: 85 -> 5
        review(kAnna, moscow(31, 10), 70, 100),       // Wed: violation 1 -> 50
        review(kAnna, moscow(32, 10), 90, 100, true), // Thu: critical, violation 2 -> 100
        review(kAnna, moscow(34, 10), 50, 100),       // Sat: violation 4 -> 200
        review(kOleg, moscow(29, 11), 90, 100),       // 90 -> 10, bonus not waived
        review(kOleg, moscow(30, 11), 7999, 10000),   // 79.99: violation 1, waived 50
        review(kIlya, moscow(29, 12), 1, 1),          // 100 -> 20
        review(kIlya, moscow(30, 12), 8, 10),         // 80 -> 5
        review(kVera, moscow(29, 13), 9, 10),         // 90 -> 10
        review(kVera, moscow(30, 13), 27, 30),        // 90 -> 10
    };
    facts.callbacksDueInWeek = {
        callback(kAnna, moscow(33, 18), CallbackStatus::Late),   // 100 charged
        callback(kOleg, moscow(31, 12), CallbackStatus::Missed), // 100 waived (grace)
        callback(kIlya, moscow(32, 12), CallbackStatus::Kept),
    };
    facts.reviewsSubmittedInWeek = {review(kAnna, moscow(29, 9), 80, 100, false, 2),
                                    review(kIlya, moscow(30, 9), 100, 100, false, 0),
                                    review(kVera, moscow(31, 9), 60, 100, true, 3)};
    return facts;
}

const ManagerWeekTotals* rowOf(const WeekLedger& ledger, const QString& name)
{
    for (const ManagerWeekTotals& row : ledger.managers) {
        if (row.manager == name)
            return &row;
    }
    return nullptr;
}

} // namespace

class LedgerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escalatingFinesAndBands();
    void graceWaivesFinesButNotBonuses();
    void teamPoolSplitWithRemainderToLeader();
    void teamJustBelowTargetEarnsNothing();
    void missedCallbackBlocksTeamPool();
    void rowsOrderedByTeamThenName();
    void reviewerBonusPerFault();
    void scoreThresholdsAreExact();
};

void LedgerTest::escalatingFinesAndBands()
{
    const WeekLedger ledger = computeWeekLedger(handWorkedWeek(), Rules::defaults());
    const ManagerWeekTotals* anna = rowOf(ledger, kAnna);
    QVERIFY(anna);
    QCOMPARE(anna->reviewedCalls, 6);
    QCOMPARE(anna->passedCalls, 2);
    QCOMPARE(anna->violations, 4);
    QCOMPARE(anna->bonus, MinorUnits(2500));
    QCOMPARE(anna->finesCharged, MinorUnits(5000 + 10000 + 20000 + 20000));
    QCOMPARE(anna->callbackFinesCharged, MinorUnits(10000));
    QCOMPARE(anna->teamBonus, MinorUnits(0));
    QCOMPARE(anna->net(), MinorUnits(2500 - 55000 - 10000));

    // The statement lists the fines in call order with their ladder step.
    QVector<MinorUnits> fines;
    for (const LedgerEntry& entry : ledger.entriesOf(kAnna)) {
        if (entry.kind == EntryKind::ReviewFine)
            fines.append(entry.amount);
    }
    QCOMPARE(fines, (QVector<MinorUnits>{5000, 10000, 20000, 20000}));
}

void LedgerTest::graceWaivesFinesButNotBonuses()
{
    const WeekLedger ledger = computeWeekLedger(handWorkedWeek(), Rules::defaults());
    const ManagerWeekTotals* oleg = rowOf(ledger, kOleg);
    QVERIFY(oleg);
    QCOMPARE(oleg->reviewedCalls, 2);
    QCOMPARE(oleg->violations, 1);
    QCOMPARE(oleg->bonus, MinorUnits(1000));
    QCOMPARE(oleg->finesCharged, MinorUnits(0));
    QCOMPARE(oleg->finesWaived, MinorUnits(5000));
    QCOMPARE(oleg->callbackFinesCharged, MinorUnits(0));
    QCOMPARE(oleg->callbackFinesWaived, MinorUnits(10000));
    QCOMPARE(oleg->net(), MinorUnits(1000));

    // Started 22 January: 14 days of grace end before 5 February, so a
    // violation on Monday 5 February is charged.
    WeekFacts next = handWorkedWeek();
    next.week = next.week.next();
    next.reviewsOfWeekCalls = {review(kOleg, moscow(36, 9), 10, 100)};
    next.callbacksDueInWeek.clear();
    const ManagerWeekTotals* later = rowOf(computeWeekLedger(next, Rules::defaults()), kOleg);
    QVERIFY(later);
    QCOMPARE(later->finesCharged, MinorUnits(5000));
    QCOMPARE(later->finesWaived, MinorUnits(0));
}

void LedgerTest::teamPoolSplitWithRemainderToLeader()
{
    const WeekLedger ledger = computeWeekLedger(handWorkedWeek(), Rules::defaults());

    // Юг: scores 100, 80, 90, 90 average exactly 90; its kept callback costs
    // nothing. 1000.00 over three managers is 333.33 each with 0.01 left,
    // which goes to the leader with the leader's 100.00.
    const ManagerWeekTotals* ilya = rowOf(ledger, kIlya);
    const ManagerWeekTotals* vera = rowOf(ledger, kVera);
    const ManagerWeekTotals* zoya = rowOf(ledger, kZoya);
    QVERIFY(ilya && vera && zoya);
    QCOMPARE(ilya->teamBonus, MinorUnits(33334));
    QCOMPARE(ilya->leaderBonus, MinorUnits(10000));
    QCOMPARE(ilya->bonus, MinorUnits(2500));
    QCOMPARE(ilya->net(), MinorUnits(2500 + 33334 + 10000));
    QCOMPARE(vera->teamBonus, MinorUnits(33333));
    QCOMPARE(vera->bonus, MinorUnits(2000));
    QCOMPARE(zoya->teamBonus, MinorUnits(33333));
    QCOMPARE(zoya->reviewedCalls, 0);
    QCOMPARE(zoya->net(), MinorUnits(33333));

    // Север averages 78.12 and has callbacks missed: nothing.
    QCOMPARE(rowOf(ledger, kAnna)->teamBonus, MinorUnits(0));
    QCOMPARE(rowOf(ledger, kOleg)->teamBonus, MinorUnits(0));
}

void LedgerTest::teamJustBelowTargetEarnsNothing()
{
    WeekFacts facts = handWorkedWeek();
    // 269/300 is 89.67: the average drops to 89.92, below 90.
    facts.reviewsOfWeekCalls.last().score.passedWeight = 269;
    facts.reviewsOfWeekCalls.last().score.applicableWeight = 300;
    const WeekLedger ledger = computeWeekLedger(facts, Rules::defaults());
    QCOMPARE(rowOf(ledger, kIlya)->teamBonus, MinorUnits(0));
    QCOMPARE(rowOf(ledger, kIlya)->leaderBonus, MinorUnits(0));
    QVERIFY(!rowOf(ledger, kZoya)); // no reviews, no callbacks, no pool: no activity
}

void LedgerTest::missedCallbackBlocksTeamPool()
{
    WeekFacts facts = handWorkedWeek();
    facts.callbacksDueInWeek.last().status = CallbackStatus::Missed;
    const WeekLedger ledger = computeWeekLedger(facts, Rules::defaults());
    QCOMPARE(rowOf(ledger, kIlya)->teamBonus, MinorUnits(0));
    QCOMPARE(rowOf(ledger, kIlya)->callbackFinesCharged, MinorUnits(10000));
}

void LedgerTest::rowsOrderedByTeamThenName()
{
    const WeekLedger ledger = computeWeekLedger(handWorkedWeek(), Rules::defaults());
    QStringList names;
    for (const ManagerWeekTotals& row : ledger.managers)
        names.append(row.manager);
    QCOMPARE(names, (QStringList{kAnna, kOleg, kVera, kZoya, kIlya}));
}

void LedgerTest::reviewerBonusPerFault()
{
    const WeekLedger ledger = computeWeekLedger(handWorkedWeek(), Rules::defaults());
    QCOMPARE(ledger.reviewers.size(), 1);
    QCOMPARE(ledger.reviewers.first().reviews, 3);
    QCOMPARE(ledger.reviewers.first().faultsFound, 5);
    QCOMPARE(ledger.reviewers.first().bonus, MinorUnits(5000));
}

void LedgerTest::scoreThresholdsAreExact()
{
    ReviewScore score;
    score.passedWeight = 2;
    score.applicableWeight = 3; // 66.666...
    QVERIFY(score.reaches(*thresholdFromNumber(66.666)));
    QVERIFY(score.reaches(*thresholdFromNumber(66.666666)));
    QVERIFY(!score.reaches(*thresholdFromNumber(66.666667)));
    QVERIFY(!score.reaches(*thresholdFromNumber(66.67)));

    score.passedWeight = 8;
    score.applicableWeight = 10;
    QVERIFY(score.reaches(wholePoints(80)));
    QVERIFY(!score.isViolation(wholePoints(80)));
    score.passedWeight = 7999;
    score.applicableWeight = 10000;
    QVERIFY(score.isViolation(wholePoints(80)));
    QCOMPARE(Rules::defaults().bonusFor(score), MinorUnits(0));
}

QTEST_GUILESS_MAIN(LedgerTest)
#include "test_ledger.moc"

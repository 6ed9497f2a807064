// Money, rules, templates, scoring, periods, phone numbers, callbacks and
// sampling: the domain rules that need no database.

#include "TestSupport.h"

#include "core/CallbackChecker.h"
#include "core/ChecklistTemplate.h"
#include "core/Money.h"
#include "core/Period.h"
#include "core/PhoneNormalizer.h"
#include "core/Rules.h"
#include "core/Sampler.h"
#include "core/Scoring.h"

#include <QFile>
#include <QtTest>

using namespace callscore;

namespace {

ChecklistTemplate defaultTemplate()
{
    QString error;
    const auto checklist =
        ChecklistTemplate::fromJson(testing::readFile(testing::sourcePath(
                                        QStringLiteral("resources/templates/sales-call.json"))),
                                    &error);
    if (!checklist)
        qFatal("default template: %s", qPrintable(error));
    return *checklist;
}

CallRecord outbound(const QString& customer, const QDateTime& start, const QString& disposition)
{
    CallRecord call;
    call.callId = start.toString(Qt::ISODate);
    call.direction = QStringLiteral("out");
    call.customer = customer;
    call.startUtc = start;
    call.disposition = disposition;
    return call;
}

} // namespace

class CoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyParsing_data();
    void moneyParsing();
    void moneyFormatting();
    void rulesFromFormatsExample();
    void rulesRejectBadAmounts();
    void templateAndScoring();
    void scoringRejectsIncompleteAnswers();
    void isoWeeks();
    void weekBoundsFollowTheZone();
    void parsingMoments();
    void phoneNumbers_data();
    void phoneNumbers();
    void callbackStatuses();
    void samplingIsReproducible();
};

void CoreTest::moneyParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("valid");
    QTest::newRow("two decimals") << QStringLiteral("150.00") << qint64(15000) << true;
    QTest::newRow("one decimal") << QStringLiteral("5.5") << qint64(550) << true;
    QTest::newRow("whole") << QStringLiteral("1000") << qint64(100000) << true;
    QTest::newRow("comma") << QStringLiteral("12,34") << qint64(1234) << true;
    QTest::newRow("negative") << QStringLiteral("-0.01") << qint64(-1) << true;
    QTest::newRow("three decimals") << QStringLiteral("1.005") << qint64(0) << false;
    QTest::newRow("letters") << QStringLiteral("10 руб") << qint64(0) << false;
    QTest::newRow("empty") << QString() << qint64(0) << false;
    QTest::newRow("dangling point") << QStringLiteral("10.") << qint64(0) << false;
}

void CoreTest::moneyParsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(bool, valid);
    const auto parsed = parseMajorUnits(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, minor);
}

void CoreTest::moneyFormatting()
{
    QCOMPARE(formatMinorUnits(15000), QStringLiteral("150.00"));
    QCOMPARE(formatMinorUnits(15000, QLatin1Char(',')), QStringLiteral("150,00"));
    QCOMPARE(formatMinorUnits(-62500), QStringLiteral("-625.00"));
    QCOMPARE(formatMinorUnits(7), QStringLiteral("0.07"));
    QCOMPARE(formatMinorUnits(-7), QStringLiteral("-0.07"));
}

void CoreTest::rulesFromFormatsExample()
{
    const QByteArray json = R"({"currency": "RUB", "time_zone": "Europe/Moscow",
 "bonus_bands": [{"min_score": 80, "amount": "5.00"},
                 {"min_score": 90, "amount": "10.00"},
                 {"min_score": 100, "amount": "20.00"}],
 "fine_ladder": ["50.00", "100.00", "200.00"],
 "callback": {"fine": "100.00", "count_unanswered_attempts": true},
 "grace_days": 14,
 "team": {"min_average_score": 90, "max_missed_callbacks": 0,
          "pool": "1000.00", "leader_share_percent": 10},
 "reviewer": {"bonus_per_fault": "10.00", "daily_minimum": 20},
 "sampling": {"calls_per_manager": 3, "min_duration_s": 20,
              "require_recording": true}})";
    QString error;
    const auto rules = Rules::fromJson(json, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->bonusBands.size(), 3);
    QCOMPARE(rules->bonusBands.at(2).amount, MinorUnits(2000));
    QCOMPARE(rules->fineForViolation(0), MinorUnits(5000));
    QCOMPARE(rules->fineForViolation(7), MinorUnits(20000));
    QCOMPARE(rules->team.pool, MinorUnits(100000));
    QCOMPARE(rules->team.minAverageScore, wholePoints(90));
    QCOMPARE(rules->reviewer.bonusPerFault, MinorUnits(1000));

    // What toJson writes reads back to the same rules.
    const auto again = Rules::fromJson(rules->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), rules->toJson());
    QCOMPARE(Rules::defaults().toJson(), rules->toJson());

    // Keys left out keep their defaults, the ladder and bands included; the
    // resource file and the built-in defaults agree.
    const auto partial = Rules::fromJson(R"({"grace_days": 7})", &error);
    QVERIFY2(partial, qPrintable(error));
    QCOMPARE(partial->graceDays, 7);
    QCOMPARE(partial->fineLadder, rules->fineLadder);
    QCOMPARE(partial->bonusBands.size(), 3);
    QCOMPARE(Rules().toJson(), Rules::defaults().toJson());
}

void CoreTest::rulesRejectBadAmounts()
{
    QString error;
    // A misspelt or malformed list must not silently drop every fine.
    QVERIFY(!Rules::fromJson(R"({"fine_lader": ["50.00"]})", &error));
    QVERIFY2(error.contains(QStringLiteral("fine_lader")), qPrintable(error));
    QVERIFY(!Rules::fromJson(R"({"fine_ladder": "50.00"})", &error));
    QVERIFY(!Rules::fromJson(R"({"fine_ladder": []})", &error));
    QVERIFY(!Rules::fromJson(R"({"bonus_bands": [{"min_score": 80}]})", &error));
    QVERIFY(!Rules::fromJson(R"({"team": {"leader_share_percent": 150}})", &error));
    QVERIFY(!Rules::fromJson(R"({"team": {"pool": "1000.00", "poool": 1}})", &error));
    QVERIFY2(error.contains(QStringLiteral("poool")) && error.contains(QStringLiteral("team")),
             qPrintable(error));
    QVERIFY(!Rules::fromJson(R"({"currency": "XX1"})", &error));

    QVERIFY(!Rules::fromJson(R"({"fine_ladder": ["50.001"]})", &error));
    QVERIFY2(error.contains(QStringLiteral("fine_ladder")), qPrintable(error));
    QVERIFY(!Rules::fromJson(R"({"time_zone": "Mars/Olympus"})", &error));
    QVERIFY2(error.contains(QStringLiteral("Mars/Olympus")), qPrintable(error));
    QVERIFY(!Rules::fromJson("not json", &error));
}

void CoreTest::templateAndScoring()
{
    const ChecklistTemplate checklist = defaultTemplate();
    QCOMPARE(checklist.id, QStringLiteral("sales-call"));
    QCOMPARE(checklist.items.size(), 8);
    int weights = 0;
    for (const ChecklistItem& item : checklist.items)
        weights += item.weight;
    QCOMPARE(weights, 100);

    QHash<QString, Answer> answers;
    for (const ChecklistItem& item : checklist.items)
        answers.insert(item.id, Answer::Pass);
    answers[QStringLiteral("objections")] = Answer::NotApplicable; // weight 15
    answers[QStringLiteral("summary")] = Answer::Fail;             // weight 10

    QString error;
    const auto score = scoreAnswers(checklist, answers, &error);
    QVERIFY2(score, qPrintable(error));
    // 75 passed of 85 applicable = 88.235...: passes, earns the 80 band.
    QCOMPARE(score->passedWeight, qint64(75));
    QCOMPARE(score->applicableWeight, qint64(85));
    QCOMPARE(score->faults, 1);
    QVERIFY(!score->isViolation(checklist.passThreshold));
    QCOMPARE(Rules::defaults().bonusFor(*score), MinorUnits(500));

    answers[QStringLiteral("politeness")] = Answer::Fail; // critical
    const auto critical = scoreAnswers(checklist, answers, &error);
    QVERIFY(critical && critical->criticalFailed);
    QVERIFY(critical->isViolation(checklist.passThreshold));
}

void CoreTest::scoringRejectsIncompleteAnswers()
{
    const ChecklistTemplate checklist = defaultTemplate();
    QHash<QString, Answer> answers;
    for (const ChecklistItem& item : checklist.items)
        answers.insert(item.id, Answer::Pass);

    QString error;
    answers.remove(QStringLiteral("offer"));
    QVERIFY(!scoreAnswers(checklist, answers, &error));
    QVERIFY(error.contains(QStringLiteral("offer")));

    answers[QStringLiteral("offer")] = Answer::NotApplicable;
    QVERIFY(!scoreAnswers(checklist, answers, &error));
    QVERIFY(error.contains(QStringLiteral("does not allow")));

    for (const ChecklistItem& item : checklist.items)
        answers[item.id] = Answer::NotApplicable;
    QVERIFY(!scoreAnswers(checklist, answers, &error));
}

void CoreTest::isoWeeks()
{
    const auto week = IsoWeek::parse(QStringLiteral("2024-W04"));
    QVERIFY(week);
    QCOMPARE(week->monday(), QDate(2024, 1, 22));
    QCOMPARE(week->sunday(), QDate(2024, 1, 28));
    QCOMPARE(week->toString(), QStringLiteral("2024-W04"));
    QCOMPARE(IsoWeek::containing(QDate(2024, 12, 30)).toString(), QStringLiteral("2025-W01"));
    QCOMPARE(IsoWeek::containing(QDate(2021, 1, 3)).toString(), QStringLiteral("2020-W53"));
    QVERIFY(!IsoWeek::parse(QStringLiteral("2024-W53")));
    QVERIFY(!IsoWeek::parse(QStringLiteral("2024-05")));
    QCOMPARE(week->next().toString(), QStringLiteral("2024-W05"));
}

void CoreTest::weekBoundsFollowTheZone()
{
    const auto week = IsoWeek::parse(QStringLiteral("2024-W04"));
    const QTimeZone moscow("Europe/Moscow");
    QCOMPARE(week->startUtc(moscow), QDateTime(QDate(2024, 1, 21), QTime(21, 0), Qt::UTC));
    QCOMPARE(week->endUtc(moscow), QDateTime(QDate(2024, 1, 28), QTime(21, 0), Qt::UTC));

    // Berlin switches to summer time on Sunday 31 March 2024: that week is an
    // hour shorter, and the next one starts at 22:00 UTC.
    const QTimeZone berlin("Europe/Berlin");
    const auto dstWeek = IsoWeek::parse(QStringLiteral("2024-W13"));
    QCOMPARE(dstWeek->startUtc(berlin), QDateTime(QDate(2024, 3, 24), QTime(23, 0), Qt::UTC));
    QCOMPARE(dstWeek->endUtc(berlin), QDateTime(QDate(2024, 3, 31), QTime(22, 0), Qt::UTC));

    // Sunday 23:30 in Moscow is still the same ISO week, though it is Sunday
    // 20:30 UTC.
    const QDateTime lateSunday = QDateTime(QDate(2024, 1, 28), QTime(23, 30), moscow).toUTC();
    QCOMPARE(IsoWeek::containing(lateSunday, moscow), *week);
}

void CoreTest::parsingMoments()
{
    const QTimeZone moscow("Europe/Moscow");
    const QDateTime expected(QDate(2024, 1, 27), QTime(23, 4, 6), Qt::UTC);
    QCOMPARE(parseMoment(QStringLiteral("2024-01-28 02:04:06"), moscow), expected);
    QCOMPARE(parseMoment(QStringLiteral("2024-01-28T02:04:06+03:00"), moscow), expected);
    QCOMPARE(parseMoment(QStringLiteral("2024-01-27T23:04:06Z"), moscow), expected);
    QCOMPARE(parseMoment(QStringLiteral("28.01.2024 02:04"), moscow), expected.addSecs(-6));
    QVERIFY(!parseMoment(QStringLiteral("yesterday"), moscow).isValid());
    QCOMPARE(formatLocalIso(expected, moscow), QStringLiteral("2024-01-28T02:04:06+03:00"));
}

void CoreTest::phoneNumbers_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    const QString mobile = QStringLiteral("+79123456789");
    QTest::newRow("8 and brackets") << QStringLiteral("8 (912) 345-67-89") << mobile;
    QTest::newRow("plus and spaces") << QStringLiteral("+7 912 345 67 89") << mobile;
    QTest::newRow("bare 7") << QStringLiteral("79123456789") << mobile;
    QTest::newRow("bare 8") << QStringLiteral("89123456789") << mobile;
    QTest::newRow("ten digits") << QStringLiteral("9123456789") << mobile;
    QTest::newRow("dashes") << QStringLiteral("8-912-345-67-89") << mobile;
    QTest::newRow("old 8-10 prefix")
        << QStringLiteral("81079101000007") << QStringLiteral("+79101000007");
    QTest::newRow("8-10 with spaces")
        << QStringLiteral("8107 922 100 00 23") << QStringLiteral("+79221000023");
    QTest::newRow("Moscow landline")
        << QStringLiteral("8 (495) 123-45-67") << QStringLiteral("+74951234567");
    QTest::newRow("six-digit city number") << QStringLiteral("300001") << QStringLiteral("300001");
    QTest::newRow("extension") << QStringLiteral("301") << QStringLiteral("301");
    QTest::newRow("Kazakhstan shares +7")
        << QStringLiteral("+7 701 123 45 67") << QStringLiteral("+77011234567");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("anonymous") << QStringLiteral("anonymous") << QString();
}

void CoreTest::phoneNumbers()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QCOMPARE(PhoneNormalizer().normalize(raw), normalized);
}

void CoreTest::callbackStatuses()
{
    const QString customer = QStringLiteral("+79161000001");
    const QDateTime call(QDate(2024, 1, 29), QTime(9, 0), Qt::UTC);
    Outcome outcome;
    outcome.customer = customer;
    outcome.callTimeUtc = call;
    outcome.kind = OutcomeKind::Callback;
    outcome.callbackDueUtc = call.addSecs(3 * 3600);
    const QDateTime due = *outcome.callbackDueUtc;
    const QDateTime later = due.addDays(2);

    const auto statusOf = [&](const QVector<CallRecord>& calls, const QDateTime& asOf,
                              bool countUnanswered = true) {
        return checkCallback(outcome, calls, asOf, countUnanswered).status;
    };

    QCOMPARE(statusOf({}, call.addSecs(60)), CallbackStatus::Pending);
    QCOMPARE(statusOf({}, later), CallbackStatus::Missed);

    const CallRecord onTime = outbound(customer, due.addSecs(-60), QStringLiteral("ANSWERED"));
    const CallRecord exactlyDue = outbound(customer, due, QStringLiteral("ANSWERED"));
    const CallRecord late = outbound(customer, due.addSecs(60), QStringLiteral("ANSWERED"));
    const CallRecord before = outbound(customer, call.addSecs(-60), QStringLiteral("ANSWERED"));
    const CallRecord unanswered = outbound(customer, due.addSecs(-60), QStringLiteral("NO ANSWER"));
    const CallRecord otherNumber =
        outbound(QStringLiteral("+79161000002"), due.addSecs(-60), QStringLiteral("ANSWERED"));

    QCOMPARE(statusOf({onTime}, later), CallbackStatus::Kept);
    QCOMPARE(statusOf({exactlyDue}, later), CallbackStatus::Kept);
    QCOMPARE(statusOf({late}, later), CallbackStatus::Late);
    QCOMPARE(checkCallback(outcome, {late}, later, true).firstCallbackUtc, late.startUtc);
    QCOMPARE(statusOf({before, otherNumber}, later), CallbackStatus::Missed);
    QCOMPARE(statusOf({unanswered}, later), CallbackStatus::Kept);
    QCOMPARE(statusOf({unanswered}, later, false), CallbackStatus::Missed);
    QCOMPARE(statusOf({unanswered, late}, later, false), CallbackStatus::Late);

    // As of a moment before the late call, it is not known yet: missed.
    QCOMPARE(statusOf({late}, due.addSecs(30)), CallbackStatus::Missed);
    // Before the due time nothing is decided.
    QCOMPARE(statusOf({late}, due.addSecs(-30)), CallbackStatus::Pending);
}

void CoreTest::samplingIsReproducible()
{
    QCOMPARE(samplingSourceDays(QDate(2024, 1, 30)), QVector<QDate>{QDate(2024, 1, 29)});
    QCOMPARE(samplingSourceDays(QDate(2024, 1, 29)),
             (QVector<QDate>{QDate(2024, 1, 26), QDate(2024, 1, 27), QDate(2024, 1, 28)}));

    QVector<CallRecord> calls;
    for (int i = 0; i < 10; ++i) {
        for (const QString& manager : {QStringLiteral("A"), QStringLiteral("B")}) {
            CallRecord call;
            call.callId = QStringLiteral("1706407446.%1%2").arg(manager).arg(i);
            call.manager = manager;
            call.disposition = QStringLiteral("ANSWERED");
            call.billsec = i == 0 ? 19 : 60; // the first is too short
            call.recording = i == 1 ? QString() : QStringLiteral("/rec/%1.wav").arg(i);
            call.startUtc = QDateTime(QDate(2024, 1, 29), QTime(9 + i, 0), Qt::UTC);
            calls.append(call);
        }
    }
    CallRecord nobody = calls.first();
    nobody.callId = QStringLiteral("unknown-agent");
    nobody.manager.clear();
    nobody.billsec = 100;
    calls.append(nobody);

    const SamplingRule rules;
    const QVector<CallRecord> queue = sampleCalls(calls, QDate(2024, 1, 30), rules);
    QCOMPARE(queue.size(), 6);
    for (int i = 0; i < queue.size(); ++i) {
        QCOMPARE(queue.at(i).manager, i < 3 ? QStringLiteral("A") : QStringLiteral("B"));
        QVERIFY(queue.at(i).billsec >= 20);
        QVERIFY(!queue.at(i).recording.isEmpty());
        if (i % 3)
            QVERIFY(queue.at(i - 1).startUtc < queue.at(i).startUtc);
    }

    // The same input gives the same queue; reversed input too.
    QVector<CallRecord> reversed(calls.rbegin(), calls.rend());
    const auto again = sampleCalls(reversed, QDate(2024, 1, 30), rules);
    for (int i = 0; i < queue.size(); ++i)
        QCOMPARE(again.at(i).callId, queue.at(i).callId);

    // Another day draws another sample from the same calls.
    const auto otherDay = sampleCalls(calls, QDate(2024, 1, 31), rules);
    QStringList today, tomorrow;
    for (int i = 0; i < queue.size(); ++i) {
        today << queue.at(i).callId;
        tomorrow << otherDay.at(i).callId;
    }
    QVERIFY(today != tomorrow);
}

QTEST_GUILESS_MAIN(CoreTest)
#include "test_core.moc"

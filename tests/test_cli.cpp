// callscore-cli end to end on the shared sample files, as a payroll script
// would run it: exit statuses, stderr problems and the documented CSVs. Every
// expected row was worked out by hand from the files and the default rules.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace callscore;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut;
};

QString reviewsJson()
{
    // Answers per call; every other item passes. Weights: greeting 10,
    // need 15, offer 15, objections 15 (N/A allowed), next_step 15 (critical),
    // callback_time 10 (N/A allowed), summary 10, politeness 10 (critical).
    return QStringLiteral(R"({"reviews": [
 {"call_id": "1706407446.50", "reviewer": "Кузнецова Мария", "template": "sales-call",
  "template_version": 1, "submitted_at": "2024-01-29T09:15:00+03:00",
  "answers": {"greeting": "pass", "need": "pass", "offer": "pass", "objections": "na",
              "next_step": "pass", "callback_time": "pass", "summary": "pass",
              "politeness": "pass"}},
 {"call_id": "1706412893.79", "reviewer": "Кузнецова Мария", "template": "sales-call",
  "template_version": 1, "submitted_at": "2024-01-29T09:30:00+03:00",
  "answers": {"greeting": "pass", "need": "pass", "offer": "fail", "objections": "pass",
              "next_step": "pass", "callback_time": "pass", "summary": "pass",
              "politeness": "pass"}},
 {"call_id": "mainserverdss-1706420300.0", "reviewer": "Кузнецова Мария",
  "template": "sales-call", "template_version": 1,
  "submitted_at": "2024-01-29T09:45:00+03:00",
  "answers": {"greeting": "pass", "need": "pass", "offer": "pass", "objections": "pass",
              "next_step": "pass", "callback_time": "pass", "summary": "pass",
              "politeness": "fail"}},
 {"call_id": "1706415046.98", "reviewer": "Кузнецова Мария", "template": "sales-call",
  "template_version": 1, "submitted_at": "2024-01-29T10:00:00+03:00",
  "answers": {"greeting": "pass", "need": "fail", "offer": "fail", "objections": "pass",
              "next_step": "pass", "callback_time": "na", "summary": "pass",
              "politeness": "pass"}}
]})");
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsTheSharedFiles();
    void listsCallsAsDocumented();
    void callbackStatusesAsOf();
    void weeklyLedger();
    void reviewerLedgerAndStatement();
    void badInputKeepsTheStore();
    void importOrderDoesNotMatter();
    void growingCallLogUpdatesCalls();
    void refusesANewerStore();

private:
    Run cli(const QStringList& arguments, const QString& db = {});
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_db;
};

Run CliTest::cli(const QStringList& arguments, const QString& db)
{
    QProcess process;
    process.setProgram(testing::cliPath());
    process.setArguments(QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + arguments);
    process.start();
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QString::fromUtf8(out),
            QString::fromUtf8(process.readAllStandardError()), out};
}

QString CliTest::writeFile(const QString& name, const QByteArray& bytes)
{
    return testing::writeFile(m_dir.path(), name, bytes);
}

void CliTest::initTestCase()
{
    QVERIFY(QFile::exists(testing::cliPath()));
    QVERIFY2(QFile::exists(testing::sharedDataPath(QStringLiteral("staff/staff.csv"))),
             "the shared sample data must sit beside the checkout");
    m_db = m_dir.filePath(QStringLiteral("callscore.sqlite"));
}

void CliTest::importsTheSharedFiles()
{
    const Run staff = cli({QStringLiteral("import"), QStringLiteral("staff"),
                           testing::sharedDataPath(QStringLiteral("staff/staff.csv"))});
    QCOMPARE(staff.exitCode, 0);
    QVERIFY2(staff.out.contains(QStringLiteral("5 inserted")), qPrintable(staff.out));

    const QStringList cdr = {QStringLiteral("import"), QStringLiteral("cdr"),
                             testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")),
                             QStringLiteral("--layout"), QStringLiteral("asterisk")};
    const Run calls = cli(cdr);
    QCOMPARE(calls.exitCode, 0);
    QCOMPARE(calls.err, QString());
    // 84 legs, 36 distinct linkedids.
    QVERIFY2(calls.out.contains(QStringLiteral("36 records, 36 inserted")), qPrintable(calls.out));

    const QStringList crm = {QStringLiteral("import"), QStringLiteral("crm"),
                             testing::sharedDataPath(QStringLiteral("crm/outcomes-excel-ru.csv"))};
    const Run outcomes = cli(crm);
    // Ten records; the callback due at 08:00 for a call at 08:22 starts on
    // line 11, after the comment with a quoted line break on lines 9-10.
    QCOMPARE(outcomes.exitCode, 1);
    QVERIFY2(outcomes.out.contains(QStringLiteral("10 records, 9 inserted")),
             qPrintable(outcomes.out));
    const QStringList problems = outcomes.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("outcomes-excel-ru.csv:11: ")),
             qPrintable(outcomes.err));

    // Re-importing changes nothing.
    QVERIFY(cli(cdr).out.contains(QStringLiteral("0 inserted, 0 updated, 36 unchanged")));
    const Run again = cli(crm);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.out.contains(QStringLiteral("0 inserted, 0 updated, 9 unchanged")),
             qPrintable(again.out));

    const Run reviews = cli({QStringLiteral("import"), QStringLiteral("reviews"),
                             writeFile(QStringLiteral("reviews.json"), reviewsJson().toUtf8())});
    QCOMPARE(reviews.exitCode, 0);
    QVERIFY2(reviews.out.contains(QStringLiteral("4 inserted")), qPrintable(reviews.out));
}

void CliTest::listsCallsAsDocumented()
{
    const Run run = cli({QStringLiteral("calls")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 36);
    QCOMPARE(lines.first(), QStringLiteral("call_id,start,manager,direction,customer,duration_s,"
                                           "billsec,disposition,recording"));
    QVERIFY(lines.contains(QStringLiteral("1706407446.50,2024-01-28T02:04:06+03:00,Иванова Анна,"
                                          "in,+79391000004,23,17,ANSWERED,")));
    // A six-digit city number stays as dialled; 8-10-7 becomes +7; a call
    // answered through the second PBX belongs to extension 200.
    QVERIFY(lines.contains(QStringLiteral("1706412022.63,2024-01-28T03:20:22+03:00,Иванова Анна,"
                                          "in,300001,28,23,ANSWERED,")));
    QVERIFY(lines.contains(QStringLiteral("1706415046.98,2024-01-28T04:10:46+03:00,Петров Олег,"
                                          "in,+79101000007,37,30,ANSWERED,")));
    QVERIFY(lines.contains(QStringLiteral("mainserverdss-1706443058.100,2024-01-28T11:57:38+03:00,"
                                          ",in,+79341000025,0,0,BUSY,")));

    const Run filtered =
        cli({QStringLiteral("calls"), QStringLiteral("--manager"), QStringLiteral("Петров Олег"),
             QStringLiteral("--from"), QStringLiteral("2024-01-28"), QStringLiteral("--to"),
             QStringLiteral("2024-01-28")});
    QCOMPARE(filtered.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1 + 5);
}

void CliTest::callbackStatusesAsOf()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("callbacks.csv"));
    const Run run =
        cli({QStringLiteral("callbacks"), QStringLiteral("--as-of"),
             QStringLiteral("2024-01-28T10:00:00+03:00"), QStringLiteral("--csv"), csvPath});
    QCOMPARE(run.exitCode, 0);
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("call_id,manager,customer,call_time,due,status,"
                                       "first_callback_at"),
                        QStringLiteral("1706413165.93,Иванова Анна,+79341000005,"
                                       "2024-01-28T03:39:00+03:00,2024-01-28T09:00:00+03:00,"
                                       "missed,"),
                        QStringLiteral("1706407446.50,Иванова Анна,+79391000004,"
                                       "2024-01-28T02:04:00+03:00,2024-01-28T12:00:00+03:00,"
                                       "pending,"),
                        QStringLiteral("mainserverdss-1706421930.5,Иванова Анна,+79461000009,"
                                       "2024-01-28T06:05:00+03:00,2024-01-29T10:30:00+03:00,"
                                       "pending,"),
                    }));
}

void CliTest::weeklyLedger()
{
    // Иванова: 100 -> 20.00, 85 -> 5.00, a failed critical item -> the first
    // fine 50.00; two callbacks due on the 28th missed -> 200.00.
    // Петров started 22 January: his 70 is a violation, 50.00 waived.
    const Run run =
        cli({QStringLiteral("ledger"), QStringLiteral("--week"), QStringLiteral("2024-W04"),
             QStringLiteral("--as-of"), QStringLiteral("2024-02-01T00:00:00+03:00")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("week,manager,team,reviewed_calls,passed_calls,"
                                         "violations,bonus,fines_charged,fines_waived,"
                                         "callback_fines_charged,callback_fines_waived,"
                                         "team_bonus,leader_bonus,net,currency"),
                          QStringLiteral("2024-W04,Иванова Анна,Север,3,2,1,25.00,50.00,0.00,"
                                         "200.00,0.00,0.00,0.00,-225.00,RUB"),
                          QStringLiteral("2024-W04,Петров Олег,Север,1,0,1,0.00,0.00,50.00,"
                                         "0.00,0.00,0.00,0.00,0.00,RUB")}));

    const Run excel =
        cli({QStringLiteral("ledger"), QStringLiteral("--week"), QStringLiteral("2024-W04"),
             QStringLiteral("--as-of"), QStringLiteral("2024-02-01T00:00:00+03:00"),
             QStringLiteral("--dialect"), QStringLiteral("excel-ru")});
    QVERIFY(excel.rawOut.startsWith("\xEF\xBB\xBF"));
    QVERIFY(excel.out.contains(QStringLiteral("2024-W04;Иванова Анна;Север;3;2;1;25,00;50,00;")));

    // The third callback is due on Monday 29 January: week 5.
    const Run next =
        cli({QStringLiteral("ledger"), QStringLiteral("--week"), QStringLiteral("2024-W05"),
             QStringLiteral("--as-of"), QStringLiteral("2024-02-01T00:00:00+03:00")});
    QVERIFY(next.out.contains(QStringLiteral("2024-W05,Иванова Анна,Север,0,0,0,0.00,0.00,0.00,"
                                             "100.00,0.00,0.00,0.00,-100.00,RUB")));
}

void CliTest::reviewerLedgerAndStatement()
{
    // Submitted on 29 January (week 5): faults 0 + 1 + 1 + 2 = 4 at 10.00.
    const Run reviewers = cli({QStringLiteral("ledger"), QStringLiteral("--week"),
                               QStringLiteral("2024-W05"), QStringLiteral("--reviewers")});
    QCOMPARE(reviewers.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("week,reviewer,reviews,faults_found,bonus,currency"),
                          QStringLiteral("2024-W05,Кузнецова Мария,4,4,40.00,RUB")}));

    // As of 09:20 on the 29th only the first review (09:15) was submitted.
    const Run early = cli({QStringLiteral("ledger"), QStringLiteral("--week"),
                           QStringLiteral("2024-W05"), QStringLiteral("--reviewers"),
                           QStringLiteral("--as-of"), QStringLiteral("2024-01-29T09:20:00+03:00")});
    QVERIFY2(early.out.contains(QStringLiteral("2024-W05,Кузнецова Мария,1,0,0.00,RUB")),
             qPrintable(early.out));

    const Run statement =
        cli({QStringLiteral("statement"), QStringLiteral("--manager"),
             QStringLiteral("Иванова Анна"), QStringLiteral("--week"), QStringLiteral("2024-W04"),
             QStringLiteral("--as-of"), QStringLiteral("2024-02-01T00:00:00+03:00")});
    QCOMPARE(statement.exitCode, 0);
    const QStringList lines = statement.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("2024-W04,Иванова Анна,2024-01-28T02:04:06+03:00,"
                                                  "bonus,1706407446.50,20.00,yes,")));
    QVERIFY(statement.out.contains(
        QStringLiteral(",fine,mainserverdss-1706420300.0,-50.00,yes,"
                       "\"violation 1, score 90.0, critical item failed\",RUB")));

    const Run unknown =
        cli({QStringLiteral("statement"), QStringLiteral("--manager"), QStringLiteral("Nobody"),
             QStringLiteral("--week"), QStringLiteral("2024-W04")});
    QCOMPARE(unknown.exitCode, 2);
}

void CliTest::badInputKeepsTheStore()
{
    const Run missing = cli({QStringLiteral("import"), QStringLiteral("cdr"),
                             m_dir.filePath(QStringLiteral("no-such.csv"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("no-such.csv")));

    QCOMPARE(cli({QStringLiteral("ledger")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("--week"), QStringLiteral("2024-54")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
    QVERIFY(cli({QStringLiteral("ledger"), QStringLiteral("--help")})
                .out.contains(QStringLiteral("--dialect")));

    // A review with N/A where the item does not allow it is rejected with its
    // line; the good one beside it is kept.
    const QByteArray bad = R"({"reviews": [
{"call_id": "1706412022.63", "reviewer": "Кузнецова Мария", "template": "sales-call",
 "template_version": 1, "submitted_at": "2024-01-29T11:00:00+03:00",
 "answers": {"greeting": "na", "need": "pass", "offer": "pass", "objections": "pass",
             "next_step": "pass", "callback_time": "pass", "summary": "pass",
             "politeness": "pass"}},
{"call_id": "mainserverdss-1706427165.25", "reviewer": "Кузнецова Мария",
 "template": "sales-call", "template_version": 1, "submitted_at": "2024-01-29T11:10:00+03:00",
 "answers": {"greeting": "pass", "need": "pass", "offer": "pass", "objections": "pass",
             "next_step": "pass", "callback_time": "pass", "summary": "pass",
             "politeness": "pass"}}]})";
    const Run run = cli({QStringLiteral("import"), QStringLiteral("reviews"),
                         writeFile(QStringLiteral("bad-reviews.json"), bad)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("bad-reviews.json:2: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("greeting")));
    QVERIFY(run.out.contains(QStringLiteral("1 inserted")));

    const Run calls = cli({QStringLiteral("calls")});
    QCOMPARE(calls.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1 + 36);
}

void CliTest::importOrderDoesNotMatter()
{
    // CRM outcomes first, then the call log, then the same CRM file again:
    // the row without a call id is found again, not stored twice.
    const QString db = m_dir.filePath(QStringLiteral("order.sqlite"));
    const QString crm = testing::sharedDataPath(QStringLiteral("crm/outcomes-excel-ru.csv"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("staff"),
                  testing::sharedDataPath(QStringLiteral("staff/staff.csv"))},
                 db)
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("crm"), crm}, db).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("cdr"),
                  testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv"))},
                 db)
                 .exitCode,
             0);
    const Run again = cli({QStringLiteral("import"), QStringLiteral("crm"), crm}, db);
    // The row on line 8 now finds its call; nothing else changes.
    QVERIFY2(again.out.contains(QStringLiteral("10 records, 0 inserted, 1 updated, 8 unchanged")),
             qPrintable(again.out));

    const Run callbacks = cli({QStringLiteral("callbacks"), QStringLiteral("--as-of"),
                               QStringLiteral("2024-01-28T10:00:00+03:00")},
                              db);
    QCOMPARE(callbacks.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1 + 3);
}

void CliTest::growingCallLogUpdatesCalls()
{
    // The first 37 rows end part-way through call 1706412893.79 (lines 34-38
    // hold its five legs; the one the agent answered is line 38), as a
    // Master.csv copied mid-call would.
    const QString db = m_dir.filePath(QStringLiteral("growing.sqlite"));
    QFile full(testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")));
    QVERIFY(full.open(QIODevice::ReadOnly));
    QByteArray head;
    for (int line = 0; line < 37; ++line)
        head += full.readLine();
    const QString partial = writeFile(QStringLiteral("Master-partial.csv"), head);

    cli({QStringLiteral("import"), QStringLiteral("staff"),
         testing::sharedDataPath(QStringLiteral("staff/staff.csv"))},
        db);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("cdr"), partial}, db).exitCode, 0);
    const auto callLine = [&] {
        const QStringList lines =
            cli({QStringLiteral("calls")}, db).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("1706412893.79,")))
                return line;
        }
        return QString();
    };
    QVERIFY2(callLine().endsWith(QStringLiteral(",,in,+79391000006,4,0,NO ANSWER,")),
             qPrintable(callLine()));

    const Run grown = cli({QStringLiteral("import"), QStringLiteral("cdr"), full.fileName()}, db);
    QVERIFY2(grown.out.contains(QStringLiteral("1 updated")), qPrintable(grown.out));
    QCOMPARE(callLine(), QStringLiteral("1706412893.79,2024-01-28T03:34:53+03:00,Иванова Анна,in,"
                                        "+79391000006,84,79,ANSWERED,"));

    // The older, shorter file never undoes the fuller view.
    const Run older = cli({QStringLiteral("import"), QStringLiteral("cdr"), partial}, db);
    QVERIFY2(older.out.contains(QStringLiteral("0 updated")), qPrintable(older.out));
    QVERIFY(callLine().endsWith(QStringLiteral(",84,79,ANSWERED,")));
}

void CliTest::refusesANewerStore()
{
    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(cli({QStringLiteral("calls")}, newer).exitCode, 0);
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {newer, QStringLiteral("UPDATE schema_info SET version = 42;")});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
    }
    const Run run = cli({QStringLiteral("calls")}, newer);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("newer CallScore")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"

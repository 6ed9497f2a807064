#include "TestSupport.h"

#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callscore;
using callscore::testing::utc;

// Expected values worked out by hand from outcomes-excel-ru.csv: 12 physical
// lines, a header and 10 records (the one on lines 9-10 has a quoted line
// break), times in Europe/Moscow (UTC+3).
class TestImportCrm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsAndRejectsWithLines();
    void callbacksAreStoredInUtc();
    void commentsAreDecoded();
    void rowWithoutCallIdMatchesNearestCall();
    void reimportChangesNothing();
    void changedDueTimeIsReportedAndKept();
    void jsonOutcomes();
    void mappingFile();

private:
    QString crmPath() const;
    QString writeFile(const QString& name, const QByteArray& bytes);
    std::optional<Outcome> outcomeOf(const QString& callId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
};

static const QString kPastDueProblem = QStringLiteral(
    "outcomes-excel-ru.csv:11: callback due time \"28.01.2024 08:00\" is not after the call "
    "time \"28.01.2024 08:22\"");

void TestImportCrm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))),
             qPrintable(m_database->errorString()));
    m_store = std::make_unique<Store>(*m_database);
    QCOMPARE(
        importStaff(*m_store, testing::sharedDataPath(QStringLiteral("staff/staff.csv"))).inserted,
        5);
    QCOMPARE(
        importCdr(*m_store, testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")))
            .inserted,
        36);
}

void TestImportCrm::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestImportCrm::crmPath() const
{
    return testing::sharedDataPath(QStringLiteral("crm/outcomes-excel-ru.csv"));
}

QString TestImportCrm::writeFile(const QString& name, const QByteArray& bytes)
{
    return testing::writeFile(m_dir->path(), name, bytes);
}

std::optional<Outcome> TestImportCrm::outcomeOf(const QString& callId) const
{
    for (const StoredOutcome& stored : m_store->outcomes()) {
        if (stored.outcome.callId == callId)
            return stored.outcome;
    }
    return std::nullopt;
}

void TestImportCrm::importsAndRejectsWithLines()
{
    const ImportReport report = importCrm(*m_store, crmPath());
    QVERIFY2(!report.fatal, qPrintable(report.fatalError));
    QCOMPARE(report.encoding, QStringLiteral("WINDOWS-1251"));
    QCOMPARE(report.records, 10);
    QCOMPARE(report.inserted, 9);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.problems, QStringList({kPastDueProblem}));
    QCOMPARE(m_store->outcomes().size(), 9);
    QVERIFY(!outcomeOf(QStringLiteral("mainserverdss-1706430146.45")));

    // Line 3: a refusal from a six-digit city number.
    const auto refusal = outcomeOf(QStringLiteral("1706412022.63"));
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, OutcomeKind::Refusal);
    QCOMPARE(refusal->customer, QStringLiteral("300001"));
    QCOMPARE(refusal->manager, QStringLiteral("Иванова Анна"));
    QCOMPARE(refusal->callTimeUtc, utc("2024-01-28T00:20:00Z"));

    // Line 12: "8107 922 100 00 23", success, empty comment.
    const auto last = outcomeOf(QStringLiteral("mainserverdss-1706438303.90"));
    QVERIFY(last);
    QCOMPARE(last->kind, OutcomeKind::Success);
    QCOMPARE(last->customer, QStringLiteral("+79221000023"));
    QCOMPARE(last->comment, QString());
}

void TestImportCrm::callbacksAreStoredInUtc()
{
    importCrm(*m_store, crmPath());
    const QVector<StoredOutcome> callbacks = m_store->callbackOutcomes();
    QCOMPARE(callbacks.size(), 3); // lines 2, 5 and 7; line 11 was rejected

    const auto first = outcomeOf(QStringLiteral("1706407446.50"));
    QVERIFY(first && first->callbackDueUtc);
    QCOMPARE(first->kind, OutcomeKind::Callback);
    QCOMPARE(first->callTimeUtc, utc("2024-01-27T23:04:00Z"));
    QCOMPARE(*first->callbackDueUtc, utc("2024-01-28T09:00:00Z")); // 12:00 Moscow
    QCOMPARE(first->customer, QStringLiteral("+79391000004"));

    QCOMPARE(*outcomeOf(QStringLiteral("1706413165.93"))->callbackDueUtc,
             utc("2024-01-28T06:00:00Z"));
    QCOMPARE(*outcomeOf(QStringLiteral("mainserverdss-1706421930.5"))->callbackDueUtc,
             utc("2024-01-29T07:30:00Z"));
    QCOMPARE(outcomeOf(QStringLiteral("mainserverdss-1706421930.5"))->customer,
             QStringLiteral("+79461000009"));
}

void TestImportCrm::commentsAreDecoded()
{
    importCrm(*m_store, crmPath());
    QCOMPARE(outcomeOf(QStringLiteral("mainserverdss-1706421930.5"))->comment,
             QStringLiteral("Просит перезвонить завтра; \"после обеда\""));
    QCOMPARE(outcomeOf(QStringLiteral("mainserverdss-1706427165.25"))->comment,
             QStringLiteral("Оплата картой\nдоставка в пятницу"));
    QCOMPARE(outcomeOf(QStringLiteral("1706412893.79"))->comment, QStringLiteral("Заказ №5512"));
}

void TestImportCrm::rowWithoutCallIdMatchesNearestCall()
{
    importCrm(*m_store, crmPath());
    // Line 8: 06:22, "8 916 100-00-10". That customer called at 06:16:49
    // (mainserverdss-1706422609.10, 311 s away) and at 06:22:23 (23 s away).
    const auto matched = outcomeOf(QStringLiteral("mainserverdss-1706422943.15"));
    QVERIFY(matched);
    QCOMPARE(matched->kind, OutcomeKind::Refusal);
    QCOMPARE(matched->customer, QStringLiteral("+79161000010"));
    QCOMPARE(matched->callTimeUtc, utc("2024-01-28T03:22:00Z"));
    QVERIFY(!outcomeOf(QStringLiteral("mainserverdss-1706422609.10")));
    QVERIFY(!outcomeOf(QString()));
}

void TestImportCrm::reimportChangesNothing()
{
    importCrm(*m_store, crmPath());
    const ImportReport again = importCrm(*m_store, crmPath());
    QCOMPARE(again.records, 10);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 9);
    QCOMPARE(again.problems, QStringList({kPastDueProblem}));
    QCOMPARE(m_store->outcomes().size(), 9);
}

void TestImportCrm::changedDueTimeIsReportedAndKept()
{
    importCrm(*m_store, crmPath());

    QFile original(crmPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    // Line 2's due time; the dates are plain ASCII in the Windows-1251 bytes.
    const int at = int(bytes.indexOf("28.01.2024 12:00"));
    QVERIFY(at > 0);
    bytes.replace(at, 16, "28.01.2024 13:00");
    const QString changed = writeFile(QStringLiteral("outcomes-changed.csv"), bytes);

    const ImportReport report = importCrm(*m_store, changed);
    QCOMPARE(report.unchanged, 8);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.problems,
             QStringList({QStringLiteral("outcomes-changed.csv:2: callback due time "
                                         "2024-01-28T13:00:00+03:00 differs from the stored "
                                         "2024-01-28T12:00:00+03:00; the stored one stays"),
                          QStringLiteral("outcomes-changed.csv:11: callback due time "
                                         "\"28.01.2024 08:00\" is not after the call time "
                                         "\"28.01.2024 08:22\"")}));
    QCOMPARE(*outcomeOf(QStringLiteral("1706407446.50"))->callbackDueUtc,
             utc("2024-01-28T09:00:00Z"));
}

void TestImportCrm::jsonOutcomes()
{
    importCrm(*m_store, crmPath());
    const QString path = writeFile(QStringLiteral("outcomes.json"), R"({
  "outcomes": [
    {"call_id": "1706412022.63", "call_time": "2024-01-28T03:20:00+03:00",
     "manager": "Иванова Анна", "phone": "300001", "outcome": "refusal", "comment": "Дорого"},
    {"call_id": "mainserverdss-1706425268.20", "call_time": "2024-01-28 07:01",
     "manager": "Иванова Анна", "phone": "89111000011", "outcome": "maybe"},
    {"call_time": "2024-01-28 07:50", "phone": "+7 968 100-00-13", "outcome": "callback"},
    {"call_time": "2024-01-28 07:58", "phone": "300002", "outcome": "Перезвонить",
     "callback_due": "2024-01-28T10:00:00Z", "manager": "Иванова Анна"}
  ]
})");

    const ImportReport report = importCrm(*m_store, path);
    QCOMPARE(report.records, 4);
    QCOMPARE(report.unchanged, 1); // the same outcome as line 3 of the CSV
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.problems,
             QStringList({QStringLiteral("outcomes.json:5: unknown outcome \"maybe\" (expected "
                                         "success, refusal, callback or other)"),
                          QStringLiteral("outcomes.json:7: callback without a due time")}));

    // 07:58 Moscow is 5 s after mainserverdss-1706428675.35 started (07:57:55, line 57).
    const auto matched = outcomeOf(QStringLiteral("mainserverdss-1706428675.35"));
    QVERIFY(matched);
    QCOMPARE(*matched->callbackDueUtc, utc("2024-01-28T10:00:00Z"));
    QCOMPARE(matched->customer, QStringLiteral("300002"));
}

void TestImportCrm::mappingFile()
{
    const QString mapping = writeFile(QStringLiteral("crm-mapping.json"), R"({
  "delimiter": ",",
  "time_format": "yyyy-MM-dd HH:mm",
  "columns": {"call_id": "Call", "call_time": "When", "phone": "Number", "outcome": "Status",
              "callback_due": "Due", "comment": "Note"}
})");
    const QString path = writeFile(QStringLiteral("crm-en.csv"),
                                   "Call,When,Number,Status,Due,Note\n"
                                   "mainserverdss-1706432056.60,2024-01-28 08:54,89941000017,"
                                   "Callback,2024-01-28 18:00,\"evening, after six\"\n");
    CrmImportOptions options;
    options.mappingPath = mapping;
    const ImportReport report = importCrm(*m_store, path, options);
    QVERIFY2(!report.fatal, qPrintable(report.fatalError));
    QCOMPARE(report.inserted, 1);

    const auto stored = outcomeOf(QStringLiteral("mainserverdss-1706432056.60"));
    QVERIFY(stored);
    QCOMPARE(stored->kind, OutcomeKind::Callback);
    QCOMPARE(stored->customer, QStringLiteral("+79941000017"));
    QCOMPARE(stored->callTimeUtc, utc("2024-01-28T05:54:00Z"));
    QCOMPARE(*stored->callbackDueUtc, utc("2024-01-28T15:00:00Z"));
    QCOMPARE(stored->comment, QStringLiteral("evening, after six"));
}

QTEST_GUILESS_MAIN(TestImportCrm)
#include "test_import_crm.moc"

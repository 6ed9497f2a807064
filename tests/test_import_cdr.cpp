#include "TestSupport.h"

#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callscore;
using callscore::testing::utc;

// Every expected value below was read off asterisk-master-ru.csv by hand:
// 84 rows of 21 columns, 36 distinct linkedids, PBX time Europe/Moscow (UTC+3).
class TestImportCdr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsEveryCallOnce();
    void callAnsweredByExtension();
    void hostPrefixedIdIsOneId();
    void callAnsweredThroughTrunkUsesDialTarget();
    void customerNumbersAreNormalized();
    void unansweredCallsGetTheirDisposition();
    void answeredWithoutAgentChannel();
    void callsAreAttributedToManagers();
    void reimportChangesNothing();
    void recordingsAreAttached();
    void olderLayoutsAndBadRows();
    void extensionsWithoutRoster();
    void mappingLayout();
    void cancelWritesNothing();
    void unreadableFileIsFatal();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    CallRecord call(const QString& id);
    ImportReport importSample(const CdrImportOptions& options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
};

void TestImportCdr::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))),
             qPrintable(m_database->errorString()));
    m_store = std::make_unique<Store>(*m_database);

    const ImportReport staff =
        importStaff(*m_store, testing::sharedDataPath(QStringLiteral("staff/staff.csv")));
    QVERIFY2(!staff.fatal, qPrintable(staff.fatalError));
    QCOMPARE(staff.inserted, 5);
}

void TestImportCdr::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestImportCdr::writeFile(const QString& name, const QByteArray& bytes)
{
    return testing::writeFile(m_dir->path(), name, bytes);
}

CallRecord TestImportCdr::call(const QString& id)
{
    const auto found = m_store->call(id);
    if (!found)
        qWarning("call %s is not in the store", qPrintable(id));
    return found.value_or(CallRecord());
}

ImportReport TestImportCdr::importSample(const CdrImportOptions& options)
{
    return importCdr(
        *m_store, testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")), options);
}

void TestImportCdr::importsEveryCallOnce()
{
    const ImportReport report = importSample();
    QVERIFY2(!report.fatal, qPrintable(report.fatalError));
    QCOMPARE(report.problems, QStringList());
    QCOMPARE(report.records, 36);
    QCOMPARE(report.inserted, 36);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(m_store->calls().size(), 36);

    for (const CallRecord& stored : m_store->calls())
        QCOMPARE(stored.direction, QStringLiteral("in")); // every call came from a trunk
}

void TestImportCdr::callAnsweredByExtension()
{
    importSample();
    // Lines 22-26: five legs; line 26 is the answered one, SIP/301, billsec 17.
    const CallRecord c = call(QStringLiteral("1706407446.50"));
    QCOMPARE(c.startUtc, utc("2024-01-27T23:04:06Z"));
    QCOMPARE(c.customer, QStringLiteral("+79391000004"));
    QCOMPARE(c.agentExtension, QStringLiteral("301"));
    QCOMPARE(c.manager, QStringLiteral("Иванова Анна"));
    QCOMPARE(c.billsec, 17);
    QCOMPARE(c.durationS, 23); // 02:04:06 to the last end 02:04:29
    QCOMPARE(c.direction, QStringLiteral("in"));
    QCOMPARE(c.disposition, QStringLiteral("ANSWERED"));
    QCOMPARE(c.sourceFile, QStringLiteral("asterisk-master-ru.csv"));
}

void TestImportCdr::hostPrefixedIdIsOneId()
{
    importSample();
    // Lines 43-44.
    const CallRecord c = call(QStringLiteral("mainserverdss-1706420300.0"));
    QCOMPARE(c.startUtc, utc("2024-01-28T02:38:20Z"));
    QCOMPARE(c.customer, QStringLiteral("+79691000008"));
    QCOMPARE(c.agentExtension, QStringLiteral("301"));
    QCOMPARE(c.billsec, 16);
    QCOMPARE(c.durationS, 21);
    QVERIFY(!m_store->call(QStringLiteral("1706420300.0")));
    QVERIFY(!m_store->call(QStringLiteral("mainserverdss")));
}

void TestImportCdr::callAnsweredThroughTrunkUsesDialTarget()
{
    importSample();
    // Line 48: answered on SIP/stadionpbx-00000008, Dial SIP/301&SIP/200@stadionpbx.
    const CallRecord viaTrunk = call(QStringLiteral("mainserverdss-1706422609.10"));
    QCOMPARE(viaTrunk.agentExtension, QStringLiteral("200"));
    QCOMPARE(viaTrunk.manager, QStringLiteral("Петров Олег"));
    QCOMPARE(viaTrunk.billsec, 29);
    QCOMPARE(viaTrunk.durationS, 38);
    QCOMPARE(viaTrunk.startUtc, utc("2024-01-28T03:16:49Z"));
    QCOMPARE(viaTrunk.customer, QStringLiteral("+79161000010"));

    // Line 84: the last call, also answered through the trunk.
    const CallRecord last = call(QStringLiteral("mainserverdss-1706445411.103"));
    QCOMPARE(last.agentExtension, QStringLiteral("200"));
    QCOMPARE(last.billsec, 66);
    QCOMPARE(last.durationS, 69);
}

void TestImportCdr::customerNumbersAreNormalized()
{
    importSample();
    // Lines 27-31: a six-digit city number stays as dialled.
    const CallRecord city = call(QStringLiteral("1706412022.63"));
    QCOMPARE(city.customer, QStringLiteral("300001"));
    QCOMPARE(city.agentExtension, QStringLiteral("301"));
    QCOMPARE(city.billsec, 23);
    QCOMPARE(city.durationS, 28);
    QCOMPARE(city.startUtc, utc("2024-01-28T00:20:22Z"));

    // Lines 41-42: 8-10 international prefix, answered through the trunk.
    const CallRecord international = call(QStringLiteral("1706415046.98"));
    QCOMPARE(international.customer, QStringLiteral("+79101000007"));
    QCOMPARE(international.agentExtension, QStringLiteral("200"));
    QCOMPARE(international.billsec, 30);
    QCOMPARE(international.durationS, 37);
    QCOMPARE(international.startUtc, utc("2024-01-28T01:10:46Z"));

    // Line 1: 8 + ten digits.
    QCOMPARE(call(QStringLiteral("1706368044.0")).customer, QStringLiteral("+79161000001"));
}

void TestImportCdr::unansweredCallsGetTheirDisposition()
{
    importSample();
    // Lines 4-6: two NO ANSWER legs and an ANSWERED Hangup leg with billsec 0. The
    // PBX wrote billsec 60 on the NO ANSWER leg of line 4, which is not talk time.
    const CallRecord forked = call(QStringLiteral("1706369600.6"));
    QCOMPARE(forked.disposition, QStringLiteral("NO ANSWER"));
    QCOMPARE(forked.agentExtension, QString());
    QCOMPARE(forked.billsec, 0);
    QCOMPARE(forked.durationS, 60);
    QCOMPARE(forked.startUtc, utc("2024-01-27T12:33:20Z"));

    // Lines 7-13: seven legs, none answered, 16:16:36 to 16:17:16.
    const CallRecord sevenLegs = call(QStringLiteral("1706372196.12"));
    QCOMPARE(sevenLegs.disposition, QStringLiteral("NO ANSWER"));
    QCOMPARE(sevenLegs.durationS, 40);

    // Line 83.
    const CallRecord busy = call(QStringLiteral("mainserverdss-1706443058.100"));
    QCOMPARE(busy.disposition, QStringLiteral("BUSY"));
    QCOMPARE(busy.durationS, 0);
    QCOMPARE(busy.customer, QStringLiteral("+79341000025"));

    int answered = 0, noAnswer = 0, busyCalls = 0;
    for (const CallRecord& c : m_store->calls()) {
        answered += c.disposition == QLatin1String("ANSWERED");
        noAnswer += c.disposition == QLatin1String("NO ANSWER");
        busyCalls += c.disposition == QLatin1String("BUSY");
    }
    QCOMPARE(answered, 30);
    QCOMPARE(noAnswer, 5);
    QCOMPARE(busyCalls, 1);
}

void TestImportCdr::answeredWithoutAgentChannel()
{
    importSample();
    // Line 1: ANSWERED by Hangup on the trunk channel, no destination channel.
    const CallRecord c = call(QStringLiteral("1706368044.0"));
    QCOMPARE(c.disposition, QStringLiteral("ANSWERED"));
    QCOMPARE(c.billsec, 27);
    QCOMPARE(c.agentExtension, QString());
    QCOMPARE(c.manager, QString());
}

void TestImportCdr::callsAreAttributedToManagers()
{
    importSample();
    QCOMPARE(m_store->calls({}, {}, QStringLiteral("Иванова Анна")).size(), 19);
    QCOMPARE(m_store->calls({}, {}, QStringLiteral("Петров Олег")).size(), 5);
    QCOMPARE(m_store->calls({}, {}, QStringLiteral("Сидоров Илья")).size(), 0);
}

void TestImportCdr::reimportChangesNothing()
{
    importSample();
    const QVector<CallRecord> before = m_store->calls();

    const ImportReport again = importSample();
    QCOMPARE(again.records, 36);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 36);
    QCOMPARE(again.rejected, 0);

    const QVector<CallRecord> after = m_store->calls();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].callId, before[i].callId);
        QCOMPARE(after[i].startUtc, before[i].startUtc);
        QCOMPARE(after[i].customer, before[i].customer);
        QCOMPARE(after[i].agentExtension, before[i].agentExtension);
        QCOMPARE(after[i].durationS, before[i].durationS);
        QCOMPARE(after[i].billsec, before[i].billsec);
        QCOMPARE(after[i].disposition, before[i].disposition);
    }
}

void TestImportCdr::recordingsAreAttached()
{
    importSample();

    const QString a = writeFile(
        QStringLiteral("rec/2024/01/28/in-211553-89391000004-20240128-020406-1706407446.50.wav"),
        "RIFF");
    const QString b = writeFile(QStringLiteral("rec/2024/01/28/external-301-81079691000008-"
                                               "20240128-053820-mainserverdss-1706420300.0.WAV"),
                                "RIFF");
    // Named after a leg's uniqueid (line 34), not the linkedid.
    const QString c = writeFile(
        QStringLiteral("rec/2024/01/28/q-5000-89391000006-20240128-033453-1706412893.81.mp3"),
        "ID3");
    writeFile(QStringLiteral("rec/2024/01/28/in-1-2-20240128-000000-1706368044.0.ogg"), "OggS");
    // An id that merely ends like a call's id is another call; a text file is no recording.
    writeFile(QStringLiteral("rec/2024/01/28/out-1-2-20240128-000000-x1706369278.2.wav"), "RIFF");
    writeFile(QStringLiteral("rec/2024/01/28/in-1-2-20240128-000000-1706369476.4.txt"), "text");

    CdrImportOptions options;
    options.recordingsDir = m_dir->filePath(QStringLiteral("rec"));
    const ImportReport report = importSample(options);
    QCOMPARE(report.updated, 4);
    QCOMPARE(report.unchanged, 32);

    QCOMPARE(call(QStringLiteral("1706407446.50")).recording, a);
    QCOMPARE(call(QStringLiteral("mainserverdss-1706420300.0")).recording, b);
    QCOMPARE(call(QStringLiteral("1706412893.79")).recording, c);
    QCOMPARE(
        call(QStringLiteral("1706368044.0")).recording,
        m_dir->filePath(QStringLiteral("rec/2024/01/28/in-1-2-20240128-000000-1706368044.0.ogg")));
    QCOMPARE(call(QStringLiteral("1706369278.2")).recording, QString());
    QCOMPARE(call(QStringLiteral("1706369476.4")).recording, QString());
    QVERIFY(QFileInfo(a).isAbsolute());

    const ImportReport again = importSample(options);
    QCOMPARE(again.unchanged, 36);
}

void TestImportCdr::olderLayoutsAndBadRows()
{
    // 18 columns (userfield, no linkedid), 17 columns, then two bad rows.
    const QString path = writeFile(
        QStringLiteral("legs.csv"),
        "\"\",\"301\",\"89161234567\",\"from-internal\",\"\"\"Anna\"\" "
        "<301>\",\"SIP/301-0000a1b2\","
        "\"SIP/stadionpbx-0000a1b3\",\"Dial\",\"SIP/stadionpbx/89161234567,60\","
        "\"2024-02-01 10:00:00\",\"2024-02-01 10:00:05\",\"2024-02-01 10:01:05\",65,60,"
        "\"ANSWERED\",\"DOCUMENTATION\",\"1706770800.1\",\"\"\n"
        "\"\",\"89031112233\",\"200\",\"from-trunk\",\"\",\"SIP/211553-00000001\","
        "\"SIP/200-00000002\",\"Dial\",\"SIP/200,20\",\"2024-02-01 11:00:00\",,"
        "\"2024-02-01 11:00:20\",20,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1706774400.5\"\n"
        "\"\",\"1\",\"2\",\"c\",\"\",\"SIP/1-1\",\"\",\"Dial\",\"\",\"2024-02-01 12:00:00\",,"
        "\"2024-02-01 12:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1.1\",\"\",\"\",\"1.1\"\n"
        "\"\",\"1\",\"2\",\"c\",\"\",\"SIP/1-1\",\"\",\"Dial\",\"\",\"2024-02-31 10:00:00\",,"
        "\"2024-02-01 12:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1.2\",\"\"\n");

    const ImportReport report = importCdr(*m_store, path);
    QCOMPARE(report.records, 4);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.problems,
             QStringList({QStringLiteral("legs.csv:3: expected 21, 18 or 17 cdr_csv columns, "
                                         "found 20"),
                          QStringLiteral("legs.csv:4: unparsable start time "
                                         "\"2024-02-31 10:00:00\"")}));

    const CallRecord out = call(QStringLiteral("1706770800.1"));
    QCOMPARE(out.direction, QStringLiteral("out"));
    QCOMPARE(out.agentExtension, QStringLiteral("301"));
    QCOMPARE(out.customer, QStringLiteral("+79161234567"));
    QCOMPARE(out.startUtc, utc("2024-02-01T07:00:00Z"));
    QCOMPARE(out.durationS, 65);
    QCOMPARE(out.billsec, 60);
    QCOMPARE(out.disposition, QStringLiteral("ANSWERED"));

    const CallRecord in = call(QStringLiteral("1706774400.5"));
    QCOMPARE(in.direction, QStringLiteral("in"));
    QCOMPARE(in.agentExtension, QString());
    QCOMPARE(in.customer, QStringLiteral("+79031112233"));
    QCOMPARE(in.disposition, QStringLiteral("NO ANSWER"));
    QCOMPARE(in.durationS, 20);
}

void TestImportCdr::extensionsWithoutRoster()
{
    // A fresh store with no staff: peers of 2 to 5 digits are extensions.
    Database database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("empty.sqlite"))));
    Store store(database);
    const QString path = writeFile(
        QStringLiteral("out.csv"),
        "\"\",\"158\",\"89161234567\",\"from-internal\",\"\",\"SIP/158-00000001\",\"\",\"Dial\","
        "\"\",\"2024-02-01 10:00:00\",,\"2024-02-01 10:00:10\",10,0,\"NO ANSWER\","
        "\"DOCUMENTATION\",\"2.1\",\"\"\n");
    QCOMPARE(importCdr(store, path).inserted, 1);
    QCOMPARE(store.call(QStringLiteral("2.1"))->direction, QStringLiteral("out"));
    QCOMPARE(store.call(QStringLiteral("2.1"))->agentExtension, QStringLiteral("158"));

    QCOMPARE(importCdr(store, testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")))
                 .inserted,
             36);
    // SIP/211553 has six digits: still a trunk, the call still inbound.
    QCOMPARE(store.call(QStringLiteral("1706407446.50"))->direction, QStringLiteral("in"));
    QCOMPARE(store.call(QStringLiteral("1706407446.50"))->agentExtension, QStringLiteral("301"));
    QCOMPARE(store.call(QStringLiteral("mainserverdss-1706422609.10"))->agentExtension,
             QStringLiteral("200"));
}

void TestImportCdr::mappingLayout()
{
    const QString mapping = writeFile(QStringLiteral("pbx-mapping.json"), R"({
  "header": true,
  "delimiter": ";",
  "time_format": "dd.MM.yyyy HH:mm:ss",
  "columns": {"call_id": "ID", "start": "Начало", "direction": "Направление",
              "customer": "Клиент", "extension": "Внутренний", "duration_s": "Длительность",
              "billsec": "Разговор", "disposition": "Статус", "recording": "Запись"},
  "direction_values": {"in": ["входящий"], "out": ["исходящий"]},
  "disposition_values": {"ANSWERED": ["отвечен"], "NO ANSWER": ["не отвечен"]}
})");
    const QString path =
        writeFile(QStringLiteral("calls-ru.csv"),
                  "\xEF\xBB\xBFID;Начало;Направление;Клиент;Внутренний;Длительность;Разговор;"
                  "Статус;Запись\r\n"
                  "A-1001;01.02.2024 12:30:15;Входящий;8 (912) 345-67-89;301;00:02:05;110;Отвечен;"
                  "rec/a-1001.mp3\r\n"
                  "A-1002;01.02.2024 12:40:00;исходящий;+7 912 345 67 89;200;15;0;Не отвечен;\r\n"
                  "A-1003;31.02.2024 12:40:00;исходящий;89123456789;200;15;0;Не отвечен;\r\n"
                  "A-1004;01.02.2024 13:00:00;переадресация;89123456789;200;15;0;Не отвечен;\r\n");

    CdrImportOptions options;
    options.layout = mapping;
    const ImportReport report = importCdr(*m_store, path, options);
    QVERIFY2(!report.fatal, qPrintable(report.fatalError));
    QCOMPARE(report.records, 4);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.problems,
             QStringList({QStringLiteral("calls-ru.csv:4: unparsable start time "
                                         "\"31.02.2024 12:40:00\""),
                          QStringLiteral("calls-ru.csv:5: unknown direction \"переадресация\"; "
                                         "list it under \"direction_values\" in the mapping")}));

    const CallRecord first = call(QStringLiteral("A-1001"));
    QCOMPARE(first.startUtc, utc("2024-02-01T09:30:15Z"));
    QCOMPARE(first.direction, QStringLiteral("in"));
    QCOMPARE(first.customer, QStringLiteral("+79123456789"));
    QCOMPARE(first.agentExtension, QStringLiteral("301"));
    QCOMPARE(first.manager, QStringLiteral("Иванова Анна"));
    QCOMPARE(first.durationS, 125);
    QCOMPARE(first.billsec, 110);
    QCOMPARE(first.disposition, QStringLiteral("ANSWERED"));
    QCOMPARE(first.recording, m_dir->filePath(QStringLiteral("rec/a-1001.mp3")));

    const CallRecord second = call(QStringLiteral("A-1002"));
    QCOMPARE(second.direction, QStringLiteral("out"));
    QCOMPARE(second.customer, QStringLiteral("+79123456789"));
    QCOMPARE(second.disposition, QStringLiteral("NO ANSWER"));
    QCOMPARE(second.durationS, 15);
    QCOMPARE(second.recording, QString());
}

void TestImportCdr::cancelWritesNothing()
{
    Importer importer(*m_store);
    int calls = 0;
    importer.setProgress([&calls](int done, int total) {
        ++calls;
        return !(done == 10 && total == 36);
    });
    const ImportReport report =
        importer.importCdr(testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")));
    QVERIFY(report.fatal);
    QVERIFY(report.cancelled);
    QCOMPARE(calls, 10);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(m_store->calls().size(), 0);
}

void TestImportCdr::unreadableFileIsFatal()
{
    const ImportReport missing = importCdr(*m_store, m_dir->filePath(QStringLiteral("none.csv")));
    QVERIFY(missing.fatal);
    QVERIFY(missing.fatalError.startsWith(QStringLiteral("cannot read ")));

    CdrImportOptions options;
    options.layout = QStringLiteral("freeswitch");
    const ImportReport badLayout = importSample(options);
    QVERIFY(badLayout.fatal);
    QCOMPARE(badLayout.fatalError, QStringLiteral("unknown layout \"freeswitch\": give "
                                                  "\"asterisk\" or the path of a column-mapping "
                                                  "JSON"));
    QCOMPARE(m_store->calls().size(), 0);
}

QTEST_GUILESS_MAIN(TestImportCdr)
#include "test_import_cdr.moc"

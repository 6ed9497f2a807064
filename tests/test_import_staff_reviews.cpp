#include "TestSupport.h"

#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callscore;

class TestImportStaffReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void staffImport();
    void staffReimportUpdatesByName();
    void templateImport();
    void reviewsImportAndRejections();
    void reviewReimportAndDuplicates();
    void usedTemplateCannotChange();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    void importCallsAndTemplates();
    QString reviewsFile(const QString& name, const QStringList& reviews);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
};

namespace {

const char kAllAnswers[] = R"("greeting": "pass", "need": "pass", "offer": "fail", )"
                           R"("objections": "na", "next_step": "pass", "callback_time": "pass", )"
                           R"("summary": "pass", "politeness": "pass")";

// One review on one line of the file.
QString review(const QString& callId, const QString& answers,
               const QString& extra = QStringLiteral(R"("template_version": 1)"))
{
    return QStringLiteral(
               R"(  {"call_id": "%1", "reviewer": "Кузнецова Мария", )"
               R"("template": "sales-call", "submitted_at": "2024-01-29T09:15:00+03:00", )"
               R"(%2, "answers": {%3}})")
        .arg(callId, extra, answers);
}

QString allAnswers()
{
    return QString::fromUtf8(kAllAnswers);
}

} // namespace

void TestImportStaffReviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))),
             qPrintable(m_database->errorString()));
    m_store = std::make_unique<Store>(*m_database);
}

void TestImportStaffReviews::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestImportStaffReviews::writeFile(const QString& name, const QByteArray& bytes)
{
    return testing::writeFile(m_dir->path(), name, bytes);
}

QString TestImportStaffReviews::reviewsFile(const QString& name, const QStringList& reviews)
{
    // Line 1 opens the list, review k is on line k + 1.
    const QString json = QStringLiteral("{\"reviews\": [\n") + reviews.join(QStringLiteral(",\n")) +
                         QStringLiteral("\n]}\n");
    return writeFile(name, json.toUtf8());
}

void TestImportStaffReviews::importCallsAndTemplates()
{
    QCOMPARE(
        importStaff(*m_store, testing::sharedDataPath(QStringLiteral("staff/staff.csv"))).inserted,
        5);
    QCOMPARE(
        importCdr(*m_store, testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")))
            .inserted,
        36);
    QCOMPARE(importTemplate(*m_store, testing::sourcePath(
                                          QStringLiteral("resources/templates/sales-call.json")))
                 .inserted,
             1);
    const QString shortCall = writeFile(
        QStringLiteral("short-call.json"),
        R"({"id": "short-call", "version": 1, "title": "Short", "pass_threshold": 80, "items": [
  {"id": "a", "text": "A", "weight": 1, "critical": false, "allow_na": true},
  {"id": "b", "text": "B", "weight": 1, "critical": false, "allow_na": true}]})");
    QCOMPARE(importTemplate(*m_store, shortCall).inserted, 1);
}

void TestImportStaffReviews::staffImport()
{
    const ImportReport report =
        importStaff(*m_store, testing::sharedDataPath(QStringLiteral("staff/staff.csv")));
    QVERIFY2(!report.fatal, qPrintable(report.fatalError));
    QCOMPARE(report.records, 5);
    QCOMPARE(report.inserted, 5);
    QCOMPARE(report.problems, QStringList());

    const auto anna = m_store->staffMember(QStringLiteral("Иванова Анна"));
    QVERIFY(anna);
    QCOMPARE(anna->role, StaffRole::Manager);
    QCOMPARE(anna->extensions, QStringList({QStringLiteral("301")}));
    QCOMPARE(anna->team, QStringLiteral("Север"));
    QVERIFY(anna->teamLeader);
    QCOMPARE(anna->startDate, QDate(2023, 11, 6));

    const auto oleg = m_store->staffMember(QStringLiteral("Петров Олег"));
    QVERIFY(oleg);
    QVERIFY(!oleg->teamLeader);
    QCOMPARE(oleg->startDate, QDate(2024, 1, 22));

    const auto maria = m_store->staffMember(QStringLiteral("Кузнецова Мария"));
    QVERIFY(maria);
    QCOMPARE(maria->role, StaffRole::Reviewer);
    QVERIFY(maria->extensions.isEmpty());
    QVERIFY(maria->team.isEmpty());
    QVERIFY(!maria->startDate.isValid());
    QCOMPARE(m_store->staffMember(QStringLiteral("Орлов Павел"))->role, StaffRole::Supervisor);
}

void TestImportStaffReviews::staffReimportUpdatesByName()
{
    importStaff(*m_store, testing::sharedDataPath(QStringLiteral("staff/staff.csv")));
    const ImportReport again =
        importStaff(*m_store, testing::sharedDataPath(QStringLiteral("staff/staff.csv")));
    QCOMPARE(again.unchanged, 5);
    QCOMPARE(again.inserted + again.updated + again.rejected, 0);

    // Saved by a Russian Excel: Windows-1251, yes/no in Russian.
    const QString roster = QStringLiteral("name,role,extension,team,team_leader,start_date\r\n"
                                          "Иванова Анна,manager,301,Север,да,2023-11-06\r\n"
                                          "Петров Олег,manager,210|200,Юг,нет,2024-01-22\r\n"
                                          "Сидоров Илья,manager,158,Юг,yes,2023-09-01\r\n"
                                          "Кузнецова Мария,reviewer,,,,\r\n"
                                          "Орлов Павел,supervisor,,,,\r\n"
                                          "Смирнов Антон,boss,400,Юг,no,2024-02-01\r\n"
                                          "Волкова Ольга,manager,401,Юг,no,2024-13-01\r\n"
                                          "Зайцева Ирина,manager,402,Юг,maybe,2024-02-01\r\n"
                                          "Белова Нина,manager,158,Юг,no,2024-02-01\r\n");
    QStringEncoder encoder("windows-1251");
    const QString path = writeFile(QStringLiteral("staff-changed.csv"), encoder(roster));

    const ImportReport changed = importStaff(*m_store, path);
    QCOMPARE(changed.encoding, QStringLiteral("WINDOWS-1251"));
    QCOMPARE(changed.records, 9);
    QCOMPARE(changed.updated, 1);
    QCOMPARE(changed.unchanged, 4);
    QCOMPARE(changed.inserted, 0);
    QCOMPARE(changed.problems,
             QStringList({
                 QStringLiteral("staff-changed.csv:7: unknown role \"boss\" (expected manager, "
                                "reviewer or supervisor)"),
                 QStringLiteral("staff-changed.csv:8: start_date \"2024-13-01\" is not a date "
                                "YYYY-MM-DD"),
                 QStringLiteral("staff-changed.csv:9: team_leader \"maybe\" is not yes or no"),
                 QStringLiteral("staff-changed.csv:10: extension 158 already belongs to "
                                "Сидоров Илья"),
             }));

    const auto oleg = m_store->staffMember(QStringLiteral("Петров Олег"));
    QCOMPARE(oleg->team, QStringLiteral("Юг"));
    QCOMPARE(oleg->extensions, QStringList({QStringLiteral("200"), QStringLiteral("210")}));
    QCOMPARE(m_store->staff().size(), 5);

    QCOMPARE(importStaff(*m_store, path).unchanged, 5);
}

void TestImportStaffReviews::templateImport()
{
    const QString path = testing::sourcePath(QStringLiteral("resources/templates/sales-call.json"));
    const ImportReport first = importTemplate(*m_store, path);
    QVERIFY2(!first.fatal, qPrintable(first.fatalError));
    QCOMPARE(first.records, 1);
    QCOMPARE(first.inserted, 1);
    QCOMPARE(importTemplate(*m_store, path).unchanged, 1);

    const auto stored = m_store->checklistTemplate(QStringLiteral("sales-call"), 1);
    QVERIFY(stored);
    QCOMPARE(stored->items.size(), 8);

    const ImportReport broken = importTemplate(
        *m_store, writeFile(QStringLiteral("broken.json"), R"({"id": "x", "items": []})"));
    QVERIFY(broken.fatal);
    QCOMPARE(broken.fatalError,
             QStringLiteral("not a checklist template: \"version\" must be a whole number from 1"));
}

void TestImportStaffReviews::reviewsImportAndRejections()
{
    importCallsAndTemplates();
    const QString all = allAnswers();
    const QString path = reviewsFile(
        QStringLiteral("reviews.json"),
        {review(QStringLiteral("1706407446.50"), all), review(QStringLiteral("9999.1"), all),
         review(QStringLiteral("1706412022.63"),
                QString(all).remove(QStringLiteral(R"(, "politeness": "pass")"))),
         review(QStringLiteral("1706412893.79"),
                QString(all).replace(QStringLiteral(R"("greeting": "pass")"),
                                     QStringLiteral(R"("greeting": "na")"))),
         QStringLiteral(R"(  {"call_id": "mainserverdss-1706420300.0", "reviewer": "Кузнецова )"
                        R"(Мария", "template": "short-call", "template_version": 1, )"
                        R"("submitted_at": "2024-01-29T10:00:00+03:00", )"
                        R"("answers": {"a": "na", "b": "na"}})"),
         review(QStringLiteral("1706413165.93"), all, QStringLiteral(R"("template_version": 2)")),
         review(QStringLiteral("1706415046.98"),
                QString(all).replace(QStringLiteral(R"("offer": "fail")"),
                                     QStringLiteral(R"("offer": "maybe")"))),
         QStringLiteral(R"(  {"call_id": "mainserverdss-1706421930.5", "reviewer": "X", )"
                        R"("template": "sales-call", "template_version": 1, )"
                        R"("submitted_at": "yesterday", "answers": {}})")});

    const ImportReport report = importReviews(*m_store, path);
    QVERIFY2(!report.fatal, qPrintable(report.fatalError));
    QCOMPARE(report.records, 8);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.rejected, 7);
    QCOMPARE(report.problems,
             QStringList({
                 QStringLiteral("reviews.json:3: unknown call \"9999.1\""),
                 QStringLiteral("reviews.json:4: item \"politeness\" is not answered"),
                 QStringLiteral("reviews.json:5: item \"greeting\" does not allow \"na\""),
                 QStringLiteral("reviews.json:6: every item is \"na\"; nothing to score"),
                 QStringLiteral("reviews.json:7: unknown template \"sales-call\" version 2"),
                 QStringLiteral("reviews.json:8: item \"offer\": unknown answer \"maybe\" "
                                "(expected pass, fail or na)"),
                 QStringLiteral("reviews.json:9: unparsable submitted_at \"yesterday\""),
             }));

    // Weights 10+15+15+15+10+10+10 = 85 applicable (objections na), offer (15) failed.
    const auto stored = m_store->reviewForCall(QStringLiteral("1706407446.50"));
    QVERIFY(stored);
    QCOMPARE(stored->score.applicableWeight, 85);
    QCOMPARE(stored->score.passedWeight, 70);
    QCOMPARE(stored->score.faults, 1);
    QVERIFY(!stored->score.criticalFailed);
    QCOMPARE(stored->review.reviewer, QStringLiteral("Кузнецова Мария"));
    QCOMPARE(stored->review.submittedUtc,
             QDateTime(QDate(2024, 1, 29), QTime(6, 15), QTimeZone::utc()));
    QCOMPARE(stored->review.answers.size(), 8);
    QCOMPARE(stored->review.answers.value(QStringLiteral("objections")), Answer::NotApplicable);
    QVERIFY(!m_store->reviewForCall(QStringLiteral("1706412022.63")));
}

void TestImportStaffReviews::reviewReimportAndDuplicates()
{
    importCallsAndTemplates();
    const QString path = reviewsFile(QStringLiteral("reviews.json"),
                                     {review(QStringLiteral("1706407446.50"), allAnswers())});
    QCOMPARE(importReviews(*m_store, path).inserted, 1);

    const ImportReport again = importReviews(*m_store, path);
    QCOMPARE(again.unchanged, 1);
    QCOMPARE(again.rejected, 0);

    const QString changed =
        reviewsFile(QStringLiteral("reviews-changed.json"),
                    {review(QStringLiteral("1706407446.50"),
                            allAnswers().replace(QStringLiteral(R"("offer": "fail")"),
                                                 QStringLiteral(R"("offer": "pass")")))});
    const ImportReport conflict = importReviews(*m_store, changed);
    QCOMPARE(conflict.rejected, 1);
    QCOMPARE(conflict.problems,
             QStringList({QStringLiteral("reviews-changed.json:2: call \"1706407446.50\" already "
                                         "has a different review, by Кузнецова Мария submitted "
                                         "2024-01-29T06:15:00Z; the stored one stays")}));
    QCOMPARE(m_store->reviewForCall(QStringLiteral("1706407446.50"))->score.passedWeight, 70);
}

void TestImportStaffReviews::usedTemplateCannotChange()
{
    importCallsAndTemplates();
    const QString path = reviewsFile(QStringLiteral("reviews.json"),
                                     {review(QStringLiteral("1706407446.50"), allAnswers())});
    QCOMPARE(importReviews(*m_store, path).inserted, 1);

    QFile original(testing::sourcePath(QStringLiteral("resources/templates/sales-call.json")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray json = original.readAll();
    json.replace("{\"id\": \"greeting\", \"weight\": 10", "{\"id\": \"greeting\", \"weight\": 20");
    const ImportReport report =
        importTemplate(*m_store, writeFile(QStringLiteral("sales-call-changed.json"), json));
    QVERIFY(!report.fatal);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.problems,
             QStringList({QStringLiteral("sales-call-changed.json:1: template sales-call version 1 "
                                         "is used by 1 review(s) and cannot change; save the "
                                         "changed checklist as version 2")}));
    QCOMPARE(m_store->checklistTemplate(QStringLiteral("sales-call"), 1)->items.at(0).weight, 10);
}

QTEST_GUILESS_MAIN(TestImportStaffReviews)
#include "test_import_staff_reviews.moc"

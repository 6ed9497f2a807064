// The store on a real SQLite file: migrations, refusal of newer stores, and
// the rules the schema itself enforces.

#include "storage/Database.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace callscore;

namespace {

CallRecord sampleCall(const QString& id)
{
    CallRecord call;
    call.callId = id;
    call.startUtc = QDateTime(QDate(2024, 1, 28), QTime(7, 0), Qt::UTC);
    call.direction = QStringLiteral("in");
    call.customer = QStringLiteral("+79391000004");
    call.agentExtension = QStringLiteral("301");
    call.durationS = 23;
    call.billsec = 17;
    call.disposition = QStringLiteral("ANSWERED");
    return call;
}

StaffMember anna()
{
    StaffMember member;
    member.name = QStringLiteral("Иванова Анна");
    member.extensions = {QStringLiteral("301")};
    member.team = QStringLiteral("Север");
    member.teamLeader = true;
    member.startDate = QDate(2023, 11, 6);
    return member;
}

Outcome callbackOutcome(const QDateTime& due)
{
    Outcome outcome;
    outcome.callId = QStringLiteral("1706407446.50");
    outcome.callTimeUtc = QDateTime(QDate(2024, 1, 27), QTime(23, 4), Qt::UTC);
    outcome.manager = QStringLiteral("Иванова Анна");
    outcome.customer = QStringLiteral("+79391000004");
    outcome.kind = OutcomeKind::Callback;
    outcome.callbackDueUtc = due;
    return outcome;
}

int count(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class StorageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyStore();
    void reopensAnExistingStore();
    void refusesANewerStore();
    void refusesAFileThatIsNotAStore();
    void staffUpsertByName();
    void callsAreIdempotent();
    void callbackDueNeverChanges();
    void reviewsAndTemplates();
    void transactionGuardRollsBack();

private:
    QTemporaryDir m_dir;
};

void StorageTest::migratesAnEmptyStore()
{
    Database db;
    const QString path = m_dir.filePath(QStringLiteral("empty/callscore.sqlite"));
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    for (const char* table : {"staff", "calls", "outcomes", "templates", "reviews", "rules"})
        QCOMPARE(count(db, QLatin1String(table)), 0);
}

void StorageTest::reopensAnExistingStore()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        Store store(db);
        QCOMPARE(store.insertCall(sampleCall(QStringLiteral("a"))), WriteResult::Inserted);
    }

    Database again;
    QVERIFY2(again.open(path), qPrintable(again.errorString()));
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(count(again, QStringLiteral("calls")), 1);
    QCOMPARE(count(again, QStringLiteral("schema_info")), 1);
}

void StorageTest::refusesANewerStore()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET version = 99")));
    }

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("newer CallScore")),
             qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(path));
    QVERIFY(!db.isOpen());
}

void StorageTest::refusesAFileThatIsNotAStore()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
}

void StorageTest::staffUpsertByName()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("staff.sqlite"))));
    Store store(db);

    StaffMember member = anna();
    QCOMPARE(store.upsertStaff(member), WriteResult::Inserted);
    QCOMPARE(store.upsertStaff(member), WriteResult::Unchanged);
    member.team = QStringLiteral("Юг");
    member.extensions = {QStringLiteral("301"), QStringLiteral("302")};
    QCOMPARE(store.upsertStaff(member), WriteResult::Updated);

    const auto stored = store.staffMember(member.name);
    QVERIFY(stored);
    QCOMPARE(stored->team, QStringLiteral("Юг"));
    QCOMPARE(stored->extensions, (QStringList{QStringLiteral("301"), QStringLiteral("302")}));
    QCOMPARE(stored->startDate, QDate(2023, 11, 6));
    QCOMPARE(store.staff().size(), 1);

    // Calls find their manager through the extension, whenever staff arrive.
    QCOMPARE(store.insertCall(sampleCall(QStringLiteral("c1"))), WriteResult::Inserted);
    QCOMPARE(store.call(QStringLiteral("c1"))->manager, member.name);
}

void StorageTest::callsAreIdempotent()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("calls.sqlite"))));
    Store store(db);

    CallRecord call = sampleCall(QStringLiteral("mainserverdss-1706420300.0"));
    QCOMPARE(store.insertCall(call), WriteResult::Inserted);
    QCOMPARE(store.insertCall(call), WriteResult::Unchanged);
    call.recording = QStringLiteral("/rec/x.wav");
    QCOMPARE(store.insertCall(call), WriteResult::Updated);
    QCOMPARE(store.insertCall(call), WriteResult::Unchanged);
    QCOMPARE(count(db, QStringLiteral("calls")), 1);

    const auto stored = store.call(call.callId);
    QVERIFY(stored);
    QCOMPARE(stored->startUtc, call.startUtc);
    QCOMPARE(stored->recording, QStringLiteral("/rec/x.wav"));
    QCOMPARE(stored->manager, QString()); // no staff yet

    const auto near = store.nearestCall(call.customer, call.startUtc.addSecs(100), 600);
    QVERIFY(near);
    QCOMPARE(near->callId, call.callId);
    QVERIFY(!store.nearestCall(call.customer, call.startUtc.addSecs(700), 600));
}

void StorageTest::callbackDueNeverChanges()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("outcomes.sqlite"))));
    Store store(db);

    const QDateTime due(QDate(2024, 1, 28), QTime(9, 0), Qt::UTC);
    QCOMPARE(store.insertOutcome(callbackOutcome(due)), WriteResult::Inserted);
    QCOMPARE(store.insertOutcome(callbackOutcome(due)), WriteResult::Unchanged);
    QCOMPARE(store.insertOutcome(callbackOutcome(due.addSecs(3600))), WriteResult::Conflict);
    QVERIFY(store.conflictReason().contains(QStringLiteral("2024-01-28T09:00:00Z")));

    Outcome commented = callbackOutcome(due);
    commented.comment = QStringLiteral("перезвонить после обеда");
    QCOMPARE(store.insertOutcome(commented), WriteResult::Updated);
    QCOMPARE(store.callbackOutcomes().size(), 1);
    QCOMPARE(*store.callbackOutcomes().first().outcome.callbackDueUtc, due);

    // Nor may the call it was promised on move, or its customer change.
    Outcome moved = callbackOutcome(due);
    moved.callTimeUtc = moved.callTimeUtc.addSecs(-3600);
    QCOMPARE(store.insertOutcome(moved), WriteResult::Conflict);
    Outcome otherCustomer = callbackOutcome(due);
    otherCustomer.customer = QStringLiteral("+79161000099");
    QCOMPARE(store.insertOutcome(otherCustomer), WriteResult::Conflict);

    // Even plain SQL cannot move or delete a promise.
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE outcomes SET callback_due_utc = 0")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM outcomes")));
    // Nor store a callback due before its call.
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO outcomes (outcome_key, call_time_utc, outcome, callback_due_utc) "
        "VALUES ('x', 100, 'callback', 50)")));
}

void StorageTest::reviewsAndTemplates()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("reviews.sqlite"))));
    Store store(db);
    QVERIFY(store.ensureDefaultTemplate());
    QVERIFY(store.ensureDefaultTemplate());
    QCOMPARE(count(db, QStringLiteral("templates")), 1);
    const auto checklist = store.latestTemplate(QStringLiteral("sales-call"));
    QVERIFY(checklist);
    QCOMPARE(checklist->version, 1);

    QCOMPARE(store.upsertStaff(anna()), WriteResult::Inserted);
    QCOMPARE(store.insertCall(sampleCall(QStringLiteral("1706407446.50"))), WriteResult::Inserted);

    ReviewRecord review;
    review.callId = QStringLiteral("1706407446.50");
    review.reviewer = QStringLiteral("Кузнецова Мария");
    review.templateId = checklist->id;
    review.templateVersion = checklist->version;
    review.submittedUtc = QDateTime(QDate(2024, 1, 29), QTime(6, 15), Qt::UTC);
    for (const ChecklistItem& item : checklist->items)
        review.answers.insert(item.id, Answer::Pass);
    review.answers[QStringLiteral("offer")] = Answer::Fail;
    QString error;
    const auto score = scoreAnswers(*checklist, review.answers, &error);
    QVERIFY(score);

    QCOMPARE(store.insertReview(review, *score), WriteResult::Inserted);
    QCOMPARE(store.insertReview(review, *score), WriteResult::Unchanged);
    ReviewRecord second = review;
    second.submittedUtc = second.submittedUtc.addSecs(60);
    QCOMPARE(store.insertReview(second, *score), WriteResult::Conflict);

    const auto stored = store.reviewForCall(review.callId);
    QVERIFY(stored);
    QCOMPARE(stored->score.passedWeight, qint64(85));
    QCOMPARE(stored->score.faults, 1);
    QCOMPARE(stored->passThreshold, wholePoints(80));
    QCOMPARE(stored->review.answers, review.answers);
    QCOMPARE(stored->call.manager, QStringLiteral("Иванова Анна"));

    // A used template version never changes; a new version is fine.
    ChecklistTemplate changed = *checklist;
    changed.title = QStringLiteral("changed");
    QCOMPARE(store.saveTemplate(changed, R"({"id":"sales-call","version":1,"changed":1})"),
             WriteResult::Conflict);
    QVERIFY(store.conflictReason().contains(QStringLiteral("version 2")));
    changed.version = 2;
    QCOMPARE(store.saveTemplate(changed, R"({"id":"sales-call","version":2})"),
             WriteResult::Inserted);
}

void StorageTest::transactionGuardRollsBack()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("guard.sqlite"))));
    Store store(db);
    {
        TransactionGuard transaction(db.connection());
        QVERIFY(transaction.isActive());
        QCOMPARE(store.insertCall(sampleCall(QStringLiteral("lost"))), WriteResult::Inserted);
    }
    QVERIFY(!store.call(QStringLiteral("lost")));
    {
        TransactionGuard transaction(db.connection());
        QCOMPARE(store.insertCall(sampleCall(QStringLiteral("kept"))), WriteResult::Inserted);
        QVERIFY(transaction.commit());
    }
    QVERIFY(store.call(QStringLiteral("kept")));
}

QTEST_GUILESS_MAIN(StorageTest)
#include "test_storage.moc"

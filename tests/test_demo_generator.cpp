// The demo generator (callscore-demo) must write inputs that are
// reproducible and show what the demo promises: teams with leaders, one
// manager in the grace period, a well-formed Asterisk Master.csv, callbacks
// of every status, and reviews of calls that exist.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kCdrTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kExcelTime = QStringLiteral("dd.MM.yyyy HH:mm");
const QDate kToday(2024, 3, 13);
const QStringList kInputFiles = {
    QStringLiteral("staff.csv"), QStringLiteral("Master.csv"),   QStringLiteral("recordings.tsv"),
    QStringLiteral("crm.csv"),   QStringLiteral("reviews.json"),
};

struct Field {
    QString text;
    bool quoted = false;
};
using Record = QVector<Field>;

// RFC 4180 reading with the quoting of each field kept, so the test can tell
// `""` (an empty quoted text) from an empty unquoted field.
QVector<Record> parseCsv(QString text, QChar delimiter)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QVector<Record> records;
    Record record;
    Field field;
    bool inQuotes = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == c) {
                field.text += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field.text += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
            field.quoted = true;
        } else if (c == delimiter) {
            record.append(field);
            field = Field();
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field = Field();
        } else if (c != QLatin1Char('\r')) {
            field.text += c;
        }
    }
    return records;
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Ten national digits for any spelling of a Russian number.
QString nationalDigits(const QString& typed)
{
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() == 11 &&
        (digits.startsWith(QLatin1Char('7')) || digits.startsWith(QLatin1Char('8'))))
        return digits.mid(1);
    return digits;
}

QDate previousWorkingDay(const QDate& date)
{
    QDate day = date.addDays(-1);
    while (day.dayOfWeek() > Qt::Friday)
        day = day.addDays(-1);
    return day;
}

struct Outbound {
    QString customer;
    QDateTime start;
};

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isDeterministic();
    void staffHasTeamsAndOneNewcomer_data();
    void staffHasTeamsAndOneNewcomer();
    void masterCsvIsAsteriskShaped_data();
    void masterCsvIsAsteriskShaped();
    void callbacksCoverEveryStatus_data();
    void callbacksCoverEveryStatus();
    void reviewsReferToReviewableCalls_data();
    void reviewsReferToReviewableCalls();

private:
    QString generate(const QString& name, const QDate& today, int seed);
    void addDays();
    QVector<Record> master(const QString& folder);

    QTemporaryDir m_dir;
    QString m_generator;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_generator = QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("../src/demo/callscore-demo"));
    QVERIFY2(QFile::exists(m_generator), qPrintable(m_generator));
}

QString TestDemoGenerator::generate(const QString& name, const QDate& today, int seed)
{
    const QString folder = m_dir.filePath(name);
    if (QFile::exists(QDir(folder).filePath(QStringLiteral("reviews.json"))))
        return folder;

    QProcess process;
    process.start(m_generator,
                  {QStringLiteral("--out"), folder, QStringLiteral("--today"),
                   today.toString(Qt::ISODate), QStringLiteral("--seed"), QString::number(seed)});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return QString();
    }
    return folder;
}

void TestDemoGenerator::addDays()
{
    // A midweek day, a Monday (the weekend belongs to the queue) and a
    // Sunday (the week so far has no working day yet after Friday).
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("seed");
    QTest::newRow("wednesday") << kToday << 42;
    QTest::newRow("monday") << QDate(2024, 3, 18) << 7;
    QTest::newRow("sunday") << QDate(2024, 3, 24) << 20240128;
}

QVector<Record> TestDemoGenerator::master(const QString& folder)
{
    return parseCsv(readText(QDir(folder).filePath(QStringLiteral("Master.csv"))),
                    QLatin1Char(','));
}

void TestDemoGenerator::isDeterministic()
{
    const QString first = generate(QStringLiteral("first"), kToday, 42);
    const QString second = generate(QStringLiteral("second"), kToday, 42);
    const QString other = generate(QStringLiteral("other-seed"), kToday, 43);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty());

    for (const QString& name : kInputFiles) {
        QFile a(QDir(first).filePath(name));
        QFile b(QDir(second).filePath(name));
        QVERIFY2(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
    }
    QVERIFY(readText(QDir(first).filePath(QStringLiteral("Master.csv"))) !=
            readText(QDir(other).filePath(QStringLiteral("Master.csv"))));
}

void TestDemoGenerator::staffHasTeamsAndOneNewcomer_data()
{
    addDays();
}

void TestDemoGenerator::staffHasTeamsAndOneNewcomer()
{
    QFETCH(QDate, today);
    QFETCH(int, seed);
    const QString folder = generate(QString::fromLatin1(QTest::currentDataTag()), today, seed);
    QVERIFY(!folder.isEmpty());

    const QByteArray raw = [&] {
        QFile file(QDir(folder).filePath(QStringLiteral("staff.csv")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY2(raw.startsWith("\xEF\xBB\xBF"), "staff.csv is UTF-8 with a BOM");

    const QVector<Record> rows = parseCsv(QString::fromUtf8(raw), QLatin1Char(','));
    QCOMPARE(rows.first().size(), 6);
    QCOMPARE(rows.first().first().text, QStringLiteral("name"));

    QHash<QString, int> members;
    QHash<QString, int> leaders;
    QSet<QString> extensions;
    QStringList newcomers;
    QStringList roles;
    for (int i = 1; i < rows.size(); ++i) {
        const Record& row = rows.at(i);
        QCOMPARE(row.size(), 6);
        roles.append(row.at(1).text);
        if (row.at(1).text != QLatin1String("manager"))
            continue;
        ++members[row.at(3).text];
        leaders[row.at(3).text] += row.at(4).text == QLatin1String("yes") ? 1 : 0;
        extensions.insert(row.at(2).text);
        const QDate start = QDate::fromString(row.at(5).text, Qt::ISODate);
        QVERIFY(start.isValid() && start <= today);
        if (start.addDays(14) > today)
            newcomers.append(row.at(0).text);
    }

    QVERIFY(members.size() >= 3);
    for (auto team = members.cbegin(); team != members.cend(); ++team) {
        QVERIFY2(team.value() == 4, qPrintable(team.key()));
        QVERIFY2(leaders.value(team.key()) == 1, qPrintable(team.key()));
    }
    QCOMPARE(extensions.size(), int(roles.count(QStringLiteral("manager"))));
    QCOMPARE(newcomers.size(), 1);
    QCOMPARE(roles.count(QStringLiteral("reviewer")), 1);
    QCOMPARE(roles.count(QStringLiteral("supervisor")), 1);
}

void TestDemoGenerator::masterCsvIsAsteriskShaped_data()
{
    addDays();
}

void TestDemoGenerator::masterCsvIsAsteriskShaped()
{
    QFETCH(QDate, today);
    QFETCH(int, seed);
    const QString folder = generate(QString::fromLatin1(QTest::currentDataTag()), today, seed);
    const QVector<Record> rows = master(folder);
    QVERIFY(rows.size() > 500);

    // The first day is the Monday two weeks before this week's.
    const QDate firstDay = today.addDays(1 - today.dayOfWeek()).addDays(-14);
    const QSet<int> numberColumns = {12, 13, 20};
    QHash<QString, int> groupEnd;
    QHash<QString, bool> groupHasOrigin;
    QHash<QString, QString> groupSource;
    for (int i = 0; i < rows.size(); ++i) {
        const Record& row = rows.at(i);
        QCOMPARE(row.size(), 21);
        for (int column = 0; column < 21; ++column) {
            const bool emptyAnswer = column == 10 && row.at(14).text != QLatin1String("ANSWERED");
            const bool bare = numberColumns.contains(column) || emptyAnswer;
            QVERIFY2(row.at(column).quoted != bare,
                     qPrintable(QStringLiteral("row %1 column %2").arg(i + 1).arg(column)));
        }

        const QDateTime start = QDateTime::fromString(row.at(9).text, kCdrTime);
        QVERIFY(start.isValid());
        QVERIFY(start.date() >= firstDay && start.date() < today);
        QVERIFY(start.date().dayOfWeek() != Qt::Sunday);
        QVERIFY(start.time().hour() >= 9 && start.time() <= QTime(19, 10));

        // The legs of one call are written together and come from one caller.
        const QString linkedId = row.at(19).text;
        if (groupEnd.contains(linkedId))
            QVERIFY2(groupEnd.value(linkedId) == i - 1, qPrintable(linkedId));
        else
            groupSource.insert(linkedId, row.at(1).text);
        QCOMPARE(row.at(1).text, groupSource.value(linkedId));
        groupEnd.insert(linkedId, i);
        groupHasOrigin[linkedId] = groupHasOrigin.value(linkedId) || row.at(16).text == linkedId;
    }
    for (auto group = groupHasOrigin.cbegin(); group != groupHasOrigin.cend(); ++group)
        QVERIFY2(group.value(), qPrintable(group.key()));
}

void TestDemoGenerator::callbacksCoverEveryStatus_data()
{
    addDays();
}

void TestDemoGenerator::callbacksCoverEveryStatus()
{
    QFETCH(QDate, today);
    QFETCH(int, seed);
    const QString folder = generate(QString::fromLatin1(QTest::currentDataTag()), today, seed);

    QVector<Outbound> outbound;
    QSet<QString> linkedIds;
    for (const Record& row : master(folder)) {
        linkedIds.insert(row.at(19).text);
        if (row.at(3).text == QLatin1String("from-internal"))
            outbound.append(
                {nationalDigits(row.at(2).text), QDateTime::fromString(row.at(9).text, kCdrTime)});
    }

    // FORMATS.md: kept if an outbound call to the number starts after the
    // outcome and no later than the due time, late if the first one comes
    // after it, missed if none by now and the due time has passed, pending
    // otherwise. "Now" is the start of the demo's today.
    const QDateTime now(today, QTime(0, 0));
    const QVector<Record> rows =
        parseCsv(readText(QDir(folder).filePath(QStringLiteral("crm.csv"))), QLatin1Char(';'));
    QCOMPARE(rows.first().first().text, QStringLiteral("Дата звонка"));
    QHash<QString, int> statuses;
    for (int i = 1; i < rows.size(); ++i) {
        const Record& row = rows.at(i);
        QCOMPARE(row.size(), 7);
        QVERIFY2(linkedIds.contains(row.at(1).text), qPrintable(row.at(1).text));
        if (row.at(4).text != QStringLiteral("Перезвонить"))
            continue;

        const QDateTime called = QDateTime::fromString(row.at(0).text, kExcelTime);
        const QDateTime due = QDateTime::fromString(row.at(5).text, kExcelTime);
        QVERIFY(called.isValid() && due.isValid() && due > called);

        const QString customer = nationalDigits(row.at(3).text);
        QCOMPARE(customer.size(), 10);
        QDateTime first;
        for (const Outbound& call : outbound) {
            if (call.customer == customer && call.start > called &&
                (!first.isValid() || call.start < first))
                first = call.start;
        }

        if (first.isValid())
            ++statuses[first <= due ? QStringLiteral("kept") : QStringLiteral("late")];
        else
            ++statuses[due < now ? QStringLiteral("missed") : QStringLiteral("pending")];
    }

    for (const char* status : {"kept", "late", "missed", "pending"})
        QVERIFY2(statuses.value(QString::fromLatin1(status)) > 0, status);
}

void TestDemoGenerator::reviewsReferToReviewableCalls_data()
{
    addDays();
}

void TestDemoGenerator::reviewsReferToReviewableCalls()
{
    QFETCH(QDate, today);
    QFETCH(int, seed);
    const QString folder = generate(QString::fromLatin1(QTest::currentDataTag()), today, seed);

    QHash<QString, int> talk;
    QHash<QString, QDate> day;
    for (const Record& row : master(folder)) {
        const QString linkedId = row.at(19).text;
        talk[linkedId] = qMax(talk.value(linkedId), row.at(13).text.toInt());
        if (!day.contains(linkedId))
            day.insert(linkedId, QDateTime::fromString(row.at(9).text, kCdrTime).date());
    }
    QSet<QString> recorded;
    for (const Record& row : parseCsv(
             readText(QDir(folder).filePath(QStringLiteral("recordings.tsv"))), QLatin1Char('\t')))
        recorded.insert(row.last().text);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        readText(QDir(folder).filePath(QStringLiteral("reviews.json"))).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray reviews = document.object().value(QStringLiteral("reviews")).toArray();
    QVERIFY(reviews.size() > 50);

    // Reviews cover earlier days only: the queue day's calls are today's queue.
    const QDate queueDay = previousWorkingDay(today);
    for (const QJsonValue& value : reviews) {
        const QJsonObject review = value.toObject();
        const QString callId = review.value(QStringLiteral("call_id")).toString();
        QVERIFY2(talk.contains(callId), qPrintable(callId));
        QVERIFY2(talk.value(callId) >= 20, qPrintable(callId));
        QVERIFY2(recorded.contains(callId), qPrintable(callId));
        QVERIFY2(day.value(callId) < queueDay, qPrintable(callId));
        QCOMPARE(review.value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("Кузнецова Мария"));
        QCOMPARE(review.value(QStringLiteral("template")).toString(), QStringLiteral("sales-call"));
        QCOMPARE(review.value(QStringLiteral("template_version")).toInt(), 1);
        QCOMPARE(review.value(QStringLiteral("answers")).toObject().size(), 8);

        const QString submitted = review.value(QStringLiteral("submitted_at")).toString();
        QVERIFY2(submitted.endsWith(QStringLiteral("+03:00")), qPrintable(submitted));
        QVERIFY(QDateTime::fromString(submitted, Qt::ISODate).date() > day.value(callId));
        QVERIFY(QDateTime::fromString(submitted, Qt::ISODate).date() < today);
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"

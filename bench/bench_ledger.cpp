// Prints how long the weekly numbers take on a store the size of a large
// call centre's week: 60 managers in 15 teams, 12,000 calls, 900 reviews and
// 600 promised callbacks. Run it by hand: build/bench/bench_ledger [DIR].

#include "core/Scoring.h"
#include "export/ReportCsv.h"
#include "storage/Database.h"
#include "storage/Reports.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace callscore;

namespace {

const int kManagers = 60;
const int kCallsPerManagerDay = 40;
const int kReviewsPerManagerDay = 3;
const QDate kMonday(2024, 1, 29);

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString& what, qint64 nanoseconds, int items)
{
    out() << QStringLiteral("%1: %2 ms for %3 (%4 us each)\n")
                 .arg(what, -28)
                 .arg(double(nanoseconds) / 1e6, 0, 'f', 1)
                 .arg(items)
                 .arg(double(nanoseconds) / 1e3 / qMax(1, items), 0, 'f', 2);
    out().flush();
}

void addStaff(Store& store)
{
    for (int m = 0; m < kManagers; ++m) {
        StaffMember member;
        member.name = QStringLiteral("Manager %1").arg(m, 2, 10, QLatin1Char('0'));
        member.team = QStringLiteral("Team %1").arg(m / 4);
        member.teamLeader = m % 4 == 0;
        member.extensions = {QString::number(100 + m)};
        member.startDate = QDate(2023, 1, 1);
        store.upsertStaff(member);
    }
}

int addCalls(Store& store)
{
    int count = 0;
    for (int day = 0; day < 5; ++day) {
        for (int m = 0; m < kManagers; ++m) {
            for (int c = 0; c < kCallsPerManagerDay; ++c) {
                CallRecord call;
                call.callId = QStringLiteral("%1.%2.%3").arg(day).arg(m).arg(c);
                call.startUtc =
                    QDateTime(kMonday.addDays(day), QTime(6, 0), Qt::UTC).addSecs(c * 600 + m);
                call.direction = c % 3 ? QStringLiteral("in") : QStringLiteral("out");
                call.customer =
                    QStringLiteral("+7916%1").arg(m * 1000 + c, 7, 10, QLatin1Char('0'));
                call.agentExtension = QString::number(100 + m);
                call.billsec = 15 + c * 7;
                call.durationS = call.billsec + 5;
                call.disposition = QStringLiteral("ANSWERED");
                call.recording = QStringLiteral("/rec/%1.wav").arg(call.callId);
                store.insertCall(call);
                ++count;
            }
        }
    }
    return count;
}

int addReviewsAndCallbacks(Store& store)
{
    const ChecklistTemplate checklist = *store.latestTemplate();
    int count = 0;
    for (int day = 0; day < 5; ++day) {
        for (int m = 0; m < kManagers; ++m) {
            for (int r = 0; r < kReviewsPerManagerDay; ++r) {
                ReviewRecord review;
                review.callId = QStringLiteral("%1.%2.%3").arg(day).arg(m).arg(r * 7);
                review.reviewer = QStringLiteral("Reviewer");
                review.templateId = checklist.id;
                review.templateVersion = checklist.version;
                review.submittedUtc = QDateTime(kMonday.addDays(day + 1), QTime(8, r), Qt::UTC);
                for (const ChecklistItem& item : checklist.items)
                    review.answers.insert(item.id, (m + r + day) % 5 == 0 && item.weight == 15
                                                       ? Answer::Fail
                                                       : Answer::Pass);
                QString error;
                store.insertReview(review, *scoreAnswers(checklist, review.answers, &error));

                Outcome outcome;
                outcome.callId = review.callId + QStringLiteral("cb");
                outcome.callTimeUtc = QDateTime(kMonday.addDays(day), QTime(7, r), Qt::UTC);
                outcome.customer =
                    QStringLiteral("+7916%1").arg(m * 1000 + r, 7, 10, QLatin1Char('0'));
                outcome.manager = QStringLiteral("Manager %1").arg(m, 2, 10, QLatin1Char('0'));
                outcome.kind = OutcomeKind::Callback;
                outcome.callbackDueUtc = outcome.callTimeUtc.addSecs(3 * 3600);
                if (r < 2)
                    store.insertOutcome(outcome);
                ++count;
            }
        }
    }
    return count;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("callscore.*=false"));
    QTemporaryDir temporary;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();

    Database database;
    if (!database.open(folder + QStringLiteral("/bench.sqlite"))) {
        out() << database.errorString() << '\n';
        return 2;
    }
    Store store(database);
    store.ensureDefaultTemplate();
    addStaff(store);

    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    {
        TransactionGuard transaction(database.connection());
        calls = addCalls(store);
        transaction.commit();
    }
    report(QStringLiteral("store calls (one transaction)"), timer.nsecsElapsed(), calls);

    timer.restart();
    int reviews = 0;
    {
        TransactionGuard transaction(database.connection());
        reviews = addReviewsAndCallbacks(store);
        transaction.commit();
    }
    report(QStringLiteral("store reviews and callbacks"), timer.nsecsElapsed(), reviews);

    const Reports reports(store);
    const QDateTime asOf(kMonday.addDays(14), QTime(0, 0), Qt::UTC);
    timer.restart();
    const WeekLedger ledger = reports.weekLedger(*IsoWeek::parse(QStringLiteral("2024-W05")), asOf);
    report(QStringLiteral("week ledger"), timer.nsecsElapsed(), reviews);

    timer.restart();
    const QByteArray csv = ledgerCsv(ledger, CsvDialect::ExcelRu);
    report(QStringLiteral("ledger CSV"), timer.nsecsElapsed(), int(ledger.managers.size()));

    timer.restart();
    const auto queue = reports.reviewQueue(kMonday.addDays(1));
    report(QStringLiteral("review queue of a day"), timer.nsecsElapsed(), int(queue.size()));

    timer.restart();
    const auto callbacks = reports.callbacks(asOf);
    report(QStringLiteral("callback statuses"), timer.nsecsElapsed(), int(callbacks.size()));

    out() << "ledger rows " << ledger.managers.size() << ", CSV bytes " << csv.size() << ", queue "
          << queue.size() << " calls\n";
    return 0;
}

#include "DemoGenerator.h"

#include "CallPlanner.h"
#include "CallbackPlanner.h"
#include "CustomerBook.h"
#include "DemoFiles.h"
#include "DemoRoster.h"
#include "MasterCsvWriter.h"
#include "OutcomePlanner.h"
#include "RecordingPlanner.h"
#include "ReviewPlanner.h"

#include <QDir>
#include <QMap>

namespace callscore::demo {

namespace {

constexpr int kRegularCustomers = 360;

} // namespace

DemoGenerator::DemoGenerator(const QDate& today, quint64 seed)
    : m_calendar(today)
    , m_random(seed)
{}

const DemoScenario& DemoGenerator::generate()
{
    m_scenario = DemoScenario();
    m_scenario.managers = DemoRoster::managers(m_calendar, m_random);

    CustomerBook customers(m_random, kRegularCustomers);
    m_scenario.calls = CallPlanner(m_calendar, m_random, customers).plan(m_scenario.managers);

    // Callbacks move customers between calls, so recordings are named and
    // outcomes typed only after they are settled.
    const QVector<DemoOutcome> callbacks =
        CallbackPlanner(m_calendar, m_random, customers).plan(m_scenario);
    RecordingPlanner(m_random).plan(m_scenario.calls, m_scenario.managers);
    m_scenario.outcomes = OutcomePlanner(m_random).plan(m_scenario.calls, callbacks);
    m_scenario.reviews = ReviewPlanner(m_calendar, m_random).plan(m_scenario);

    MasterCsvWriter master(m_scenario.managers, m_random.between(1, 200),
                           m_random.between(16, 4000));
    m_masterCsv = master.render(m_scenario.calls);
    return m_scenario;
}

bool DemoGenerator::writeTo(const QString& folder, QString* error) const
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }

    const QDir dir(folder);
    const QByteArray staff =
        DemoFiles::staffCsv(m_scenario.managers, DemoRoster::reviewer(), DemoRoster::supervisor());
    return DemoFiles::write(dir.filePath(QStringLiteral("staff.csv")), staff, error) &&
           DemoFiles::write(dir.filePath(QStringLiteral("Master.csv")), m_masterCsv, error) &&
           DemoFiles::write(dir.filePath(QStringLiteral("recordings.tsv")),
                            DemoFiles::recordingsTsv(m_scenario.calls), error) &&
           DemoFiles::write(dir.filePath(QStringLiteral("crm.csv")), DemoFiles::crmCsv(m_scenario),
                            error) &&
           DemoFiles::write(dir.filePath(QStringLiteral("reviews.json")),
                            DemoFiles::reviewsJson(m_scenario, DemoRoster::reviewer()), error);
}

QString DemoGenerator::summary() const
{
    int answered = 0;
    int recorded = 0;
    for (const DemoCall& call : m_scenario.calls) {
        answered += call.answered() ? 1 : 0;
        recorded += call.recordingPath.isEmpty() ? 0 : 1;
    }

    QMap<int, int> byPlan;
    for (const DemoOutcome& outcome : m_scenario.outcomes)
        ++byPlan[int(outcome.plan)];

    return QStringLiteral("today %1: %2 managers, %3 calls (%4 answered, %5 recorded), "
                          "%6 CRM outcomes (callbacks: %7 kept, %8 late, %9 missed, "
                          "%10 pending), %11 reviews")
        .arg(m_calendar.today().toString(Qt::ISODate))
        .arg(m_scenario.managers.size())
        .arg(m_scenario.calls.size())
        .arg(answered)
        .arg(recorded)
        .arg(m_scenario.outcomes.size())
        .arg(byPlan.value(int(CallbackPlan::Kept)))
        .arg(byPlan.value(int(CallbackPlan::Late)))
        .arg(byPlan.value(int(CallbackPlan::Missed)))
        .arg(byPlan.value(int(CallbackPlan::Pending)))
        .arg(m_scenario.reviews.size());
}

} // namespace callscore::demo

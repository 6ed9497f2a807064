#pragma once

#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "DemoTypes.h"

namespace callscore::demo {

// Builds the whole demo scenario for one "today" and seed, and writes its
// input files: staff.csv, Master.csv, recordings.tsv, crm.csv, reviews.json.
// The same today and seed always give byte-identical files.
class DemoGenerator
{
public:
    DemoGenerator(const QDate& today, quint64 seed);

    const DemoScenario& generate();
    bool writeTo(const QString& folder, QString* error) const;
    QString summary() const;

private:
    DemoCalendar m_calendar;
    DemoRandom m_random;
    DemoScenario m_scenario;
    QByteArray m_masterCsv;
};

} // namespace callscore::demo

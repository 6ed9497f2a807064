#pragma once

#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "DemoTypes.h"

namespace callscore::demo {

// Three teams of four managers on extensions 101..112, one of whom started
// last week and is still in the grace period, plus the reviewer and the
// supervisor.
class DemoRoster
{
public:
    static QVector<DemoManager> managers(const DemoCalendar& calendar, DemoRandom& random);
    static QString reviewer() { return QStringLiteral("Кузнецова Мария"); }
    static QString supervisor() { return QStringLiteral("Орлов Павел"); }
    // The grace-period newcomer's start date: last week's Monday.
    static QDate newcomerStart(const DemoCalendar& calendar);
};

} // namespace callscore::demo

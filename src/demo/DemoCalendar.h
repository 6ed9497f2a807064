#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>

namespace callscore::demo {

// The demo's dates, all relative to one "today" in the call centre's zone:
// the call log covers the two full weeks before the current one and the
// current week up to yesterday.
class DemoCalendar
{
public:
    explicit DemoCalendar(const QDate& today);

    QDate today() const { return m_today; }
    QTimeZone zone() const { return m_zone; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_today.addDays(-1); }
    // Every date of the call log, working days and Saturdays alike.
    QVector<QDate> days() const;
    // The last Monday-to-Friday day before today: its calls are today's
    // review queue, so the demo leaves them unreviewed.
    QDate queueDay() const;

    QDateTime at(const QDate& date, int hour, int minute, int second = 0) const;
    static bool isWorkingDay(const QDate& date);
    static QDate nextWorkingDay(const QDate& date);
    static QDate previousWorkingDay(const QDate& date);

private:
    QDate m_today;
    QDate m_firstDay;
    QTimeZone m_zone;
};

} // namespace callscore::demo

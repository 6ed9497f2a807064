#include "DemoCalendar.h"

namespace callscore::demo {

DemoCalendar::DemoCalendar(const QDate& today)
    : m_today(today)
    , m_zone(QByteArrayLiteral("Europe/Moscow"))
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    m_firstDay = monday.addDays(-14);
}

QVector<QDate> DemoCalendar::days() const
{
    QVector<QDate> result;
    for (QDate day = m_firstDay; day <= lastDay(); day = day.addDays(1)) {
        if (day.dayOfWeek() != Qt::Sunday)
            result.append(day);
    }
    return result;
}

QDate DemoCalendar::queueDay() const
{
    return previousWorkingDay(m_today);
}

QDateTime DemoCalendar::at(const QDate& date, int hour, int minute, int second) const
{
    return QDateTime(date, QTime(hour, minute, second), m_zone);
}

bool DemoCalendar::isWorkingDay(const QDate& date)
{
    return date.dayOfWeek() <= Qt::Friday;
}

QDate DemoCalendar::nextWorkingDay(const QDate& date)
{
    QDate day = date.addDays(1);
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate DemoCalendar::previousWorkingDay(const QDate& date)
{
    QDate day = date.addDays(-1);
    while (!isWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

} // namespace callscore::demo

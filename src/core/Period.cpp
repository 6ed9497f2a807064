#include "Period.h"

#include <QRegularExpression>

namespace callscore {

std::optional<IsoWeek> IsoWeek::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;

    const IsoWeek week{match.captured(1).toInt(), match.captured(2).toInt()};
    if (week.week < 1 || IsoWeek::containing(week.monday()) != week)
        return std::nullopt;
    return week;
}

IsoWeek IsoWeek::containing(const QDate& localDate)
{
    int year = 0;
    const int week = localDate.weekNumber(&year);
    return {year, week};
}

IsoWeek IsoWeek::containing(const QDateTime& utc, const QTimeZone& zone)
{
    return containing(localDate(utc, zone));
}

QString IsoWeek::toString() const
{
    return QStringLiteral("%1-W%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(week, 2, 10, QLatin1Char('0'));
}

QDate IsoWeek::monday() const
{
    // 4 January is always in week 1; step back to its Monday, then forward.
    const QDate january4(year, 1, 4);
    const QDate firstMonday = january4.addDays(1 - january4.dayOfWeek());
    return firstMonday.addDays(7 * (week - 1));
}

QDateTime IsoWeek::startUtc(const QTimeZone& zone) const
{
    return startOfLocalDay(monday(), zone);
}

QDateTime IsoWeek::endUtc(const QTimeZone& zone) const
{
    return startOfLocalDay(monday().addDays(7), zone);
}

IsoWeek IsoWeek::next() const
{
    return containing(monday().addDays(7));
}

IsoWeek IsoWeek::previous() const
{
    return containing(monday().addDays(-7));
}

QDateTime startOfLocalDay(const QDate& date, const QTimeZone& zone)
{
    return date.startOfDay(zone).toUTC();
}

QDate localDate(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date();
}

QDateTime parseMoment(const QString& text, const QTimeZone& zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};

    static const QRegularExpression hasOffset(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (trimmed.contains(QLatin1Char('T')) && hasOffset.match(trimmed).hasMatch()) {
        const QDateTime withOffset = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        return withOffset.isValid() ? withOffset.toUTC() : QDateTime();
    }

    static const char* const localFormats[] = {
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy H:mm",     "d.M.yyyy H:mm",
        "dd.MM.yy HH:mm",      "yyyy-MM-dd",       "dd.MM.yyyy",
    };
    for (const char* format : localFormats) {
        const QDateTime local = QDateTime::fromString(trimmed, QLatin1String(format));
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toUTC();
    }
    return {};
}

QString formatLocalIso(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace callscore

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace callscore {

// An ISO week (Monday to Sunday) in the call centre's time zone. Week
// boundaries and DST are handled here and nowhere else.
struct IsoWeek {
    int year = 0;
    int week = 0;

    static std::optional<IsoWeek> parse(const QString& text); // "2024-W04"
    static IsoWeek containing(const QDate& localDate);
    static IsoWeek containing(const QDateTime& utc, const QTimeZone& zone);

    QString toString() const;
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    // [start, end) of the week in UTC for the given zone.
    QDateTime startUtc(const QTimeZone& zone) const;
    QDateTime endUtc(const QTimeZone& zone) const;
    IsoWeek next() const;
    IsoWeek previous() const;

    bool operator==(const IsoWeek& other) const { return year == other.year && week == other.week; }
    bool operator!=(const IsoWeek& other) const { return !(*this == other); }
};

// Local midnight of a date in a zone, as UTC.
QDateTime startOfLocalDay(const QDate& date, const QTimeZone& zone);
// The local calendar date of a UTC moment.
QDate localDate(const QDateTime& utc, const QTimeZone& zone);

// Reads an ISO-8601 moment with offset or Z; one without an offset is read as
// local time in `zone`. Also reads "dd.MM.yyyy HH:mm[:ss]" and
// "yyyy-MM-dd HH:mm[:ss]". Returns UTC, or an invalid QDateTime.
QDateTime parseMoment(const QString& text, const QTimeZone& zone);
// "2024-01-28T02:04:06+03:00".
QString formatLocalIso(const QDateTime& utc, const QTimeZone& zone);

} // namespace callscore

#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace callscore {

// A moment as a file writes it: with `format` (Qt date-time format) when the
// mapping names one, else any form parseMoment knows. Times without an
// offset are local to `zone`. Returns UTC, or an invalid QDateTime.
QDateTime parseFileTime(const QString& text, const QString& format, const QTimeZone& zone);

// Seconds as call logs write them: "75", "75,0", "1:15" or "0:01:15".
// Empty text is 0; anything else unreadable is nothing.
std::optional<int> parseSeconds(const QString& text);

} // namespace callscore

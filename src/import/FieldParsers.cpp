#include "FieldParsers.h"

#include "core/Period.h"

#include <QStringList>

#include <cmath>

namespace callscore {

QDateTime parseFileTime(const QString& text, const QString& format, const QTimeZone& zone)
{
    if (format.isEmpty())
        return parseMoment(text, zone);

    const QDateTime local = QDateTime::fromString(text.trimmed(), format);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

std::optional<int> parseSeconds(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;

    const QStringList parts = trimmed.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;

    int total = 0;
    for (const QString& part : parts) {
        bool ok = false;
        // Russian-locale spreadsheets write a decimal comma.
        const double value =
            QString(part).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        total = total * 60 + int(std::lround(value));
    }
    return total;
}

} // namespace callscore

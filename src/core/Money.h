#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace callscore {

// Money is always an integer count of minor units (kopecks, cents); these
// helpers are the only place that converts between that and text.
using MinorUnits = qint64;

// Parses a decimal amount in major units ("150", "150.5", "150,50") into
// minor units. More than two fraction digits, signs other than a leading
// minus, or any other character make it fail.
std::optional<MinorUnits> parseMajorUnits(const QString& text);

// "150.00" with a point, "150,00" with a comma; negative amounts get "-".
QString formatMinorUnits(MinorUnits amount, QChar decimalSeparator = QLatin1Char('.'));

} // namespace callscore

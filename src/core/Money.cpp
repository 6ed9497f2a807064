#include "Money.h"

namespace callscore {

std::optional<MinorUnits> parseMajorUnits(const QString& text)
{
    QString digits = text.trimmed();
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-'))) {
        negative = true;
        digits.remove(0, 1);
    }
    digits.replace(QLatin1Char(','), QLatin1Char('.'));

    const int point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    QString fraction = point < 0 ? QString() : digits.mid(point + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (point >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : whole + fraction) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    if (whole.size() > 15)
        return std::nullopt;

    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const MinorUnits amount = whole.toLongLong() * 100 + fraction.toLongLong();
    return negative ? -amount : amount;
}

QString formatMinorUnits(MinorUnits amount, QChar decimalSeparator)
{
    const bool negative = amount < 0;
    const quint64 magnitude = negative ? quint64(-(amount + 1)) + 1 : quint64(amount);
    const QString text = QString::number(magnitude / 100) + decimalSeparator +
                         QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace callscore

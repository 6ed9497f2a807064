#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

namespace callscore {

QString DisplayText::talkTime(int seconds)
{
    const int clamped = qMax(0, seconds);
    return QStringLiteral("%1:%2").arg(clamped / 60).arg(clamped % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayText::direction(const QString& direction)
{
    if (direction == QLatin1String("in"))
        return QCoreApplication::translate("callscore::DisplayText", "Inbound");
    if (direction == QLatin1String("out"))
        return QCoreApplication::translate("callscore::DisplayText", "Outbound");
    return direction;
}

QString DisplayText::localDateTime(const QDateTime& utc, const QTimeZone& zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.toString(QStringLiteral("HH:mm"));
}

QString DisplayText::amount(MinorUnits amount)
{
    const QString separator = QLocale().decimalPoint();
    const QChar point = separator.isEmpty() ? QLatin1Char('.') : separator.at(0);
    return formatMinorUnits(amount, point);
}

QString DisplayText::money(MinorUnits amount, const QString& currency)
{
    return DisplayText::amount(amount) + QLatin1Char(' ') + currency;
}

QString DisplayText::percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

} // namespace callscore

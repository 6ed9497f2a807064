#pragma once

#include "core/Money.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace callscore {

// How values look on screen, in the user's language and locale. Kept apart
// from the pages so every page writes a call or an amount the same way.
class DisplayText
{
public:
    static QString talkTime(int seconds);
    static QString direction(const QString& direction);
    static QString localDateTime(const QDateTime& utc, const QTimeZone& zone);
    // An amount in the locale's decimal notation, without the currency.
    static QString amount(MinorUnits amount);
    static QString money(MinorUnits amount, const QString& currency);
    static QString percent(double value);
};

} // namespace callscore

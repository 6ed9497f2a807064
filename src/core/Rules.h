#pragma once

#include "ChecklistTemplate.h"
#include "Money.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace callscore {

struct BonusBand {
    CentiPoints minScore = 0;
    MinorUnits amount = 0;
};

struct TeamRule {
    CentiPoints minAverageScore = 9000;
    int maxMissedCallbacks = 0;
    MinorUnits pool = 100000;
    int leaderSharePercent = 10;
};

struct ReviewerRule {
    MinorUnits bonusPerFault = 1000;
    int dailyMinimum = 20;
};

struct SamplingRule {
    int callsPerManager = 3;
    int minDurationS = 20;
    bool requireRecording = true;
};

// The bonus and fine rules of FORMATS.md. Every default lives in the
// resource rules file; the values below only mirror it for readers.
struct Rules {
    QString currency = QStringLiteral("RUB");
    QString timeZoneId = QStringLiteral("Europe/Moscow");
    QVector<BonusBand> bonusBands;
    QVector<MinorUnits> fineLadder;
    MinorUnits callbackFine = 10000;
    bool countUnansweredAttempts = true;
    int graceDays = 14;
    TeamRule team;
    ReviewerRule reviewer;
    SamplingRule sampling;

    QTimeZone timeZone() const;
    // The amount of the highest band whose minimum the score reaches, or 0.
    template <typename Score>
    MinorUnits bonusFor(const Score& score) const
    {
        MinorUnits best = 0;
        CentiPoints bestMin = -1;
        for (const BonusBand& band : bonusBands) {
            if (score.reaches(band.minScore) && band.minScore > bestMin) {
                best = band.amount;
                bestMin = band.minScore;
            }
        }
        return best;
    }
    // fine_ladder[k], the last step repeating; k counts from 0.
    MinorUnits fineForViolation(int k) const;

    static Rules defaults();
    static std::optional<Rules> fromJson(const QByteArray& json, QString* error);
    QByteArray toJson() const;
};

} // namespace callscore

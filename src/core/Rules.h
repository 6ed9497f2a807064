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
    ScoreThreshold minScore = 0;
    MinorUnits amount = 0;
};

struct TeamRule {
    ScoreThreshold minAverageScore = wholePoints(90);
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

// The bonus and fine rules of FORMATS.md. The defaults below are the ones
// DESIGN.md names; resources/default-rules.json spells the same values out
// for people, and a test keeps the two equal. A rules file may leave any
// field out to keep its default.
struct Rules {
    QString currency = QStringLiteral("RUB");
    QString timeZoneId = QStringLiteral("Europe/Moscow");
    QVector<BonusBand> bonusBands = {
        {wholePoints(80), 500}, {wholePoints(90), 1000}, {wholePoints(100), 2000}};
    QVector<MinorUnits> fineLadder = {5000, 10000, 20000};
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
        ScoreThreshold bestMin = -1;
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
    // Reads a rules file; unknown keys, wrong types and values out of range
    // are refused with a sentence naming the key.
    static std::optional<Rules> fromJson(const QByteArray& json, QString* error);
    QByteArray toJson() const;
};

} // namespace callscore

#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace callscore {

// Score thresholds are kept in millionths of a point (80 -> 80'000'000,
// 66.666 -> 66'666'000) so that comparing an exact score with them needs no
// floating point. A threshold with more than six decimals is rounded to six.
using ScoreThreshold = qint64;
constexpr ScoreThreshold kThresholdScale = 1000000;

constexpr ScoreThreshold wholePoints(int points)
{
    return points * kThresholdScale;
}

struct ChecklistItem {
    QString id;
    QString text;   // the template's own language (Russian for the default)
    QString textEn; // optional English text
    QString stage;
    QString stageEn;
    int weight = 0;
    bool critical = false;
    bool allowNa = false;

    QString localizedText(bool english) const;
    QString localizedStage(bool english) const;
};

struct ChecklistTemplate {
    QString id;
    int version = 0;
    QString title;
    QString titleEn;
    ScoreThreshold passThreshold = wholePoints(80);
    QVector<ChecklistItem> items;

    const ChecklistItem* item(const QString& itemId) const;
    QString localizedTitle(bool english) const;

    // Reads the template JSON of FORMATS.md. On failure returns nothing and
    // sets *error to a sentence naming the field at fault.
    static std::optional<ChecklistTemplate> fromJson(const QByteArray& json, QString* error);
};

// Converts a JSON score such as 80 or 85.5 into a threshold.
std::optional<ScoreThreshold> thresholdFromNumber(double value);

} // namespace callscore

#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace callscore {

// Score thresholds are kept in hundredths of a point (80 -> 8000, 85.5 ->
// 8550) so that comparing an exact score with them needs no floating point.
using CentiPoints = qint64;

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
    CentiPoints passThreshold = 8000;
    QVector<ChecklistItem> items;

    const ChecklistItem* item(const QString& itemId) const;
    QString localizedTitle(bool english) const;

    // Reads the template JSON of FORMATS.md. On failure returns nothing and
    // sets *error to a sentence naming the field at fault.
    static std::optional<ChecklistTemplate> fromJson(const QByteArray& json, QString* error);
};

// Converts a JSON score such as 80 or 85.5 into centi-points.
std::optional<CentiPoints> centiPointsFromNumber(double value);

} // namespace callscore

#pragma once

#include "ChecklistTemplate.h"
#include "Records.h"

#include <QHash>
#include <QString>

#include <optional>

namespace callscore {

// The exact score of one review: passed weight over applicable weight.
struct ReviewScore {
    qint64 passedWeight = 0;
    qint64 applicableWeight = 0;
    bool criticalFailed = false;
    int faults = 0; // failed items, each worth a reviewer bonus

    // score >= threshold, decided in integers.
    bool reaches(ScoreThreshold threshold) const;
    bool isViolation(ScoreThreshold passThreshold) const;
    // For display only: rounded to one decimal by the caller.
    double percent() const;
};

// Scores answers against a template. Every item must be answered, N/A only
// where the item allows it, and at least one item must be applicable;
// otherwise returns nothing and sets *error.
std::optional<ReviewScore> scoreAnswers(const ChecklistTemplate& checklist,
                                        const QHash<QString, Answer>& answers, QString* error);

// Like scoreAnswers, but tolerates unanswered items (treated as not yet
// applicable), for the live score shown while a reviewer is still filling in.
ReviewScore scorePartialAnswers(const ChecklistTemplate& checklist,
                                const QHash<QString, Answer>& answers);

} // namespace callscore

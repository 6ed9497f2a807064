#include "Scoring.h"

namespace callscore {

bool ReviewScore::reaches(ScoreThreshold threshold) const
{
    // 100 * passed / applicable >= threshold / scale, cross-multiplied.
    return applicableWeight > 0 &&
           passedWeight * 100 * kThresholdScale >= threshold * applicableWeight;
}

bool ReviewScore::isViolation(ScoreThreshold passThreshold) const
{
    return criticalFailed || !reaches(passThreshold);
}

double ReviewScore::percent() const
{
    return applicableWeight > 0 ? 100.0 * double(passedWeight) / double(applicableWeight) : 0.0;
}

ReviewScore scorePartialAnswers(const ChecklistTemplate& checklist,
                                const QHash<QString, Answer>& answers)
{
    ReviewScore score;
    for (const ChecklistItem& item : checklist.items) {
        const auto answer = answers.constFind(item.id);
        if (answer == answers.constEnd() || *answer == Answer::NotApplicable)
            continue;

        score.applicableWeight += item.weight;
        if (*answer == Answer::Pass) {
            score.passedWeight += item.weight;
        } else {
            ++score.faults;
            score.criticalFailed = score.criticalFailed || item.critical;
        }
    }
    return score;
}

std::optional<ReviewScore> scoreAnswers(const ChecklistTemplate& checklist,
                                        const QHash<QString, Answer>& answers, QString* error)
{
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!checklist.item(it.key())) {
            *error = QStringLiteral("answer for \"%1\", which template %2 v%3 does not have")
                         .arg(it.key(), checklist.id)
                         .arg(checklist.version);
            return std::nullopt;
        }
    }

    for (const ChecklistItem& item : checklist.items) {
        const auto answer = answers.constFind(item.id);
        if (answer == answers.constEnd()) {
            *error = QStringLiteral("item \"%1\" is not answered").arg(item.id);
            return std::nullopt;
        }
        if (*answer == Answer::NotApplicable && !item.allowNa) {
            *error = QStringLiteral("item \"%1\" does not allow \"na\"").arg(item.id);
            return std::nullopt;
        }
    }

    const ReviewScore score = scorePartialAnswers(checklist, answers);
    if (score.applicableWeight == 0) {
        *error = QStringLiteral("every item is \"na\"; nothing to score");
        return std::nullopt;
    }
    return score;
}

} // namespace callscore

#pragma once

#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "DemoTypes.h"

#include <QHash>
#include <QSet>

namespace callscore::demo {

// Scored reviews of earlier days, as a reviewer would have left them: two or
// three calls per manager per day, each answered item by item on the
// sales-call template (version 1), mostly passes with the weaker managers
// failing more often. The queue day's calls stay unreviewed: they are
// today's queue.
class ReviewPlanner
{
public:
    ReviewPlanner(const DemoCalendar& calendar, DemoRandom& random);

    QVector<DemoReview> plan(const DemoScenario& scenario);

    static QString templateId() { return QStringLiteral("sales-call"); }
    static int templateVersion() { return 1; }
    static constexpr int kMinReviewedTalkS = 20;

private:
    enum class Profile { Perfect, Minor, Weak, Critical };

    QVector<int> pickCalls(const QVector<int>& candidates);
    DemoReview review(const DemoCall& call, Skill skill, const QString& outcome);
    void answer(DemoReview& review, Profile profile, const QString& outcome);
    void forceFailures(QVector<DemoReview>& reviews, const DemoScenario& scenario);
    static bool isViolation(const DemoReview& review);
    static bool isCritical(const DemoReview& review);

    const DemoCalendar& m_calendar;
    DemoRandom& m_random;
    QHash<int, QString> m_outcomes;
};

} // namespace callscore::demo

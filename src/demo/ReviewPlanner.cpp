#include "ReviewPlanner.h"

#include <QMap>

#include <algorithm>

namespace callscore::demo {

namespace {

struct Item {
    const char* id;
    int weight;
    bool critical;
    const char* failNote;
};

// The items of resources/templates/sales-call.json, version 1.
const Item kItems[] = {
    {"greeting", 10, false, "Не представился и не назвал компанию"},
    {"need", 15, false, "Не выяснил потребность"},
    {"offer", 15, false, "Не назвал цену"},
    {"objections", 15, false, "Не отработал возражение о цене"},
    {"next_step", 15, true, "Не договорился о следующем шаге"},
    {"callback_time", 10, false, "Не назвал точное время перезвона"},
    {"summary", 10, false, "Не подвёл итог разговора"},
    {"politeness", 10, true, "Перебивал клиента, резкий тон"},
};
constexpr int kItemCount = int(sizeof(kItems) / sizeof(kItems[0]));
constexpr int kPassThreshold = 80;

QString itemId(int i)
{
    return QString::fromLatin1(kItems[i].id);
}

// Exact comparison without division: passed * 100 < threshold * applicable.
bool belowThreshold(const DemoReview& review)
{
    int passed = 0;
    int applicable = 0;
    for (int i = 0; i < review.answers.size(); ++i) {
        const QString& answer = review.answers.at(i).second;
        if (answer == QLatin1String("na"))
            continue;
        applicable += kItems[i].weight;
        if (answer == QLatin1String("pass"))
            passed += kItems[i].weight;
    }
    return passed * 100 < kPassThreshold * applicable;
}

} // namespace

ReviewPlanner::ReviewPlanner(const DemoCalendar& calendar, DemoRandom& random)
    : m_calendar(calendar)
    , m_random(random)
{}

QVector<DemoReview> ReviewPlanner::plan(const DemoScenario& scenario)
{
    for (const DemoOutcome& outcome : scenario.outcomes)
        m_outcomes.insert(outcome.call, outcome.result);

    // Candidates per day and manager, in call order.
    QMap<std::pair<QDate, int>, QVector<int>> groups;
    for (const DemoCall& call : scenario.calls) {
        if (call.start.date() >= m_calendar.queueDay() || call.recordingPath.isEmpty() ||
            call.billsec < kMinReviewedTalkS)
            continue;
        groups[{call.start.date(), call.manager}].append(call.index);
    }

    QVector<DemoReview> reviews;
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        const Skill skill = scenario.managers.at(group.key().second).skill;
        for (int index : pickCalls(group.value())) {
            const DemoCall& call = scenario.calls.at(index);
            reviews.append(review(call, skill, m_outcomes.value(index)));
        }
    }

    forceFailures(reviews, scenario);
    return reviews;
}

QVector<int> ReviewPlanner::pickCalls(const QVector<int>& candidates)
{
    QVector<int> pool = candidates;
    QVector<int> picked;
    const int wanted = qMin(int(pool.size()), m_random.between(2, 3));
    while (picked.size() < wanted)
        picked.append(pool.takeAt(m_random.between(0, int(pool.size()) - 1)));
    std::sort(picked.begin(), picked.end());
    return picked;
}

DemoReview ReviewPlanner::review(const DemoCall& call, Skill skill, const QString& outcome)
{
    DemoReview result;
    result.call = call.index;

    // Reviewed on the next working day, during office hours.
    const QDate day = DemoCalendar::nextWorkingDay(call.start.date());
    result.submitted = m_calendar.at(day, 9, 0).addSecs(m_random.between(0, 9 * 3600 - 1));

    QVector<int> weights;
    switch (skill) {
    case Skill::Strong:
        weights = {58, 38, 3, 1};
        break;
    case Skill::Average:
        weights = {35, 45, 15, 5};
        break;
    case Skill::Weak:
        weights = {30, 45, 18, 7};
        break;
    }
    answer(result, Profile(m_random.weighted(weights)), outcome);
    return result;
}

void ReviewPlanner::answer(DemoReview& review, Profile profile, const QString& outcome)
{
    // callback_time only applies when a callback was promised; objections
    // often do not come up when the customer simply buys.
    const bool callback = outcome == QStringLiteral("Перезвонить");
    const bool noObjections = outcome == QStringLiteral("Успешно") && m_random.chance(0.5);

    review.answers.clear();
    QVector<int> minor;
    for (int i = 0; i < kItemCount; ++i) {
        const QString id = itemId(i);
        const bool na = (id == QLatin1String("callback_time") && !callback) ||
                        (id == QLatin1String("objections") && noObjections);
        review.answers.append({id, na ? QStringLiteral("na") : QStringLiteral("pass")});
        if (!na && !kItems[i].critical)
            minor.append(i);
    }

    QVector<int> failed;
    auto failOne = [&](QVector<int>& from) {
        const int i = from.takeAt(m_random.between(0, int(from.size()) - 1));
        review.answers[i].second = QStringLiteral("fail");
        failed.append(i);
    };

    if (profile == Profile::Minor) {
        failOne(minor);
    } else if (profile == Profile::Weak) {
        while (!belowThreshold(review) && !minor.isEmpty())
            failOne(minor);
    } else if (profile == Profile::Critical) {
        QVector<int> critical;
        for (int i = 0; i < kItemCount; ++i) {
            if (kItems[i].critical)
                critical.append(i);
        }
        failOne(critical);
        if (m_random.chance(0.5))
            failOne(minor);
    }

    QStringList notes;
    std::sort(failed.begin(), failed.end());
    for (int i : failed)
        notes.append(QString::fromUtf8(kItems[i].failNote));
    review.comment = notes.join(QStringLiteral("; "));
    if (profile == Profile::Perfect && m_random.chance(0.2))
        review.comment = QStringLiteral("Образцовый звонок");
}

void ReviewPlanner::forceFailures(QVector<DemoReview>& reviews, const DemoScenario& scenario)
{
    // The newcomer must show a waived fine, and the demo needs at least a
    // couple of critical failures whatever the dice said.
    const int newcomer = int(scenario.managers.size()) - 1;
    int newcomerViolations = 0;
    int criticals = 0;
    for (const DemoReview& review : reviews) {
        if (scenario.calls.at(review.call).manager == newcomer && isViolation(review))
            ++newcomerViolations;
        if (isCritical(review))
            ++criticals;
    }

    for (DemoReview& review : reviews) {
        const DemoCall& call = scenario.calls.at(review.call);
        const Skill skill = scenario.managers.at(call.manager).skill;
        if (call.manager == newcomer && newcomerViolations == 0) {
            answer(review, Profile::Weak, m_outcomes.value(call.index));
            ++newcomerViolations;
        } else if (skill == Skill::Weak && criticals < 2 && !isViolation(review)) {
            answer(review, Profile::Critical, m_outcomes.value(call.index));
            ++criticals;
        }
    }
}

bool ReviewPlanner::isViolation(const DemoReview& review)
{
    return isCritical(review) || belowThreshold(review);
}

bool ReviewPlanner::isCritical(const DemoReview& review)
{
    for (int i = 0; i < review.answers.size(); ++i) {
        if (kItems[i].critical && review.answers.at(i).second == QLatin1String("fail"))
            return true;
    }
    return false;
}

} // namespace callscore::demo

#include "LedgerCalculator.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace callscore {

namespace {

// 128-bit integers are a GCC/Clang extension; the marker keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

// An exact sum of scores as a fraction, so a team average can be compared
// with its target without rounding. Applicable weights are small, so the
// denominators stay far inside 128 bits.
class ScoreSum
{
public:
    void add(const ReviewScore& score)
    {
        const Int128 numerator =
            m_numerator * score.applicableWeight + Int128(score.passedWeight) * m_denominator;
        const Int128 denominator = m_denominator * score.applicableWeight;
        const Int128 divisor = gcd(numerator, denominator);
        m_numerator = numerator / divisor;
        m_denominator = denominator / divisor;
        ++m_count;
    }

    int count() const { return m_count; }

    // average of 100 * passed / applicable >= threshold / scale
    bool averageReaches(ScoreThreshold threshold) const
    {
        return m_count > 0 &&
               m_numerator * 100 * kThresholdScale >= Int128(threshold) * m_count * m_denominator;
    }

private:
    static Int128 gcd(Int128 a, Int128 b)
    {
        a = a < 0 ? -a : a;
        while (b != 0) {
            const Int128 rest = a % b;
            a = b;
            b = rest;
        }
        return a == 0 ? 1 : a;
    }

    Int128 m_numerator = 0;
    Int128 m_denominator = 1;
    int m_count = 0;
};

class WeekBuilder
{
public:
    WeekBuilder(const WeekFacts& facts, const Rules& rules)
        : m_facts(facts)
        , m_rules(rules)
    {
        for (const StaffMember& member : facts.staff) {
            if (member.role == StaffRole::Manager)
                m_managers.insert(member.name, member);
        }
        for (const StaffMember& member : m_managers)
            totalsOf(member.name);
    }

    WeekLedger build()
    {
        addReviews();
        addCallbacks();
        addTeamBonuses();
        addReviewerBonuses();
        return finish();
    }

private:
    ManagerWeekTotals& totalsOf(const QString& manager)
    {
        auto it = m_totals.find(manager);
        if (it == m_totals.end()) {
            ManagerWeekTotals totals;
            totals.manager = manager;
            totals.team = m_managers.value(manager).team;
            it = m_totals.insert(manager, totals);
        }
        return it.value();
    }

    bool isWaived(const QString& manager, const QDateTime& eventUtc) const
    {
        const QDate start = m_managers.value(manager).startDate;
        if (!start.isValid())
            return false;
        return localDate(eventUtc, m_rules.timeZone()) < start.addDays(m_rules.graceDays);
    }

    LedgerEntry& addEntry(const QString& person, EntryKind kind, const QDateTime& when,
                          const QString& callId, MinorUnits amount, bool waived)
    {
        LedgerEntry entry;
        entry.person = person;
        entry.kind = kind;
        entry.eventUtc = when;
        entry.callId = callId;
        entry.amount = amount;
        entry.waived = waived;
        m_ledger.entries.append(entry);
        return m_ledger.entries.last();
    }

    void addReviews()
    {
        QVector<ReviewFact> reviews = m_facts.reviewsOfWeekCalls;
        std::stable_sort(reviews.begin(), reviews.end(), [](const auto& a, const auto& b) {
            return a.callStartUtc != b.callStartUtc ? a.callStartUtc < b.callStartUtc
                                                    : a.callId < b.callId;
        });

        for (const ReviewFact& review : reviews) {
            if (!m_managers.contains(review.manager))
                continue;
            ManagerWeekTotals& totals = totalsOf(review.manager);
            totals.hasActivity = true;
            ++totals.reviewedCalls;
            m_teamScores[totals.team].add(review.score);

            if (review.score.isViolation(review.passThreshold)) {
                const MinorUnits fine = m_rules.fineForViolation(totals.violations);
                const bool waived = isWaived(review.manager, review.callStartUtc);
                ++totals.violations;
                (waived ? totals.finesWaived : totals.finesCharged) += fine;
                LedgerEntry& entry = addEntry(review.manager, EntryKind::ReviewFine,
                                              review.callStartUtc, review.callId, fine, waived);
                entry.violationNumber = totals.violations;
                entry.score = review.score;
            } else {
                const MinorUnits bonus = m_rules.bonusFor(review.score);
                ++totals.passedCalls;
                totals.bonus += bonus;
                LedgerEntry& entry = addEntry(review.manager, EntryKind::ReviewBonus,
                                              review.callStartUtc, review.callId, bonus, false);
                entry.score = review.score;
            }
        }
    }

    void addCallbacks()
    {
        for (const CallbackFact& callback : m_facts.callbacksDueInWeek) {
            if (!m_managers.contains(callback.manager))
                continue;
            ManagerWeekTotals& totals = totalsOf(callback.manager);
            totals.hasActivity = true;
            if (callback.status != CallbackStatus::Late &&
                callback.status != CallbackStatus::Missed)
                continue;

            ++m_teamMissedCallbacks[totals.team];
            const bool waived = isWaived(callback.manager, callback.dueUtc);
            (waived ? totals.callbackFinesWaived : totals.callbackFinesCharged) +=
                m_rules.callbackFine;
            LedgerEntry& entry =
                addEntry(callback.manager, EntryKind::CallbackFine, callback.dueUtc,
                         callback.callId, m_rules.callbackFine, waived);
            entry.callbackStatus = callback.status;
            entry.customer = callback.customer;
        }
    }

    void addTeamBonuses()
    {
        QMap<QString, QVector<QString>> members;
        for (const StaffMember& member : m_managers) {
            if (!member.team.isEmpty())
                members[member.team].append(member.name);
        }

        for (auto team = members.begin(); team != members.end(); ++team) {
            const ScoreSum& scores = m_teamScores[team.key()];
            const bool earned =
                scores.count() > 0 && scores.averageReaches(m_rules.team.minAverageScore) &&
                m_teamMissedCallbacks.value(team.key()) <= m_rules.team.maxMissedCallbacks;
            if (earned)
                payTeam(team.key(), team.value());
        }
    }

    // Equal whole minor units to every member; the remainder and the
    // leader's share go to the leader, or to the first member by name when
    // the roster names no leader.
    void payTeam(const QString& team, QVector<QString> names)
    {
        std::sort(names.begin(), names.end());
        QString leader = names.first();
        for (const QString& name : names) {
            if (m_managers.value(name).teamLeader) {
                leader = name;
                break;
            }
        }

        const MinorUnits pool = m_rules.team.pool;
        const MinorUnits share = pool / names.size();
        const MinorUnits remainder = pool - share * names.size();
        const QDateTime weekEnd = m_facts.week.endUtc(m_rules.timeZone()).addSecs(-1);
        for (const QString& name : names) {
            ManagerWeekTotals& totals = totalsOf(name);
            const MinorUnits amount = share + (name == leader ? remainder : 0);
            totals.teamBonus += amount;
            totals.hasActivity = totals.hasActivity || amount > 0;
            addEntry(name, EntryKind::TeamBonus, weekEnd, {}, amount, false).team = team;
        }

        const MinorUnits leaderBonus = pool * m_rules.team.leaderSharePercent / 100;
        ManagerWeekTotals& leaderTotals = totalsOf(leader);
        leaderTotals.leaderBonus += leaderBonus;
        leaderTotals.hasActivity = leaderTotals.hasActivity || leaderBonus > 0;
        addEntry(leader, EntryKind::LeaderBonus, weekEnd, {}, leaderBonus, false).team = team;
    }

    void addReviewerBonuses()
    {
        QMap<QString, ReviewerWeekTotals> reviewers;
        for (const ReviewFact& review : m_facts.reviewsSubmittedInWeek) {
            ReviewerWeekTotals& totals = reviewers[review.reviewer];
            totals.reviewer = review.reviewer;
            ++totals.reviews;
            totals.faultsFound += review.score.faults;
            const MinorUnits bonus = review.score.faults * m_rules.reviewer.bonusPerFault;
            totals.bonus += bonus;
            if (bonus > 0) {
                addEntry(review.reviewer, EntryKind::ReviewerBonus, review.submittedUtc,
                         review.callId, bonus, false)
                    .faults = review.score.faults;
            }
        }
        m_ledger.reviewers = reviewers.values().toVector();
    }

    WeekLedger finish()
    {
        for (const ManagerWeekTotals& totals : m_totals) {
            if (totals.hasActivity)
                m_ledger.managers.append(totals);
        }
        std::sort(m_ledger.managers.begin(), m_ledger.managers.end(),
                  [](const ManagerWeekTotals& a, const ManagerWeekTotals& b) {
                      return a.team != b.team ? a.team < b.team : a.manager < b.manager;
                  });
        m_ledger.week = m_facts.week;
        m_ledger.currency = m_rules.currency;
        return m_ledger;
    }

    const WeekFacts& m_facts;
    const Rules& m_rules;
    QHash<QString, StaffMember> m_managers;
    QHash<QString, ManagerWeekTotals> m_totals;
    QHash<QString, ScoreSum> m_teamScores;
    QHash<QString, int> m_teamMissedCallbacks;
    WeekLedger m_ledger;
};

} // namespace

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::ReviewBonus:
        return QStringLiteral("bonus");
    case EntryKind::ReviewFine:
        return QStringLiteral("fine");
    case EntryKind::CallbackFine:
        return QStringLiteral("callback_fine");
    case EntryKind::TeamBonus:
        return QStringLiteral("team_bonus");
    case EntryKind::LeaderBonus:
        return QStringLiteral("leader_bonus");
    case EntryKind::ReviewerBonus:
        return QStringLiteral("reviewer_bonus");
    }
    return {};
}

QVector<LedgerEntry> WeekLedger::entriesOf(const QString& person) const
{
    QVector<LedgerEntry> result;
    for (const LedgerEntry& entry : entries) {
        if (entry.person == person)
            result.append(entry);
    }
    std::stable_sort(result.begin(), result.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
        return a.eventUtc < b.eventUtc;
    });
    return result;
}

WeekLedger computeWeekLedger(const WeekFacts& facts, const Rules& rules)
{
    return WeekBuilder(facts, rules).build();
}

} // namespace callscore

#pragma once

#include "Money.h"
#include "Period.h"
#include "Records.h"
#include "Rules.h"
#include "Scoring.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace callscore {

// A submitted review, with what the ledger needs of its call.
struct ReviewFact {
    QString callId;
    QString manager;
    QDateTime callStartUtc;
    QString reviewer;
    QDateTime submittedUtc;
    ReviewScore score;
    ScoreThreshold passThreshold = wholePoints(80);
};

// A promised callback and its status as of the report's moment.
struct CallbackFact {
    QString callId;
    QString manager;
    QString customer;
    QDateTime callTimeUtc;
    QDateTime dueUtc;
    CallbackStatus status = CallbackStatus::Pending;
    std::optional<QDateTime> firstCallbackUtc;
};

enum class EntryKind {
    ReviewBonus,
    ReviewFine,
    CallbackFine,
    TeamBonus,
    LeaderBonus,
    ReviewerBonus
};

QString entryKindName(EntryKind kind);

// One line of a statement. Amounts are positive; the kind says whether it is
// paid or deducted, and a waived fine is shown but not charged.
struct LedgerEntry {
    QString person;
    EntryKind kind = EntryKind::ReviewBonus;
    QDateTime eventUtc;
    QString callId;
    MinorUnits amount = 0;
    bool waived = false;

    // What the entry is for; screens and files word it in their own language.
    int violationNumber = 0;          // a review fine: 1 for the week's first violation
    std::optional<ReviewScore> score; // a review bonus or fine
    CallbackStatus callbackStatus = CallbackStatus::Pending; // a callback fine
    QString customer;                                        // a callback fine
    QString team;                                            // a team or leader bonus
    int faults = 0;                                          // a reviewer bonus
};

struct ManagerWeekTotals {
    QString manager;
    QString team;
    int reviewedCalls = 0;
    int passedCalls = 0;
    int violations = 0;
    MinorUnits bonus = 0;
    MinorUnits finesCharged = 0;
    MinorUnits finesWaived = 0;
    MinorUnits callbackFinesCharged = 0;
    MinorUnits callbackFinesWaived = 0;
    MinorUnits teamBonus = 0;
    MinorUnits leaderBonus = 0;
    bool hasActivity = false;

    MinorUnits net() const
    {
        return bonus + teamBonus + leaderBonus - finesCharged - callbackFinesCharged;
    }
};

struct ReviewerWeekTotals {
    QString reviewer;
    int reviews = 0;
    int faultsFound = 0;
    MinorUnits bonus = 0;
};

struct WeekLedger {
    IsoWeek week;
    QString currency;
    QVector<ManagerWeekTotals> managers;   // with activity, ordered by team then name
    QVector<ReviewerWeekTotals> reviewers; // ordered by name
    QVector<LedgerEntry> entries;          // every amount behind the totals

    QVector<LedgerEntry> entriesOf(const QString& person) const;
};

// The facts of one week, already selected by the caller: reviews whose call
// started in the week, reviews submitted in the week (for reviewer bonuses)
// and callbacks due in the week with their status.
struct WeekFacts {
    IsoWeek week;
    QVector<StaffMember> staff;
    QVector<ReviewFact> reviewsOfWeekCalls;
    QVector<ReviewFact> reviewsSubmittedInWeek;
    QVector<CallbackFact> callbacksDueInWeek;
};

// Applies FORMATS.md "How the numbers are made" to one week.
WeekLedger computeWeekLedger(const WeekFacts& facts, const Rules& rules);

} // namespace callscore

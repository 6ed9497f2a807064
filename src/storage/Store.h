#pragma once

#include "core/ChecklistTemplate.h"
#include "core/Records.h"
#include "core/Rules.h"
#include "core/Scoring.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <optional>

namespace callscore {

class Database;

// What a write did, so importers can count and report without re-reading.
enum class WriteResult {
    Inserted,
    Updated,   // an existing row changed (staff re-import)
    Unchanged, // the same data was already stored: re-imports land here
    Conflict,  // stored data disagrees and must not change; see conflictReason
    Failed     // database error; see Store::lastError()
};

struct StoredReview {
    qint64 id = 0;
    ReviewRecord review;
    ReviewScore score;
    ScoreThreshold passThreshold = wholePoints(80);
    CallRecord call; // the reviewed call, manager resolved
};

struct StoredOutcome {
    qint64 id = 0;
    Outcome outcome;
};

// The queries the rest of the program needs, over one open Database. All
// times given and returned are UTC; callers convert with the rules' zone.
class Store
{
public:
    explicit Store(Database& database);

    QString lastError() const { return m_error; }
    QString conflictReason() const { return m_conflict; }
    QSqlDatabase connection() const;

    // Staff: keyed by name.
    WriteResult upsertStaff(const StaffMember& member);
    QVector<StaffMember> staff() const;
    std::optional<StaffMember> staffMember(const QString& name) const;

    // Calls: keyed by callId; an existing call is left as it is (Unchanged),
    // except that a recording found later is filled in (Updated).
    WriteResult insertCall(const CallRecord& call);
    std::optional<CallRecord> call(const QString& callId) const;
    // Calls whose start lies in [fromUtc, toUtc); invalid bounds mean open.
    QVector<CallRecord> calls(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {},
                              const QString& manager = {}) const;
    // Outbound calls to one normalized number, oldest first.
    QVector<CallRecord> outboundCallsTo(const QString& customer) const;
    // The call to or from `customer` whose start is nearest to `timeUtc`
    // within `toleranceS` seconds.
    std::optional<CallRecord> nearestCall(const QString& customer, const QDateTime& timeUtc,
                                          int toleranceS) const;

    // CRM outcomes: keyed by call id, else by customer and call time. A
    // stored callback due time never changes: a differing one is a Conflict.
    WriteResult insertOutcome(const Outcome& outcome);
    QVector<StoredOutcome> callbackOutcomes() const;
    QVector<StoredOutcome> outcomes() const;

    // Templates: keyed by id and version. A version used by a review never
    // changes (Conflict); an unused one may be replaced (Updated).
    WriteResult saveTemplate(const ChecklistTemplate& checklist, const QByteArray& json);
    std::optional<ChecklistTemplate> checklistTemplate(const QString& id, int version) const;
    // The highest version of a template id, or of any template when id is empty.
    std::optional<ChecklistTemplate> latestTemplate(const QString& id = {}) const;

    // Stores the built-in "sales-call" template when the store has none, so a
    // fresh store can be reviewed against at once.
    bool ensureDefaultTemplate();

    // Reviews: one per call. The score is stored with the review.
    WriteResult insertReview(const ReviewRecord& review, const ReviewScore& score);
    std::optional<StoredReview> reviewForCall(const QString& callId) const;
    // Reviews whose call started in [fromUtc, toUtc).
    QVector<StoredReview> reviewsOfCallsBetween(const QDateTime& fromUtc,
                                                const QDateTime& toUtc) const;
    // Reviews submitted in [fromUtc, toUtc).
    QVector<StoredReview> reviewsSubmittedBetween(const QDateTime& fromUtc,
                                                  const QDateTime& toUtc) const;

    // Rules: the newest set wins; defaults() until any is set.
    bool setRules(const Rules& rules);
    Rules rules() const;

private:
    bool fail(const QString& what, const QSqlQuery& query) const;
    static void bindCallValues(QSqlQuery& query, const CallRecord& call);
    QVector<StoredReview> queryReviews(const QString& condition, const QVariantList& values) const;
    QHash<QString, Answer> answersOf(qint64 reviewId) const;

    Database& m_database;
    mutable QString m_error;
    QString m_conflict;
};

} // namespace callscore

#include "Store.h"

#include "Database.h"
#include "StorageLog.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <nlohmann/json.hpp>

namespace callscore {

namespace {

const char kCallColumns[] =
    "c.call_id, c.start_utc, c.direction, c.customer, c.agent_extension, c.duration_s, "
    "c.billsec, c.disposition, c.recording, c.source_file, COALESCE(s.name, ''), c.legs";

const char kCallJoins[] = " FROM calls c"
                          " LEFT JOIN staff_extensions e ON e.extension = c.agent_extension"
                          " LEFT JOIN staff s ON s.id = e.staff_id";

const char kReviewColumns[] =
    "r.id, r.reviewer, r.template_id, r.template_version, r.submitted_utc, r.comment, "
    "r.passed_weight, r.applicable_weight, r.critical_failed, r.faults, r.pass_threshold";

qint64 toSeconds(const QDateTime& utc)
{
    return utc.toSecsSinceEpoch();
}

QDateTime fromSeconds(const QVariant& value)
{
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Reads the call columns starting at `first`, in kCallColumns order.
CallRecord readCall(const QSqlQuery& query, int first = 0)
{
    CallRecord call;
    call.callId = query.value(first).toString();
    call.startUtc = fromSeconds(query.value(first + 1));
    call.direction = query.value(first + 2).toString();
    call.customer = query.value(first + 3).toString();
    call.agentExtension = query.value(first + 4).toString();
    call.durationS = query.value(first + 5).toInt();
    call.billsec = query.value(first + 6).toInt();
    call.disposition = query.value(first + 7).toString();
    call.recording = query.value(first + 8).toString();
    call.sourceFile = query.value(first + 9).toString();
    call.manager = query.value(first + 10).toString();
    call.legs = query.value(first + 11).toInt();
    return call;
}

// A null QString binds as SQL NULL; text columns hold '' instead.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString canonicalJson(const QByteArray& bytes)
{
    const auto document =
        nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    return document.is_discarded() ? QString::fromUtf8(bytes)
                                   : QString::fromStdString(document.dump());
}

QString outcomeKey(const Outcome& outcome)
{
    if (!outcome.callId.isEmpty() && !outcome.matchedByNumber)
        return QStringLiteral("call:") + outcome.callId;
    return QStringLiteral("phone:%1@%2").arg(outcome.customer).arg(toSeconds(outcome.callTimeUtc));
}

QVariant dueValue(const Outcome& outcome)
{
    return outcome.callbackDueUtc ? QVariant(toSeconds(*outcome.callbackDueUtc))
                                  : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Store::Store(Database& database)
    : m_database(database)
{}

QSqlDatabase Store::connection() const
{
    return m_database.connection();
}

bool Store::fail(const QString& what, const QSqlQuery& query) const
{
    m_error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    qCWarning(lcStorage).noquote()
        << what << "failed:" << query.lastError().text() << "SQL:" << query.lastQuery();
    return false;
}

// ---- staff ---------------------------------------------------------------

WriteResult Store::upsertStaff(const StaffMember& member)
{
    const auto existing = staffMember(member.name);
    const bool same = existing && existing->role == member.role && existing->team == member.team &&
                      existing->teamLeader == member.teamLeader &&
                      existing->startDate == member.startDate &&
                      existing->extensions == member.extensions;
    if (same)
        return WriteResult::Unchanged;

    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT INTO staff (name, role, team, team_leader, start_date) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET role = excluded.role, team = excluded.team, "
        "team_leader = excluded.team_leader, start_date = excluded.start_date"));
    query.addBindValue(member.name);
    query.addBindValue(staffRoleName(member.role));
    query.addBindValue(text(member.team));
    query.addBindValue(member.teamLeader ? 1 : 0);
    query.addBindValue(member.startDate.isValid() ? member.startDate.toString(Qt::ISODate)
                                                  : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec())
        return fail(QStringLiteral("saving staff member %1").arg(member.name), query),
               WriteResult::Failed;

    query.prepare(QStringLiteral("DELETE FROM staff_extensions WHERE staff_id = "
                                 "(SELECT id FROM staff WHERE name = ?)"));
    query.addBindValue(member.name);
    if (!query.exec())
        return fail(QStringLiteral("saving extensions of %1").arg(member.name), query),
               WriteResult::Failed;

    for (const QString& extension : member.extensions) {
        // An extension moves to whoever the roster now gives it to.
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO staff_extensions (extension, staff_id)"
                                     " SELECT ?, id FROM staff WHERE name = ?"));
        query.addBindValue(extension);
        query.addBindValue(member.name);
        if (!query.exec())
            return fail(QStringLiteral("saving extension %1").arg(extension), query),
                   WriteResult::Failed;
    }
    return existing ? WriteResult::Updated : WriteResult::Inserted;
}

QVector<StaffMember> Store::staff() const
{
    QVector<StaffMember> members;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral(
            "SELECT s.name, s.role, s.team, s.team_leader, s.start_date, "
            "(SELECT group_concat(extension, '|') FROM "
            " (SELECT extension FROM staff_extensions WHERE staff_id = s.id ORDER BY extension)) "
            "FROM staff s ORDER BY s.team, s.name"))) {
        fail(QStringLiteral("reading staff"), query);
        return members;
    }

    while (query.next()) {
        StaffMember member;
        member.name = query.value(0).toString();
        member.role = staffRoleFromName(query.value(1).toString()).value_or(StaffRole::Manager);
        member.team = query.value(2).toString();
        member.teamLeader = query.value(3).toInt() != 0;
        member.startDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        const QString extensions = query.value(5).toString();
        if (!extensions.isEmpty())
            member.extensions = extensions.split(QLatin1Char('|'));
        members.append(member);
    }
    return members;
}

std::optional<StaffMember> Store::staffMember(const QString& name) const
{
    for (const StaffMember& member : staff()) {
        if (member.name == name)
            return member;
    }
    return std::nullopt;
}

// ---- calls ---------------------------------------------------------------

static bool sameCall(const CallRecord& a, const CallRecord& b)
{
    return a.startUtc == b.startUtc && a.direction == b.direction && a.customer == b.customer &&
           a.agentExtension == b.agentExtension && a.durationS == b.durationS &&
           a.billsec == b.billsec && a.disposition == b.disposition && a.recording == b.recording &&
           a.legs == b.legs;
}

WriteResult Store::insertCall(const CallRecord& call)
{
    const auto existing = this->call(call.callId);
    QSqlQuery query(connection());
    if (existing) {
        // A call log that grows through the day is imported again and again:
        // its fuller view of a call replaces the older one, while an older
        // file with fewer legs of the call never undoes it. A recording once
        // found stays.
        CallRecord merged = call;
        if (merged.recording.isEmpty())
            merged.recording = existing->recording;
        if (call.legs < existing->legs || sameCall(merged, *existing))
            return WriteResult::Unchanged;

        query.prepare(QStringLiteral(
            "UPDATE calls SET start_utc = ?, direction = ?, customer = ?, agent_extension = ?, "
            "duration_s = ?, billsec = ?, disposition = ?, recording = ?, source_file = ?, "
            "legs = ? WHERE call_id = ?"));
        bindCallValues(query, merged);
        query.addBindValue(merged.callId);
        if (!query.exec())
            return fail(QStringLiteral("updating call %1").arg(call.callId), query),
                   WriteResult::Failed;
        return WriteResult::Updated;
    }

    query.prepare(QStringLiteral(
        "INSERT INTO calls (start_utc, direction, customer, agent_extension, duration_s, "
        "billsec, disposition, recording, source_file, legs, call_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindCallValues(query, call);
    query.addBindValue(call.callId);
    if (!query.exec())
        return fail(QStringLiteral("saving call %1").arg(call.callId), query), WriteResult::Failed;
    return WriteResult::Inserted;
}

void Store::bindCallValues(QSqlQuery& query, const CallRecord& call)
{
    query.addBindValue(toSeconds(call.startUtc));
    query.addBindValue(text(call.direction));
    query.addBindValue(text(call.customer));
    query.addBindValue(text(call.agentExtension));
    query.addBindValue(call.durationS);
    query.addBindValue(call.billsec);
    query.addBindValue(text(call.disposition));
    query.addBindValue(text(call.recording));
    query.addBindValue(text(call.sourceFile));
    query.addBindValue(call.legs);
}

std::optional<CallRecord> Store::call(const QString& callId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1%2 WHERE c.call_id = ?")
                      .arg(QLatin1String(kCallColumns), QLatin1String(kCallJoins)));
    query.addBindValue(callId);
    if (!query.exec()) {
        fail(QStringLiteral("reading call %1").arg(callId), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readCall(query);
}

QVector<CallRecord> Store::calls(const QDateTime& fromUtc, const QDateTime& toUtc,
                                 const QString& manager) const
{
    QString sql = QStringLiteral("SELECT %1%2 WHERE 1 = 1")
                      .arg(QLatin1String(kCallColumns), QLatin1String(kCallJoins));
    QVariantList values;
    if (fromUtc.isValid()) {
        sql += QStringLiteral(" AND c.start_utc >= ?");
        values << toSeconds(fromUtc);
    }
    if (toUtc.isValid()) {
        sql += QStringLiteral(" AND c.start_utc < ?");
        values << toSeconds(toUtc);
    }
    if (!manager.isEmpty()) {
        sql += QStringLiteral(" AND s.name = ?");
        values << manager;
    }
    sql += QStringLiteral(" ORDER BY c.start_utc, c.call_id");

    QVector<CallRecord> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QStringLiteral("reading calls"), query);
        return result;
    }
    while (query.next())
        result.append(readCall(query));
    return result;
}

QVector<CallRecord> Store::outboundCallsTo(const QString& customer) const
{
    QVector<CallRecord> result;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1%2 WHERE c.customer = ? AND c.direction = 'out' "
                                 "ORDER BY c.start_utc")
                      .arg(QLatin1String(kCallColumns), QLatin1String(kCallJoins)));
    query.addBindValue(customer);
    if (!query.exec()) {
        fail(QStringLiteral("reading calls to %1").arg(customer), query);
        return result;
    }
    while (query.next())
        result.append(readCall(query));
    return result;
}

std::optional<CallRecord> Store::nearestCall(const QString& customer, const QDateTime& timeUtc,
                                             int toleranceS) const
{
    const qint64 moment = toSeconds(timeUtc);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1%2 WHERE c.customer = ? AND c.start_utc BETWEEN ? AND ?"
                                 " ORDER BY abs(c.start_utc - ?), c.start_utc LIMIT 1")
                      .arg(QLatin1String(kCallColumns), QLatin1String(kCallJoins)));
    query.addBindValue(customer);
    query.addBindValue(moment - toleranceS);
    query.addBindValue(moment + toleranceS);
    query.addBindValue(moment);
    if (!query.exec()) {
        fail(QStringLiteral("looking up a call of %1").arg(customer), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readCall(query);
}

// ---- outcomes ------------------------------------------------------------

WriteResult Store::insertOutcome(const Outcome& outcome)
{
    m_conflict.clear();
    const QString key = outcomeKey(outcome);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT call_time_utc, manager, customer, outcome, "
                                 "callback_due_utc, comment, call_id FROM outcomes "
                                 "WHERE outcome_key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(QStringLiteral("reading outcome %1").arg(key), query), WriteResult::Failed;

    if (!query.next()) {
        query.prepare(QStringLiteral(
            "INSERT INTO outcomes (outcome_key, call_id, call_time_utc, manager, customer, "
            "outcome, callback_due_utc, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(key);
        query.addBindValue(text(outcome.callId));
        query.addBindValue(toSeconds(outcome.callTimeUtc));
        query.addBindValue(text(outcome.manager));
        query.addBindValue(text(outcome.customer));
        query.addBindValue(outcomeKindName(outcome.kind));
        query.addBindValue(dueValue(outcome));
        query.addBindValue(text(outcome.comment));
        if (!query.exec())
            return fail(QStringLiteral("saving outcome %1").arg(key), query), WriteResult::Failed;
        return WriteResult::Inserted;
    }

    const QVariant storedDue = query.value(4);
    if (!storedDue.isNull()) {
        const QDateTime stored = fromSeconds(storedDue);
        if (!outcome.callbackDueUtc || *outcome.callbackDueUtc != stored) {
            m_conflict =
                QStringLiteral("the promised callback time %1 is already stored; a "
                               "promise never changes, so %2 was not taken")
                    .arg(stored.toString(Qt::ISODate),
                         outcome.callbackDueUtc ? outcome.callbackDueUtc->toString(Qt::ISODate)
                                                : QStringLiteral("no callback time"));
            return WriteResult::Conflict;
        }

        // Whether a promise was kept depends on when and to whom it was made.
        if (query.value(0).toLongLong() != toSeconds(outcome.callTimeUtc) ||
            query.value(2).toString() != outcome.customer) {
            m_conflict = QStringLiteral("a promised callback keeps the call time %1 and customer "
                                        "%2 it was stored with")
                             .arg(fromSeconds(query.value(0)).toString(Qt::ISODate),
                                  query.value(2).toString());
            return WriteResult::Conflict;
        }
    }

    const bool same = query.value(0).toLongLong() == toSeconds(outcome.callTimeUtc) &&
                      query.value(6).toString() == outcome.callId &&
                      query.value(1).toString() == outcome.manager &&
                      query.value(2).toString() == outcome.customer &&
                      query.value(3).toString() == outcomeKindName(outcome.kind) &&
                      storedDue.isNull() == !outcome.callbackDueUtc &&
                      query.value(5).toString() == outcome.comment;
    if (same)
        return WriteResult::Unchanged;

    query.prepare(QStringLiteral("UPDATE outcomes SET call_time_utc = ?, manager = ?, "
                                 "customer = ?, outcome = ?, callback_due_utc = ?, comment = ?, "
                                 "call_id = ? WHERE outcome_key = ?"));
    query.addBindValue(toSeconds(outcome.callTimeUtc));
    query.addBindValue(text(outcome.manager));
    query.addBindValue(text(outcome.customer));
    query.addBindValue(outcomeKindName(outcome.kind));
    query.addBindValue(dueValue(outcome));
    query.addBindValue(text(outcome.comment));
    query.addBindValue(text(outcome.callId));
    query.addBindValue(key);
    if (!query.exec())
        return fail(QStringLiteral("updating outcome %1").arg(key), query), WriteResult::Failed;
    return WriteResult::Updated;
}

static QVector<StoredOutcome> readOutcomes(QSqlQuery& query)
{
    QVector<StoredOutcome> result;
    while (query.next()) {
        StoredOutcome stored;
        stored.id = query.value(0).toLongLong();
        stored.outcome.callId = query.value(1).toString();
        stored.outcome.callTimeUtc = fromSeconds(query.value(2));
        stored.outcome.manager = query.value(3).toString();
        stored.outcome.customer = query.value(4).toString();
        stored.outcome.kind =
            outcomeKindFromText(query.value(5).toString()).value_or(OutcomeKind::Other);
        if (!query.value(6).isNull())
            stored.outcome.callbackDueUtc = fromSeconds(query.value(6));
        stored.outcome.comment = query.value(7).toString();
        result.append(stored);
    }
    return result;
}

QVector<StoredOutcome> Store::callbackOutcomes() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id, call_id, call_time_utc, manager, customer, outcome, "
                                   "callback_due_utc, comment FROM outcomes "
                                   "WHERE outcome = 'callback' AND callback_due_utc IS NOT NULL "
                                   "ORDER BY callback_due_utc, id"))) {
        fail(QStringLiteral("reading callbacks"), query);
        return {};
    }
    return readOutcomes(query);
}

QVector<StoredOutcome> Store::outcomes() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id, call_id, call_time_utc, manager, customer, outcome, "
                                   "callback_due_utc, comment FROM outcomes "
                                   "ORDER BY call_time_utc, id"))) {
        fail(QStringLiteral("reading outcomes"), query);
        return {};
    }
    return readOutcomes(query);
}

// ---- templates -----------------------------------------------------------

WriteResult Store::saveTemplate(const ChecklistTemplate& checklist, const QByteArray& json)
{
    m_conflict.clear();
    const QString body = canonicalJson(json);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT body, (SELECT count(*) FROM reviews r WHERE "
                                 "r.template_id = t.template_id AND r.template_version = "
                                 "t.version) FROM templates t WHERE template_id = ? AND "
                                 "version = ?"));
    query.addBindValue(checklist.id);
    query.addBindValue(checklist.version);
    if (!query.exec())
        return fail(QStringLiteral("reading template %1").arg(checklist.id), query),
               WriteResult::Failed;

    const bool exists = query.next();
    if (exists && query.value(0).toString() == body)
        return WriteResult::Unchanged;
    if (exists && query.value(1).toInt() > 0) {
        m_conflict = QStringLiteral("template %1 version %2 is used by %3 review(s) and cannot "
                                    "change; save the changed checklist as version %4")
                         .arg(checklist.id)
                         .arg(checklist.version)
                         .arg(query.value(1).toInt())
                         .arg(checklist.version + 1);
        return WriteResult::Conflict;
    }

    query.prepare(QStringLiteral("INSERT OR REPLACE INTO templates (template_id, version, body, "
                                 "saved_utc) VALUES (?, ?, ?, ?)"));
    query.addBindValue(checklist.id);
    query.addBindValue(checklist.version);
    query.addBindValue(body);
    query.addBindValue(toSeconds(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return fail(QStringLiteral("saving template %1").arg(checklist.id), query),
               WriteResult::Failed;
    return exists ? WriteResult::Updated : WriteResult::Inserted;
}

static std::optional<ChecklistTemplate> templateFromQuery(QSqlQuery& query)
{
    if (!query.next())
        return std::nullopt;
    QString error;
    auto checklist = ChecklistTemplate::fromJson(query.value(0).toString().toUtf8(), &error);
    if (!checklist)
        qCWarning(lcStorage) << "stored template is unreadable:" << error;
    return checklist;
}

std::optional<ChecklistTemplate> Store::checklistTemplate(const QString& id, int version) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT body FROM templates WHERE template_id = ? AND "
                                 "version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec()) {
        fail(QStringLiteral("reading template %1").arg(id), query);
        return std::nullopt;
    }
    return templateFromQuery(query);
}

std::optional<ChecklistTemplate> Store::latestTemplate(const QString& id) const
{
    QSqlQuery query(connection());
    if (id.isEmpty()) {
        query.prepare(QStringLiteral("SELECT body FROM templates "
                                     "ORDER BY saved_utc DESC, version DESC LIMIT 1"));
    } else {
        query.prepare(QStringLiteral("SELECT body FROM templates WHERE template_id = ? "
                                     "ORDER BY version DESC LIMIT 1"));
        query.addBindValue(id);
    }
    if (!query.exec()) {
        fail(QStringLiteral("reading templates"), query);
        return std::nullopt;
    }
    return templateFromQuery(query);
}

bool Store::ensureDefaultTemplate()
{
    if (latestTemplate())
        return true;

    QFile file(QStringLiteral(":/templates/sales-call.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("the built-in checklist template is missing");
        return false;
    }
    const QByteArray json = file.readAll();
    QString error;
    const auto checklist = ChecklistTemplate::fromJson(json, &error);
    if (!checklist) {
        m_error = QStringLiteral("the built-in checklist template is broken: ") + error;
        return false;
    }
    const WriteResult result = saveTemplate(*checklist, json);
    return result == WriteResult::Inserted || result == WriteResult::Unchanged;
}

// ---- reviews -------------------------------------------------------------

WriteResult Store::insertReview(const ReviewRecord& review, const ReviewScore& score)
{
    m_conflict.clear();
    if (const auto existing = reviewForCall(review.callId)) {
        const ReviewRecord& stored = existing->review;
        const bool same =
            stored.reviewer == review.reviewer && stored.templateId == review.templateId &&
            stored.templateVersion == review.templateVersion &&
            stored.submittedUtc == review.submittedUtc && stored.answers == review.answers;
        if (same)
            return WriteResult::Unchanged;
        m_conflict =
            QStringLiteral("call %1 was already reviewed by %2 at %3")
                .arg(review.callId, stored.reviewer, stored.submittedUtc.toString(Qt::ISODate));
        return WriteResult::Conflict;
    }

    const auto checklist = checklistTemplate(review.templateId, review.templateVersion);
    if (!checklist) {
        m_conflict = QStringLiteral("template %1 version %2 is not in the store")
                         .arg(review.templateId)
                         .arg(review.templateVersion);
        return WriteResult::Conflict;
    }

    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SAVEPOINT insert_review")))
        return fail(QStringLiteral("starting a review"), query), WriteResult::Failed;

    const auto rollBack = [&query, this](const QString& what) {
        fail(what, query);
        QSqlQuery undo(connection());
        undo.exec(QStringLiteral("ROLLBACK TO insert_review"));
        undo.exec(QStringLiteral("RELEASE insert_review"));
        return WriteResult::Failed;
    };

    query.prepare(QStringLiteral(
        "INSERT INTO reviews (call_id, reviewer, template_id, template_version, submitted_utc, "
        "comment, passed_weight, applicable_weight, critical_failed, faults, pass_threshold) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(review.callId);
    query.addBindValue(text(review.reviewer));
    query.addBindValue(review.templateId);
    query.addBindValue(review.templateVersion);
    query.addBindValue(toSeconds(review.submittedUtc));
    query.addBindValue(text(review.comment));
    query.addBindValue(score.passedWeight);
    query.addBindValue(score.applicableWeight);
    query.addBindValue(score.criticalFailed ? 1 : 0);
    query.addBindValue(score.faults);
    query.addBindValue(checklist->passThreshold);
    if (!query.exec())
        return rollBack(QStringLiteral("saving the review of %1").arg(review.callId));

    const qint64 reviewId = query.lastInsertId().toLongLong();
    for (auto it = review.answers.constBegin(); it != review.answers.constEnd(); ++it) {
        query.prepare(QStringLiteral("INSERT INTO review_answers (review_id, item_id, answer) "
                                     "VALUES (?, ?, ?)"));
        query.addBindValue(reviewId);
        query.addBindValue(it.key());
        query.addBindValue(answerName(it.value()));
        if (!query.exec())
            return rollBack(QStringLiteral("saving answers of %1").arg(review.callId));
    }

    if (!query.exec(QStringLiteral("RELEASE insert_review")))
        return rollBack(QStringLiteral("finishing the review of %1").arg(review.callId));
    return WriteResult::Inserted;
}

QVector<StoredReview> Store::queryReviews(const QString& condition,
                                          const QVariantList& values) const
{
    QVector<StoredReview> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, r.call_id, %2%3 JOIN reviews r ON r.call_id = "
                                 "c.call_id WHERE %4 ORDER BY c.start_utc, r.id")
                      .arg(QLatin1String(kReviewColumns), QLatin1String(kCallColumns),
                           QLatin1String(kCallJoins), condition));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QStringLiteral("reading reviews"), query);
        return result;
    }

    while (query.next()) {
        StoredReview stored;
        stored.id = query.value(0).toLongLong();
        stored.review.reviewer = query.value(1).toString();
        stored.review.templateId = query.value(2).toString();
        stored.review.templateVersion = query.value(3).toInt();
        stored.review.submittedUtc = fromSeconds(query.value(4));
        stored.review.comment = query.value(5).toString();
        stored.score.passedWeight = query.value(6).toLongLong();
        stored.score.applicableWeight = query.value(7).toLongLong();
        stored.score.criticalFailed = query.value(8).toInt() != 0;
        stored.score.faults = query.value(9).toInt();
        stored.passThreshold = query.value(10).toLongLong();
        stored.review.callId = query.value(11).toString();
        stored.call = readCall(query, 12);
        result.append(stored);
    }

    for (StoredReview& stored : result)
        stored.review.answers = answersOf(stored.id);
    return result;
}

QHash<QString, Answer> Store::answersOf(qint64 reviewId) const
{
    QHash<QString, Answer> answers;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT item_id, answer FROM review_answers WHERE review_id = ?"));
    query.addBindValue(reviewId);
    if (!query.exec()) {
        fail(QStringLiteral("reading answers"), query);
        return answers;
    }
    while (query.next()) {
        if (const auto answer = answerFromName(query.value(1).toString()))
            answers.insert(query.value(0).toString(), *answer);
    }
    return answers;
}

std::optional<StoredReview> Store::reviewForCall(const QString& callId) const
{
    const auto reviews = queryReviews(QStringLiteral("r.call_id = ?"), {callId});
    if (reviews.isEmpty())
        return std::nullopt;
    return reviews.first();
}

QVector<StoredReview> Store::reviewsOfCallsBetween(const QDateTime& fromUtc,
                                                   const QDateTime& toUtc) const
{
    return queryReviews(QStringLiteral("c.start_utc >= ? AND c.start_utc < ?"),
                        {toSeconds(fromUtc), toSeconds(toUtc)});
}

QVector<StoredReview> Store::reviewsSubmittedBetween(const QDateTime& fromUtc,
                                                     const QDateTime& toUtc) const
{
    return queryReviews(QStringLiteral("r.submitted_utc >= ? AND r.submitted_utc < ?"),
                        {toSeconds(fromUtc), toSeconds(toUtc)});
}

// ---- rules ---------------------------------------------------------------

bool Store::setRules(const Rules& rules)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO rules (body, set_utc) VALUES (?, ?)"));
    query.addBindValue(QString::fromUtf8(rules.toJson()));
    query.addBindValue(toSeconds(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return fail(QStringLiteral("saving rules"), query);
    return true;
}

Rules Store::rules() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT body FROM rules ORDER BY id DESC LIMIT 1")) ||
        !query.next())
        return Rules::defaults();

    QString error;
    const auto rules = Rules::fromJson(query.value(0).toString().toUtf8(), &error);
    if (!rules) {
        qCWarning(lcStorage) << "stored rules are unreadable, using defaults:" << error;
        return Rules::defaults();
    }
    return *rules;
}

} // namespace callscore

#include "Importer.h"

#include "AsteriskCdrReader.h"
#include "ColumnMapping.h"
#include "CrmReader.h"
#include "ImportLog.h"
#include "ImportSession.h"
#include "MappedCdrReader.h"
#include "RecordingIndex.h"
#include "ReviewsReader.h"
#include "StaffReader.h"

#include "core/Period.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace callscore {

namespace {

// A CRM row without a call id belongs to the customer's call nearest in time,
// if one started within this many seconds of the time the CRM wrote down.
constexpr int kMatchToleranceS = 10 * 60;

QTimeZone zoneOr(const QTimeZone& zone, const Store& store)
{
    return zone.isValid() ? zone : store.rules().timeZone();
}

QSet<QString> rosterExtensions(const Store& store)
{
    QSet<QString> extensions;
    for (const StaffMember& member : store.staff()) {
        for (const QString& extension : member.extensions)
            extensions.insert(extension);
    }
    return extensions;
}

std::optional<ColumnMapping> loadMapping(ImportSession& session, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        session.fail(
            QStringLiteral("cannot read the mapping %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }

    QString error;
    auto mapping = ColumnMapping::fromJson(file.readAll(), &error);
    if (!mapping)
        session.fail(QStringLiteral("mapping %1: %2").arg(path, error));
    return mapping;
}

// A recording named in a call log: a URL or an absolute path as it is, a
// relative path under `base`.
QString resolveRecording(const QString& recording, const QString& base)
{
    if (recording.isEmpty() || recording.contains(QLatin1String("://")) ||
        QFileInfo(recording).isAbsolute())
        return recording;
    return QDir(base).absoluteFilePath(recording);
}

bool readMappedCalls(ImportSession& session, const CdrImportOptions& options, const QTimeZone& zone,
                     QVector<CdrCall>* calls)
{
    const auto mapping = loadMapping(session, options.layout);
    if (!mapping)
        return false;

    MappedCdrReader reader(*mapping, zone, PhoneNormalizer(options.region));
    *calls = reader.read(session.csv(mapping->delimiter()));
    if (!reader.fatalError().isEmpty())
        return session.fail(reader.fatalError());
    session.reject(reader.problems());

    const QString base = options.recordingsDir.isEmpty()
                             ? QFileInfo(session.report().file).absolutePath()
                             : options.recordingsDir;
    for (CdrCall& call : *calls)
        call.record.recording = resolveRecording(call.record.recording, base);
    return true;
}

bool readCalls(ImportSession& session, const CdrImportOptions& options, const QTimeZone& zone,
               QVector<CdrCall>* calls)
{
    if (options.layout.compare(QLatin1String("asterisk"), Qt::CaseInsensitive) != 0) {
        if (!QFileInfo(options.layout).isFile()) {
            return session.fail(QStringLiteral("unknown layout \"%1\": give \"asterisk\" or the "
                                               "path of a column-mapping JSON")
                                    .arg(options.layout));
        }
        return readMappedCalls(session, options, zone, calls);
    }

    AsteriskCdrReader reader(rosterExtensions(session.store()), zone,
                             PhoneNormalizer(options.region));
    *calls = reader.read(session.csv(QLatin1Char(',')));
    session.reject(reader.problems());
    return true;
}

bool attachRecordings(ImportSession& session, const QString& folder, QVector<CdrCall>* calls)
{
    if (folder.isEmpty())
        return true;
    if (!QFileInfo(folder).isDir())
        return session.fail(QStringLiteral("the recordings folder %1 does not exist").arg(folder));

    RecordingIndex index;
    index.scan(folder);
    int found = 0;
    for (CdrCall& call : *calls) {
        if (call.record.recording.isEmpty())
            call.record.recording = index.find(call.recordingIds);
        found += call.record.recording.isEmpty() ? 0 : 1;
    }
    qCInfo(lcImport) << found << "of" << calls->size() << "calls have a recording";
    return true;
}

bool looksLikeJson(const QString& path, const QByteArray& bytes)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    const QByteArray start = bytes.left(64).trimmed();
    return start.startsWith('{') || start.startsWith("\xEF\xBB\xBF{");
}

// Says which promised time is stored when a row disagrees with it.
QString dueConflict(const Store& store, const Outcome& outcome, const QTimeZone& zone)
{
    for (const StoredOutcome& stored : store.callbackOutcomes()) {
        const Outcome& old = stored.outcome;
        const bool same = outcome.callId.isEmpty()
                              ? old.callId.isEmpty() && old.customer == outcome.customer &&
                                    old.callTimeUtc == outcome.callTimeUtc
                              : old.callId == outcome.callId;
        if (!same || !old.callbackDueUtc)
            continue;

        // The due time agrees: the store refused something else.
        if (outcome.callbackDueUtc && *outcome.callbackDueUtc == *old.callbackDueUtc)
            break;
        const QString storedDue = formatLocalIso(*old.callbackDueUtc, zone);
        if (!outcome.callbackDueUtc) {
            return QStringLiteral("the stored callback due time %1 cannot be removed; the "
                                  "stored one stays")
                .arg(storedDue);
        }
        return QStringLiteral("callback due time %1 differs from the stored %2; the stored one "
                              "stays")
            .arg(formatLocalIso(*outcome.callbackDueUtc, zone), storedDue);
    }
    return store.conflictReason();
}

} // namespace

Importer::Importer(Store& store)
    : m_store(store)
{}

ImportReport Importer::importStaff(const QString& path)
{
    ImportSession session(m_store, path, m_progress);
    if (!session.readFile())
        return session.finish();

    StaffReader reader;
    const QVector<StaffRow> rows = reader.read(session.csv());
    if (!session.accept(reader))
        return session.finish();

    return session.writeAll(rows, [this](const StaffRow& row, QString* conflict) {
        const WriteResult result = m_store.upsertStaff(row.member);
        *conflict = m_store.conflictReason();
        return result;
    });
}

ImportReport Importer::importCdr(const QString& path, const CdrImportOptions& options)
{
    ImportSession session(m_store, path, m_progress);
    if (!session.readFile())
        return session.finish();

    QVector<CdrCall> calls;
    const QTimeZone zone = zoneOr(options.sourceZone, m_store);
    if (!readCalls(session, options, zone, &calls) ||
        !attachRecordings(session, options.recordingsDir, &calls))
        return session.finish();

    const QString sourceFile = QFileInfo(path).fileName();
    return session.writeAll(calls, [this, &sourceFile](CdrCall& call, QString* conflict) {
        call.record.sourceFile = sourceFile;
        const WriteResult result = m_store.insertCall(call.record);
        *conflict = m_store.conflictReason();
        return result;
    });
}

ImportReport Importer::importCrm(const QString& path, const CrmImportOptions& options)
{
    ImportSession session(m_store, path, m_progress);
    if (!session.readFile())
        return session.finish();

    const QTimeZone zone = zoneOr(options.sourceZone, m_store);
    CrmReader reader(zone, PhoneNormalizer(options.region));
    std::optional<ColumnMapping> mapping;
    if (!options.mappingPath.isEmpty()) {
        mapping = loadMapping(session, options.mappingPath);
        if (!mapping)
            return session.finish();
        reader.setMapping(*mapping);
    }

    QVector<CrmRow> rows =
        looksLikeJson(path, session.bytes())
            ? reader.readJson(session.text().toUtf8())
            : reader.readCsv(session.csv(mapping ? mapping->delimiter() : QChar()));
    if (!session.accept(reader))
        return session.finish();

    return session.writeAll(rows, [this, &zone](CrmRow& row, QString* conflict) {
        Outcome& outcome = row.outcome;
        if (outcome.callId.isEmpty() && !outcome.customer.isEmpty()) {
            if (const auto call =
                    m_store.nearestCall(outcome.customer, outcome.callTimeUtc, kMatchToleranceS)) {
                outcome.callId = call->callId;
                outcome.matchedByNumber = true;
                qCDebug(lcImport) << "line" << row.line << "matched to call" << call->callId;
            }
        }

        const WriteResult result = m_store.insertOutcome(outcome);
        if (result == WriteResult::Conflict)
            *conflict = dueConflict(m_store, outcome, zone);
        return result;
    });
}

ImportReport Importer::importTemplate(const QString& path)
{
    ImportSession session(m_store, path, m_progress);
    if (!session.readFile())
        return session.finish();

    const QByteArray json = session.text().toUtf8();
    QString error;
    const auto checklist = ChecklistTemplate::fromJson(json, &error);
    if (!checklist) {
        session.fail(QStringLiteral("not a checklist template: %1").arg(error));
        return session.finish();
    }

    session.report().records = 1;
    if (session.begin(1)) {
        const WriteResult result = m_store.saveTemplate(*checklist, json);
        session.count(result, 1, m_store.conflictReason());
    }
    return session.finish();
}

ImportReport Importer::importReviews(const QString& path, const ReviewImportOptions& options)
{
    ImportSession session(m_store, path, m_progress);
    if (!session.readFile())
        return session.finish();

    m_templates.clear();
    ReviewsReader reader(zoneOr(options.sourceZone, m_store));
    const QVector<ReviewRow> rows = reader.read(session.text().toUtf8());
    if (!session.accept(reader))
        return session.finish();

    return session.writeAll(rows, [this](const ReviewRow& row, QString* problem) {
        const auto score = scoreReview(row.review, problem);
        if (!score)
            return WriteResult::Conflict;
        const WriteResult result = m_store.insertReview(row.review, *score);
        if (result == WriteResult::Conflict)
            *problem = reviewConflict(row.review);
        return result;
    });
}

std::optional<ReviewScore> Importer::scoreReview(const ReviewRecord& review, QString* problem)
{
    if (!m_store.call(review.callId)) {
        *problem = QStringLiteral("unknown call \"%1\"").arg(review.callId);
        return std::nullopt;
    }

    const auto key = qMakePair(review.templateId, review.templateVersion);
    if (!m_templates.contains(key))
        m_templates.insert(key,
                           m_store.checklistTemplate(review.templateId, review.templateVersion));
    const std::optional<ChecklistTemplate>& checklist = m_templates[key];
    if (!checklist) {
        *problem = QStringLiteral("unknown template \"%1\" version %2")
                       .arg(review.templateId)
                       .arg(review.templateVersion);
        return std::nullopt;
    }
    return scoreAnswers(*checklist, review.answers, problem);
}

QString Importer::reviewConflict(const ReviewRecord& review) const
{
    const auto stored = m_store.reviewForCall(review.callId);
    if (!stored)
        return m_store.conflictReason();
    return QStringLiteral("call \"%1\" already has a different review, by %2 submitted %3; the "
                          "stored one stays")
        .arg(review.callId, stored->review.reviewer,
             stored->review.submittedUtc.toString(Qt::ISODate));
}

ImportReport importStaff(Store& store, const QString& path)
{
    return Importer(store).importStaff(path);
}

ImportReport importCdr(Store& store, const QString& path, const CdrImportOptions& options)
{
    return Importer(store).importCdr(path, options);
}

ImportReport importCrm(Store& store, const QString& path, const CrmImportOptions& options)
{
    return Importer(store).importCrm(path, options);
}

ImportReport importTemplate(Store& store, const QString& path)
{
    return Importer(store).importTemplate(path);
}

ImportReport importReviews(Store& store, const QString& path, const ReviewImportOptions& options)
{
    return Importer(store).importReviews(path, options);
}

} // namespace callscore

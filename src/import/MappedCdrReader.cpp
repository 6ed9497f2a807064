#include "MappedCdrReader.h"

#include "FieldParsers.h"

#include <QSet>

namespace callscore {

namespace {

const QStringList& knownDispositions()
{
    static const QStringList values = {QStringLiteral("ANSWERED"), QStringLiteral("NO ANSWER"),
                                       QStringLiteral("BUSY"), QStringLiteral("FAILED")};
    return values;
}

} // namespace

MappedCdrReader::MappedCdrReader(const ColumnMapping& mapping, const QTimeZone& zone,
                                 const PhoneNormalizer& phones)
    : m_mapping(mapping)
    , m_zone(zone)
    , m_phones(phones)
{}

QVector<CdrCall> MappedCdrReader::read(const QVector<CsvRecord>& records)
{
    m_problems.clear();
    m_fatal.clear();

    int first = 0;
    if (m_mapping.hasHeader()) {
        if (records.isEmpty() || !m_mapping.resolve(records.constFirst().fields, &m_fatal)) {
            if (m_fatal.isEmpty())
                m_fatal = QStringLiteral("the file is empty; the mapping expects a header row");
            return {};
        }
        first = 1;
    }
    if (!m_mapping.has(QStringLiteral("call_id")) || !m_mapping.has(QStringLiteral("start"))) {
        m_fatal = QStringLiteral("the mapping must name the \"call_id\" and \"start\" columns");
        return {};
    }

    QVector<CdrCall> calls;
    QHash<QString, int> lineById;
    for (int i = first; i < records.size(); ++i) {
        CdrCall call;
        QString error;
        if (parseRow(records.at(i), &call, &error)) {
            const int seen = lineById.value(call.record.callId, 0);
            if (seen == 0) {
                lineById.insert(call.record.callId, call.line);
                calls.append(call);
                continue;
            }
            error = QStringLiteral("call id \"%1\" appears again (first on line %2)")
                        .arg(call.record.callId)
                        .arg(seen);
        }
        m_problems.append({records.at(i).line, error});
    }
    return calls;
}

bool MappedCdrReader::parseRow(const CsvRecord& record, CdrCall* call, QString* error) const
{
    CallRecord& out = call->record;
    call->line = record.line;
    out.callId = m_mapping.value(record, QStringLiteral("call_id"));
    if (out.callId.isEmpty()) {
        *error = QStringLiteral("no call id");
        return false;
    }
    call->recordingIds = QStringList{out.callId};

    const QString start = m_mapping.value(record, QStringLiteral("start"));
    out.startUtc = parseFileTime(start, m_mapping.timeFormat(), m_zone);
    if (!out.startUtc.isValid()) {
        *error = QStringLiteral("unparsable start time \"%1\"").arg(start);
        return false;
    }

    const auto duration = parseSeconds(m_mapping.value(record, QStringLiteral("duration_s")));
    const auto billsec = parseSeconds(m_mapping.value(record, QStringLiteral("billsec")));
    if (!duration || !billsec) {
        *error = QStringLiteral("duration \"%1\" or billsec \"%2\" is not a number of seconds")
                     .arg(m_mapping.value(record, QStringLiteral("duration_s")),
                          m_mapping.value(record, QStringLiteral("billsec")));
        return false;
    }
    out.durationS = *duration;
    out.billsec = *billsec;

    out.customer = m_phones.normalize(m_mapping.value(record, QStringLiteral("customer")));
    out.agentExtension = m_mapping.value(record, QStringLiteral("extension"));
    out.recording = m_mapping.value(record, QStringLiteral("recording"));
    return readDirection(record, &out, error) && readDisposition(record, &out, error);
}

bool MappedCdrReader::readDirection(const CsvRecord& record, CallRecord* call, QString* error) const
{
    const QString raw = m_mapping.value(record, QStringLiteral("direction"));
    if (!m_mapping.has(QStringLiteral("direction"))) {
        call->direction = QStringLiteral("in");
        return true;
    }

    call->direction = m_mapping.canonical(QStringLiteral("direction"), raw).toLower();
    if (call->direction == QLatin1String("in") || call->direction == QLatin1String("out"))
        return true;
    *error = QStringLiteral("unknown direction \"%1\"; list it under \"direction_values\" in "
                            "the mapping")
                 .arg(raw);
    return false;
}

bool MappedCdrReader::readDisposition(const CsvRecord& record, CallRecord* call,
                                      QString* error) const
{
    const QString raw = m_mapping.value(record, QStringLiteral("disposition"));
    if (raw.isEmpty()) {
        // Without a status column, talk time is the only sign of an answer.
        call->disposition =
            call->billsec > 0 ? QStringLiteral("ANSWERED") : QStringLiteral("NO ANSWER");
        return true;
    }

    call->disposition = m_mapping.canonical(QStringLiteral("disposition"), raw).toUpper();
    if (knownDispositions().contains(call->disposition))
        return true;
    *error = QStringLiteral("unknown disposition \"%1\"; list it under \"disposition_values\" "
                            "in the mapping")
                 .arg(raw);
    return false;
}

} // namespace callscore

#include "AsteriskCdrReader.h"

#include "core/Period.h"

#include <QRegularExpression>

#include <algorithm>

namespace callscore {

namespace {

// Columns shared by every cdr_csv layout.
enum Column {
    kSrc = 1,
    kDst = 2,
    kChannel = 5,
    kDstChannel = 6,
    kLastData = 8,
    kStart = 9,
    kEnd = 11,
    kDuration = 12,
    kBillsec = 13,
    kDisposition = 14,
    kUniqueId = 16,
    kLinkedId = 19,
};

constexpr int kFullColumns = 21;
constexpr int kUserfieldColumns = 18;
constexpr int kBasicColumns = 17;

const QString kAnswered = QStringLiteral("ANSWERED");

// `SIP/301-0000001a` -> `301`; the peer may itself contain dashes.
QString peerOf(const QString& channel)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:SIP|PJSIP|IAX2)/(.+)-[0-9a-fA-F]+$"));
    const auto match = pattern.match(channel);
    return match.hasMatch() ? match.captured(1) : QString();
}

// The one Dial target of `SIP/301&SIP/200@stadionpbx,60,t` that is routed
// through `peer` (`SIP/200@stadionpbx` or `SIP/stadionpbx/200`), else empty.
QString dialTargetVia(const QString& lastData, const QString& peer)
{
    static const QRegularExpression atPeer(QStringLiteral("^(?:SIP|PJSIP|IAX2)/([^@/]+)@(.+)$"));
    static const QRegularExpression slashPeer(QStringLiteral("^(?:SIP|IAX2)/([^/@]+)/(.+)$"));

    QStringList found;
    const QStringList targets = lastData.section(QLatin1Char(','), 0, 0).split(QLatin1Char('&'));
    for (const QString& target : targets) {
        const auto at = atPeer.match(target.trimmed());
        if (at.hasMatch() && at.captured(2) == peer)
            found.append(at.captured(1));
        const auto slash = slashPeer.match(target.trimmed());
        if (slash.hasMatch() && slash.captured(1) == peer)
            found.append(slash.captured(2));
    }
    return found.size() == 1 ? found.constFirst() : QString();
}

bool readSeconds(const QString& text, int* seconds)
{
    bool ok = false;
    *seconds = text.trimmed().toInt(&ok);
    return ok && *seconds >= 0;
}

bool isHeaderRow(const CsvRecord& record)
{
    return record.fields.size() > kStart &&
           record.fields.at(kSrc).trimmed().compare(QLatin1String("src"), Qt::CaseInsensitive) ==
               0 &&
           record.fields.at(kStart).trimmed().compare(QLatin1String("start"),
                                                      Qt::CaseInsensitive) == 0;
}

} // namespace

AsteriskCdrReader::AsteriskCdrReader(const QSet<QString>& extensions, const QTimeZone& zone,
                                     const PhoneNormalizer& phones)
    : m_extensions(extensions)
    , m_zone(zone)
    , m_phones(phones)
{}

QVector<CdrCall> AsteriskCdrReader::read(const QVector<CsvRecord>& records)
{
    m_problems.clear();

    QVector<QVector<Leg>> groups;
    QHash<QString, int> groupById;
    for (int i = 0; i < records.size(); ++i) {
        if (i == 0 && isHeaderRow(records.at(i)))
            continue;

        Leg leg;
        QString error;
        if (!parseLeg(records.at(i), &leg, &error)) {
            m_problems.append({records.at(i).line, error});
            continue;
        }
        leg.order = i;
        const auto group = groupById.constFind(leg.linkedId);
        if (group == groupById.constEnd()) {
            groupById.insert(leg.linkedId, int(groups.size()));
            groups.append({leg});
        } else {
            groups[*group].append(leg);
        }
    }

    QVector<CdrCall> calls;
    calls.reserve(groups.size());
    for (const QVector<Leg>& legs : groups)
        calls.append(foldCall(legs));
    return calls;
}

bool AsteriskCdrReader::parseLeg(const CsvRecord& record, Leg* leg, QString* error) const
{
    const QStringList& f = record.fields;
    const int columns = int(f.size());
    if (columns != kFullColumns && columns != kUserfieldColumns && columns != kBasicColumns) {
        *error = QStringLiteral("expected 21, 18 or 17 cdr_csv columns, found %1").arg(columns);
        return false;
    }

    leg->line = record.line;
    leg->src = f.at(kSrc).trimmed();
    leg->dst = f.at(kDst).trimmed();
    leg->channel = f.at(kChannel).trimmed();
    leg->dstChannel = f.at(kDstChannel).trimmed();
    leg->lastData = f.at(kLastData).trimmed();
    leg->disposition = f.at(kDisposition).trimmed().toUpper();
    leg->uniqueId = f.at(kUniqueId).trimmed();
    leg->linkedId = columns == kFullColumns ? f.at(kLinkedId).trimmed() : leg->uniqueId;
    if (leg->linkedId.isEmpty()) {
        *error = columns == kFullColumns ? QStringLiteral("empty linkedid")
                                         : QStringLiteral("empty uniqueid");
        return false;
    }

    leg->start = parseMoment(f.at(kStart), m_zone);
    if (!leg->start.isValid()) {
        *error = QStringLiteral("unparsable start time \"%1\"").arg(f.at(kStart));
        return false;
    }

    int duration = 0;
    if (!readSeconds(f.at(kDuration), &duration) || !readSeconds(f.at(kBillsec), &leg->billsec)) {
        *error = QStringLiteral("duration \"%1\" or billsec \"%2\" is not a number of seconds")
                     .arg(f.at(kDuration), f.at(kBillsec));
        return false;
    }

    // Asterisk always writes the end; without it the duration still says when the leg ended.
    leg->end = f.at(kEnd).trimmed().isEmpty() ? leg->start.addSecs(duration)
                                              : parseMoment(f.at(kEnd), m_zone);
    if (!leg->end.isValid()) {
        *error = QStringLiteral("unparsable end time \"%1\"").arg(f.at(kEnd));
        return false;
    }
    return true;
}

CdrCall AsteriskCdrReader::foldCall(QVector<Leg> legs) const
{
    // The first leg is the earliest; on a tie the one that created the call.
    std::stable_sort(legs.begin(), legs.end(), [](const Leg& a, const Leg& b) {
        if (a.start != b.start)
            return a.start < b.start;
        return (a.uniqueId == a.linkedId) && (b.uniqueId != b.linkedId);
    });
    const Leg& first = legs.constFirst();

    CdrCall call;
    CallRecord& record = call.record;
    record.callId = first.linkedId;
    record.startUtc = first.start.toUTC();
    QDateTime end = first.end;
    call.line = first.line;
    call.recordingIds.append(first.linkedId);
    for (const Leg& leg : legs) {
        end = std::max(end, leg.end);
        // Some PBXes write talk time on legs that were never answered; only
        // answered legs count as talk.
        if (leg.disposition == kAnswered)
            record.billsec = std::max(record.billsec, leg.billsec);
        call.line = std::min(call.line, leg.line);
        if (!call.recordingIds.contains(leg.uniqueId))
            call.recordingIds.append(leg.uniqueId);
    }
    record.durationS = int(first.start.secsTo(end));
    record.legs = int(legs.size());
    record.disposition = disposition(legs);

    const QString caller = peerOf(first.channel);
    if (isExtension(caller)) {
        record.direction = QStringLiteral("out");
        record.agentExtension = caller;
        record.customer = m_phones.normalize(first.dst);
    } else {
        record.direction = QStringLiteral("in");
        record.agentExtension = answeringAgent(legs);
        record.customer = m_phones.normalize(first.src);
    }
    return call;
}

QString AsteriskCdrReader::disposition(const QVector<Leg>& legs) const
{
    const auto any = [&legs](auto predicate) {
        return std::any_of(legs.begin(), legs.end(), predicate);
    };
    if (any([](const Leg& leg) { return leg.disposition == kAnswered && leg.billsec > 0; }))
        return kAnswered;
    if (any([](const Leg& leg) { return leg.disposition == QLatin1String("BUSY"); }))
        return QStringLiteral("BUSY");
    if (!any([](const Leg& leg) { return leg.disposition != QLatin1String("FAILED"); }))
        return QStringLiteral("FAILED");
    return QStringLiteral("NO ANSWER");
}

QString AsteriskCdrReader::answeringAgent(const QVector<Leg>& legs) const
{
    QVector<const Leg*> answered;
    for (const Leg& leg : legs) {
        if (leg.disposition == kAnswered && leg.billsec > 0)
            answered.append(&leg);
    }
    std::stable_sort(answered.begin(), answered.end(),
                     [](const Leg* a, const Leg* b) { return a->billsec > b->billsec; });

    for (const Leg* leg : answered) {
        const QString peer = peerOf(leg->dstChannel);
        if (peer.isEmpty())
            continue;
        if (isExtension(peer))
            return peer;
        // Answered through a trunk to another PBX: the Dial target names the extension.
        const QString target = dialTargetVia(leg->lastData, peer);
        if (!target.isEmpty())
            return target;
    }
    return {};
}

bool AsteriskCdrReader::isExtension(const QString& peer) const
{
    if (peer.isEmpty())
        return false;
    if (!m_extensions.isEmpty())
        return m_extensions.contains(peer);

    static const QRegularExpression shortNumber(QStringLiteral("^\\d{2,5}$"));
    return shortNumber.match(peer).hasMatch();
}

} // namespace callscore

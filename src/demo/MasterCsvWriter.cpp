#include "MasterCsvWriter.h"

namespace callscore::demo {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString callerId(const QString& name, const QString& number)
{
    return QStringLiteral("\"%1\" <%2>").arg(name, number);
}

} // namespace

MasterCsvWriter::MasterCsvWriter(const QVector<DemoManager>& managers, int firstSequence,
                                 int firstChannel)
    : m_managers(managers)
    , m_sequence(firstSequence)
    , m_channel(firstChannel)
{}

QByteArray MasterCsvWriter::render(const QVector<DemoCall>& calls)
{
    m_out.clear();
    for (const DemoCall& call : calls) {
        if (call.direction == Direction::In)
            inbound(call);
        else
            outbound(call);
    }
    return m_out;
}

void MasterCsvWriter::inbound(const DemoCall& call)
{
    Row caller;
    caller.src = call.spelledCustomer();
    caller.dst = call.did;
    caller.dcontext = QStringLiteral("from-pstn");
    caller.clid = callerId(caller.src, caller.src);
    caller.channel = channelName(call.trunk);
    caller.start = call.start;
    caller.uniqueid = call.linkedId;

    if (call.routing == Routing::LocalFork) {
        inboundLocalFork(call, caller);
        return;
    }

    QVector<int> targets = {call.manager};
    targets += call.alsoRung;
    QStringList dialed;
    for (int target : targets)
        dialed.append(QStringLiteral("SIP/") + m_managers.at(target).extension);
    caller.lastdata = dialed.join(QLatin1Char('&')) + QStringLiteral(",60,t");

    // The answered leg first, then the phones that rang until it was taken.
    for (int target : targets) {
        Row leg = caller;
        leg.dstchannel = channelName(m_managers.at(target).extension);
        const bool taker = call.answered() && target == call.manager;
        leg.disposition =
            call.answered() && !taker ? QStringLiteral("NO ANSWER") : call.disposition;
        leg.answer = taker ? call.answerTime() : QDateTime();
        leg.end = taker ? call.endTime() : call.answerTime();
        leg.billsec = taker ? call.billsec : 0;
        emitRow(leg, call.linkedId);
    }
}

void MasterCsvWriter::inboundLocalFork(const DemoCall& call, const Row& caller)
{
    // A queue-like fork through Local channels, as in the real Master.csv:
    // each Local pair logs its own rows with its own uniqueid, and once the
    // Local channel is optimised away the trunk is bridged with the agent's
    // SIP channel directly, which logs the talk time.
    const QString taker = m_managers.at(call.manager).extension;
    const QString other = m_managers.at(call.alsoRung.first()).extension;
    const QString takerLocal = localName(taker);
    const QString otherLocal = localName(other);
    const QString takerSip = channelName(taker);
    const QString otherSip = channelName(other);
    const QString fork =
        QStringLiteral("Local/%1@from-queue&Local/%2@from-queue,40").arg(taker, other);

    Row takerHalf = caller;
    takerHalf.dst = taker;
    takerHalf.dcontext = QStringLiteral("from-queue");
    takerHalf.channel = takerLocal + QStringLiteral(";2");
    takerHalf.dstchannel = takerSip;
    takerHalf.lastdata = QStringLiteral("SIP/%1,15").arg(taker);
    takerHalf.answer = call.answerTime();
    takerHalf.end = call.answerTime();
    takerHalf.disposition = QStringLiteral("ANSWERED");
    takerHalf.uniqueid = uniqueId(call, 2);
    emitRow(takerHalf, call.linkedId);

    Row toTaker = caller;
    toTaker.dstchannel = takerLocal + QStringLiteral(";1");
    toTaker.lastdata = fork;
    toTaker.answer = call.answerTime();
    toTaker.end = call.answerTime();
    toTaker.disposition = QStringLiteral("ANSWERED");
    emitRow(toTaker, call.linkedId);

    Row toOther = toTaker;
    toOther.dstchannel = otherLocal + QStringLiteral(";1");
    toOther.answer = QDateTime();
    toOther.disposition = QStringLiteral("NO ANSWER");
    emitRow(toOther, call.linkedId);

    Row otherHalf = takerHalf;
    otherHalf.dst = other;
    otherHalf.channel = otherLocal + QStringLiteral(";2");
    otherHalf.dstchannel = otherSip;
    otherHalf.lastdata = QStringLiteral("SIP/%1,15").arg(other);
    otherHalf.answer = QDateTime();
    otherHalf.disposition = QStringLiteral("NO ANSWER");
    otherHalf.uniqueid = uniqueId(call, 4);
    emitRow(otherHalf, call.linkedId);

    Row bridged = toTaker;
    bridged.dstchannel = takerSip;
    bridged.start = call.answerTime();
    bridged.end = call.endTime();
    bridged.billsec = call.billsec;
    emitRow(bridged, call.linkedId);
}

void MasterCsvWriter::outbound(const DemoCall& call)
{
    const DemoManager& manager = m_managers.at(call.manager);
    Row row;
    row.src = manager.extension;
    row.dst = call.spelledCustomer();
    row.dcontext = QStringLiteral("from-internal");
    row.clid = callerId(manager.name, manager.extension);
    row.channel = channelName(manager.extension);
    row.dstchannel = channelName(call.trunk);
    row.lastdata = QStringLiteral("SIP/%1/%2,300,Tt").arg(call.trunk, row.dst);
    row.start = call.start;
    row.answer = call.answered() ? call.answerTime() : QDateTime();
    row.end = call.answered() ? call.endTime() : call.answerTime();
    row.billsec = call.billsec;
    row.disposition = call.disposition;
    row.uniqueid = call.linkedId;
    emitRow(row, call.linkedId);
}

QString MasterCsvWriter::channelName(const QString& peer)
{
    return QStringLiteral("SIP/%1-%2").arg(peer).arg(m_channel++, 8, 16, QLatin1Char('0'));
}

QString MasterCsvWriter::localName(const QString& extension)
{
    return QStringLiteral("Local/%1@from-queue-%2")
        .arg(extension)
        .arg(m_channel++, 8, 16, QLatin1Char('0'));
}

QString MasterCsvWriter::uniqueId(const DemoCall& call, int offset) const
{
    return QStringLiteral("%1.%2").arg(call.epoch).arg(call.firstSeq + offset);
}

void MasterCsvWriter::emitRow(const Row& row, const QString& linkedId)
{
    const QString answer =
        row.answer.isValid() ? quoted(row.answer.toString(kTimeFormat)) : QString();
    const qint64 duration = row.start.secsTo(row.end);
    const QStringList fields = {
        quoted(QString()),
        quoted(row.src),
        quoted(row.dst),
        quoted(row.dcontext),
        quoted(row.clid),
        quoted(row.channel),
        quoted(row.dstchannel),
        quoted(QStringLiteral("Dial")),
        quoted(row.lastdata),
        quoted(row.start.toString(kTimeFormat)),
        answer,
        quoted(row.end.toString(kTimeFormat)),
        QString::number(duration),
        QString::number(row.billsec),
        quoted(row.disposition),
        quoted(QStringLiteral("DOCUMENTATION")),
        quoted(row.uniqueid),
        quoted(QString()),
        quoted(QString()),
        quoted(linkedId),
        QString::number(m_sequence++),
    };
    m_out += fields.join(QLatin1Char(',')).toUtf8();
    m_out += '\n';
}

} // namespace callscore::demo

#pragma once

#include "DemoTypes.h"

#include <QStringList>

namespace callscore::demo {

// Renders calls as Asterisk cdr_csv would have logged them: one row per leg,
// 21 columns, text quoted, numbers bare, an unanswered leg's answer time
// left empty without quotes, and the legs of one call sharing its linkedid.
class MasterCsvWriter
{
public:
    MasterCsvWriter(const QVector<DemoManager>& managers, int firstSequence, int firstChannel);

    QByteArray render(const QVector<DemoCall>& calls);

private:
    struct Row {
        QString src, dst, dcontext, clid, channel, dstchannel, lastdata;
        QDateTime start, answer, end;
        int billsec = 0;
        QString disposition;
        QString uniqueid;
    };

    void inbound(const DemoCall& call);
    void inboundLocalFork(const DemoCall& call, const Row& caller);
    void outbound(const DemoCall& call);
    QString channelName(const QString& peer);
    QString localName(const QString& extension);
    QString uniqueId(const DemoCall& call, int offset) const;
    void emitRow(const Row& row, const QString& linkedId);

    QVector<DemoManager> m_managers;
    int m_sequence;
    int m_channel;
    QByteArray m_out;
};

} // namespace callscore::demo

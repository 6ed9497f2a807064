#pragma once

#include "CsvReader.h"
#include "ReadRecords.h"

#include "core/PhoneNormalizer.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace callscore {

// Asterisk cdr_csv Master.csv, no header, in its standard column orders:
// 21 columns (..., uniqueid, userfield, peeraccount, linkedid, sequence),
// whose legs are grouped into calls by linkedid, or the older 18 and 17
// columns (with and without userfield), grouped by uniqueid. Times are the
// PBX's local time in `zone`.
class AsteriskCdrReader
{
public:
    // `extensions` are the roster's PBX extensions; when empty, any SIP peer
    // of 2 to 5 digits counts as one.
    AsteriskCdrReader(const QSet<QString>& extensions, const QTimeZone& zone,
                      const PhoneNormalizer& phones);

    QVector<CdrCall> read(const QVector<CsvRecord>& records);
    const QVector<RowProblem>& problems() const { return m_problems; }

private:
    struct Leg {
        int line = 0;
        int order = 0;
        QString src, dst, channel, dstChannel, lastData, disposition, uniqueId, linkedId;
        QDateTime start, end;
        int billsec = 0;
    };

    bool parseLeg(const CsvRecord& record, Leg* leg, QString* error) const;
    CdrCall foldCall(QVector<Leg> legs) const;
    QString disposition(const QVector<Leg>& legs) const;
    QString answeringAgent(const QVector<Leg>& legs) const;
    bool isExtension(const QString& peer) const;

    QSet<QString> m_extensions;
    QTimeZone m_zone;
    PhoneNormalizer m_phones;
    QVector<RowProblem> m_problems;
};

} // namespace callscore

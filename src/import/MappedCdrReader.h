#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ReadRecords.h"

#include "core/PhoneNormalizer.h"

#include <QTimeZone>

namespace callscore {

// Any other call log through a column-mapping JSON: one row is one call.
// Fields: call_id and start (required), direction, customer, extension,
// duration_s, billsec, disposition, recording.
class MappedCdrReader
{
public:
    MappedCdrReader(const ColumnMapping& mapping, const QTimeZone& zone,
                    const PhoneNormalizer& phones);

    // On a file the mapping does not fit (a missing column) returns nothing
    // and sets fatalError().
    QVector<CdrCall> read(const QVector<CsvRecord>& records);
    const QVector<RowProblem>& problems() const { return m_problems; }
    QString fatalError() const { return m_fatal; }

private:
    bool parseRow(const CsvRecord& record, CdrCall* call, QString* error) const;
    bool readDirection(const CsvRecord& record, CallRecord* call, QString* error) const;
    bool readDisposition(const CsvRecord& record, CallRecord* call, QString* error) const;

    ColumnMapping m_mapping;
    QTimeZone m_zone;
    PhoneNormalizer m_phones;
    QVector<RowProblem> m_problems;
    QString m_fatal;
};

} // namespace callscore

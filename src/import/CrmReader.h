#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ReadRecords.h"

#include "core/PhoneNormalizer.h"

#include <QByteArray>
#include <QTimeZone>

#include <optional>

namespace callscore {

// CRM call outcomes: CSV with a header of recognised Russian or English
// names (or a mapping JSON), or JSON {"outcomes": [...]}. Checks each row on
// its own; matching rows without a call id to calls is the Importer's job.
class CrmReader
{
public:
    CrmReader(const QTimeZone& zone, const PhoneNormalizer& phones);

    // Columns by a mapping JSON instead of the recognised header names.
    void setMapping(const ColumnMapping& mapping) { m_mapping = mapping; }

    QVector<CrmRow> readCsv(const QVector<CsvRecord>& records);
    QVector<CrmRow> readJson(const QByteArray& json);

    const QVector<RowProblem>& problems() const { return m_problems; }
    // Set when the file as a whole cannot be read (no header we understand).
    QString fatalError() const { return m_fatal; }

    // The fields of one record as text, before any checking.
    struct Fields {
        QString callId, callTime, manager, phone, outcome, callbackDue, comment;
    };

private:
    static ColumnMapping recogniseHeader(const QStringList& header);
    bool checkRow(const Fields& fields, Outcome* outcome, QString* error) const;

    QTimeZone m_zone;
    PhoneNormalizer m_phones;
    std::optional<ColumnMapping> m_mapping;
    QString m_timeFormat;
    QVector<RowProblem> m_problems;
    QString m_fatal;
};

} // namespace callscore

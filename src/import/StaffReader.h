#pragma once

#include "CsvReader.h"
#include "ReadRecords.h"

namespace callscore {

// The roster CSV: header `name,role,extension,team,team_leader,start_date`
// (columns in any order), several extensions separated by `|`, team_leader
// yes/no (да/нет), start_date YYYY-MM-DD.
class StaffReader
{
public:
    QVector<StaffRow> read(const QVector<CsvRecord>& records);

    const QVector<RowProblem>& problems() const { return m_problems; }
    QString fatalError() const { return m_fatal; }

private:
    bool parseRow(const CsvRecord& record, StaffMember* member, QString* error) const;
    QString field(const CsvRecord& record, const char* name) const;
    static bool isUnique(const StaffRow& row, QHash<QString, int>& lineByName,
                         QHash<QString, QString>& ownerByExtension, QString* error);

    QHash<QString, int> m_columns;
    QVector<RowProblem> m_problems;
    QString m_fatal;
};

} // namespace callscore

#pragma once

#include "core/Money.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace callscore {

// rfc: UTF-8, ',' and "150.00". excel-ru: UTF-8 with BOM, ';' and "150,00",
// which Russian-locale Excel opens with the right columns and numbers.
enum class CsvDialect { Rfc, ExcelRu };

std::optional<CsvDialect> csvDialectFromName(const QString& name);

class CsvWriter
{
public:
    explicit CsvWriter(CsvDialect dialect = CsvDialect::Rfc);

    void addHeader(const QStringList& names);
    // Free-text cells are guarded against formula injection. Cells listed in
    // rawColumns (amounts, counts, ids, times, E.164 numbers) are our own
    // output, never user text, and must stay exactly as FORMATS.md gives them.
    void addRow(const QStringList& cells, const QList<int>& rawColumns = {});
    QString amount(MinorUnits value) const;

    QByteArray bytes() const;

    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
    // is prefixed with an apostrophe so it shows as text.
    static QString guardFormula(const QString& cell);

private:
    QString quoted(const QString& cell) const;

    CsvDialect m_dialect;
    QChar m_delimiter;
    QString m_text;
};

} // namespace callscore

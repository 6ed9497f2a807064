#include "CsvWriter.h"

namespace callscore {

std::optional<CsvDialect> csvDialectFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("rfc"))
        return CsvDialect::Rfc;
    if (key == QLatin1String("excel-ru"))
        return CsvDialect::ExcelRu;
    return std::nullopt;
}

CsvWriter::CsvWriter(CsvDialect dialect)
    : m_dialect(dialect)
    , m_delimiter(dialect == CsvDialect::ExcelRu ? QLatin1Char(';') : QLatin1Char(','))
{}

QString CsvWriter::guardFormula(const QString& cell)
{
    static const QString kTriggers = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && kTriggers.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::quoted(const QString& cell) const
{
    const bool needsQuotes = cell.contains(m_delimiter) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                             cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addHeader(const QStringList& names)
{
    QList<int> all;
    for (int i = 0; i < names.size(); ++i)
        all.append(i);
    addRow(names, all);
}

void CsvWriter::addRow(const QStringList& cells, const QList<int>& rawColumns)
{
    QStringList line;
    for (int i = 0; i < cells.size(); ++i)
        line.append(quoted(rawColumns.contains(i) ? cells.at(i) : guardFormula(cells.at(i))));
    m_text += line.join(m_delimiter);
    m_text += m_dialect == CsvDialect::ExcelRu ? QLatin1String("\r\n") : QLatin1String("\n");
}

QString CsvWriter::amount(MinorUnits value) const
{
    return formatMinorUnits(value,
                            m_dialect == CsvDialect::ExcelRu ? QLatin1Char(',') : QLatin1Char('.'));
}

QByteArray CsvWriter::bytes() const
{
    const QByteArray body = m_text.toUtf8();
    return m_dialect == CsvDialect::ExcelRu ? QByteArray("\xEF\xBB\xBF") + body : body;
}

} // namespace callscore

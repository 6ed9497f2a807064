#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

namespace callscore {

struct CsvRecord {
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

// RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF. The delimiter is `,`, `;` or tab, found from the first record
// unless given. Blank lines are skipped.
class CsvReader
{
public:
    // A null delimiter means "detect it from the first record".
    explicit CsvReader(QChar delimiter = QChar());

    QVector<CsvRecord> parse(const QString& text);

    // The delimiter the last parse used.
    QChar delimiter() const { return m_delimiter; }
    // Problems of the last parse as "LINE: reason" pairs (an unterminated quote).
    const QVector<QPair<int, QString>>& problems() const { return m_problems; }

    static QChar detectDelimiter(const QString& text);

private:
    QChar m_requested;
    QChar m_delimiter;
    QVector<QPair<int, QString>> m_problems;
};

} // namespace callscore

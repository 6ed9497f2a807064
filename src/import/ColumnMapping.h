#pragma once

#include "CsvReader.h"

#include <QByteArray>
#include <QChar>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace callscore {

// Which CSV column holds which field, read from a mapping JSON (see
// docs/import.md): columns named by header text or by 1-based number, an
// optional delimiter and time format, and the words a file uses for values
// such as the call direction.
class ColumnMapping
{
public:
    static std::optional<ColumnMapping> fromJson(const QByteArray& json, QString* error);
    // A mapping by header names, for files whose header was recognised.
    static ColumnMapping fromHeaderNames(const QHash<QString, QString>& namesByField);

    bool hasHeader() const { return m_header; }
    QChar delimiter() const { return m_delimiter; }     // null: detect
    QString timeFormat() const { return m_timeFormat; } // empty: the usual formats

    // Finds the columns named in the mapping in a header row. Fails with a
    // sentence naming the first column that is not there.
    bool resolve(const QStringList& header, QString* error);
    bool has(const QString& field) const { return m_index.contains(field); }
    // The trimmed text of a field in a record, empty when unmapped or missing.
    QString value(const CsvRecord& record, const QString& field) const;
    // The canonical value a file's word stands for ("входящий" -> "in"), or
    // the word itself when the mapping lists no such word.
    QString canonical(const QString& group, const QString& word) const;

private:
    bool m_header = true;
    QChar m_delimiter;
    QString m_timeFormat;
    QHash<QString, QString> m_names;                  // field -> header text
    QHash<QString, int> m_index;                      // field -> 0-based column
    QHash<QString, QHash<QString, QString>> m_values; // group -> lower-case word -> value
};

} // namespace callscore

#include "CsvReader.h"

namespace callscore {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

// The parse state of one record: the fields read so far and the one being read.
struct RecordBuilder {
    QStringList fields;
    QString field;
    bool started = false;     // anything but a bare line break was seen
    bool fieldQuoted = false; // the current field opened with a quote

    void endField()
    {
        fields.append(field);
        field.clear();
        fieldQuoted = false;
        started = true;
    }

    // Appends the record unless the line was blank.
    void endRecord(int line, QVector<CsvRecord>& records)
    {
        if (started || !field.isEmpty()) {
            fields.append(field);
            records.append(CsvRecord{line, fields});
        }
        *this = RecordBuilder();
    }
};

} // namespace

CsvReader::CsvReader(QChar delimiter)
    : m_requested(delimiter)
    , m_delimiter(delimiter)
{}

QChar CsvReader::detectDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == kQuote)
            inQuotes = !inQuotes; // a doubled quote toggles twice and changes nothing
        else if (inQuotes)
            continue;
        else if (c == kLf || c == kCr)
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }

    // Ties go to the comma, the RFC 4180 default.
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QVector<CsvRecord> CsvReader::parse(const QString& text)
{
    m_problems.clear();
    m_delimiter = m_requested.isNull() ? detectDelimiter(text) : m_requested;

    QVector<CsvRecord> records;
    RecordBuilder record;
    bool inQuotes = false;
    int line = 1;
    int recordLine = 1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
        if (inQuotes) {
            if (c == kQuote && next == kQuote) {
                record.field.append(kQuote);
                ++i;
            } else if (c == kQuote) {
                inQuotes = false;
            } else {
                // A line break inside quotes belongs to the field but still moves the line.
                if (c == kLf || (c == kCr && next != kLf))
                    ++line;
                record.field.append(c);
            }
        } else if (c == kQuote && record.field.isEmpty() && !record.fieldQuoted) {
            inQuotes = true;
            record.fieldQuoted = true;
            record.started = true;
        } else if (c == m_delimiter) {
            record.endField();
        } else if (c == kCr || c == kLf) {
            if (c == kCr && next == kLf)
                ++i;
            record.endRecord(recordLine, records);
            recordLine = ++line;
        } else {
            record.field.append(c);
            record.started = true;
        }
    }

    if (inQuotes) {
        m_problems.append({recordLine, QStringLiteral("a quoted field is never closed")});
        return records;
    }
    record.endRecord(recordLine, records);
    return records;
}

} // namespace callscore

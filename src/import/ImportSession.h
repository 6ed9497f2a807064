#pragma once

#include "CsvReader.h"
#include "ImportReport.h"
#include "ReadRecords.h"

#include "storage/Store.h"

#include <QByteArray>

#include <memory>

namespace callscore {

class TransactionGuard;

// The steps every import shares: reading and decoding the file, reporting
// rejected rows as FILE:LINE, one transaction for all writes, counting write
// results, progress and cancelling. A fatal error leaves the store as it was.
class ImportSession
{
public:
    ImportSession(Store& store, const QString& path, const ImportProgress& progress);
    ~ImportSession();
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    // Reads the whole file; false (and fatal) when it cannot be read.
    bool readFile();
    const QByteArray& bytes() const { return m_bytes; }
    // The file as text, decoded and with the encoding noted in the report.
    QString text();
    // The file as CSV records; a quote that never closes is reported.
    QVector<CsvRecord> csv(QChar delimiter = QChar());

    void reject(int line, const QString& reason);
    void reject(const QVector<RowProblem>& problems);
    // Marks the import fatal; always returns false so callers can return it.
    bool fail(const QString& reason);

    // Starts the transaction for `total` writes.
    bool begin(int total);
    // Counts one write; false when the import must stop (database error or
    // cancel). A conflict rejects the record at `line` with `conflict`.
    bool count(WriteResult result, int line, const QString& conflict);
    // Commits unless fatal, and returns the report.
    ImportReport finish();

    // Takes what a reader found: a fatal error ends the import, problems
    // with single rows reject those rows. False when the import must stop.
    template <typename Reader>
    bool accept(const Reader& reader)
    {
        if (!reader.fatalError().isEmpty())
            return fail(reader.fatalError());
        reject(reader.problems());
        return true;
    }

    // Writes every row in one transaction and finishes. `write(row, &why)`
    // returns the store's answer and, for a conflict, the reason reported at
    // the row's line.
    template <typename Rows, typename Write>
    ImportReport writeAll(Rows& rows, Write write)
    {
        m_report.records = int(rows.size()) + m_report.rejected;
        if (begin(int(rows.size()))) {
            for (auto& row : rows) {
                QString conflict;
                const WriteResult result = write(row, &conflict);
                if (!count(result, row.line, conflict))
                    break;
            }
        }
        return finish();
    }

    ImportReport& report() { return m_report; }
    Store& store() { return m_store; }

private:
    Store& m_store;
    QString m_name; // the file name that prefixes problems
    ImportProgress m_progress;
    ImportReport m_report;
    QByteArray m_bytes;
    QVector<RowProblem> m_problems; // sorted by line into the report at the end
    std::unique_ptr<TransactionGuard> m_transaction;
    int m_done = 0;
    int m_total = 0;
};

} // namespace callscore

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

#include "ImportSession.h"

#include "ImportLog.h"
#include "TextDecoder.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>

namespace callscore {

ImportSession::ImportSession(Store& store, const QString& path, const ImportProgress& progress)
    : m_store(store)
    , m_name(QFileInfo(path).fileName())
    , m_progress(progress)
{
    m_report.file = path;
}

ImportSession::~ImportSession() = default;

bool ImportSession::readFile()
{
    QFile file(m_report.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(m_report.file, file.errorString()));

    m_bytes = file.readAll();
    qCInfo(lcImport) << "importing" << m_report.file << m_bytes.size() << "bytes";
    return true;
}

QString ImportSession::text()
{
    const DecodedText decoded = TextDecoder().decode(m_bytes);
    m_report.encoding = decoded.encoding;
    qCInfo(lcImport) << m_name << "read as" << decoded.encoding << "with"
                     << decoded.invalidSequences << "undecodable sequences";
    return decoded.text;
}

QVector<CsvRecord> ImportSession::csv(QChar delimiter)
{
    CsvReader reader(delimiter);
    const QVector<CsvRecord> records = reader.parse(text());
    for (const auto& [line, reason] : reader.problems())
        reject(line, reason);
    return records;
}

void ImportSession::reject(int line, const QString& reason)
{
    ++m_report.rejected;
    m_problems.append({line, reason});
    qCInfo(lcImport).noquote() << "rejected" << m_name << "line" << line << reason;
}

void ImportSession::reject(const QVector<RowProblem>& problems)
{
    for (const RowProblem& problem : problems)
        reject(problem.line, problem.reason);
}

bool ImportSession::fail(const QString& reason)
{
    m_report.fatal = true;
    m_report.fatalError = reason;
    qCWarning(lcImport).noquote() << m_report.file << "not imported:" << reason;
    return false;
}

bool ImportSession::begin(int total)
{
    m_total = total;
    m_transaction = std::make_unique<TransactionGuard>(m_store.connection());
    if (!m_transaction->isActive()) {
        return fail(QStringLiteral("cannot start a database transaction: %1")
                        .arg(m_store.connection().lastError().text()));
    }
    return true;
}

bool ImportSession::count(WriteResult result, int line, const QString& conflict)
{
    switch (result) {
    case WriteResult::Inserted:
        ++m_report.inserted;
        break;
    case WriteResult::Updated:
        ++m_report.updated;
        break;
    case WriteResult::Unchanged:
        ++m_report.unchanged;
        break;
    case WriteResult::Conflict:
        reject(line, conflict);
        break;
    case WriteResult::Failed:
        return fail(
            QStringLiteral("database error at line %1: %2").arg(line).arg(m_store.lastError()));
    }

    ++m_done;
    if (m_progress && !m_progress(m_done, m_total)) {
        m_report.cancelled = true;
        return fail(QStringLiteral("cancelled; nothing was written"));
    }
    return true;
}

ImportReport ImportSession::finish()
{
    if (!m_report.fatal && m_transaction && !m_transaction->commit()) {
        fail(QStringLiteral("cannot commit to the database: %1")
                 .arg(m_store.connection().lastError().text()));
    }
    // Rolled back (or never begun): nothing of this file is in the store.
    if (m_report.fatal) {
        m_transaction.reset();
        m_report.inserted = m_report.updated = m_report.unchanged = 0;
    }

    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const RowProblem& a, const RowProblem& b) { return a.line < b.line; });
    m_report.problems.clear();
    for (const RowProblem& problem : m_problems) {
        m_report.problems.append(
            QStringLiteral("%1:%2: %3").arg(m_name).arg(problem.line).arg(problem.reason));
    }
    qCInfo(lcImport).noquote() << m_report.summary();
    return m_report;
}

} // namespace callscore

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace callscore {

// One open store: a SQLite file in WAL mode with foreign keys on, migrated to
// the schema this program knows. A store written by a newer program is
// refused rather than guessed at.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. On failure returns false and
    // errorString() says what went wrong and with which file.
    bool open(const QString& path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    // The highest schema version this build carries migrations for.
    static int latestSchemaVersion();
    // The default store path: $CALLSCORE_DB, else the application-data folder.
    static QString defaultPath();

private:
    bool openConnection();
    bool applyPragmas();
    bool migrate();

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

// Rolls back unless commit() was called, so an early return never leaves
// half an import behind.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace callscore

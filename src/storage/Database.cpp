#include "Database.h"

#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "callscore.storage")

namespace callscore {

namespace {

const int kLatestSchemaVersion = 1;

QString migrationResource(int version)
{
    static const char* const kNames[] = {"0001-initial.sql"};
    return QStringLiteral(":/migrations/") + QLatin1String(kNames[version - 1]);
}

// Splits a migration into statements. Trigger bodies hold semicolons of their
// own, so a statement inside CREATE TRIGGER ends only at its END.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;

        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');

        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CALLSCORE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("callscore.sqlite"));
}

bool Database::open(const QString& path)
{
    close();
    m_path = path;
    m_error.clear();

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }

    m_connectionName = QStringLiteral("callscore-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!openConnection() || !applyPragmas() || !migrate()) {
        close();
        return false;
    }
    qCDebug(lcStorage) << "opened" << path << "schema" << schemaVersion();
    return true;
}

bool Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open())
        return true;
    m_error = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
    return false;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::applyPragmas()
{
    QSqlQuery query(connection());
    const char* const kPragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                    "PRAGMA synchronous = NORMAL"};
    for (const char* pragma : kPragmas) {
        if (!query.exec(QLatin1String(pragma))) {
            m_error = QStringLiteral("%1: %2 failed: %3")
                          .arg(m_path, QLatin1String(pragma), query.lastError().text());
            return false;
        }
    }

    // A file that is not SQLite only fails here, on its first real read.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        m_error =
            QStringLiteral("%1 is not a CallScore store: %2").arg(m_path, query.lastError().text());
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_info")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info "
                                   "(version INTEGER NOT NULL)"))) {
        m_error = QStringLiteral("%1: cannot create schema_info: %2")
                      .arg(m_path, query.lastError().text());
        return false;
    }

    const int current = schemaVersion();
    if (current > kLatestSchemaVersion) {
        m_error = QStringLiteral("%1 was written by a newer CallScore (schema %2; this program "
                                 "knows up to %3). Open it with that version or newer.")
                      .arg(m_path)
                      .arg(current)
                      .arg(kLatestSchemaVersion);
        return false;
    }

    for (int version = current + 1; version <= kLatestSchemaVersion; ++version) {
        QFile file(migrationResource(version));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("migration %1 is missing from the program").arg(version);
            return false;
        }

        TransactionGuard transaction(db);
        for (const QString& statement : splitStatements(QString::fromUtf8(file.readAll()))) {
            if (!query.exec(statement)) {
                m_error = QStringLiteral("%1: migration %2 failed: %3\n%4")
                              .arg(m_path)
                              .arg(version)
                              .arg(query.lastError().text(), statement);
                return false;
            }
        }
        query.exec(QStringLiteral("DELETE FROM schema_info"));
        query.prepare(QStringLiteral("INSERT INTO schema_info (version) VALUES (?)"));
        query.addBindValue(version);
        if (!query.exec() || !transaction.commit()) {
            m_error = QStringLiteral("%1: cannot record schema version %2: %3")
                          .arg(m_path)
                          .arg(version)
                          .arg(db.lastError().text());
            return false;
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin a transaction:" << m_db.lastError().text();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    qCWarning(lcStorage) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace callscore

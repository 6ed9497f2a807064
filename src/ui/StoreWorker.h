#pragma once

#include "UiLog.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace callscore {

// What a background read produced, or why it could not run.
template <typename Value>
struct WorkerResult {
    Value value{};
    QString error;
};

// Runs a read over the store on a pool thread. A QSqlDatabase connection
// belongs to the thread that opened it, so every job opens its own
// connection to the same file and closes it when done; SQLite's WAL mode lets
// it read while the GUI thread writes.
class StoreWorker
{
public:
    explicit StoreWorker(const QString& databasePath)
        : m_path(databasePath)
    {}

    QString databasePath() const { return m_path; }

    template <typename Value>
    QFuture<WorkerResult<Value>> run(std::function<Value(const Store&)> work) const
    {
        const QString path = m_path;
        return QtConcurrent::run([path, work] {
            WorkerResult<Value> result;
            Database database;
            if (!database.open(path)) {
                qCWarning(lcUi) << "background read cannot open" << path << database.errorString();
                result.error = database.errorString();
                return result;
            }
            const Store store(database);
            result.value = work(store);
            return result;
        });
    }

private:
    QString m_path;
};

} // namespace callscore

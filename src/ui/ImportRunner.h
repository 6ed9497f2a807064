#pragma once

#include "import/ImportReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace callscore {

enum class ImportKind { Staff, CallLog, CrmOutcomes, Template, Reviews };

// Runs one import on a pool thread, with its own connection to the store,
// behind a progress dialog whose Cancel stops it. A cancelled import writes
// nothing: the importer rolls its transaction back.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(const QString& databasePath, QWidget* dialogParent);
    ~ImportRunner() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts an import; `recordingsDir` is used by call logs only.
    bool start(ImportKind kind, const QString& path, const QString& recordingsDir = {});
    void cancel();

Q_SIGNALS:
    void finished(const callscore::ImportReport& report);

private:
    void showProgress();
    void onFinished();

    QString m_databasePath;
    QWidget* m_dialogParent;
    QFutureWatcher<ImportReport> m_watcher;
    QTimer m_poll;
    QProgressDialog* m_dialog = nullptr;
    // Shared with the importing thread, which outlives no runner: the
    // destructor waits for it.
    std::shared_ptr<std::atomic<int>> m_done;
    std::shared_ptr<std::atomic<int>> m_total;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace callscore

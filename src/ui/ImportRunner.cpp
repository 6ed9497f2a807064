#include "ImportRunner.h"

#include "UiLog.h"

#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace callscore {

namespace {

constexpr int kPollMs = 100;
// Quick imports finish before the dialog would flash up.
constexpr int kDialogDelayMs = 400;

ImportReport runImport(const QString& databasePath, ImportKind kind, const QString& path,
                       const QString& recordingsDir, const ImportProgress& progress)
{
    Database database;
    if (!database.open(databasePath)) {
        ImportReport report;
        report.file = path;
        report.fatal = true;
        report.fatalError = database.errorString();
        return report;
    }

    Store store(database);
    Importer importer(store);
    importer.setProgress(progress);
    switch (kind) {
    case ImportKind::Staff:
        return importer.importStaff(path);
    case ImportKind::CallLog: {
        CdrImportOptions options;
        options.recordingsDir = recordingsDir;
        return importer.importCdr(path, options);
    }
    case ImportKind::CrmOutcomes:
        return importer.importCrm(path);
    case ImportKind::Template:
        return importer.importTemplate(path);
    case ImportKind::Reviews:
        return importer.importReviews(path);
    }
    return {};
}

} // namespace

ImportRunner::ImportRunner(const QString& databasePath, QWidget* dialogParent)
    : m_databasePath(databasePath)
    , m_dialogParent(dialogParent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ImportRunner::showProgress);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportRunner::onFinished);
}

ImportRunner::~ImportRunner()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

bool ImportRunner::start(ImportKind kind, const QString& path, const QString& recordingsDir)
{
    if (isRunning())
        return false;

    m_done = std::make_shared<std::atomic<int>>(0);
    m_total = std::make_shared<std::atomic<int>>(0);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const ImportProgress progress = [done = m_done, total = m_total,
                                     cancelled = m_cancelled](int count, int of) {
        done->store(count);
        total->store(of);
        return !cancelled->load();
    };

    m_dialog = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()),
                                   tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("importProgress"));
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setMinimumDuration(kDialogDelayMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportRunner::cancel);

    qCInfo(lcUi) << "importing" << path << "in the background";
    const QString databasePath = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run(
        [=] { return runImport(databasePath, kind, path, recordingsDir, progress); }));
    m_poll.start();
    return true;
}

void ImportRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportRunner::showProgress()
{
    if (!m_dialog)
        return;
    const int total = m_total->load();
    if (total > 0 && m_dialog->maximum() != total)
        m_dialog->setMaximum(total);
    m_dialog->setValue(qMin(m_done->load(), qMax(total, 0)));
}

void ImportRunner::onFinished()
{
    m_poll.stop();
    if (m_dialog) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    const ImportReport report = m_watcher.result();
    qCInfo(lcUi) << "import finished:" << report.summary();
    Q_EMIT finished(report);
}

} // namespace callscore

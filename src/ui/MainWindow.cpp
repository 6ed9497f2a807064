#include "MainWindow.h"

#include "QueuePage.h"
#include "ReviewPage.h"
#include "UiLog.h"
#include "ui_MainWindow.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>

namespace callscore {

namespace {

constexpr int kStatusTimeoutMs = 10000;

QString chooseWithDialog(QWidget* parent, const QString& title, const QString& filter)
{
    if (filter.isEmpty())
        return QFileDialog::getExistingDirectory(parent, title);
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString importTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Staff:
        return MainWindow::tr("Import the staff list");
    case ImportKind::CallLog:
        return MainWindow::tr("Import a call log");
    case ImportKind::CrmOutcomes:
        return MainWindow::tr("Import CRM outcomes");
    case ImportKind::Template:
        return MainWindow::tr("Import a checklist template");
    case ImportKind::Reviews:
        return MainWindow::tr("Import scored reviews");
    }
    return {};
}

QString importFilter(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Staff:
    case ImportKind::CallLog:
        return MainWindow::tr("CSV files (*.csv *.txt);;All files (*)");
    case ImportKind::CrmOutcomes:
        return MainWindow::tr("CSV or JSON files (*.csv *.txt *.json);;All files (*)");
    case ImportKind::Template:
    case ImportKind::Reviews:
        return MainWindow::tr("JSON files (*.json);;All files (*)");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const PageContext& context, const MainWindowOptions& options,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_chooseOpenPath = chooseWithDialog;
    m_importRunner = new ImportRunner(context.worker.databasePath(), this);

    m_queuePage = new QueuePage(context, this);
    m_reviewPage = new ReviewPage(context, this);
    m_ledgerPage = new LedgerPage(context, this);
    m_queuePage->setObjectName(QStringLiteral("queuePage"));
    m_reviewPage->setObjectName(QStringLiteral("reviewPage"));
    m_ledgerPage->setObjectName(QStringLiteral("ledgerPage"));
    addPage(m_queuePage, tr("Queue"), QStyle::SP_FileDialogDetailedView);
    addPage(m_reviewPage, tr("Review"), QStyle::SP_MediaVolume);
    addPage(m_ledgerPage, tr("Ledger"), QStyle::SP_FileDialogContentsView);
    connectPages();

    if (!options.reviewer.isEmpty() && !m_queuePage->setReviewer(options.reviewer))
        statusBar()->showMessage(tr("No reviewer named %1 in the staff list").arg(options.reviewer),
                                 kStatusTimeoutMs);
    m_reviewPage->setReviewer(m_queuePage->reviewer());
    m_queuePage->setDate(options.queueDate);
    m_queuePage->refresh();
    m_ledgerPage->refresh();
    showPage(QueuePageIndex);
}

MainWindow::~MainWindow() = default;

void MainWindow::setSaveFileChooser(SaveFileChooser chooser)
{
    m_ledgerPage->setSaveFileChooser(std::move(chooser));
}

void MainWindow::setOpenPathChooser(OpenPathChooser chooser)
{
    m_chooseOpenPath = std::move(chooser);
}

void MainWindow::importFile(ImportKind kind)
{
    if (m_importRunner->isRunning()) {
        statusBar()->showMessage(tr("An import is already running"), kStatusTimeoutMs);
        return;
    }
    const QString path = m_chooseOpenPath(this, importTitle(kind), importFilter(kind));
    if (path.isEmpty())
        return;

    // Recordings are optional: a call log without them still feeds the
    // callback checks, only sampling needs them.
    QString recordings;
    if (kind == ImportKind::CallLog)
        recordings = m_chooseOpenPath(this, tr("Folder of the call recordings (optional)"), {});

    m_importRunner->start(kind, path, recordings);
    statusBar()->showMessage(tr("Importing %1…").arg(path));
}

void MainWindow::onImportFinished(const ImportReport& report)
{
    QString text;
    if (report.cancelled)
        text = tr("Import of %1 cancelled; nothing was changed.").arg(report.file);
    else if (report.fatal)
        text = tr("Nothing was imported from %1: %2").arg(report.file, report.fatalError);
    else
        text = tr("%1: %2 records, %3 new, %4 updated, %5 already there, %6 rejected.")
                   .arg(report.file)
                   .arg(report.records)
                   .arg(report.inserted)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.rejected);
    statusBar()->showMessage(text, kStatusTimeoutMs);

    // Not modal: the result stays up while the reviewer goes on working.
    const bool clean = !report.fatal && report.problems.isEmpty();
    auto* box = new QMessageBox(clean ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Import"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!report.problems.isEmpty()) {
        box->setInformativeText(tr("Rejected rows are listed under Show Details, each as "
                                   "file:line: reason. Everything else was kept."));
        box->setDetailedText(report.problems.join(QLatin1Char('\n')));
    }
    box->open();

    m_queuePage->refresh();
    m_ledgerPage->refresh();
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(page);
}

bool MainWindow::openCall(const QString& callId)
{
    if (!m_reviewPage->openCall(callId)) {
        statusBar()->showMessage(tr("Call %1 is not in the store").arg(callId), kStatusTimeoutMs);
        return false;
    }
    showPage(ReviewPageIndex);
    return true;
}

void MainWindow::addPage(QWidget* page, const QString& title, QStyle::StandardPixmap icon)
{
    m_ui->pages->addWidget(page);
    m_ui->navigation->addItem(new QListWidgetItem(style()->standardIcon(icon), title));
}

void MainWindow::connectPages()
{
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionExportWeek, &QAction::triggered, this, [this] {
        showPage(LedgerPageIndex);
        m_ledgerPage->exportCsv();
    });

    const std::pair<QAction*, ImportKind> imports[] = {
        {m_ui->actionImportCallLog, ImportKind::CallLog},
        {m_ui->actionImportCrm, ImportKind::CrmOutcomes},
        {m_ui->actionImportStaff, ImportKind::Staff},
        {m_ui->actionImportReviews, ImportKind::Reviews},
        {m_ui->actionImportTemplate, ImportKind::Template},
    };
    for (const auto& [action, kind] : imports)
        connect(action, &QAction::triggered, this, [this, kind = kind] { importFile(kind); });
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::onImportFinished);

    connect(m_queuePage, &QueuePage::openCallRequested, this, &MainWindow::openCall);
    connect(m_queuePage, &QueuePage::reviewerChanged, m_reviewPage, &ReviewPage::setReviewer);
    connect(m_reviewPage, &ReviewPage::reviewSubmitted, this, &MainWindow::onReviewSubmitted);
    connect(m_ledgerPage, &LedgerPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
}

void MainWindow::onReviewSubmitted(const QString& callId, const QString& summary)
{
    qCDebug(lcUi) << "refreshing queue and ledger after review of" << callId;
    statusBar()->showMessage(summary, kStatusTimeoutMs);
    m_queuePage->refresh();
    m_ledgerPage->refresh();
}

} // namespace callscore

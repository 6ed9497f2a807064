#include "MainWindow.h"

#include "QueuePage.h"
#include "ReviewPage.h"
#include "UiLog.h"
#include "ui_MainWindow.h"

#include <QStatusBar>
#include <QStyle>

namespace callscore {

namespace {

constexpr int kStatusTimeoutMs = 10000;

} // namespace

MainWindow::MainWindow(const PageContext& context, const MainWindowOptions& options,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

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

#include "ScreenshotTaker.h"

#include "ui/MainWindow.h"
#include "ui/PlayerWidget.h"
#include "ui/QueuePage.h"
#include "ui/ReviewPage.h"

#include <QDir>
#include <QPixmap>
#include <QTextStream>

namespace callscore {

namespace {

// Lets the layout settle after the last change before the window is grabbed.
constexpr int kSettleMs = 250;

} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow& window, const QString& path, int page, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
    , m_page(page)
{
    m_deadline.setSingleShot(true);
    connect(window.queuePage(), &QueuePage::queueLoaded, this, &ScreenshotTaker::onQueueLoaded,
            Qt::SingleShotConnection);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(
            1,
            QStringLiteral("the review queue did not load within %1 s").arg(kQueueWaitMs / 1000));
    });
    m_deadline.start(kQueueWaitMs);
}

void ScreenshotTaker::onQueueLoaded(int calls)
{
    m_deadline.stop();
    if (calls == 0) {
        finish(1, QStringLiteral("the review queue of %1 is empty, so there is no call to show; "
                                 "pick a date with --date")
                      .arg(m_window.queuePage()->date().toString(Qt::ISODate)));
        return;
    }

    const QString callId = m_window.queuePage()->firstCallId();
    if (!m_window.openCall(callId)) {
        finish(1, QStringLiteral("call %1 of the queue cannot be opened").arg(callId));
        return;
    }

    Player* player = m_window.reviewPage()->playerWidget()->player();
    if (player->duration() > 0 || !player->errorString().isEmpty()) {
        QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::capture);
        return;
    }
    connect(player, &Player::durationChanged, this,
            [this] { QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::capture); });
    connect(player, &Player::errorOccurred, this,
            [this] { QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::capture); });
    QTimer::singleShot(kPlayerWaitMs, this, &ScreenshotTaker::capture);
}

void ScreenshotTaker::capture()
{
    if (m_done)
        return;
    if (!m_pageShown) {
        m_pageShown = true;
        m_window.showPage(MainWindow::Page(m_page));
        QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::capture);
        return;
    }

    const QPixmap picture = m_window.grab();
    if (picture.isNull() || !picture.save(m_path)) {
        finish(1, QStringLiteral("the screenshot could not be saved to %1")
                      .arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    finish(0, QStringLiteral("screenshot saved to %1").arg(QDir::toNativeSeparators(m_path)));
}

void ScreenshotTaker::finish(int exitCode, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    QTextStream(exitCode == 0 ? stdout : stderr) << "callscore: " << message << Qt::endl;
    Q_EMIT finished(exitCode);
}

} // namespace callscore

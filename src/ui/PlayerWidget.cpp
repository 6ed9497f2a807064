#include "PlayerWidget.h"

#include "ui_PlayerWidget.h"

#include <QStyle>

namespace callscore {

namespace {

const double kSpeeds[] = {0.75, 1.0, 1.25, 1.5, 2.0};
constexpr int kNormalSpeedIndex = 1;

} // namespace

PlayerWidget::PlayerWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlayerWidget>())
    , m_player(new Player(QString(), this))
{
    m_ui->setupUi(this);
    m_ui->backButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_ui->forwardButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_ui->playerError->hide();
    setupSpeeds();
    showState(Player::State::Stopped);
    showDuration(0);

    connect(m_ui->playButton, &QToolButton::clicked, this, &PlayerWidget::togglePlay);
    connect(m_ui->backButton, &QToolButton::clicked, this, [this] { m_player->skip(-kSkipMs); });
    connect(m_ui->forwardButton, &QToolButton::clicked, this, [this] { m_player->skip(kSkipMs); });
    connect(m_ui->seekSlider, &QSlider::sliderReleased, this, &PlayerWidget::seekToSlider);
    connect(m_ui->seekSlider, &QSlider::sliderMoved, this,
            [this](int ms) { m_ui->positionLabel->setText(clock(ms)); });
    // Clicks on the groove and keyboard steps move the slider without a drag.
    connect(m_ui->seekSlider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            QMetaObject::invokeMethod(this, &PlayerWidget::seekToSlider, Qt::QueuedConnection);
    });
    connect(m_ui->speedCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PlayerWidget::changeSpeed);

    connect(m_player, &Player::stateChanged, this, &PlayerWidget::showState);
    connect(m_player, &Player::positionChanged, this, &PlayerWidget::showPosition);
    connect(m_player, &Player::durationChanged, this, &PlayerWidget::showDuration);
    connect(m_player, &Player::errorOccurred, this, &PlayerWidget::showError);
}

PlayerWidget::~PlayerWidget() = default;

void PlayerWidget::load(const QString& pathOrUrl)
{
    m_ui->playerError->clear();
    m_ui->playerError->hide();
    m_player->load(pathOrUrl);
    m_player->setRate(m_ui->speedCombo->currentData().toDouble());
}

void PlayerWidget::stop()
{
    m_player->stop();
}

void PlayerWidget::setupSpeeds()
{
    const QLocale locale;
    for (double speed : kSpeeds)
        m_ui->speedCombo->addItem(locale.toString(speed) + QStringLiteral("×"), speed);
    m_ui->speedCombo->setCurrentIndex(kNormalSpeedIndex);
}

void PlayerWidget::togglePlay()
{
    if (m_player->state() == Player::State::Playing)
        m_player->pause();
    else
        m_player->play();
}

void PlayerWidget::showState(Player::State state)
{
    const bool playing = state == Player::State::Playing;
    m_ui->playButton->setText(playing ? tr("Pause") : tr("Play"));
    m_ui->playButton->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void PlayerWidget::showPosition(qint64 ms)
{
    m_ui->positionLabel->setText(clock(ms));
    if (!m_ui->seekSlider->isSliderDown()) {
        const QSignalBlocker blocker(m_ui->seekSlider);
        m_ui->seekSlider->setValue(static_cast<int>(ms));
    }
}

void PlayerWidget::showDuration(qint64 ms)
{
    m_ui->durationLabel->setText(clock(ms));
    m_ui->seekSlider->setRange(0, static_cast<int>(ms));
    m_ui->seekSlider->setEnabled(ms > 0);
}

void PlayerWidget::showError(const QString& message)
{
    m_ui->playerError->setText(message);
    m_ui->playerError->show();
}

void PlayerWidget::seekToSlider()
{
    m_player->seek(m_ui->seekSlider->value());
}

void PlayerWidget::changeSpeed(int index)
{
    m_player->setRate(m_ui->speedCombo->itemData(index).toDouble());
}

QString PlayerWidget::clock(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace callscore

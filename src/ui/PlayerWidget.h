#pragma once

#include "playback/Player.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PlayerWidget;
}

namespace callscore {

// Transport controls for one recording: play/pause, five-second skips, a seek
// slider with position and length, playback speed, and the player's error
// shown inline so a broken recording never goes unnoticed.
class PlayerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerWidget(QWidget* parent = nullptr);
    ~PlayerWidget() override;

    void load(const QString& pathOrUrl);
    void stop();
    Player* player() const { return m_player; }

    static constexpr qint64 kSkipMs = 5000;

private:
    void setupSpeeds();
    void togglePlay();
    void showState(Player::State state);
    void showPosition(qint64 ms);
    void showDuration(qint64 ms);
    void showError(const QString& message);
    void seekToSlider();
    void changeSpeed(int index);
    static QString clock(qint64 ms);

    std::unique_ptr<Ui::PlayerWidget> m_ui;
    Player* m_player = nullptr;
};

} // namespace callscore

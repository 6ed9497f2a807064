#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

typedef struct _GstElement GstElement;
typedef struct _GstMessage GstMessage;

namespace callscore {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

// Plays one recording through a GStreamer playbin and reports what happens as
// Qt signals on the thread that owns the Player (the GUI thread).
//
// Every bus message reaches the Player through one dispatch point: a sync
// handler on the bus hands the message to this object's thread as a queued
// call tagged with the pipeline's generation, and a message whose generation
// is not the current one (it was posted by a pipeline that load() or stop()
// has since torn down) is dropped there.
//
// Known limits: tearing a pipeline down sets it to NULL on the calling thread,
// which can take a moment while a network source closes its connection; a
// stream whose length the server does not announce reports no duration until
// it ends; reverse playback (negative rates) is not offered.
class Player : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Paused, Playing };
    Q_ENUM(State)

    // `audioSinkDescription` is a gst-launch style description such as
    // "fakesink sync=true"; empty means $CALLSCORE_AUDIO_SINK, else
    // autoaudiosink. A sink that cannot start is replaced by a synchronised
    // fakesink so that position still moves on a machine without sound.
    explicit Player(const QString& audioSinkDescription = {}, QObject* parent = nullptr);
    ~Player() override;

    // Opens a local path or an http(s)/file URL and prerolls it, paused.
    void load(const QString& pathOrUrl);
    void play();
    void pause();
    void stop();
    // Positions are in milliseconds and clamped to [0, duration].
    void seek(qint64 ms);
    void skip(qint64 deltaMs);
    // Playback speed; pitch is kept when the scaletempo element is installed.
    void setRate(double rate);

    qint64 position() const;
    qint64 duration() const; // 0 while unknown
    State state() const { return m_state; }
    double rate() const { return m_rate; }
    QString source() const { return m_source; }
    QString errorString() const { return m_error; }
    // The sink actually in use, after any fallback.
    QString activeSinkDescription() const { return m_activeSink; }

    static constexpr double kMinRate = 0.25;
    static constexpr double kMaxRate = 4.0;

Q_SIGNALS:
    void stateChanged(callscore::Player::State state);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void errorOccurred(const QString& message);
    void endOfStream();

private:
    struct BusBridge;

    bool buildPipeline(const QString& uri, const QString& sinkDescription);
    void teardown();
    bool startPipeline(bool playing);
    void fallBackToFakeSink();

    void dispatch(quint64 generation, GstMessage* message);
    void handleError(GstMessage* message);
    void handleStateChanged(GstMessage* message);
    void handleAsyncDone();
    void handleEndOfStream();

    bool sendSeek(qint64 ms);
    void refreshDuration();
    void pollPosition();
    void setState(State state);
    void fail(const QString& message);
    QString describeError(GstMessage* message) const;
    bool isFromAudioSink(GstMessage* message) const;

    QString m_requestedSink;
    QString m_activeSink;
    QString m_source;
    QString m_uri;
    QString m_error;

    GstElement* m_pipeline = nullptr;
    GstElement* m_audioSink = nullptr;
    quint64 m_generation = 0;
    bool m_prerolled = false;
    bool m_fellBack = false;
    bool m_atEnd = false;
    bool m_wantPlaying = false;

    State m_state = State::Stopped;
    double m_rate = 1.0;
    qint64 m_duration = 0;
    qint64 m_lastPosition = 0;
    std::optional<qint64> m_seekTarget;  // shown as the position until the seek lands
    std::optional<qint64> m_pendingSeek; // waiting for the pipeline to preroll

    QTimer* m_positionTimer = nullptr;
};

} // namespace callscore

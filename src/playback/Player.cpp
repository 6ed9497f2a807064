#include "Player.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QTimer>
#include <QUrl>

#include <gst/gst.h>

#include <memory>
#include <mutex>

namespace callscore {

Q_LOGGING_CATEGORY(lcPlayback, "callscore.playback")

namespace {

const char* const kFakeSink = "fakesink sync=true";
const char* const kDefaultSink = "autoaudiosink";
constexpr int kPositionPollMs = 100;

// playbin's GstPlayFlags: audio and software volume only, so no video sink
// is ever looked for on a headless machine.
constexpr guint kPlayFlagAudio = 0x2;
constexpr guint kPlayFlagSoftVolume = 0x10;

bool ensureGstreamer()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        GError* error = nullptr;
        ok = gst_init_check(nullptr, nullptr, &error);
        if (!ok) {
            qCCritical(lcPlayback)
                << "GStreamer failed to initialise:" << (error ? error->message : "unknown error");
            g_clear_error(&error);
        }
    });
    return ok;
}

QString sinkFromEnvironment()
{
    return qEnvironmentVariable("CALLSCORE_AUDIO_SINK").trimmed();
}

bool isRemote(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// A local file given as a path or a file: URL. Single-letter schemes are
// Windows drive letters, not URLs.
QString localPathOf(const QString& pathOrUrl)
{
    const QUrl url(pathOrUrl);
    if (url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
        return url.toLocalFile();
    return pathOrUrl;
}

} // namespace

// Carries a bus message from whichever GStreamer thread posted it to the
// Player's thread. It only forwards the few message types the Player acts
// on, so the GUI event queue is not flooded with stream-status chatter.
struct Player::BusBridge {
    Player* player = nullptr;
    GstElement* pipeline = nullptr;
    quint64 generation = 0;

    static GstBusSyncReply onMessage(GstBus* /*bus*/, GstMessage* message, gpointer data)
    {
        const auto* bridge = static_cast<const BusBridge*>(data);
        if (!isWanted(bridge, message))
            return GST_BUS_DROP;

        std::shared_ptr<GstMessage> held(gst_message_ref(message), gst_message_unref);
        Player* player = bridge->player;
        const quint64 generation = bridge->generation;
        QMetaObject::invokeMethod(
            player, [player, generation, held] { player->dispatch(generation, held.get()); },
            Qt::QueuedConnection);
        return GST_BUS_DROP;
    }

    static bool isWanted(const BusBridge* bridge, GstMessage* message)
    {
        switch (GST_MESSAGE_TYPE(message)) {
        case GST_MESSAGE_ERROR:
        case GST_MESSAGE_WARNING:
        case GST_MESSAGE_EOS:
        case GST_MESSAGE_ASYNC_DONE:
        case GST_MESSAGE_DURATION_CHANGED:
            return true;
        case GST_MESSAGE_STATE_CHANGED:
            return GST_MESSAGE_SRC(message) == GST_OBJECT(bridge->pipeline);
        default:
            return false;
        }
    }

    static void destroy(gpointer data) { delete static_cast<BusBridge*>(data); }
};

Player::Player(const QString& audioSinkDescription, QObject* parent)
    : QObject(parent)
    , m_positionTimer(new QTimer(this))
{
    m_requestedSink = audioSinkDescription.trimmed();
    if (m_requestedSink.isEmpty())
        m_requestedSink = sinkFromEnvironment();
    if (m_requestedSink.isEmpty())
        m_requestedSink = QString::fromLatin1(kDefaultSink);

    m_positionTimer->setInterval(kPositionPollMs);
    connect(m_positionTimer, &QTimer::timeout, this, &Player::pollPosition);
}

Player::~Player()
{
    teardown();
}

void Player::load(const QString& pathOrUrl)
{
    teardown();
    m_source = pathOrUrl;
    m_error.clear();
    m_fellBack = false;
    m_atEnd = false;
    m_wantPlaying = false;
    m_seekTarget.reset();
    m_pendingSeek.reset();
    m_lastPosition = 0;
    Q_EMIT positionChanged(0);
    if (m_duration != 0) {
        m_duration = 0;
        Q_EMIT durationChanged(0);
    }

    // A missing file is reported before any pipeline exists, so the caller
    // hears about it at once instead of waiting on GStreamer's error path.
    const QUrl url(pathOrUrl);
    if (isRemote(url)) {
        m_uri = pathOrUrl;
    } else {
        const QFileInfo file(localPathOf(pathOrUrl));
        if (pathOrUrl.trimmed().isEmpty()) {
            fail(tr("This call has no recording."));
            return;
        }
        if (!file.isFile() || !file.isReadable()) {
            fail(tr("The recording %1 does not exist or cannot be read.")
                     .arg(QDir::toNativeSeparators(file.filePath())));
            return;
        }
        m_uri = QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded);
    }

    if (buildPipeline(m_uri, m_requestedSink))
        startPipeline(false);
}

void Player::play()
{
    if (!m_pipeline)
        return;

    if (m_atEnd)
        seek(0);
    startPipeline(true);
}

void Player::pause()
{
    if (m_pipeline)
        startPipeline(false);
}

void Player::stop()
{
    if (!m_pipeline)
        return;

    m_positionTimer->stop();
    m_wantPlaying = false;
    gst_element_set_state(m_pipeline, GST_STATE_READY);
    m_prerolled = false;
    m_atEnd = false;
    m_seekTarget.reset();
    m_pendingSeek.reset();
    m_lastPosition = 0;
    Q_EMIT positionChanged(0);
    setState(State::Stopped);
}

void Player::seek(qint64 ms)
{
    if (!m_pipeline)
        return;

    qint64 target = qMax<qint64>(0, ms);
    if (m_duration > 0)
        target = qMin(target, m_duration);

    m_atEnd = false;
    m_seekTarget = target;
    m_lastPosition = target;
    Q_EMIT positionChanged(target);

    if (m_prerolled)
        sendSeek(target);
    else
        m_pendingSeek = target;
}

void Player::skip(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void Player::setRate(double rate)
{
    const double clamped = qBound(kMinRate, rate, kMaxRate);
    if (qFuzzyCompare(clamped, m_rate))
        return;

    m_rate = clamped;
    // The rate travels with a seek; before preroll it is applied once the
    // pipeline is ready (see handleAsyncDone).
    if (m_pipeline && m_prerolled && !m_atEnd)
        seek(position());
}

qint64 Player::position() const
{
    if (m_atEnd)
        return m_duration;
    if (m_seekTarget)
        return *m_seekTarget;
    if (m_pendingSeek)
        return *m_pendingSeek;

    gint64 nanoseconds = 0;
    if (m_pipeline && m_prerolled &&
        gst_element_query_position(m_pipeline, GST_FORMAT_TIME, &nanoseconds))
        return qMax<qint64>(0, nanoseconds / GST_MSECOND);
    return m_lastPosition;
}

qint64 Player::duration() const
{
    return m_duration;
}

bool Player::buildPipeline(const QString& uri, const QString& sinkDescription)
{
    if (!ensureGstreamer()) {
        fail(tr("Audio playback is unavailable: GStreamer could not be initialised."));
        return false;
    }

    m_pipeline = gst_element_factory_make("playbin", nullptr);
    if (!m_pipeline) {
        fail(tr("Audio playback is unavailable: the GStreamer playbin element is not "
                "installed (gstreamer1.0-plugins-base)."));
        return false;
    }
    gst_object_ref_sink(m_pipeline);

    GError* error = nullptr;
    GstElement* sink =
        gst_parse_bin_from_description(sinkDescription.toUtf8().constData(), TRUE, &error);
    if (!sink) {
        qCWarning(lcPlayback) << "audio sink" << sinkDescription
                              << "cannot be built:" << (error ? error->message : "");
        g_clear_error(&error);
        sink = gst_parse_bin_from_description(kFakeSink, TRUE, nullptr);
        m_activeSink = QString::fromLatin1(kFakeSink);
    } else {
        g_clear_error(&error);
        m_activeSink = sinkDescription;
    }
    m_audioSink = GST_ELEMENT(gst_object_ref(sink));

    g_object_set(m_pipeline, "uri", uri.toUtf8().constData(), "audio-sink", sink, "flags",
                 kPlayFlagAudio | kPlayFlagSoftVolume, nullptr);

    // Pitch-preserving speed: without scaletempo a faster rate also raises
    // the pitch, which is still usable, so its absence is only logged.
    if (GstElement* tempo = gst_element_factory_make("scaletempo", nullptr))
        g_object_set(m_pipeline, "audio-filter", tempo, nullptr);
    else
        qCInfo(lcPlayback) << "scaletempo is not installed; speed changes alter pitch";

    ++m_generation;
    auto* bridge = new BusBridge{this, m_pipeline, m_generation};
    GstBus* bus = gst_element_get_bus(m_pipeline);
    gst_bus_set_sync_handler(bus, &BusBridge::onMessage, bridge, &BusBridge::destroy);
    gst_object_unref(bus);

    qCDebug(lcPlayback) << "pipeline" << m_generation << "for" << uri << "into" << m_activeSink;
    return true;
}

void Player::teardown()
{
    m_positionTimer->stop();
    if (!m_pipeline)
        return;

    // Messages already queued from this pipeline carry the old generation
    // and are dropped by dispatch().
    ++m_generation;
    gst_element_set_state(m_pipeline, GST_STATE_NULL);

    GstBus* bus = gst_element_get_bus(m_pipeline);
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);

    gst_object_unref(m_audioSink);
    gst_object_unref(m_pipeline);
    m_audioSink = nullptr;
    m_pipeline = nullptr;
    m_prerolled = false;
}

bool Player::startPipeline(bool playing)
{
    m_wantPlaying = playing;
    const GstStateChangeReturn result =
        gst_element_set_state(m_pipeline, playing ? GST_STATE_PLAYING : GST_STATE_PAUSED);
    if (result != GST_STATE_CHANGE_FAILURE)
        return true;

    if (!m_fellBack && m_activeSink != QLatin1String(kFakeSink)) {
        fallBackToFakeSink();
        return m_pipeline != nullptr;
    }

    // The bus normally carries the reason; this only speaks when it did not.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_error.isEmpty())
                fail(tr("The recording %1 cannot be played.").arg(m_source));
        },
        Qt::QueuedConnection);
    return false;
}

void Player::fallBackToFakeSink()
{
    qCWarning(lcPlayback) << "audio sink" << m_activeSink
                          << "cannot start; continuing silently into" << kFakeSink;
    const qint64 resumeAt = position();
    const bool playing = m_wantPlaying;

    teardown();
    m_fellBack = true;
    if (!buildPipeline(m_uri, QString::fromLatin1(kFakeSink)))
        return;

    if (resumeAt > 0)
        m_pendingSeek = resumeAt;
    startPipeline(playing);
}

void Player::dispatch(quint64 generation, GstMessage* message)
{
    if (generation != m_generation || !m_pipeline) {
        qCDebug(lcPlayback) << "dropping" << GST_MESSAGE_TYPE_NAME(message) << "from old pipeline"
                            << generation;
        return;
    }

    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ERROR:
        handleError(message);
        break;
    case GST_MESSAGE_WARNING: {
        GError* error = nullptr;
        gst_message_parse_warning(message, &error, nullptr);
        qCWarning(lcPlayback) << "GStreamer warning from" << GST_MESSAGE_SRC_NAME(message) << ":"
                              << (error ? error->message : "");
        g_clear_error(&error);
        break;
    }
    case GST_MESSAGE_EOS:
        handleEndOfStream();
        break;
    case GST_MESSAGE_ASYNC_DONE:
        handleAsyncDone();
        break;
    case GST_MESSAGE_DURATION_CHANGED:
        refreshDuration();
        break;
    case GST_MESSAGE_STATE_CHANGED:
        handleStateChanged(message);
        break;
    default:
        break;
    }
}

void Player::handleError(GstMessage* message)
{
    if (!m_fellBack && isFromAudioSink(message) && m_activeSink != QLatin1String(kFakeSink)) {
        fallBackToFakeSink();
        return;
    }
    fail(describeError(message));
}

void Player::handleStateChanged(GstMessage* message)
{
    GstState oldState = GST_STATE_NULL;
    GstState newState = GST_STATE_NULL;
    GstState pending = GST_STATE_NULL;
    gst_message_parse_state_changed(message, &oldState, &newState, &pending);
    if (pending != GST_STATE_VOID_PENDING)
        return;

    if (newState == GST_STATE_PLAYING) {
        m_positionTimer->start();
        setState(State::Playing);
    } else if (newState == GST_STATE_PAUSED) {
        m_positionTimer->stop();
        pollPosition();
        setState(State::Paused);
    } else {
        m_positionTimer->stop();
        setState(State::Stopped);
    }
}

void Player::handleAsyncDone()
{
    // ASYNC_DONE also ends every flushing seek; only a pipeline that is at
    // least PAUSED has prerolled (a late message after stop() has not).
    GstState current = GST_STATE_NULL;
    gst_element_get_state(m_pipeline, &current, nullptr, 0);
    if (current < GST_STATE_PAUSED)
        return;

    const bool firstPreroll = !m_prerolled;
    m_prerolled = true;
    refreshDuration();

    if (m_pendingSeek || (firstPreroll && !qFuzzyCompare(m_rate, 1.0))) {
        const qint64 target = m_pendingSeek.value_or(0);
        m_pendingSeek.reset();
        m_seekTarget = qMin(target, m_duration > 0 ? m_duration : target);
        sendSeek(*m_seekTarget);
        return;
    }

    m_seekTarget.reset();
    pollPosition();
}

void Player::handleEndOfStream()
{
    m_positionTimer->stop();
    refreshDuration();
    m_seekTarget.reset();
    m_atEnd = true;
    m_lastPosition = m_duration;
    Q_EMIT positionChanged(m_duration);

    // Stay at the end, paused, so the slider shows the whole call heard;
    // play() starts again from the beginning.
    m_wantPlaying = false;
    gst_element_set_state(m_pipeline, GST_STATE_PAUSED);
    Q_EMIT endOfStream();
}

bool Player::sendSeek(qint64 ms)
{
    const auto flags = static_cast<GstSeekFlags>(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE);
    const bool ok = gst_element_seek(m_pipeline, m_rate, GST_FORMAT_TIME, flags, GST_SEEK_TYPE_SET,
                                     ms * GST_MSECOND, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
    if (!ok) {
        qCWarning(lcPlayback) << "seek to" << ms << "ms at rate" << m_rate << "was refused";
        m_seekTarget.reset();
    }
    return ok;
}

void Player::refreshDuration()
{
    gint64 nanoseconds = 0;
    if (!m_pipeline || !gst_element_query_duration(m_pipeline, GST_FORMAT_TIME, &nanoseconds))
        return;

    const qint64 ms = nanoseconds / GST_MSECOND;
    if (ms > 0 && ms != m_duration) {
        m_duration = ms;
        Q_EMIT durationChanged(ms);
    }
}

void Player::pollPosition()
{
    if (m_duration <= 0)
        refreshDuration();

    const qint64 now = position();
    if (now != m_lastPosition) {
        m_lastPosition = now;
        Q_EMIT positionChanged(now);
    }
}

void Player::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Player::fail(const QString& message)
{
    qCWarning(lcPlayback).noquote() << "playback error:" << message;
    teardown();
    m_wantPlaying = false;
    m_atEnd = false;
    m_seekTarget.reset();
    m_pendingSeek.reset();
    m_error = message;
    setState(State::Stopped);
    Q_EMIT errorOccurred(message);
}

QString Player::describeError(GstMessage* message) const
{
    GError* error = nullptr;
    gchar* debug = nullptr;
    gst_message_parse_error(message, &error, &debug);
    const QString detail = QString::fromUtf8(error ? error->message : "");
    qCWarning(lcPlayback) << "GStreamer error from" << GST_MESSAGE_SRC_NAME(message) << ":"
                          << detail << (debug ? debug : "");

    const QString name = QDir::toNativeSeparators(localPathOf(m_source));
    QString text;
    if (error && error->domain == GST_STREAM_ERROR) {
        text = tr("The recording %1 cannot be decoded: it is not an audio format this player "
                  "can read (%2).")
                   .arg(name, detail);
    } else if (error && error->domain == GST_CORE_ERROR &&
               error->code == GST_CORE_ERROR_MISSING_PLUGIN) {
        text = tr("The recording %1 cannot be decoded: a GStreamer plugin it needs is not "
                  "installed (%2).")
                   .arg(name, detail);
    } else if (error && error->domain == GST_RESOURCE_ERROR) {
        text = tr("The recording %1 cannot be opened: %2").arg(name, detail);
    } else {
        text = tr("Playback of %1 failed: %2").arg(name, detail);
    }

    g_clear_error(&error);
    g_free(debug);
    return text;
}

bool Player::isFromAudioSink(GstMessage* message) const
{
    GstObject* source = GST_MESSAGE_SRC(message);
    if (!m_audioSink || !source)
        return false;
    return source == GST_OBJECT(m_audioSink) ||
           gst_object_has_as_ancestor(source, GST_OBJECT(m_audioSink));
}

} // namespace callscore

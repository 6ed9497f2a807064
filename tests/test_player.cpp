#include "TestSupport.h"

#include "playback/Player.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using callscore::Player;
using callscore::testing::writeToneWav;

namespace {

constexpr qint64 kToneMs = 1500;
constexpr qint64 kDurationToleranceMs = 50;
const QString kFakeSink = QStringLiteral("fakesink sync=true");

bool waitForDuration(Player& player, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return player.duration() > 0; }, timeoutMs);
}

} // namespace

class PlayerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void playsToTheEnd();
    void seekAndSkipAreClamped();
    void fasterRateFinishesSooner();
    void missingFileNamesThePath();
    void garbageFileIsAnErrorNotAHang();
    void telephonyCodecsPlay_data();
    void telephonyCodecsPlay();
    void brokenSinkFallsBackToFakeSink_data();
    void brokenSinkFallsBackToFakeSink();

private:
    void playToEnd(const QString& path);

    QTemporaryDir m_dir;
    QString m_tone;
};

void PlayerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tone = m_dir.filePath(QStringLiteral("tone.wav"));
    QVERIFY(writeToneWav(m_tone, kToneMs));
}

void PlayerTest::playToEnd(const QString& path)
{
    Player player(kFakeSink);
    QSignalSpy durations(&player, &Player::durationChanged);
    QSignalSpy positions(&player, &Player::positionChanged);
    QSignalSpy ends(&player, &Player::endOfStream);
    QSignalSpy errors(&player, &Player::errorOccurred);

    player.load(path);
    QVERIFY2(waitForDuration(player), qPrintable(player.errorString()));
    QVERIFY(!durations.isEmpty());
    const qint64 reported = durations.last().first().toLongLong();
    QVERIFY2(qAbs(reported - kToneMs) <= kDurationToleranceMs,
             qPrintable(QStringLiteral("duration %1 ms").arg(reported)));
    QCOMPARE(player.state(), Player::State::Paused);

    QSignalSpy states(&player, &Player::stateChanged);
    player.play();
    QVERIFY(QTest::qWaitFor([&] { return !ends.isEmpty(); }, 6000));
    QVERIFY2(errors.isEmpty(), qPrintable(player.errorString()));

    bool sawPlaying = false;
    for (const QList<QVariant>& args : states)
        sawPlaying |= args.first().value<Player::State>() == Player::State::Playing;
    QVERIFY(sawPlaying);

    // The poll timer reported positions strictly inside the call, then the end.
    bool sawMiddle = false;
    for (const QList<QVariant>& args : positions) {
        const qint64 at = args.first().toLongLong();
        sawMiddle |= at > 0 && at < reported;
    }
    QVERIFY(sawMiddle);
    QCOMPARE(player.position(), player.duration());
}

void PlayerTest::playsToTheEnd()
{
    playToEnd(m_tone);
}

void PlayerTest::seekAndSkipAreClamped()
{
    Player player(kFakeSink);
    player.load(m_tone);
    QVERIFY(waitForDuration(player));
    const qint64 length = player.duration();

    player.seek(-400);
    QCOMPARE(player.position(), 0);
    player.seek(length + 10000);
    QCOMPARE(player.position(), length);
    player.skip(-1000000);
    QCOMPARE(player.position(), 0);
    player.skip(700);
    QCOMPARE(player.position(), 700);
    player.skip(5000);
    QCOMPARE(player.position(), length);
    player.skip(-500);
    QCOMPARE(player.position(), length - 500);

    // Once the seek has landed the pipeline itself reports the new place.
    QVERIFY(QTest::qWaitFor(
        [&] { return qAbs(player.position() - (length - 500)) <= kDurationToleranceMs; }, 3000));
    QTest::qWait(200);
    QVERIFY(qAbs(player.position() - (length - 500)) <= kDurationToleranceMs);
}

void PlayerTest::fasterRateFinishesSooner()
{
    Player player(kFakeSink);
    QSignalSpy ends(&player, &Player::endOfStream);
    player.load(m_tone);
    QVERIFY(waitForDuration(player));

    player.setRate(2.0);
    QCOMPARE(player.rate(), 2.0);
    player.setRate(100.0);
    QCOMPARE(player.rate(), Player::kMaxRate);
    player.setRate(2.0);

    QElapsedTimer clock;
    clock.start();
    player.play();
    QVERIFY(QTest::qWaitFor([&] { return !ends.isEmpty(); }, 6000));
    QVERIFY2(clock.elapsed() < kToneMs - 200,
             qPrintable(QStringLiteral("took %1 ms at 2x").arg(clock.elapsed())));
}

void PlayerTest::missingFileNamesThePath()
{
    Player player(kFakeSink);
    QSignalSpy errors(&player, &Player::errorOccurred);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-call.wav"));

    QElapsedTimer clock;
    clock.start();
    player.load(missing);
    QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 2000));
    QVERIFY(clock.elapsed() < 2000);

    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(missing)), qPrintable(message));
    QCOMPARE(player.errorString(), message);
    QCOMPARE(player.state(), Player::State::Stopped);

    // Controls on a failed player are harmless.
    player.play();
    player.seek(500);
    player.skip(500);
    QCOMPARE(player.state(), Player::State::Stopped);
}

void PlayerTest::garbageFileIsAnErrorNotAHang()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.wav"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray noise;
    for (int i = 0; i < 20000; ++i)
        noise.append(static_cast<char>((i * 7919 + 13) % 251));
    file.write(noise);
    file.close();

    Player player(kFakeSink);
    QSignalSpy errors(&player, &Player::errorOccurred);
    player.load(garbage);
    player.play();
    QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 5000));

    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("cannot be decoded")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("garbage.wav")));
}

void PlayerTest::telephonyCodecsPlay_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("mu-law") << QStringLiteral("u-law");
    QTest::newRow("a-law") << QStringLiteral("a-law");
    QTest::newRow("gsm-6.10") << QStringLiteral("gsm-full-rate");
}

void PlayerTest::telephonyCodecsPlay()
{
    QFETCH(QString, encoding);
    const QString sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
    if (sox.isEmpty())
        QFAIL("sox is not installed, so the telephony codec recordings cannot be made; "
              "run scripts/install-deps.sh");

    const QString encoded = m_dir.filePath(encoding + QStringLiteral(".wav"));
    QProcess process;
    process.start(sox, {m_tone, QStringLiteral("-e"), encoding, encoded});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    playToEnd(encoded);
}

void PlayerTest::brokenSinkFallsBackToFakeSink_data()
{
    QTest::addColumn<QString>("sink");
    // A sound server that is not there fails when the sink starts; an element
    // that does not exist fails when the pipeline is built.
    QTest::newRow("unreachable server") << QStringLiteral("pulsesink server=127.0.0.1:9");
    QTest::newRow("unknown element") << QStringLiteral("callscore-no-such-sink");
}

void PlayerTest::brokenSinkFallsBackToFakeSink()
{
    QFETCH(QString, sink);
    Player player(sink);
    QSignalSpy ends(&player, &Player::endOfStream);
    QSignalSpy errors(&player, &Player::errorOccurred);

    player.load(m_tone);
    player.play();
    QVERIFY2(QTest::qWaitFor([&] { return !ends.isEmpty(); }, 8000),
             qPrintable(player.errorString()));
    QVERIFY(errors.isEmpty());
    QCOMPARE(player.activeSinkDescription(), kFakeSink);
}

QTEST_GUILESS_MAIN(PlayerTest)
#include "test_player.moc"

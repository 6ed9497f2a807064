#include "RecordingPlanner.h"

namespace callscore::demo {

namespace {

constexpr int kMinRecordedTalkS = 10;
// A few answered calls lose their recording (a full disk, a mixmon
// failure), so the demo shows sampling skip them.
constexpr double kLostRecordingChance = 0.04;

} // namespace

RecordingPlanner::RecordingPlanner(DemoRandom& random)
    : m_random(random)
{}

const QVector<RecordingPlanner::Format>& RecordingPlanner::formats()
{
    static const QVector<Format> kFormats = {
        {"wav-pcm", "wav", 1, 28}, {"wav-pcm", "wav", 2, 10}, {"wav-ulaw", "wav", 1, 14},
        {"wav-alaw", "wav", 1, 8}, {"wav-gsm", "wav", 1, 14}, {"mp3", "mp3", 1, 12},
        {"ogg-opus", "ogg", 1, 9}, {"flac", "flac", 1, 5},
    };
    return kFormats;
}

void RecordingPlanner::plan(QVector<DemoCall>& calls, const QVector<DemoManager>& managers)
{
    QVector<int> weights;
    for (const Format& format : formats())
        weights.append(format.weight);

    for (DemoCall& call : calls) {
        if (!call.answered() || call.billsec < kMinRecordedTalkS)
            continue;
        if (m_random.chance(kLostRecordingChance))
            continue;

        const Format& format = formats().at(m_random.weighted(weights));
        call.recordingFormat = QString::fromLatin1(format.name);
        call.recordingChannels = format.channels;
        call.recordingPath =
            fileName(call, managers.at(call.manager), QString::fromLatin1(format.extension));
    }
}

QString RecordingPlanner::fileName(const DemoCall& call, const DemoManager& manager,
                                   const QString& extension) const
{
    const QString folder = call.start.toString(QStringLiteral("yyyy/MM/dd"));
    const QString stamp = call.start.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString number = call.spelledCustomer();

    const QString name = call.direction == Direction::In
                             ? QStringLiteral("in-%1-%2").arg(number, call.did)
                             : QStringLiteral("out-%1-%2").arg(number, manager.extension);
    return QStringLiteral("%1/%2-%3-%4.%5").arg(folder, name, stamp, call.linkedId, extension);
}

} // namespace callscore::demo

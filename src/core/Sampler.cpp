#include "Sampler.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace callscore {

namespace {

quint64 rankOf(const QDate& queueDate, const QString& callId)
{
    const QByteArray key = queueDate.toString(Qt::ISODate).toUtf8() + '|' + callId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    quint64 rank = 0;
    for (int i = 0; i < 8; ++i)
        rank = (rank << 8) | quint8(digest.at(i));
    return rank;
}

bool isEligible(const CallRecord& call, const SamplingRule& rules)
{
    return !call.manager.isEmpty() && call.disposition == QLatin1String("ANSWERED") &&
           call.billsec >= rules.minDurationS &&
           (!rules.requireRecording || !call.recording.isEmpty());
}

} // namespace

QVector<QDate> samplingSourceDays(const QDate& queueDate)
{
    switch (queueDate.dayOfWeek()) {
    case Qt::Monday:
        return {queueDate.addDays(-3), queueDate.addDays(-2), queueDate.addDays(-1)};
    case Qt::Sunday:
        return {queueDate.addDays(-2)};
    case Qt::Saturday:
        return {queueDate.addDays(-1)};
    default:
        return {queueDate.addDays(-1)};
    }
}

QVector<CallRecord> sampleCalls(const QVector<CallRecord>& candidates, const QDate& queueDate,
                                const SamplingRule& rules)
{
    QHash<QString, QVector<std::pair<quint64, CallRecord>>> byManager;
    for (const CallRecord& call : candidates) {
        if (isEligible(call, rules))
            byManager[call.manager].append({rankOf(queueDate, call.callId), call});
    }

    QVector<CallRecord> queue;
    for (auto& ranked : byManager) {
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        const int take = qMin(rules.callsPerManager, int(ranked.size()));
        for (int i = 0; i < take; ++i)
            queue.append(ranked.at(i).second);
    }

    std::sort(queue.begin(), queue.end(), [](const CallRecord& a, const CallRecord& b) {
        if (a.manager != b.manager)
            return a.manager < b.manager;
        return a.startUtc < b.startUtc;
    });
    return queue;
}

} // namespace callscore

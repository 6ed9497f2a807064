#pragma once

#include "Records.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace callscore {

struct CallbackCheck {
    CallbackStatus status = CallbackStatus::Pending;
    std::optional<QDateTime> firstCallbackUtc;
};

// Decides whether a promised callback was kept, as of a moment. The calls
// given are the outbound calls to the outcome's customer, in any order.
CallbackCheck checkCallback(const Outcome& outcome, const QVector<CallRecord>& outboundCalls,
                            const QDateTime& asOfUtc, bool countUnansweredAttempts);

} // namespace callscore

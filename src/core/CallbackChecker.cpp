#include "CallbackChecker.h"

namespace callscore {

CallbackCheck checkCallback(const Outcome& outcome, const QVector<CallRecord>& outboundCalls,
                            const QDateTime& asOfUtc, bool countUnansweredAttempts)
{
    CallbackCheck check;
    if (!outcome.callbackDueUtc)
        return check;
    const QDateTime due = *outcome.callbackDueUtc;

    // Calls after the report's moment are not known yet, so a report made
    // "as of" a past moment shows what was true then.
    const CallRecord* first = nullptr;
    for (const CallRecord& call : outboundCalls) {
        if (call.direction != QLatin1String("out") || call.customer != outcome.customer)
            continue;
        if (call.startUtc <= outcome.callTimeUtc || call.startUtc > asOfUtc)
            continue;
        if (!countUnansweredAttempts && call.disposition != QLatin1String("ANSWERED"))
            continue;
        if (!first || call.startUtc < first->startUtc)
            first = &call;
    }

    if (first) {
        check.firstCallbackUtc = first->startUtc;
        check.status = first->startUtc <= due ? CallbackStatus::Kept : CallbackStatus::Late;
    } else {
        check.status = due < asOfUtc ? CallbackStatus::Missed : CallbackStatus::Pending;
    }
    return check;
}

} // namespace callscore

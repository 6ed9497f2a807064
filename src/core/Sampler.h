#pragma once

#include "Records.h"
#include "Rules.h"

#include <QDate>
#include <QVector>

namespace callscore {

// The days whose calls feed the review queue of `queueDate`: the previous
// working day, and on a Monday the whole weekend before it as well, so that
// calls taken on a Saturday are not lost to sampling.
QVector<QDate> samplingSourceDays(const QDate& queueDate);

// Picks up to rules.callsPerManager calls per manager from `candidates`,
// skipping calls shorter than the minimum talk time, without a recording
// (when required) or without a known manager. The pick is reproducible: each
// call is ranked by a hash of the queue date and its id, so the same store
// gives the same queue on every machine, and adding calls to other managers
// never changes a manager's sample. Returned ordered by manager, then start.
QVector<CallRecord> sampleCalls(const QVector<CallRecord>& candidates, const QDate& queueDate,
                                const SamplingRule& rules);

} // namespace callscore

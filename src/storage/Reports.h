#pragma once

#include "core/LedgerCalculator.h"
#include "core/Period.h"
#include "core/Records.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

namespace callscore {

class Store;

// Gathers the facts of a question from the store and hands them to the core
// rules: the numbers on every screen and in every export come from here.
class Reports
{
public:
    explicit Reports(const Store& store);

    // Every promised callback with its status as of `asOfUtc`, by due time.
    QVector<CallbackFact> callbacks(const QDateTime& asOfUtc) const;

    // The ledger of one ISO week in the rules' zone, as of `asOfUtc`.
    WeekLedger weekLedger(const IsoWeek& week, const QDateTime& asOfUtc) const;

    // The review queue of a local date: a sample of the source days' calls.
    QVector<CallRecord> reviewQueue(const QDate& queueDate) const;

    // Reviews a reviewer submitted on a local date (for the daily minimum).
    int reviewsSubmittedOn(const QString& reviewer, const QDate& localDate) const;

private:
    const Store& m_store;
};

} // namespace callscore

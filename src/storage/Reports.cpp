#include "Reports.h"

#include "Store.h"

#include "core/CallbackChecker.h"
#include "core/Sampler.h"

#include <QHash>

namespace callscore {

namespace {

ReviewFact toFact(const StoredReview& stored)
{
    ReviewFact fact;
    fact.callId = stored.review.callId;
    fact.manager = stored.call.manager;
    fact.callStartUtc = stored.call.startUtc;
    fact.reviewer = stored.review.reviewer;
    fact.submittedUtc = stored.review.submittedUtc;
    fact.score = stored.score;
    fact.passThreshold = stored.passThreshold;
    return fact;
}

QVector<ReviewFact> toFacts(const QVector<StoredReview>& reviews)
{
    QVector<ReviewFact> facts;
    facts.reserve(reviews.size());
    for (const StoredReview& stored : reviews)
        facts.append(toFact(stored));
    return facts;
}

} // namespace

Reports::Reports(const Store& store)
    : m_store(store)
{}

QVector<CallbackFact> Reports::callbacks(const QDateTime& asOfUtc) const
{
    const Rules rules = m_store.rules();
    QHash<QString, QVector<CallRecord>> outboundByCustomer;
    QVector<CallbackFact> facts;

    for (const StoredOutcome& stored : m_store.callbackOutcomes()) {
        const Outcome& outcome = stored.outcome;
        auto calls = outboundByCustomer.find(outcome.customer);
        if (calls == outboundByCustomer.end())
            calls = outboundByCustomer.insert(outcome.customer,
                                              m_store.outboundCallsTo(outcome.customer));

        const CallbackCheck check =
            checkCallback(outcome, *calls, asOfUtc, rules.countUnansweredAttempts);
        CallbackFact fact;
        fact.callId = outcome.callId;
        fact.manager = outcome.manager;
        if (fact.manager.isEmpty() && !outcome.callId.isEmpty()) {
            if (const auto call = m_store.call(outcome.callId))
                fact.manager = call->manager;
        }
        fact.customer = outcome.customer;
        fact.callTimeUtc = outcome.callTimeUtc;
        fact.dueUtc = *outcome.callbackDueUtc;
        fact.status = check.status;
        fact.firstCallbackUtc = check.firstCallbackUtc;
        facts.append(fact);
    }
    return facts;
}

WeekLedger Reports::weekLedger(const IsoWeek& week, const QDateTime& asOfUtc) const
{
    const Rules rules = m_store.rules();
    const QTimeZone zone = rules.timeZone();
    const QDateTime from = week.startUtc(zone);
    const QDateTime to = week.endUtc(zone);

    WeekFacts facts;
    facts.week = week;
    facts.staff = m_store.staff();
    // A report as of a past moment knows only the reviews submitted by then.
    const auto knownBy = [&asOfUtc](const QVector<StoredReview>& reviews) {
        QVector<StoredReview> known;
        for (const StoredReview& stored : reviews) {
            if (stored.review.submittedUtc <= asOfUtc)
                known.append(stored);
        }
        return toFacts(known);
    };
    facts.reviewsOfWeekCalls = knownBy(m_store.reviewsOfCallsBetween(from, to));
    facts.reviewsSubmittedInWeek = knownBy(m_store.reviewsSubmittedBetween(from, to));
    for (const CallbackFact& callback : callbacks(asOfUtc)) {
        if (callback.dueUtc >= from && callback.dueUtc < to)
            facts.callbacksDueInWeek.append(callback);
    }
    return computeWeekLedger(facts, rules);
}

QVector<CallRecord> Reports::reviewQueue(const QDate& queueDate) const
{
    const Rules rules = m_store.rules();
    const QTimeZone zone = rules.timeZone();
    QVector<CallRecord> candidates;
    for (const QDate& day : samplingSourceDays(queueDate))
        candidates +=
            m_store.calls(startOfLocalDay(day, zone), startOfLocalDay(day.addDays(1), zone));
    return sampleCalls(candidates, queueDate, rules.sampling);
}

int Reports::reviewsSubmittedOn(const QString& reviewer, const QDate& localDate) const
{
    const QTimeZone zone = m_store.rules().timeZone();
    int count = 0;
    const auto reviews = m_store.reviewsSubmittedBetween(
        startOfLocalDay(localDate, zone), startOfLocalDay(localDate.addDays(1), zone));
    for (const StoredReview& stored : reviews) {
        if (stored.review.reviewer == reviewer)
            ++count;
    }
    return count;
}

} // namespace callscore

#pragma once

#include "DemoRandom.h"
#include "DemoTypes.h"

namespace callscore::demo {

// The CRM side: most answered calls of 20 s or more get an outcome (success
// or refusal, besides the promised callbacks), with the customer's number
// typed the way people type it and a short comment.
class OutcomePlanner
{
public:
    explicit OutcomePlanner(DemoRandom& random);

    // Returns every outcome, callbacks included, in call order.
    QVector<DemoOutcome> plan(const QVector<DemoCall>& calls,
                              const QVector<DemoOutcome>& callbacks);

private:
    QString typedPhone(const QString& customer);
    QString comment(const DemoOutcome& outcome);

    DemoRandom& m_random;
};

} // namespace callscore::demo

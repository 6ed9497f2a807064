#pragma once

#include "DemoRandom.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace callscore::demo {

// Fake but valid Russian mobile numbers (+7 9xx), kept as ten national
// digits. Regular customers call again and again; a fresh number is one no
// other call uses, which lets a promised callback be kept, late or missed by
// construction.
class CustomerBook
{
public:
    CustomerBook(DemoRandom& random, int regularCount);

    QString regular();
    QString fresh();

private:
    QString newNumber();

    DemoRandom& m_random;
    QStringList m_regulars;
    QSet<QString> m_used;
};

} // namespace callscore::demo

#include "CustomerBook.h"

namespace callscore::demo {

namespace {

// Codes of the big mobile operators, so the numbers look familiar.
const int kMobileCodes[] = {903, 905, 906, 909, 910, 912, 915, 916, 917, 919, 921,
                            922, 925, 926, 929, 950, 952, 965, 977, 981, 985, 999};

} // namespace

CustomerBook::CustomerBook(DemoRandom& random, int regularCount)
    : m_random(random)
{
    for (int i = 0; i < regularCount; ++i)
        m_regulars.append(newNumber());
}

QString CustomerBook::regular()
{
    // The smaller of two draws favours the first numbers: a few customers
    // call often, most call once or twice.
    const int last = int(m_regulars.size()) - 1;
    const int index = qMin(m_random.between(0, last), m_random.between(0, last));
    return m_regulars.at(index);
}

QString CustomerBook::fresh()
{
    return newNumber();
}

QString CustomerBook::newNumber()
{
    const int codeCount = int(sizeof(kMobileCodes) / sizeof(kMobileCodes[0]));
    for (;;) {
        const int code = kMobileCodes[m_random.between(0, codeCount - 1)];
        const int subscriber = m_random.between(1000000, 9999999);
        const QString number = QString::number(code) + QString::number(subscriber);
        if (!m_used.contains(number)) {
            m_used.insert(number);
            return number;
        }
    }
}

} // namespace callscore::demo

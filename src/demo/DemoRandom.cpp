#include "DemoRandom.h"

namespace callscore::demo {

DemoRandom::DemoRandom(quint64 seed)
    : m_state(seed)
{}

quint64 DemoRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + int(next() % span);
}

bool DemoRandom::chance(double probability)
{
    // 53 random bits give an exactly reproducible double in [0, 1).
    const double unit = double(next() >> 11) / double(1ULL << 53);
    return unit < probability;
}

int DemoRandom::weighted(const QVector<int>& weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;

    int draw = between(0, total - 1);
    for (int i = 0; i < weights.size(); ++i) {
        if (draw < weights.at(i))
            return i;
        draw -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

} // namespace callscore::demo

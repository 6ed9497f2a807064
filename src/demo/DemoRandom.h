#pragma once

#include <QVector>
#include <QtGlobal>

namespace callscore::demo {

// A small deterministic generator (SplitMix64). Qt's and the standard
// library's distributions may change between versions; the demo promises
// byte-identical output for the same seed, so it draws numbers itself.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // A whole number in [low, high], both included.
    int between(int low, int high);
    // True with the given probability (0..1).
    bool chance(double probability);
    // Picks an index according to integer weights.
    int weighted(const QVector<int>& weights);

    template <typename T>
    const T& pick(const QVector<T>& items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

private:
    quint64 m_state;
};

} // namespace callscore::demo

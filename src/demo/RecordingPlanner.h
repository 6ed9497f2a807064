#pragma once

#include "DemoRandom.h"
#include "DemoTypes.h"

namespace callscore::demo {

// Decides which calls were recorded, in which of the formats PBXes write,
// and under which FreePBX file name (YYYY/MM/DD/in-<src>-<dst>-<date>-<time>-
// <linkedid>.<ext>, out-<dst>-<src>-...).
class RecordingPlanner
{
public:
    explicit RecordingPlanner(DemoRandom& random);

    void plan(QVector<DemoCall>& calls, const QVector<DemoManager>& managers);

    struct Format {
        const char* name;
        const char* extension;
        int channels;
        int weight;
    };
    static const QVector<Format>& formats();

private:
    QString fileName(const DemoCall& call, const DemoManager& manager,
                     const QString& extension) const;

    DemoRandom& m_random;
};

} // namespace callscore::demo

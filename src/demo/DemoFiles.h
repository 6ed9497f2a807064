#pragma once

#include "DemoTypes.h"

#include <QByteArray>

namespace callscore::demo {

// The text of each input file in the format FORMATS.md promises, written the
// way the real-world sources write it (BOM, delimiters, line endings).
class DemoFiles
{
public:
    static QByteArray staffCsv(const QVector<DemoManager>& managers, const QString& reviewer,
                               const QString& supervisor);
    static QByteArray recordingsTsv(const QVector<DemoCall>& calls);
    static QByteArray crmCsv(const DemoScenario& scenario);
    static QByteArray reviewsJson(const DemoScenario& scenario, const QString& reviewer);

    static bool write(const QString& path, const QByteArray& data, QString* error);
};

} // namespace callscore::demo

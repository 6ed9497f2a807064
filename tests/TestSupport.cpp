#include "TestSupport.h"

#include <QDir>

namespace callscore::testing {

QString sharedDataPath(const QString& relative)
{
    return QDir(QStringLiteral(CALLSCORE_SHARED_DATA)).filePath(relative);
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(CALLSCORE_SOURCE_DIR)).filePath(relative);
}

QString cliPath()
{
    return QStringLiteral(CALLSCORE_CLI);
}

} // namespace callscore::testing

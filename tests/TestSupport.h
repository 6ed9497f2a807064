#pragma once

#include <QString>
#include <QTemporaryDir>

namespace callscore::testing {

// The folder of sample inputs that sits beside the checkout.
QString sharedDataPath(const QString& relative);
// A file under the source tree (resources, templates).
QString sourcePath(const QString& relative);
// The built callscore-cli.
QString cliPath();

} // namespace callscore::testing

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace callscore::testing {

// The folder of sample inputs that sits beside the checkout.
QString sharedDataPath(const QString& relative);
// A file under the source tree (resources, templates).
QString sourcePath(const QString& relative);
// The built callscore-cli.
QString cliPath();

// Writes `bytes` to `folder/name`, making subfolders; stops the test program
// when it cannot, since nothing after would mean anything.
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);
// The whole file; stops the test program when it cannot be read.
QByteArray readFile(const QString& path);
// A UTC moment from an ISO-8601 literal such as "2024-01-27T23:04:06Z".
QDateTime utc(const char* iso);

// A 16-bit mono PCM WAV, its header written by hand so tests need no
// encoder: a 440 Hz tone of the given amplitude (0 for silence).
bool writeToneWav(const QString& path, qint64 ms, int sampleRate = 8000, int amplitude = 8000);

} // namespace callscore::testing

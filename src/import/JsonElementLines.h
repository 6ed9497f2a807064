#pragma once

#include <QByteArray>
#include <QVector>

namespace callscore {

// The 1-based line where each element of the array under the top-level key
// `key` starts, so a rejected JSON record can be reported as FILE:LINE like
// a CSV row. The JSON parser gives no positions; this scan only tracks
// strings, nesting and line breaks, and expects a document that parses.
QVector<int> jsonArrayElementLines(const QByteArray& json, const QByteArray& key);

} // namespace callscore

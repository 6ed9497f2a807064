#include "JsonElementLines.h"

namespace callscore {

namespace {

struct Scanner {
    const QByteArray& json;
    qsizetype pos = 0;
    int line = 1;

    // Reads the string that starts at pos (on its quote); returns its raw text.
    QByteArray readString()
    {
        QByteArray text;
        for (++pos; pos < json.size() && json.at(pos) != '"'; ++pos) {
            if (json.at(pos) == '\\')
                text.append(json.at(pos++));
            if (pos < json.size())
                text.append(json.at(pos));
        }
        return text;
    }
};

} // namespace

QVector<int> jsonArrayElementLines(const QByteArray& json, const QByteArray& key)
{
    QVector<int> lines;
    Scanner scan{json};
    int depth = 0;
    int targetDepth = -1; // depth inside the wanted array, once found
    bool expectElement = false;
    QByteArray lastKey;
    for (; scan.pos < json.size(); ++scan.pos) {
        const char c = json.at(scan.pos);
        if (c == '\n') {
            ++scan.line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ':')
            continue;

        if (expectElement && c != ']') {
            lines.append(scan.line);
            expectElement = false;
        }
        if (c == '"') {
            const QByteArray text = scan.readString();
            if (depth == 1)
                lastKey = text;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (c == '[' && depth == 2 && targetDepth == -1 && lastKey == key) {
                targetDepth = depth;
                expectElement = true;
            }
        } else if (c == '}' || c == ']') {
            if (depth == targetDepth)
                targetDepth = -2; // the wanted array is closed; ignore any later one
            --depth;
        } else if (c == ',' && depth == targetDepth) {
            expectElement = true;
        }
    }
    return lines;
}

} // namespace callscore

#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace callscore {

// What one import did. `records` counts what the file holds (calls for a
// call log, rows otherwise); each ends up inserted, updated, unchanged or
// rejected. Problems read `FILE:LINE: reason`, FILE being the file's name.
struct ImportReport {
    QString file; // the path as given
    int records = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    QStringList problems;
    bool fatal = false; // nothing was written
    QString fatalError;
    bool cancelled = false; // fatal because the progress callback said stop
    QString encoding;       // the text encoding the file was read in

    // "staff.csv: 5 records, 5 inserted, 0 updated, 0 unchanged, 0 rejected"
    QString summary() const;
};

// Called after each record with the number done and the total; returning
// false cancels the import, which then writes nothing. It runs on the
// importing thread.
using ImportProgress = std::function<bool(int done, int total)>;

struct CdrImportOptions {
    QString layout = QStringLiteral("asterisk"); // or the path of a mapping JSON
    QString recordingsDir;                       // empty: recordings are not looked up
    QTimeZone sourceZone;                        // invalid: the rules' time zone
    QString region = QStringLiteral("RU");       // default region for phone numbers
};

struct CrmImportOptions {
    QString mappingPath;  // empty: recognise the header names
    QTimeZone sourceZone; // invalid: the rules' time zone
    QString region = QStringLiteral("RU");
};

struct ReviewImportOptions {
    QTimeZone sourceZone; // for a submitted_at without offset; invalid: the rules' zone
};

} // namespace callscore

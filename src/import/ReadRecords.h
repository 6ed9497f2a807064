#pragma once

#include "core/Records.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What the readers hand to the Importer: parsed records with the line where
// each starts, and the rows they had to reject.
namespace callscore {

struct RowProblem {
    int line = 0;
    QString reason;
};

struct CdrCall {
    CallRecord record;
    int line = 0;             // line of the call's first row
    QStringList recordingIds; // ids a recording file may be named after, best first
};

struct CrmRow {
    int line = 0;
    Outcome outcome;
};

struct StaffRow {
    int line = 0;
    StaffMember member;
};

struct ReviewRow {
    int line = 0;
    ReviewRecord review;
};

} // namespace callscore

#pragma once

#include <QStringList>

namespace callscore::cli {

// Each verb gets the whole argument list (program name first) and returns
// the exit status.
int runImport(const QStringList& arguments, const QString& what);
int runRulesSet(const QStringList& arguments);
int runRulesShow(const QStringList& arguments);
int runCalls(const QStringList& arguments);
int runSample(const QStringList& arguments);
int runCallbacks(const QStringList& arguments);
int runLedger(const QStringList& arguments);
int runStatement(const QStringList& arguments);

} // namespace callscore::cli

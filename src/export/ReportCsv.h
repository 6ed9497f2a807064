#pragma once

#include "CsvWriter.h"

#include "core/LedgerCalculator.h"
#include "core/Records.h"

#include <QByteArray>
#include <QTimeZone>
#include <QVector>

namespace callscore {

// The CSV files of FORMATS.md, column for column.
QByteArray ledgerCsv(const WeekLedger& ledger, CsvDialect dialect);
QByteArray reviewerLedgerCsv(const WeekLedger& ledger, CsvDialect dialect);
QByteArray callsCsv(const QVector<CallRecord>& calls, const QTimeZone& zone, CsvDialect dialect);
QByteArray callbacksCsv(const QVector<CallbackFact>& callbacks, const QTimeZone& zone,
                        CsvDialect dialect);
QByteArray statementCsv(const WeekLedger& ledger, const QString& manager, const QTimeZone& zone,
                        CsvDialect dialect);

} // namespace callscore

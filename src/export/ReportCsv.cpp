#include "ReportCsv.h"

#include "core/Period.h"

namespace callscore {

namespace {

QString localTime(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? formatLocalIso(utc, zone) : QString();
}

QList<int> columnRange(int from, int to)
{
    QList<int> columns;
    for (int i = from; i <= to; ++i)
        columns.append(i);
    return columns;
}

// The statement's detail column, in English like the rest of the file.
QString entryDetail(const LedgerEntry& entry)
{
    const QString score = entry.score ? QString::number(entry.score->percent(), 'f', 1) : QString();
    switch (entry.kind) {
    case EntryKind::ReviewBonus:
        return QStringLiteral("score %1").arg(score);
    case EntryKind::ReviewFine:
        return QStringLiteral("violation %1, score %2, %3")
            .arg(entry.violationNumber)
            .arg(score, entry.score && entry.score->criticalFailed
                            ? QStringLiteral("critical item failed")
                            : QStringLiteral("below threshold"));
    case EntryKind::CallbackFine:
        return QStringLiteral("callback %1, customer %2")
            .arg(callbackStatusName(entry.callbackStatus), entry.customer);
    case EntryKind::TeamBonus:
        return QStringLiteral("team %1 met its target").arg(entry.team);
    case EntryKind::LeaderBonus:
        return QStringLiteral("leader of team %1").arg(entry.team);
    case EntryKind::ReviewerBonus:
        return QStringLiteral("%1 fault(s) found").arg(entry.faults);
    }
    return {};
}

} // namespace

QByteArray ledgerCsv(const WeekLedger& ledger, CsvDialect dialect)
{
    CsvWriter csv(dialect);
    csv.addHeader(
        {QStringLiteral("week"), QStringLiteral("manager"), QStringLiteral("team"),
         QStringLiteral("reviewed_calls"), QStringLiteral("passed_calls"),
         QStringLiteral("violations"), QStringLiteral("bonus"), QStringLiteral("fines_charged"),
         QStringLiteral("fines_waived"), QStringLiteral("callback_fines_charged"),
         QStringLiteral("callback_fines_waived"), QStringLiteral("team_bonus"),
         QStringLiteral("leader_bonus"), QStringLiteral("net"), QStringLiteral("currency")});

    const QList<int> raw = QList<int>{0} + columnRange(3, 14);
    for (const ManagerWeekTotals& row : ledger.managers) {
        csv.addRow({ledger.week.toString(), row.manager, row.team,
                    QString::number(row.reviewedCalls), QString::number(row.passedCalls),
                    QString::number(row.violations), csv.amount(row.bonus),
                    csv.amount(row.finesCharged), csv.amount(row.finesWaived),
                    csv.amount(row.callbackFinesCharged), csv.amount(row.callbackFinesWaived),
                    csv.amount(row.teamBonus), csv.amount(row.leaderBonus), csv.amount(row.net()),
                    ledger.currency},
                   raw);
    }
    return csv.bytes();
}

QByteArray reviewerLedgerCsv(const WeekLedger& ledger, CsvDialect dialect)
{
    CsvWriter csv(dialect);
    csv.addHeader({QStringLiteral("week"), QStringLiteral("reviewer"), QStringLiteral("reviews"),
                   QStringLiteral("faults_found"), QStringLiteral("bonus"),
                   QStringLiteral("currency")});
    for (const ReviewerWeekTotals& row : ledger.reviewers) {
        csv.addRow({ledger.week.toString(), row.reviewer, QString::number(row.reviews),
                    QString::number(row.faultsFound), csv.amount(row.bonus), ledger.currency},
                   {0, 2, 3, 4, 5});
    }
    return csv.bytes();
}

QByteArray callsCsv(const QVector<CallRecord>& calls, const QTimeZone& zone, CsvDialect dialect)
{
    CsvWriter csv(dialect);
    csv.addHeader({QStringLiteral("call_id"), QStringLiteral("start"), QStringLiteral("manager"),
                   QStringLiteral("direction"), QStringLiteral("customer"),
                   QStringLiteral("duration_s"), QStringLiteral("billsec"),
                   QStringLiteral("disposition"), QStringLiteral("recording")});
    for (const CallRecord& call : calls) {
        csv.addRow({call.callId, localTime(call.startUtc, zone), call.manager, call.direction,
                    call.customer, QString::number(call.durationS), QString::number(call.billsec),
                    call.disposition, call.recording},
                   {1, 3, 4, 5, 6});
    }
    return csv.bytes();
}

QByteArray callbacksCsv(const QVector<CallbackFact>& callbacks, const QTimeZone& zone,
                        CsvDialect dialect)
{
    CsvWriter csv(dialect);
    csv.addHeader({QStringLiteral("call_id"), QStringLiteral("manager"), QStringLiteral("customer"),
                   QStringLiteral("call_time"), QStringLiteral("due"), QStringLiteral("status"),
                   QStringLiteral("first_callback_at")});
    for (const CallbackFact& callback : callbacks) {
        const QDateTime first = callback.firstCallbackUtc.value_or(QDateTime());
        csv.addRow({callback.callId, callback.manager, callback.customer,
                    localTime(callback.callTimeUtc, zone), localTime(callback.dueUtc, zone),
                    callbackStatusName(callback.status), localTime(first, zone)},
                   {2, 3, 4, 5, 6});
    }
    return csv.bytes();
}

QByteArray statementCsv(const WeekLedger& ledger, const QString& manager, const QTimeZone& zone,
                        CsvDialect dialect)
{
    CsvWriter csv(dialect);
    csv.addHeader({QStringLiteral("week"), QStringLiteral("manager"), QStringLiteral("time"),
                   QStringLiteral("kind"), QStringLiteral("call_id"), QStringLiteral("amount"),
                   QStringLiteral("charged"), QStringLiteral("detail"),
                   QStringLiteral("currency")});
    for (const LedgerEntry& entry : ledger.entriesOf(manager)) {
        const bool deduction =
            entry.kind == EntryKind::ReviewFine || entry.kind == EntryKind::CallbackFine;
        const MinorUnits signedAmount = deduction ? -entry.amount : entry.amount;
        csv.addRow({ledger.week.toString(), manager, localTime(entry.eventUtc, zone),
                    entryKindName(entry.kind), entry.callId, csv.amount(signedAmount),
                    entry.waived ? QStringLiteral("waived") : QStringLiteral("yes"),
                    entryDetail(entry), ledger.currency},
                   {0, 2, 3, 5, 6, 8});
    }
    return csv.bytes();
}

} // namespace callscore

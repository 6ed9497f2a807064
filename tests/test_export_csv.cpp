// The CSV files promised by FORMATS.md: dialects, columns and the guard
// against spreadsheet formulas.

#include "export/CsvWriter.h"
#include "export/ReportCsv.h"

#include <QtTest>

using namespace callscore;

namespace {

WeekLedger oneRowLedger(const QString& manager)
{
    WeekLedger ledger;
    ledger.week = *IsoWeek::parse(QStringLiteral("2024-W04"));
    ledger.currency = QStringLiteral("RUB");
    ManagerWeekTotals row;
    row.manager = manager;
    row.team = QStringLiteral("Север");
    row.reviewedCalls = 3;
    row.passedCalls = 2;
    row.violations = 1;
    row.bonus = 1500;
    row.finesCharged = 5000;
    row.callbackFinesWaived = 10000;
    ledger.managers.append(row);
    return ledger;
}

} // namespace

class ExportCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerRfc();
    void ledgerExcelRu();
    void formulasAreDefused();
    void quotingFollowsRfc4180();
};

void ExportCsvTest::ledgerRfc()
{
    const QByteArray csv = ledgerCsv(oneRowLedger(QStringLiteral("Иванова Анна")), CsvDialect::Rfc);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3); // header, row, and the empty rest after the last newline
    QCOMPARE(lines.at(0), QByteArray("week,manager,team,reviewed_calls,passed_calls,violations,"
                                     "bonus,fines_charged,fines_waived,callback_fines_charged,"
                                     "callback_fines_waived,team_bonus,leader_bonus,net,currency"));
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             QStringLiteral("2024-W04,Иванова Анна,Север,3,2,1,15.00,50.00,0.00,0.00,100.00,0.00,"
                            "0.00,-35.00,RUB"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
}

void ExportCsvTest::ledgerExcelRu()
{
    const QByteArray csv =
        ledgerCsv(oneRowLedger(QStringLiteral("Иванова Анна")), CsvDialect::ExcelRu);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QVERIFY(lines.at(0).startsWith("week;manager;team;"));
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             QStringLiteral("2024-W04;Иванова Анна;Север;3;2;1;15,00;50,00;0,00;0,00;100,00;0,00;"
                            "0,00;-35,00;RUB\r"));
}

void ExportCsvTest::formulasAreDefused()
{
    for (const QString& evil : {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1+1"),
                                QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"),
                                QStringLiteral("\tcmd"), QStringLiteral("\rcmd")}) {
        const QString row = QString::fromUtf8(ledgerCsv(oneRowLedger(evil), CsvDialect::Rfc))
                                .section(QLatin1Char('\n'), 1);
        const QString cell = row.section(QLatin1Char(','), 1, 1);
        QVERIFY2(cell.startsWith(QLatin1Char('\'')) || cell.startsWith(QStringLiteral("\"'")),
                 qPrintable(row));
    }

    // Numbers of our own stay numbers, even negative ones.
    const QString row =
        QString::fromUtf8(ledgerCsv(oneRowLedger(QStringLiteral("A")), CsvDialect::Rfc));
    QVERIFY(row.contains(QStringLiteral(",-35.00,")));
}

void ExportCsvTest::quotingFollowsRfc4180()
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                QStringLiteral("plain")});
    QCOMPARE(csv.bytes(), QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\n"));
}

QTEST_GUILESS_MAIN(ExportCsvTest)
#include "test_export_csv.moc"

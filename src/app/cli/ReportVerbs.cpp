#include "CliContext.h"
#include "Verbs.h"

#include "core/Period.h"
#include "export/ReportCsv.h"
#include "storage/Reports.h"

#include <QFile>

namespace callscore::cli {

namespace {

const QCommandLineOption kCsvOption(QStringLiteral("csv"),
                                    QStringLiteral("Write the CSV to OUT instead of standard "
                                                   "output."),
                                    QStringLiteral("OUT"));
const QCommandLineOption kAsOfOption(QStringLiteral("as-of"),
                                     QStringLiteral("Treat this moment (ISO-8601) as now, so the "
                                                    "report can be reproduced."),
                                     QStringLiteral("ISO-8601"));
const QCommandLineOption kWeekOption(QStringLiteral("week"),
                                     QStringLiteral("The ISO week, e.g. 2024-W05."),
                                     QStringLiteral("YYYY-Www"));
const QCommandLineOption kDialectOption(QStringLiteral("dialect"),
                                        QStringLiteral("rfc (UTF-8, comma, 150.00; default) or "
                                                       "excel-ru (BOM, semicolon, 150,00)."),
                                        QStringLiteral("rfc|excel-ru"));

// Reads --as-of in the rules' zone; without it, now.
std::optional<QDateTime> asOf(CliContext& context)
{
    if (!context.parser().isSet(kAsOfOption))
        return QDateTime::currentDateTimeUtc();
    const QString text = context.parser().value(kAsOfOption);
    const QDateTime moment = parseMoment(text, context.store().rules().timeZone());
    if (!moment.isValid()) {
        context.fail(QStringLiteral("--as-of %1 is not an ISO-8601 moment such as "
                                    "2024-02-05T09:00:00+03:00")
                         .arg(text));
        return std::nullopt;
    }
    return moment;
}

std::optional<IsoWeek> week(CliContext& context)
{
    const QString text = context.parser().value(kWeekOption);
    const auto parsed = IsoWeek::parse(text);
    if (!parsed)
        context.fail(QStringLiteral("--week %1 is not an ISO week such as 2024-W05").arg(text));
    return parsed;
}

std::optional<CsvDialect> dialect(CliContext& context)
{
    const QString text = context.parser().value(kDialectOption);
    const auto parsed = csvDialectFromName(text);
    if (!parsed)
        context.fail(QStringLiteral("--dialect %1: use rfc or excel-ru").arg(text));
    return parsed;
}

struct WeekRequest {
    IsoWeek week;
    QDateTime asOfUtc;
    CsvDialect dialect = CsvDialect::Rfc;
};

// What ledger and statement both read after parsing: the dialect, the week
// and the moment, with the store opened. Nothing when any is wrong, the
// reason already printed.
std::optional<WeekRequest> readWeekRequest(CliContext& context)
{
    const auto chosenDialect = dialect(context);
    if (!chosenDialect || !context.openStore())
        return std::nullopt;
    const auto chosenWeek = week(context);
    const auto now = asOf(context);
    if (!chosenWeek || !now)
        return std::nullopt;
    return WeekRequest{*chosenWeek, *now, *chosenDialect};
}

std::optional<QDate> dateOption(CliContext& context, const QString& name)
{
    const QString text = context.parser().value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        context.fail(QStringLiteral("--%1 %2 is not a date such as 2024-01-28").arg(name, text));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

int runRulesSet(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("rules set"),
                       QStringLiteral("Replace the bonus and fine rules with those in FILE."));
    if (!context.parse(1, QStringLiteral("FILE")))
        return context.exitStatus();

    const QString path = context.positionals().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QString error;
    const auto rules = Rules::fromJson(file.readAll(), &error);
    if (!rules)
        return context.fail(QStringLiteral("%1: %2").arg(path, error));

    if (!context.openStore())
        return context.exitStatus();
    if (!context.store().setRules(*rules))
        return context.fail(context.store().lastError());
    context.out() << "rules set from " << path << Qt::endl;
    return kDone;
}

int runRulesShow(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("rules show"),
                       QStringLiteral("Print the rules in force as JSON."));
    if (!context.parse(0, QString()) || !context.openStore())
        return context.exitStatus();
    return context.writeOutput(context.store().rules().toJson(), QString());
}

int runCalls(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("calls"),
                       QStringLiteral("List the calls in the store, one CSV row each."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First local date to include."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last local date to include."),
                                QStringLiteral("DATE"));
    const QCommandLineOption manager(QStringLiteral("manager"),
                                     QStringLiteral("Only this manager's calls."),
                                     QStringLiteral("NAME"));
    context.parser().addOptions({from, to, manager, kCsvOption});
    if (!context.parse(0, QString()) || !context.openStore())
        return context.exitStatus();

    const QTimeZone zone = context.store().rules().timeZone();
    QDateTime fromUtc;
    QDateTime toUtc;
    if (context.parser().isSet(from)) {
        const auto date = dateOption(context, from.names().first());
        if (!date)
            return kNothingDone;
        fromUtc = startOfLocalDay(*date, zone);
    }
    if (context.parser().isSet(to)) {
        const auto date = dateOption(context, to.names().first());
        if (!date)
            return kNothingDone;
        toUtc = startOfLocalDay(date->addDays(1), zone);
    }

    const auto calls = context.store().calls(fromUtc, toUtc, context.parser().value(manager));
    return context.writeOutput(callsCsv(calls, zone, CsvDialect::Rfc),
                               context.parser().value(kCsvOption));
}

int runSample(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("sample"),
                       QStringLiteral("Build and print the review queue of a day."));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The queue's day."),
                                  QStringLiteral("YYYY-MM-DD"));
    context.parser().addOptions({date, kCsvOption});
    if (!context.parse(0, QString()) || !context.openStore())
        return context.exitStatus();
    if (!context.parser().isSet(date))
        return context.fail(QStringLiteral("sample needs --date YYYY-MM-DD"));
    const auto day = dateOption(context, date.names().first());
    if (!day)
        return kNothingDone;

    const QVector<CallRecord> queue = Reports(context.store()).reviewQueue(*day);
    const QTimeZone zone = context.store().rules().timeZone();
    return context.writeOutput(callsCsv(queue, zone, CsvDialect::Rfc),
                               context.parser().value(kCsvOption));
}

int runCallbacks(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("callbacks"),
                       QStringLiteral("List every promised callback with its status."));
    context.parser().addOptions({kAsOfOption, kCsvOption});
    if (!context.parse(0, QString()) || !context.openStore())
        return context.exitStatus();
    const auto now = asOf(context);
    if (!now)
        return kNothingDone;

    const auto callbacks = Reports(context.store()).callbacks(*now);
    return context.writeOutput(
        callbacksCsv(callbacks, context.store().rules().timeZone(), CsvDialect::Rfc),
        context.parser().value(kCsvOption));
}

int runLedger(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("ledger"),
                       QStringLiteral("Weekly totals per manager (or per reviewer)."));
    const QCommandLineOption reviewers(QStringLiteral("reviewers"),
                                       QStringLiteral("Totals per reviewer instead."));
    context.parser().addOptions({kWeekOption, kAsOfOption, reviewers, kCsvOption, kDialectOption});
    if (!context.parse(0, QString()))
        return context.exitStatus();
    if (!context.parser().isSet(kWeekOption))
        return context.fail(QStringLiteral("ledger needs --week YYYY-Www"));
    const auto request = readWeekRequest(context);
    if (!request)
        return kNothingDone;

    const WeekLedger ledger = Reports(context.store()).weekLedger(request->week, request->asOfUtc);
    const QByteArray csv = context.parser().isSet(reviewers)
                               ? reviewerLedgerCsv(ledger, request->dialect)
                               : ledgerCsv(ledger, request->dialect);
    return context.writeOutput(csv, context.parser().value(kCsvOption));
}

int runStatement(const QStringList& arguments)
{
    CliContext context(arguments, QStringLiteral("statement"),
                       QStringLiteral("One manager's ledger entries for a week, line by line."));
    const QCommandLineOption manager(QStringLiteral("manager"), QStringLiteral("The manager."),
                                     QStringLiteral("NAME"));
    context.parser().addOptions({manager, kWeekOption, kAsOfOption, kCsvOption, kDialectOption});
    if (!context.parse(0, QString()))
        return context.exitStatus();
    if (!context.parser().isSet(manager) || !context.parser().isSet(kWeekOption))
        return context.fail(QStringLiteral("statement needs --manager NAME and --week YYYY-Www"));
    const auto request = readWeekRequest(context);
    if (!request)
        return kNothingDone;

    const QString name = context.parser().value(manager);
    const auto member = context.store().staffMember(name);
    if (!member || member->role != StaffRole::Manager)
        return context.fail(QStringLiteral("no manager named \"%1\" in the roster").arg(name));

    const WeekLedger ledger = Reports(context.store()).weekLedger(request->week, request->asOfUtc);
    return context.writeOutput(
        statementCsv(ledger, name, context.store().rules().timeZone(), request->dialect),
        context.parser().value(kCsvOption));
}

} // namespace callscore::cli

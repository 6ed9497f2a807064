#include "CliContext.h"
#include "Verbs.h"

#include "import/Importer.h"

#include <QTimeZone>

namespace callscore::cli {

namespace {

struct ImportOptions {
    QCommandLineOption layout{QStringLiteral("layout"),
                              QStringLiteral("asterisk (cdr_csv Master.csv, default) or the path "
                                             "of a column-mapping JSON."),
                              QStringLiteral("NAME|mapping.json")};
    QCommandLineOption recordings{QStringLiteral("recordings"),
                                  QStringLiteral("Folder of recordings named after the calls."),
                                  QStringLiteral("DIR")};
    QCommandLineOption sourceZone{QStringLiteral("source-tz"),
                                  QStringLiteral("IANA zone of times written without an offset "
                                                 "(default: the rules' time zone)."),
                                  QStringLiteral("ZONE")};
    QCommandLineOption mapping{QStringLiteral("mapping"),
                               QStringLiteral("Column-mapping JSON for a CRM CSV whose headers "
                                              "are not recognised."),
                               QStringLiteral("FILE")};
    QCommandLineOption region{QStringLiteral("region"),
                              QStringLiteral("Default region for phone numbers (default RU)."),
                              QStringLiteral("CC")};
};

QString summaryFor(const QString& what)
{
    if (what == QLatin1String("staff"))
        return QStringLiteral("Import the roster CSV: name,role,extension,team,team_leader,"
                              "start_date. Re-import updates people by name.");
    if (what == QLatin1String("cdr"))
        return QStringLiteral("Import a call log: Asterisk cdr_csv Master.csv, or any CSV "
                              "through a column-mapping JSON.");
    if (what == QLatin1String("crm"))
        return QStringLiteral("Import CRM call outcomes, CSV or JSON.");
    if (what == QLatin1String("template"))
        return QStringLiteral("Import a checklist template JSON.");
    return QStringLiteral("Import already-scored reviews JSON.");
}

std::optional<QTimeZone> zoneOption(CliContext& context, const QCommandLineOption& option)
{
    const QByteArray id = context.parser().value(option).toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id)) {
        context.fail(QStringLiteral("--source-tz %1 is not a known IANA time zone")
                         .arg(QString::fromUtf8(id)));
        return std::nullopt;
    }
    return QTimeZone(id);
}

int reportResult(CliContext& context, const ImportReport& report)
{
    for (const QString& problem : report.problems)
        context.warn(problem);
    if (report.fatal)
        return context.fail(report.fatalError);

    context.out() << report.summary() << Qt::endl;
    return report.rejected > 0 || !report.problems.isEmpty() ? kRowsRejected : kDone;
}

} // namespace

int runImport(const QStringList& arguments, const QString& what)
{
    CliContext context(arguments, QStringLiteral("import ") + what, summaryFor(what));
    const ImportOptions options;
    if (what == QLatin1String("cdr"))
        context.parser().addOptions(
            {options.layout, options.recordings, options.sourceZone, options.region});
    if (what == QLatin1String("crm"))
        context.parser().addOptions({options.mapping, options.sourceZone, options.region});
    if (what == QLatin1String("reviews"))
        context.parser().addOption(options.sourceZone);
    if (!context.parse(1, QStringLiteral("FILE")))
        return context.exitStatus();

    // optionNames() lists the options given, without warning about those
    // this verb does not define.
    const QStringList given = context.parser().optionNames();
    const auto zone = given.contains(QStringLiteral("source-tz"))
                          ? zoneOption(context, options.sourceZone)
                          : QTimeZone();
    if (!zone)
        return kNothingDone;
    if (!context.openStore())
        return context.exitStatus();

    const QString path = context.positionals().first();
    const QString region = given.contains(QStringLiteral("region"))
                               ? context.parser().value(options.region).toUpper()
                               : QStringLiteral("RU");
    Importer importer(context.store());

    if (what == QLatin1String("staff"))
        return reportResult(context, importer.importStaff(path));
    if (what == QLatin1String("template"))
        return reportResult(context, importer.importTemplate(path));
    if (what == QLatin1String("reviews")) {
        ReviewImportOptions reviewOptions;
        reviewOptions.sourceZone = *zone;
        return reportResult(context, importer.importReviews(path, reviewOptions));
    }
    if (what == QLatin1String("crm")) {
        CrmImportOptions crmOptions;
        crmOptions.mappingPath = context.parser().value(options.mapping);
        crmOptions.sourceZone = *zone;
        crmOptions.region = region;
        return reportResult(context, importer.importCrm(path, crmOptions));
    }

    CdrImportOptions cdrOptions;
    if (context.parser().isSet(options.layout))
        cdrOptions.layout = context.parser().value(options.layout);
    cdrOptions.recordingsDir = context.parser().value(options.recordings);
    cdrOptions.sourceZone = *zone;
    cdrOptions.region = region;
    return reportResult(context, importer.importCdr(path, cdrOptions));
}

} // namespace callscore::cli

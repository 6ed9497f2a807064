#include "CliContext.h"
#include "Verbs.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace {

using callscore::cli::kDone;
using callscore::cli::kNothingDone;

struct Verb {
    const char* words;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const Verb kVerbs[] = {
    {"import staff", "import staff FILE: roster CSV; re-import updates people by name",
     [](const QStringList& a) { return callscore::cli::runImport(a, QStringLiteral("staff")); }},
    {"import cdr",
     "import cdr FILE [--layout asterisk|mapping.json] [--recordings DIR] "
     "[--source-tz ZONE]: call log",
     [](const QStringList& a) { return callscore::cli::runImport(a, QStringLiteral("cdr")); }},
    {"import crm", "import crm FILE [--mapping FILE]: CRM outcomes, CSV or JSON",
     [](const QStringList& a) { return callscore::cli::runImport(a, QStringLiteral("crm")); }},
    {"import template", "import template FILE: checklist template JSON",
     [](const QStringList& a) { return callscore::cli::runImport(a, QStringLiteral("template")); }},
    {"import reviews", "import reviews FILE: already-scored reviews JSON",
     [](const QStringList& a) { return callscore::cli::runImport(a, QStringLiteral("reviews")); }},
    {"rules set", "rules set FILE: replace the bonus and fine rules", callscore::cli::runRulesSet},
    {"rules show", "rules show: print the rules in force", callscore::cli::runRulesShow},
    {"calls", "calls [--from DATE] [--to DATE] [--manager NAME] [--csv OUT]: the calls",
     callscore::cli::runCalls},
    {"sample", "sample --date YYYY-MM-DD: build and print that day's review queue",
     callscore::cli::runSample},
    {"callbacks", "callbacks [--as-of ISO-8601] [--csv OUT]: promised callbacks and status",
     callscore::cli::runCallbacks},
    {"ledger",
     "ledger --week YYYY-Www [--as-of ISO-8601] [--reviewers] [--csv OUT] "
     "[--dialect rfc|excel-ru]: weekly totals",
     callscore::cli::runLedger},
    {"statement", "statement --manager NAME --week YYYY-Www [--csv OUT]: one manager's entries",
     callscore::cli::runStatement},
};

// The words that are not options, with the value of --db skipped, so that
// `--db X import staff F` and `import staff F --db X` both work.
QStringList verbWords(const QStringList& arguments)
{
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            words.append(argument);
    }
    return words;
}

int printUsage(FILE* stream, const QString& group = {})
{
    QTextStream out(stream);
    if (!group.isEmpty()) {
        out << "Usage: callscore-cli [--db PATH] " << group << " ... (see each one's --help)\n\n";
        for (const Verb& verb : kVerbs) {
            if (QString::fromUtf8(verb.words).startsWith(group + QLatin1Char(' ')))
                out << "  " << QString::fromUtf8(verb.summary) << '\n';
        }
        return stream == stdout ? kDone : kNothingDone;
    }

    out << "Usage: callscore-cli [--db PATH] VERB [options]\n\n"
        << "The CallScore store and rules without a window. Every verb takes --db PATH (else "
           "$CALLSCORE_DB, else callscore.sqlite in the application-data folder) and --help.\n\n"
        << "Verbs:\n";
    for (const Verb& verb : kVerbs)
        out << "  " << QString::fromUtf8(verb.summary) << '\n';
    out << "\nExit status: 0 done; 1 done, but some input rows were rejected (each reported as "
           "FILE:LINE: reason); 2 nothing done.\n";
    return stream == stdout ? kDone : kNothingDone;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CallScore"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallScore"));

    // Standard error is for FILE:LINE problems that scripts read; progress
    // notes appear only when asked for through QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("callscore.*=false"));

    const QStringList arguments = QCoreApplication::arguments();
    const QStringList words = verbWords(arguments);
    if (words.isEmpty()) {
        const bool help = arguments.contains(QStringLiteral("--help")) ||
                          arguments.contains(QStringLiteral("-h"));
        return printUsage(help ? stdout : stderr);
    }

    for (const Verb& verb : kVerbs) {
        const QStringList verbParts = QString::fromUtf8(verb.words).split(QLatin1Char(' '));
        if (words.mid(0, verbParts.size()) == verbParts)
            return verb.run(arguments);
    }

    // "import" or "rules" alone: the group's verbs.
    const bool help =
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    const QString group = words.first();
    if (words.size() == 1 && (group == QLatin1String("import") || group == QLatin1String("rules")))
        return printUsage(help ? stdout : stderr, group);

    QTextStream(stderr) << "callscore-cli: unknown verb \"" << words.join(QLatin1Char(' '))
                        << "\"\n\n";
    printUsage(stderr);
    return kNothingDone;
}

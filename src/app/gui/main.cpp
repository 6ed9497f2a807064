// The CallScore desktop application.

#include "ScreenshotTaker.h"

#include "storage/Database.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/PageContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include <cstring>
#include <optional>

using namespace callscore;

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitDatabase = 2;

struct Arguments {
    QString databasePath;
    bool english = false;
    QDate queueDate;
    QString reviewer;
    QString screenshot;
    MainWindow::Page page = MainWindow::ReviewPageIndex;
};

void printError(const QString& message)
{
    QTextStream(stderr) << "callscore: " << message << Qt::endl;
}

// The platform plugin is chosen when QApplication is built, so --offscreen
// (or its alias --headless) has to be seen before the real parser runs.
// Help needs no window either. Without a display and without --offscreen Qt
// would abort, so say what to do instead. Returns false when it cannot run.
bool choosePlatform(int argc, char** argv)
{
    bool offscreen = false;
    for (int i = 1; i < argc; ++i) {
        const bool help = std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
        offscreen = offscreen || help || std::strcmp(argv[i], "--offscreen") == 0 ||
                    std::strcmp(argv[i], "--headless") == 0;
    }

    if (offscreen) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Nothing is heard without a window: skip the sound card search.
        if (qEnvironmentVariableIsEmpty("CALLSCORE_AUDIO_SINK"))
            qputenv("CALLSCORE_AUDIO_SINK", "fakesink sync=true");
        return true;
    }
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") ||
                            !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                            !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!hasDisplay) {
        printError(QStringLiteral("there is no display to open a window on; run with "
                                  "--offscreen --screenshot FILE.png for a picture instead"));
    }
    return hasDisplay;
}

// Developer notes stay quiet unless asked for through QT_LOGGING_RULES.
void quietDebugLogging()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("callscore.*.debug=false"));
}

std::optional<Arguments> parseArguments(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CallScore: call quality reviews, bonuses and fines."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The store (else $CALLSCORE_DB, else the default)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: ru or en (default: system)."),
                                  QStringLiteral("ru|en"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The review queue's date (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      QStringLiteral("The reviewer to start as."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption offscreen({QStringLiteral("offscreen"), QStringLiteral("headless")},
                                       QStringLiteral("Run without a display."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Open the queue's first call, save a picture of the window and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("With --screenshot: the page to show, queue, "
                                                 "review (default) or ledger."),
                                  QStringLiteral("queue|review|ledger"));
    parser.addOptions({db, lang, date, reviewer, offscreen, screenshot, page});
    parser.process(app);

    Arguments arguments;
    arguments.databasePath = parser.isSet(db) ? parser.value(db) : Database::defaultPath();
    const QString language = parser.isSet(lang) ? parser.value(lang).toLower()
                                                : (QLocale::system().language() == QLocale::Russian
                                                       ? QStringLiteral("ru")
                                                       : QStringLiteral("en"));
    if (language != QLatin1String("ru") && language != QLatin1String("en")) {
        printError(QStringLiteral("--lang takes ru or en, not %1").arg(language));
        return std::nullopt;
    }
    arguments.english = language == QLatin1String("en");

    if (parser.isSet(date)) {
        arguments.queueDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!arguments.queueDate.isValid()) {
            printError(QStringLiteral("--date takes YYYY-MM-DD, not %1").arg(parser.value(date)));
            return std::nullopt;
        }
    }
    arguments.reviewer = parser.value(reviewer);
    arguments.screenshot = parser.value(screenshot);

    const QString pageName = parser.value(page).toLower();
    if (pageName == QLatin1String("queue")) {
        arguments.page = MainWindow::QueuePageIndex;
    } else if (pageName == QLatin1String("ledger")) {
        arguments.page = MainWindow::LedgerPageIndex;
    } else if (!pageName.isEmpty() && pageName != QLatin1String("review")) {
        printError(QStringLiteral("--page takes queue, review or ledger, not %1").arg(pageName));
        return std::nullopt;
    }
    return arguments;
}

// The Russian interface: the application's own strings plus Qt's dialogs.
void installRussian(QApplication& app)
{
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/callscore_ru.qm")))
        app.installTranslator(own);
    else
        printError(QStringLiteral("the Russian translation is missing from this build"));

    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);

    if (QLocale().language() != QLocale::Russian)
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
}

void reportDatabaseError(const Database& database, bool interactive)
{
    const QString message =
        QCoreApplication::translate("main", "The store %1 cannot be opened:\n%2")
            .arg(database.path(), database.errorString());
    printError(message);
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CallScore"), message);
}

} // namespace

int main(int argc, char* argv[])
{
    if (!choosePlatform(argc, argv))
        return kExitUsage;
    quietDebugLogging();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CallScore"));
    QApplication::setOrganizationName(QStringLiteral("CallScore"));

    const std::optional<Arguments> arguments = parseArguments(app);
    if (!arguments)
        return kExitUsage;
    if (!arguments->english)
        installRussian(app);
    else if (QLocale().language() == QLocale::Russian)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    Database database;
    const bool interactive = arguments->screenshot.isEmpty() &&
                             QApplication::platformName() != QLatin1String("offscreen");
    if (!database.open(arguments->databasePath)) {
        reportDatabaseError(database, interactive);
        return kExitDatabase;
    }
    Store store(database);
    if (!store.ensureDefaultTemplate())
        printError(
            QStringLiteral("the default checklist could not be stored: %1").arg(store.lastError()));

    PageContext context;
    context.store = &store;
    context.worker = StoreWorker(database.path());
    context.english = arguments->english;
    MainWindowOptions options;
    options.queueDate = arguments->queueDate;
    options.reviewer = arguments->reviewer;

    MainWindow window(context, options);
    window.resize(ScreenshotTaker::windowSize());
    window.show();
    if (arguments->screenshot.isEmpty())
        return app.exec();

    ScreenshotTaker taker(window, arguments->screenshot, arguments->page);
    QObject::connect(&taker, &ScreenshotTaker::finished, &app, &QCoreApplication::exit);
    return app.exec();
}

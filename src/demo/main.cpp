#include "DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

using callscore::demo::DemoGenerator;

namespace {

constexpr quint64 kDefaultSeed = 20240128;

QDate moscowToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Moscow")).date();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callscore-demo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes CallScore demo inputs (staff.csv, Master.csv, recordings.tsv, crm.csv, "
        "reviews.json) for the two weeks before today."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder to write into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The demo's today (default: today in Moscow)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (default %1).").arg(kDefaultSeed),
                                  QStringLiteral("N"));
    parser.addOptions({out, today, seed});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(out)) {
        err << "callscore-demo: --out DIR is required\n";
        return 2;
    }

    QDate date = moscowToday();
    if (parser.isSet(today))
        date = QDate::fromString(parser.value(today), Qt::ISODate);
    bool seedOk = true;
    const quint64 seedValue =
        parser.isSet(seed) ? parser.value(seed).toULongLong(&seedOk) : kDefaultSeed;
    if (!date.isValid() || !seedOk) {
        err << "callscore-demo: --today wants YYYY-MM-DD and --seed a whole number\n";
        return 2;
    }

    DemoGenerator generator(date, seedValue);
    generator.generate();
    QString error;
    if (!generator.writeTo(parser.value(out), &error)) {
        err << "callscore-demo: " << error << '\n';
        return 2;
    }

    QTextStream(stdout) << generator.summary() << '\n';
    return 0;
}

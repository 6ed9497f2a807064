#pragma once

#include "storage/Database.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace callscore::cli {

// Exit statuses promised by FORMATS.md.
enum ExitStatus { kDone = 0, kRowsRejected = 1, kNothingDone = 2 };

// What every verb shares: its parser, the store it works on and the two
// output streams. A verb adds its options, calls parse(), then openStore().
class CliContext
{
public:
    CliContext(QStringList arguments, QString verbName, QString summary);

    QCommandLineParser& parser() { return m_parser; }
    // Parses; prints help or a usage error itself. Returns false when the
    // verb must stop, with exitStatus() telling how.
    bool parse(int positionalCount, const QString& positionalSyntax);
    QStringList positionals() const;

    bool openStore();
    Store& store() { return *m_store; }
    Database& database() { return m_database; }

    int exitStatus() const { return m_exitStatus; }
    int fail(const QString& message); // prints to stderr, returns kNothingDone
    void warn(const QString& message);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Writes to --csv OUT when given, else to standard output.
    int writeOutput(const QByteArray& bytes, const QString& csvPath);

private:
    QStringList m_arguments;
    QString m_verbName;
    QString m_positionalSyntax;
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    Database m_database;
    std::unique_ptr<Store> m_store;
    int m_exitStatus = kDone;
    int m_verbWords = 1;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace callscore::cli

#include "CliContext.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace callscore::cli {

CliContext::CliContext(QStringList arguments, QString verbName, QString summary)
    : m_arguments(std::move(arguments))
    , m_verbName(std::move(verbName))
    , m_dbOption(QStringLiteral("db"),
                 QStringLiteral("The store to use (else $CALLSCORE_DB, else the default one)."),
                 QStringLiteral("PATH"))
    , m_verbWords(int(m_verbName.count(QLatin1Char(' ')) + 1))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(summary);
    m_parser.addHelpOption();
    m_parser.addOption(m_dbOption);
}

bool CliContext::parse(int positionalCount, const QString& positionalSyntax)
{
    m_positionalSyntax = positionalSyntax;

    if (!m_parser.parse(m_arguments)) {
        m_exitStatus = fail(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the program by its path and the verb words as
        // arguments; a line of our own reads better.
        QString help = m_parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        m_out << "Usage: callscore-cli [--db PATH] " << m_verbName << " [options] "
              << m_positionalSyntax << '\n'
              << help;
        m_out.flush();
        m_exitStatus = kDone;
        return false;
    }
    if (positionals().size() != positionalCount) {
        m_exitStatus = fail(QStringLiteral("usage: callscore-cli %1 %2 (see --help)")
                                .arg(m_verbName, positionalSyntax));
        return false;
    }
    return true;
}

QStringList CliContext::positionals() const
{
    return m_parser.positionalArguments().mid(m_verbWords);
}

bool CliContext::openStore()
{
    const QString path =
        m_parser.isSet(m_dbOption) ? m_parser.value(m_dbOption) : Database::defaultPath();
    if (!m_database.open(path)) {
        m_exitStatus = fail(m_database.errorString());
        return false;
    }
    m_store = std::make_unique<Store>(m_database);
    if (!m_store->ensureDefaultTemplate()) {
        m_exitStatus = fail(m_store->lastError());
        return false;
    }
    return true;
}

int CliContext::fail(const QString& message)
{
    m_err << "callscore-cli: " << message << Qt::endl;
    return kNothingDone;
}

void CliContext::warn(const QString& message)
{
    m_err << message << Qt::endl;
}

int CliContext::writeOutput(const QByteArray& bytes, const QString& csvPath)
{
    if (csvPath.isEmpty()) {
        m_out.flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return kDone;
    }

    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(csvPath, file.errorString()));
    return kDone;
}

} // namespace callscore::cli

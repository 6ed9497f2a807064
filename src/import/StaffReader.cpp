#include "StaffReader.h"

#include <QSet>

namespace callscore {

namespace {

std::optional<bool> parseYesNo(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("no") || key == QStringLiteral("нет") ||
        key == QLatin1String("false") || key == QLatin1String("0"))
        return false;
    if (key == QLatin1String("yes") || key == QStringLiteral("да") ||
        key == QLatin1String("true") || key == QLatin1String("1"))
        return true;
    return std::nullopt;
}

} // namespace

QVector<StaffRow> StaffReader::read(const QVector<CsvRecord>& records)
{
    m_problems.clear();
    m_fatal.clear();
    m_columns.clear();
    if (records.isEmpty()) {
        m_fatal = QStringLiteral("the file is empty; expected the header "
                                 "name,role,extension,team,team_leader,start_date");
        return {};
    }

    const QStringList& header = records.constFirst().fields;
    for (int i = 0; i < header.size(); ++i)
        m_columns.insert(header.at(i).trimmed().toLower(), i);
    if (!m_columns.contains(QStringLiteral("name")) ||
        !m_columns.contains(QStringLiteral("role"))) {
        m_fatal = QStringLiteral("the header must have at least the columns name and role "
                                 "(name,role,extension,team,team_leader,start_date)");
        return {};
    }

    QVector<StaffRow> rows;
    QHash<QString, int> lineByName;
    QHash<QString, QString> ownerByExtension;
    for (int i = 1; i < records.size(); ++i) {
        StaffRow row{records.at(i).line, {}};
        QString error;
        if (parseRow(records.at(i), &row.member, &error) &&
            isUnique(row, lineByName, ownerByExtension, &error)) {
            rows.append(row);
            continue;
        }
        m_problems.append({row.line, error});
    }
    return rows;
}

bool StaffReader::isUnique(const StaffRow& row, QHash<QString, int>& lineByName,
                           QHash<QString, QString>& ownerByExtension, QString* error)
{
    const int seen = lineByName.value(row.member.name, 0);
    if (seen != 0) {
        *error = QStringLiteral("\"%1\" is listed again (first on line %2)")
                     .arg(row.member.name)
                     .arg(seen);
        return false;
    }

    // Calls are attributed by extension, so one extension must name one person.
    for (const QString& extension : row.member.extensions) {
        const QString owner = ownerByExtension.value(extension);
        if (!owner.isEmpty()) {
            *error = QStringLiteral("extension %1 already belongs to %2").arg(extension, owner);
            return false;
        }
    }

    lineByName.insert(row.member.name, row.line);
    for (const QString& extension : row.member.extensions)
        ownerByExtension.insert(extension, row.member.name);
    return true;
}

QString StaffReader::field(const CsvRecord& record, const char* name) const
{
    const int column = m_columns.value(QLatin1String(name), -1);
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed()
                                                        : QString();
}

bool StaffReader::parseRow(const CsvRecord& record, StaffMember* member, QString* error) const
{
    member->name = field(record, "name");
    if (member->name.isEmpty()) {
        *error = QStringLiteral("no name");
        return false;
    }

    const QString role = field(record, "role");
    const auto parsedRole = staffRoleFromName(role);
    if (!parsedRole) {
        *error = QStringLiteral("unknown role \"%1\" (expected manager, reviewer or supervisor)")
                     .arg(role);
        return false;
    }
    member->role = *parsedRole;

    for (const QString& extension : field(record, "extension").split(QLatin1Char('|'))) {
        if (!extension.trimmed().isEmpty())
            member->extensions.append(extension.trimmed());
    }
    // Kept sorted, as the store returns them, so a re-import compares equal.
    member->extensions.sort();
    member->team = field(record, "team");

    const QString leader = field(record, "team_leader");
    const auto isLeader = parseYesNo(leader);
    if (!isLeader) {
        *error = QStringLiteral("team_leader \"%1\" is not yes or no").arg(leader);
        return false;
    }
    member->teamLeader = *isLeader;

    const QString start = field(record, "start_date");
    member->startDate = QDate::fromString(start, Qt::ISODate);
    if (!start.isEmpty() && !member->startDate.isValid()) {
        *error = QStringLiteral("start_date \"%1\" is not a date YYYY-MM-DD").arg(start);
        return false;
    }
    return true;
}

} // namespace callscore

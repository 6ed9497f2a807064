#include "DemoFiles.h"

#include "ReviewPlanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace callscore::demo {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
const QString kExcelTime = QStringLiteral("dd.MM.yyyy HH:mm");

// Excel quotes a cell only when it has to.
QString excelCell(const QString& text)
{
    static const QString kSpecial = QStringLiteral(";\"\r\n");
    bool needsQuotes = false;
    for (QChar c : text)
        needsQuotes = needsQuotes || kSpecial.contains(c);
    if (!needsQuotes)
        return text;

    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QByteArray DemoFiles::staffCsv(const QVector<DemoManager>& managers, const QString& reviewer,
                               const QString& supervisor)
{
    QStringList lines = {QStringLiteral("name,role,extension,team,team_leader,start_date")};
    for (const DemoManager& manager : managers) {
        lines.append(QStringList{manager.name, QStringLiteral("manager"), manager.extension,
                                 manager.team,
                                 manager.leader ? QStringLiteral("yes") : QStringLiteral("no"),
                                 manager.startDate.toString(Qt::ISODate)}
                         .join(QLatin1Char(',')));
    }
    lines.append(reviewer + QStringLiteral(",reviewer,,,,"));
    lines.append(supervisor + QStringLiteral(",supervisor,,,,"));
    return kBom + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray DemoFiles::recordingsTsv(const QVector<DemoCall>& calls)
{
    QByteArray out = "path\tformat\tchannels\tseconds\tcall_id\n";
    for (const DemoCall& call : calls) {
        if (call.recordingPath.isEmpty())
            continue;
        out += QStringList{call.recordingPath, call.recordingFormat,
                           QString::number(call.recordingChannels), QString::number(call.billsec),
                           call.linkedId}
                   .join(QLatin1Char('\t'))
                   .toUtf8();
        out += '\n';
    }
    return out;
}

QByteArray DemoFiles::crmCsv(const DemoScenario& scenario)
{
    // Russian-locale Excel: ';', CRLF, dd.MM.yyyy HH:mm; saved as "CSV UTF-8"
    // so it carries a BOM.
    QStringList lines = {QStringLiteral("Дата звонка;ID звонка;Менеджер;Телефон клиента;"
                                        "Результат;Перезвонить до;Комментарий")};
    for (const DemoOutcome& outcome : scenario.outcomes) {
        const DemoCall& call = scenario.calls.at(outcome.call);
        const QString due = outcome.due.isValid() ? outcome.due.toString(kExcelTime) : QString();
        const QStringList cells = {
            call.start.toString(kExcelTime),
            call.linkedId,
            scenario.managers.at(call.manager).name,
            outcome.phoneTyped,
            outcome.result,
            due,
            outcome.comment,
        };
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(excelCell(cell));
        lines.append(escaped.join(QLatin1Char(';')));
    }
    return kBom + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray DemoFiles::reviewsJson(const DemoScenario& scenario, const QString& reviewer)
{
    QJsonArray reviews;
    for (const DemoReview& review : scenario.reviews) {
        QJsonObject answers;
        for (const auto& [item, answer] : review.answers)
            answers.insert(item, answer);

        QJsonObject object{
            {QStringLiteral("call_id"), scenario.calls.at(review.call).linkedId},
            {QStringLiteral("reviewer"), reviewer},
            {QStringLiteral("template"), ReviewPlanner::templateId()},
            {QStringLiteral("template_version"), ReviewPlanner::templateVersion()},
            {QStringLiteral("submitted_at"), review.submitted.toString(Qt::ISODate)},
            {QStringLiteral("answers"), answers},
        };
        if (!review.comment.isEmpty())
            object.insert(QStringLiteral("comment"), review.comment);
        reviews.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("reviews"), reviews}}).toJson();
}

bool DemoFiles::write(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace callscore::demo

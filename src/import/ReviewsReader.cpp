#include "ReviewsReader.h"

#include "JsonElementLines.h"

#include "core/Period.h"

#include <nlohmann/json.hpp>

namespace callscore {

namespace {

using Json = nlohmann::json;

QString jsonText(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    return QString::fromStdString(it->is_string() ? it->get<std::string>() : it->dump()).trimmed();
}

bool readAnswers(const Json& object, QHash<QString, Answer>* answers, QString* error)
{
    const auto it = object.find("answers");
    if (it == object.end() || !it->is_object()) {
        *error = QStringLiteral("no \"answers\" object");
        return false;
    }

    for (const auto& [item, value] : it->items()) {
        const QString word = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                               : QString::fromStdString(value.dump());
        const auto answer = answerFromName(word);
        if (!answer) {
            *error =
                QStringLiteral("item \"%1\": unknown answer \"%2\" (expected pass, fail or na)")
                    .arg(QString::fromStdString(item), word);
            return false;
        }
        answers->insert(QString::fromStdString(item), *answer);
    }
    return true;
}

bool readReview(const Json& object, const QTimeZone& zone, ReviewRecord* review, QString* error)
{
    if (!object.is_object()) {
        *error = QStringLiteral("a review must be a JSON object");
        return false;
    }

    review->callId = jsonText(object, "call_id");
    review->reviewer = jsonText(object, "reviewer");
    review->templateId = jsonText(object, "template");
    review->comment = jsonText(object, "comment");
    if (review->callId.isEmpty() || review->reviewer.isEmpty() || review->templateId.isEmpty()) {
        *error = QStringLiteral("call_id, reviewer and template are required");
        return false;
    }

    const auto version = object.find("template_version");
    if (version == object.end() || !version->is_number_integer() || version->get<int>() < 1) {
        *error = QStringLiteral("template_version must be a whole number from 1");
        return false;
    }
    review->templateVersion = version->get<int>();

    const QString submitted = jsonText(object, "submitted_at");
    review->submittedUtc = parseMoment(submitted, zone);
    if (!review->submittedUtc.isValid()) {
        *error = QStringLiteral("unparsable submitted_at \"%1\"").arg(submitted);
        return false;
    }
    return readAnswers(object, &review->answers, error);
}

} // namespace

ReviewsReader::ReviewsReader(const QTimeZone& zone)
    : m_zone(zone)
{}

QVector<ReviewRow> ReviewsReader::read(const QByteArray& json)
{
    m_problems.clear();
    m_fatal.clear();

    const Json root = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("reviews") ||
        !root.at("reviews").is_array()) {
        m_fatal = QStringLiteral("expected a JSON object {\"reviews\": [...]}");
        return {};
    }

    const QVector<int> lines = jsonArrayElementLines(json, QByteArrayLiteral("reviews"));
    QVector<ReviewRow> rows;
    int index = 0;
    for (const Json& object : root.at("reviews")) {
        ReviewRow row{lines.value(index++, 0), {}};
        QString error;
        if (readReview(object, m_zone, &row.review, &error))
            rows.append(row);
        else
            m_problems.append({row.line, error});
    }
    return rows;
}

} // namespace callscore

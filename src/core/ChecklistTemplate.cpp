#include "ChecklistTemplate.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace callscore {

namespace {

using json = nlohmann::json;

QString stringField(const json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

bool boolField(const json& object, const char* key, bool fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

std::optional<ChecklistItem> readItem(const json& object, int index, QString* error)
{
    const QString where = QStringLiteral("items[%1]").arg(index);
    if (!object.is_object()) {
        *error = where + QStringLiteral(" is not an object");
        return std::nullopt;
    }

    ChecklistItem item;
    item.id = stringField(object, "id").trimmed();
    item.text = stringField(object, "text");
    item.textEn = stringField(object, "text_en");
    item.stage = stringField(object, "stage");
    item.stageEn = stringField(object, "stage_en");
    item.critical = boolField(object, "critical", false);
    item.allowNa = boolField(object, "allow_na", false);
    if (item.id.isEmpty()) {
        *error = where + QStringLiteral(": \"id\" is missing");
        return std::nullopt;
    }

    const auto weight = object.find("weight");
    if (weight == object.end() || !weight->is_number_integer() || weight->get<int>() <= 0) {
        *error = where +
                 QStringLiteral(" (%1): \"weight\" must be a positive whole number").arg(item.id);
        return std::nullopt;
    }
    item.weight = weight->get<int>();
    return item;
}

} // namespace

QString ChecklistItem::localizedText(bool english) const
{
    return english && !textEn.isEmpty() ? textEn : text;
}

QString ChecklistItem::localizedStage(bool english) const
{
    return english && !stageEn.isEmpty() ? stageEn : stage;
}

const ChecklistItem* ChecklistTemplate::item(const QString& itemId) const
{
    for (const ChecklistItem& candidate : items) {
        if (candidate.id == itemId)
            return &candidate;
    }
    return nullptr;
}

QString ChecklistTemplate::localizedTitle(bool english) const
{
    return english && !titleEn.isEmpty() ? titleEn : title;
}

std::optional<ScoreThreshold> thresholdFromNumber(double value)
{
    if (!std::isfinite(value) || value < 0 || value > 100)
        return std::nullopt;
    return static_cast<ScoreThreshold>(std::llround(value * double(kThresholdScale)));
}

std::optional<ChecklistTemplate> ChecklistTemplate::fromJson(const QByteArray& bytes,
                                                             QString* error)
{
    const json document = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }

    ChecklistTemplate checklist;
    checklist.id = stringField(document, "id").trimmed();
    checklist.title = stringField(document, "title");
    checklist.titleEn = stringField(document, "title_en");
    if (checklist.id.isEmpty()) {
        *error = QStringLiteral("\"id\" is missing");
        return std::nullopt;
    }

    const auto version = document.find("version");
    if (version == document.end() || !version->is_number_integer() || version->get<int>() < 1) {
        *error = QStringLiteral("\"version\" must be a whole number from 1");
        return std::nullopt;
    }
    checklist.version = version->get<int>();

    const auto threshold = document.find("pass_threshold");
    if (threshold != document.end()) {
        const auto points =
            threshold->is_number() ? thresholdFromNumber(threshold->get<double>()) : std::nullopt;
        if (!points) {
            *error = QStringLiteral("\"pass_threshold\" must be a number from 0 to 100");
            return std::nullopt;
        }
        checklist.passThreshold = *points;
    }

    const auto items = document.find("items");
    if (items == document.end() || !items->is_array() || items->empty()) {
        *error = QStringLiteral("\"items\" must be a non-empty list");
        return std::nullopt;
    }
    for (size_t i = 0; i < items->size(); ++i) {
        auto item = readItem((*items)[i], int(i), error);
        if (!item)
            return std::nullopt;
        if (checklist.item(item->id)) {
            *error = QStringLiteral("item id \"%1\" appears twice").arg(item->id);
            return std::nullopt;
        }
        checklist.items.append(*item);
    }
    return checklist;
}

} // namespace callscore

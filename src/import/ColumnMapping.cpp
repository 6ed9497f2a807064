#include "ColumnMapping.h"

#include <nlohmann/json.hpp>

namespace callscore {

namespace {

using Json = nlohmann::json;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString headerKey(const QString& text)
{
    return text.trimmed().toLower();
}

bool readDelimiter(const Json& root, QChar* delimiter, QString* error)
{
    const auto it = root.find("delimiter");
    if (it == root.end())
        return true;

    const QString text = it->is_string() ? fromStd(it->get<std::string>()) : QString();
    if (text == QLatin1String("\\t") || text == QLatin1String("tab"))
        *delimiter = QLatin1Char('\t');
    else if (text.size() == 1)
        *delimiter = text.at(0);
    else
        *error = QStringLiteral("\"delimiter\" must be one character such as \";\" or \"tab\"");
    return error->isEmpty();
}

bool readColumns(const Json& root, bool header, QHash<QString, QString>* names,
                 QHash<QString, int>* index, QString* error)
{
    const auto columns = root.find("columns");
    if (columns == root.end() || !columns->is_object() || columns->empty()) {
        *error = QStringLiteral("the mapping has no \"columns\" object");
        return false;
    }

    for (const auto& [field, column] : columns->items()) {
        if (column.is_number_integer() && column.get<int>() >= 1) {
            index->insert(fromStd(field), column.get<int>() - 1);
        } else if (column.is_string() && header) {
            names->insert(fromStd(field), fromStd(column.get<std::string>()));
        } else {
            *error = QStringLiteral("column \"%1\" must be a header name or a column number "
                                    "from 1 (a name needs \"header\": true)")
                         .arg(fromStd(field));
            return false;
        }
    }
    return true;
}

// "direction_values": {"in": ["входящий"]} -> group "direction", word -> value.
QHash<QString, QHash<QString, QString>> readValueWords(const Json& root)
{
    QHash<QString, QHash<QString, QString>> groups;
    for (const auto& [key, group] : root.items()) {
        const QString name = fromStd(key);
        if (!name.endsWith(QLatin1String("_values")) || !group.is_object())
            continue;

        QHash<QString, QString>& words = groups[name.chopped(7)];
        for (const auto& [value, list] : group.items()) {
            // A single word may stand without a list around it.
            for (const Json& word : list.is_array() ? list : Json::array({list})) {
                if (word.is_string())
                    words.insert(headerKey(fromStd(word.get<std::string>())), fromStd(value));
            }
        }
    }
    return groups;
}

} // namespace

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json, QString* error)
{
    const Json root = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        *error = QStringLiteral("the mapping is not a JSON object");
        return std::nullopt;
    }

    ColumnMapping mapping;
    try {
        mapping.m_header = root.value("header", true);
        mapping.m_timeFormat = fromStd(root.value("time_format", std::string()));
        if (!readDelimiter(root, &mapping.m_delimiter, error) ||
            !readColumns(root, mapping.m_header, &mapping.m_names, &mapping.m_index, error))
            return std::nullopt;
        mapping.m_values = readValueWords(root);
    } catch (const Json::exception& e) {
        // A value of the wrong type, such as "header": "yes".
        *error = QStringLiteral("a value in the mapping has the wrong type: %1")
                     .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return mapping;
}

ColumnMapping ColumnMapping::fromHeaderNames(const QHash<QString, QString>& namesByField)
{
    ColumnMapping mapping;
    mapping.m_names = namesByField;
    return mapping;
}

bool ColumnMapping::resolve(const QStringList& header, QString* error)
{
    QHash<QString, int> columnByName;
    for (int i = int(header.size()) - 1; i >= 0; --i)
        columnByName.insert(headerKey(header.at(i)), i);

    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        const auto column = columnByName.constFind(headerKey(it.value()));
        if (column == columnByName.constEnd()) {
            *error =
                QStringLiteral("no column \"%1\" (for %2) in the header").arg(it.value(), it.key());
            return false;
        }
        m_index.insert(it.key(), *column);
    }
    return true;
}

QString ColumnMapping::value(const CsvRecord& record, const QString& field) const
{
    const int column = m_index.value(field, -1);
    if (column < 0 || column >= record.fields.size())
        return {};
    return record.fields.at(column).trimmed();
}

QString ColumnMapping::canonical(const QString& group, const QString& word) const
{
    const auto words = m_values.constFind(group);
    if (words == m_values.constEnd())
        return word;
    return words->value(headerKey(word), word);
}

} // namespace callscore

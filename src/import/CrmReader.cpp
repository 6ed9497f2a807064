#include "CrmReader.h"

#include "FieldParsers.h"
#include "JsonElementLines.h"

#include <nlohmann/json.hpp>

namespace callscore {

namespace {

using Json = nlohmann::json;

struct FieldNames {
    const char* field;
    std::initializer_list<const char16_t*> names; // lower case
};

// Header names CRM exports use, Russian and English.
const FieldNames kRecognised[] = {
    {"call_id", {u"call_id", u"call id", u"id звонка", u"ид звонка", u"идентификатор звонка"}},
    {"call_time",
     {u"call_time", u"call time", u"дата звонка", u"время звонка", u"дата и время звонка"}},
    {"manager", {u"manager", u"менеджер", u"сотрудник", u"ответственный"}},
    {"phone", {u"phone", u"customer", u"телефон клиента", u"телефон", u"номер клиента"}},
    {"outcome", {u"outcome", u"result", u"результат", u"итог звонка", u"итог"}},
    {"callback_due",
     {u"callback_due", u"callback due", u"перезвонить до", u"срок перезвона", u"дата перезвона"}},
    {"comment", {u"comment", u"комментарий", u"примечание"}},
};

QString jsonText(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    return QString::fromStdString(it->is_string() ? it->get<std::string>() : it->dump()).trimmed();
}

} // namespace

CrmReader::CrmReader(const QTimeZone& zone, const PhoneNormalizer& phones)
    : m_zone(zone)
    , m_phones(phones)
{}

ColumnMapping CrmReader::recogniseHeader(const QStringList& header)
{
    QHash<QString, QString> names;
    for (const QString& cell : header) {
        const QString key = cell.trimmed().toLower();
        for (const FieldNames& known : kRecognised) {
            for (const char16_t* name : known.names) {
                if (key == QString::fromUtf16(name) && !names.contains(QLatin1String(known.field)))
                    names.insert(QLatin1String(known.field), cell);
            }
        }
    }
    return ColumnMapping::fromHeaderNames(names);
}

QVector<CrmRow> CrmReader::readCsv(const QVector<CsvRecord>& records)
{
    m_problems.clear();
    m_fatal.clear();
    if (records.isEmpty()) {
        m_fatal = QStringLiteral("the file has no header row");
        return {};
    }

    ColumnMapping mapping = m_mapping ? *m_mapping : recogniseHeader(records.first().fields);
    if (mapping.hasHeader() && !mapping.resolve(records.first().fields, &m_fatal))
        return {};
    if (!mapping.has(QStringLiteral("call_time")) || !mapping.has(QStringLiteral("outcome")) ||
        (!mapping.has(QStringLiteral("call_id")) && !mapping.has(QStringLiteral("phone")))) {
        m_fatal = QStringLiteral("the header needs columns for the call time (\"Дата звонка\" or "
                                 "\"call_time\"), the outcome (\"Результат\" or \"outcome\") and "
                                 "the call id or the customer phone; or give a mapping JSON");
        return {};
    }
    m_timeFormat = mapping.timeFormat();

    QVector<CrmRow> rows;
    for (int i = mapping.hasHeader() ? 1 : 0; i < records.size(); ++i) {
        const CsvRecord& record = records.at(i);
        const auto value = [&](const char* field) {
            return mapping.value(record, QLatin1String(field));
        };
        const Fields fields{value("call_id"), value("call_time"), value("manager"),
                            value("phone"),   value("outcome"),   value("callback_due"),
                            value("comment")};
        CrmRow row{record.line, {}};
        QString error;
        if (checkRow(fields, &row.outcome, &error))
            rows.append(row);
        else
            m_problems.append({record.line, error});
    }
    return rows;
}

QVector<CrmRow> CrmReader::readJson(const QByteArray& json)
{
    m_problems.clear();
    m_fatal.clear();
    m_timeFormat.clear();

    const Json root = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("outcomes") ||
        !root.at("outcomes").is_array()) {
        m_fatal = QStringLiteral("expected a JSON object {\"outcomes\": [...]}");
        return {};
    }

    const QVector<int> lines = jsonArrayElementLines(json, QByteArrayLiteral("outcomes"));
    QVector<CrmRow> rows;
    int index = 0;
    for (const Json& object : root.at("outcomes")) {
        const int line = lines.value(index++, 0);
        QString error = QStringLiteral("an outcome must be a JSON object");
        CrmRow row{line, {}};
        if (object.is_object()) {
            const Fields fields{jsonText(object, "call_id"), jsonText(object, "call_time"),
                                jsonText(object, "manager"), jsonText(object, "phone"),
                                jsonText(object, "outcome"), jsonText(object, "callback_due"),
                                jsonText(object, "comment")};
            if (checkRow(fields, &row.outcome, &error)) {
                rows.append(row);
                continue;
            }
        }
        m_problems.append({line, error});
    }
    return rows;
}

bool CrmReader::checkRow(const Fields& fields, Outcome* outcome, QString* error) const
{
    outcome->callId = fields.callId;
    outcome->manager = fields.manager;
    outcome->comment = fields.comment;
    outcome->customer = m_phones.normalize(fields.phone);
    if (outcome->callId.isEmpty() && outcome->customer.isEmpty()) {
        *error = QStringLiteral("neither a call id nor a customer phone number");
        return false;
    }

    outcome->callTimeUtc = parseFileTime(fields.callTime, m_timeFormat, m_zone);
    if (!outcome->callTimeUtc.isValid()) {
        *error = QStringLiteral("unparsable call time \"%1\"").arg(fields.callTime);
        return false;
    }

    const auto kind = outcomeKindFromText(fields.outcome);
    if (!kind) {
        *error = QStringLiteral("unknown outcome \"%1\" (expected success, refusal, callback "
                                "or other)")
                     .arg(fields.outcome);
        return false;
    }
    outcome->kind = *kind;
    // Only a callback promises anything; a due time on another outcome means nothing.
    if (*kind != OutcomeKind::Callback)
        return true;

    if (fields.callbackDue.isEmpty()) {
        *error = QStringLiteral("callback without a due time");
        return false;
    }
    const QDateTime due = parseFileTime(fields.callbackDue, m_timeFormat, m_zone);
    if (!due.isValid()) {
        *error = QStringLiteral("unparsable callback due time \"%1\"").arg(fields.callbackDue);
        return false;
    }
    if (due <= outcome->callTimeUtc) {
        *error = QStringLiteral("callback due time \"%1\" is not after the call time \"%2\"")
                     .arg(fields.callbackDue, fields.callTime);
        return false;
    }
    outcome->callbackDueUtc = due;
    return true;
}

} // namespace callscore

#include "Rules.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace callscore {

namespace {

using json = nlohmann::json;

// Small reader that remembers the first problem, so the parse below reads as
// a list of fields rather than a ladder of error checks.
class RulesReader
{
public:
    explicit RulesReader(QString* error)
        : m_error(error)
    {}

    bool ok() const { return m_error->isEmpty(); }

    MinorUnits amount(const json& object, const char* key, MinorUnits fallback)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        return amountValue(*it, QString::fromLatin1(key), fallback);
    }

    MinorUnits amountValue(const json& value, const QString& where, MinorUnits fallback)
    {
        std::optional<MinorUnits> parsed;
        if (value.is_string())
            parsed = parseMajorUnits(QString::fromStdString(value.get<std::string>()));
        else if (value.is_number_integer())
            parsed = MinorUnits(value.get<qint64>()) * 100;
        if (!parsed || *parsed < 0) {
            fail(QStringLiteral("\"%1\" must be an amount such as \"50.00\"").arg(where));
            return fallback;
        }
        return *parsed;
    }

    ScoreThreshold score(const json& object, const char* key, ScoreThreshold fallback)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        const auto points = it->is_number() ? thresholdFromNumber(it->get<double>()) : std::nullopt;
        if (!points) {
            fail(QStringLiteral("\"%1\" must be a score from 0 to 100").arg(QLatin1String(key)));
            return fallback;
        }
        return *points;
    }

    int count(const json& object, const char* key, int fallback)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        if (!it->is_number_integer() || it->get<int>() < 0) {
            fail(
                QStringLiteral("\"%1\" must be a whole number, 0 or more").arg(QLatin1String(key)));
            return fallback;
        }
        return it->get<int>();
    }

    bool flag(const json& object, const char* key, bool fallback)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        if (!it->is_boolean()) {
            fail(QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(key)));
            return fallback;
        }
        return it->get<bool>();
    }

    QString text(const json& object, const char* key, const QString& fallback)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        if (!it->is_string()) {
            fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
            return fallback;
        }
        return QString::fromStdString(it->get<std::string>());
    }

    const json& section(const json& object, const char* key)
    {
        static const json empty = json::object();
        const auto it = object.find(key);
        if (it == object.end())
            return empty;
        if (!it->is_object()) {
            fail(QStringLiteral("\"%1\" must be an object").arg(QLatin1String(key)));
            return empty;
        }
        return *it;
    }

    // Refuses keys the format does not have, so that a misspelt key is an
    // error rather than a silently kept default.
    void onlyKeys(const json& object, const QString& where,
                  std::initializer_list<const char*> known)
    {
        if (!object.is_object())
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool isKnown = std::any_of(known.begin(), known.end(),
                                             [&it](const char* key) { return it.key() == key; });
            if (!isKnown) {
                fail(QStringLiteral("unknown key \"%1\"%2")
                         .arg(QString::fromStdString(it.key()),
                              where.isEmpty() ? QString() : QStringLiteral(" in ") + where));
            }
        }
    }

    // A list that, when given, must be a non-empty array.
    const json* list(const json& object, const char* key)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return nullptr;
        if (!it->is_array() || it->empty()) {
            fail(QStringLiteral("\"%1\" must be a non-empty list").arg(QLatin1String(key)));
            return nullptr;
        }
        return &*it;
    }

    void fail(const QString& message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

private:
    QString* m_error;
};

QString amountText(MinorUnits amount)
{
    return formatMinorUnits(amount);
}

double scoreNumber(ScoreThreshold points)
{
    return double(points) / double(kThresholdScale);
}

} // namespace

QTimeZone Rules::timeZone() const
{
    return QTimeZone(timeZoneId.toUtf8());
}

MinorUnits Rules::fineForViolation(int k) const
{
    if (fineLadder.isEmpty())
        return 0;
    return fineLadder.at(qMin(k, int(fineLadder.size()) - 1));
}

Rules Rules::defaults()
{
    QFile file(QStringLiteral(":/default-rules.json"));
    QString error;
    if (file.open(QIODevice::ReadOnly)) {
        if (auto rules = fromJson(file.readAll(), &error))
            return *rules;
    }
    qFatal("The built-in rules resource is missing or broken: %s", qPrintable(error));
    return {};
}

std::optional<Rules> Rules::fromJson(const QByteArray& bytes, QString* error)
{
    error->clear();
    const json document = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }

    RulesReader read(error);
    read.onlyKeys(document, {},
                  {"currency", "time_zone", "bonus_bands", "fine_ladder", "callback", "grace_days",
                   "team", "reviewer", "sampling"});

    Rules rules;
    rules.currency = read.text(document, "currency", rules.currency).trimmed().toUpper();
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(rules.currency).hasMatch())
        read.fail(QStringLiteral("currency \"%1\" is not a three-letter code such as RUB")
                      .arg(rules.currency));
    rules.timeZoneId = read.text(document, "time_zone", rules.timeZoneId).trimmed();
    if (!QTimeZone::isTimeZoneIdAvailable(rules.timeZoneId.toUtf8()))
        read.fail(QStringLiteral("unknown time zone \"%1\"").arg(rules.timeZoneId));

    if (const json* bands = read.list(document, "bonus_bands")) {
        rules.bonusBands.clear();
        for (const json& band : *bands) {
            if (!band.is_object() || !band.contains("min_score") || !band.contains("amount")) {
                read.fail(QStringLiteral("each of \"bonus_bands\" needs \"min_score\" and "
                                         "\"amount\""));
                break;
            }
            read.onlyKeys(band, QStringLiteral("bonus_bands"), {"min_score", "amount"});
            rules.bonusBands.append(
                {read.score(band, "min_score", 0), read.amount(band, "amount", 0)});
        }
    }

    if (const json* ladder = read.list(document, "fine_ladder")) {
        rules.fineLadder.clear();
        for (const json& step : *ladder)
            rules.fineLadder.append(read.amountValue(step, QStringLiteral("fine_ladder"), 0));
    }

    const json& callback = read.section(document, "callback");
    read.onlyKeys(callback, QStringLiteral("callback"), {"fine", "count_unanswered_attempts"});
    rules.callbackFine = read.amount(callback, "fine", rules.callbackFine);
    rules.countUnansweredAttempts =
        read.flag(callback, "count_unanswered_attempts", rules.countUnansweredAttempts);
    rules.graceDays = read.count(document, "grace_days", rules.graceDays);

    const json& team = read.section(document, "team");
    read.onlyKeys(team, QStringLiteral("team"),
                  {"min_average_score", "max_missed_callbacks", "pool", "leader_share_percent"});
    rules.team.minAverageScore = read.score(team, "min_average_score", rules.team.minAverageScore);
    rules.team.maxMissedCallbacks =
        read.count(team, "max_missed_callbacks", rules.team.maxMissedCallbacks);
    rules.team.pool = read.amount(team, "pool", rules.team.pool);
    rules.team.leaderSharePercent =
        read.count(team, "leader_share_percent", rules.team.leaderSharePercent);

    if (rules.team.leaderSharePercent > 100)
        read.fail(QStringLiteral("\"leader_share_percent\" must be from 0 to 100"));

    const json& reviewer = read.section(document, "reviewer");
    read.onlyKeys(reviewer, QStringLiteral("reviewer"), {"bonus_per_fault", "daily_minimum"});
    rules.reviewer.bonusPerFault =
        read.amount(reviewer, "bonus_per_fault", rules.reviewer.bonusPerFault);
    rules.reviewer.dailyMinimum =
        read.count(reviewer, "daily_minimum", rules.reviewer.dailyMinimum);

    const json& sampling = read.section(document, "sampling");
    read.onlyKeys(sampling, QStringLiteral("sampling"),
                  {"calls_per_manager", "min_duration_s", "require_recording"});
    rules.sampling.callsPerManager =
        read.count(sampling, "calls_per_manager", rules.sampling.callsPerManager);
    rules.sampling.minDurationS =
        read.count(sampling, "min_duration_s", rules.sampling.minDurationS);
    rules.sampling.requireRecording =
        read.flag(sampling, "require_recording", rules.sampling.requireRecording);

    if (!read.ok())
        return std::nullopt;
    return rules;
}

QByteArray Rules::toJson() const
{
    json bands = json::array();
    for (const BonusBand& band : bonusBands) {
        bands.push_back({{"min_score", scoreNumber(band.minScore)},
                         {"amount", amountText(band.amount).toStdString()}});
    }
    json ladder = json::array();
    for (MinorUnits step : fineLadder)
        ladder.push_back(amountText(step).toStdString());

    const json document = {
        {"currency", currency.toStdString()},
        {"time_zone", timeZoneId.toStdString()},
        {"bonus_bands", bands},
        {"fine_ladder", ladder},
        {"callback",
         {{"fine", amountText(callbackFine).toStdString()},
          {"count_unanswered_attempts", countUnansweredAttempts}}},
        {"grace_days", graceDays},
        {"team",
         {{"min_average_score", scoreNumber(team.minAverageScore)},
          {"max_missed_callbacks", team.maxMissedCallbacks},
          {"pool", amountText(team.pool).toStdString()},
          {"leader_share_percent", team.leaderSharePercent}}},
        {"reviewer",
         {{"bonus_per_fault", amountText(reviewer.bonusPerFault).toStdString()},
          {"daily_minimum", reviewer.dailyMinimum}}},
        {"sampling",
         {{"calls_per_manager", sampling.callsPerManager},
          {"min_duration_s", sampling.minDurationS},
          {"require_recording", sampling.requireRecording}}},
    };
    return QByteArray::fromStdString(document.dump(2)) + '\n';
}

} // namespace callscore

#include "Records.h"

namespace callscore {

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Manager:
        return QStringLiteral("manager");
    case StaffRole::Reviewer:
        return QStringLiteral("reviewer");
    case StaffRole::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<StaffRole> staffRoleFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("manager") || key == QStringLiteral("менеджер"))
        return StaffRole::Manager;
    if (key == QLatin1String("reviewer") || key == QStringLiteral("контролёр") ||
        key == QStringLiteral("контролер"))
        return StaffRole::Reviewer;
    if (key == QLatin1String("supervisor") || key == QStringLiteral("руководитель"))
        return StaffRole::Supervisor;
    return std::nullopt;
}

QString outcomeKindName(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Success:
        return QStringLiteral("success");
    case OutcomeKind::Refusal:
        return QStringLiteral("refusal");
    case OutcomeKind::Callback:
        return QStringLiteral("callback");
    case OutcomeKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<OutcomeKind> outcomeKindFromText(const QString& text)
{
    const QString key = text.trimmed().toLower();
    const auto startsWithAny = [&key](std::initializer_list<const char16_t*> prefixes) {
        for (const char16_t* prefix : prefixes) {
            if (key.startsWith(QString::fromUtf16(prefix)))
                return true;
        }
        return false;
    };

    if (startsWithAny({u"success", u"успеш", u"продаж", u"заказ", u"сделка"}))
        return OutcomeKind::Success;
    if (startsWithAny({u"refus", u"отказ"}))
        return OutcomeKind::Refusal;
    if (startsWithAny({u"callback", u"call back", u"перезвон", u"обратный звонок"}))
        return OutcomeKind::Callback;
    if (startsWithAny({u"other", u"друго", u"прочее"}))
        return OutcomeKind::Other;
    return std::nullopt;
}

QString answerName(Answer answer)
{
    switch (answer) {
    case Answer::Pass:
        return QStringLiteral("pass");
    case Answer::Fail:
        return QStringLiteral("fail");
    case Answer::NotApplicable:
        return QStringLiteral("na");
    }
    return {};
}

std::optional<Answer> answerFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("pass"))
        return Answer::Pass;
    if (key == QLatin1String("fail"))
        return Answer::Fail;
    if (key == QLatin1String("na") || key == QLatin1String("n/a"))
        return Answer::NotApplicable;
    return std::nullopt;
}

QString callbackStatusName(CallbackStatus status)
{
    switch (status) {
    case CallbackStatus::Kept:
        return QStringLiteral("kept");
    case CallbackStatus::Late:
        return QStringLiteral("late");
    case CallbackStatus::Missed:
        return QStringLiteral("missed");
    case CallbackStatus::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

} // namespace callscore

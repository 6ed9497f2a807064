#include "OutcomePlanner.h"

#include <QHash>

#include <algorithm>

namespace callscore::demo {

namespace {

constexpr int kMinOutcomeTalkS = 20;

const char* const kSuccessComments[] = {
    "Заказ №%1",
    "Оплата картой, доставка в пятницу",
    "Самовывоз со склада",
    "Выставлен счёт №%1",
    "",
    "Оплата картой\nдоставка курьером",
    "",
};
const char* const kRefusalComments[] = {
    "Дорого",
    "Уже купили у конкурентов",
    "Не интересно",
    "Нет нужного размера",
    "",
    "Клиент просил \"больше не звонить\"",
    "",
};
const char* const kCallbackComments[] = {
    "Клиент за рулём",    "Просит перезвонить завтра; \"после обеда\"",
    "Уточнить наличие",   "Согласует с руководителем",
    "Ждёт счёт на почту", "",
};

template <size_t N>
QString pickText(DemoRandom& random, const char* const (&texts)[N])
{
    return QString::fromUtf8(texts[random.between(0, int(N) - 1)]);
}

} // namespace

OutcomePlanner::OutcomePlanner(DemoRandom& random)
    : m_random(random)
{}

QVector<DemoOutcome> OutcomePlanner::plan(const QVector<DemoCall>& calls,
                                          const QVector<DemoOutcome>& callbacks)
{
    QHash<int, DemoOutcome> byCall;
    for (const DemoOutcome& outcome : callbacks)
        byCall.insert(outcome.call, outcome);

    QVector<DemoOutcome> result;
    for (const DemoCall& call : calls) {
        DemoOutcome outcome = byCall.value(call.index);
        if (outcome.plan == CallbackPlan::None) {
            if (!call.answered() || call.billsec < kMinOutcomeTalkS || !m_random.chance(0.88))
                continue;
            outcome.call = call.index;
            outcome.result =
                m_random.chance(0.45) ? QStringLiteral("Успешно") : QStringLiteral("Отказ");
        }

        outcome.phoneTyped = typedPhone(call.customer);
        outcome.comment = comment(outcome);
        result.append(outcome);
    }
    return result;
}

QString OutcomePlanner::typedPhone(const QString& customer)
{
    const QString code = customer.left(3);
    const QString a = customer.mid(3, 3);
    const QString b = customer.mid(6, 2);
    const QString c = customer.mid(8, 2);

    switch (m_random.between(0, 6)) {
    case 0:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(code, a, b, c);
    case 1:
        return QStringLiteral("+7 %1 %2 %3 %4").arg(code, a, b, c);
    case 2:
        return QLatin1Char('7') + customer;
    case 3:
        return QLatin1Char('8') + customer;
    case 4:
        return QStringLiteral("+7 (%1) %2-%3-%4").arg(code, a, b, c);
    case 5:
        return QStringLiteral("8-%1-%2-%3-%4").arg(code, a, b, c);
    default:
        return QStringLiteral("8 %1 %2%3%4").arg(code, a, b, c);
    }
}

QString OutcomePlanner::comment(const DemoOutcome& outcome)
{
    QString text;
    if (outcome.plan != CallbackPlan::None)
        text = pickText(m_random, kCallbackComments);
    else if (outcome.result == QStringLiteral("Успешно"))
        text = pickText(m_random, kSuccessComments);
    else
        text = pickText(m_random, kRefusalComments);

    if (text.contains(QLatin1String("%1")))
        text = text.arg(m_random.between(4000, 9999));
    return text;
}

} // namespace callscore::demo

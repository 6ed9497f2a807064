#include "PhoneNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

namespace callscore {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(const QString& defaultRegion)
    : m_region(defaultRegion.toUpper())
{}

QString PhoneNormalizer::normalize(const QString& raw) const
{
    QString digits;
    for (const QChar c : raw) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string text = raw.trimmed().toStdString();
    const auto parsed = util->Parse(text, m_region.toStdString(), &number);
    if (parsed == PhoneNumberUtil::NO_PARSING_ERROR && util->IsValidNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
    return digits;
}

} // namespace callscore

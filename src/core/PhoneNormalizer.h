#pragma once

#include <QString>

#include <memory>

namespace callscore {

// Turns a phone number as typed or logged into one key per customer:
// E.164 ("+79123456789") where libphonenumber finds it valid for the default
// region, else the digits as dialled ("300001"), else empty.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(const QString& defaultRegion = QStringLiteral("RU"));

    QString normalize(const QString& raw) const;
    QString defaultRegion() const { return m_region; }

private:
    QString m_region;
};

} // namespace callscore

#include "DemoTypes.h"

namespace callscore::demo {

QString DemoCall::spelledCustomer() const
{
    switch (spelling) {
    case Spelling::Trunk8:
        return QLatin1Char('8') + customer;
    case Spelling::Plain7:
        return QLatin1Char('7') + customer;
    case Spelling::Plus7:
        return QStringLiteral("+7") + customer;
    case Spelling::National10:
        return customer;
    }
    return customer;
}

} // namespace callscore::demo

#pragma once

#include <QLoggingCategory>

namespace callscore {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace callscore

#include "UiLog.h"

namespace callscore {

Q_LOGGING_CATEGORY(lcUi, "callscore.ui")

} // namespace callscore

#include "ImportLog.h"

Q_LOGGING_CATEGORY(lcImport, "callscore.import")

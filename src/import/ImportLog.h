#pragma once

#include <QLoggingCategory>

// Every importer logs here, in English, for developers and support.
Q_DECLARE_LOGGING_CATEGORY(lcImport)

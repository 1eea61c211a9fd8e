#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDevnet)
Q_DECLARE_LOGGING_CATEGORY(lcDevnetHttp)

#include "demo/demo_log.h"

Q_LOGGING_CATEGORY(lcDemo, "aitbc.demo")

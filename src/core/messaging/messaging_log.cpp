#include "messaging/messaging_log.h"

Q_LOGGING_CATEGORY(lcMessaging, "aitbc.messaging")
Q_LOGGING_CATEGORY(lcOutbox, "aitbc.outbox")
Q_LOGGING_CATEGORY(lcResponder, "aitbc.responder")

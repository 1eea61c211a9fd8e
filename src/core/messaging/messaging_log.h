#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMessaging) ///< aitbc.messaging: envelopes, signatures, conversations
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)    ///< aitbc.outbox: the durable outbox and the sender state machine
Q_DECLARE_LOGGING_CATEGORY(lcResponder) ///< aitbc.responder: the autonomous ping/pong responder

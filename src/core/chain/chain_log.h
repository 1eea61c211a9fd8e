#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRpc)     ///< aitbc.rpc: HTTP requests, retries, protocol detection
Q_DECLARE_LOGGING_CATEGORY(lcChainDb) ///< aitbc.chaindb: chain.db reads and the message index

#include "chain/chain_log.h"

Q_LOGGING_CATEGORY(lcRpc, "aitbc.rpc")
Q_LOGGING_CATEGORY(lcChainDb, "aitbc.chaindb")

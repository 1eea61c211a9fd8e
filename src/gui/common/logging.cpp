#include "common/logging.h"

Q_LOGGING_CATEGORY(lcGuiApp, "aitbc.gui.app")
Q_LOGGING_CATEGORY(lcGuiWallets, "aitbc.gui.wallets")
Q_LOGGING_CATEGORY(lcGuiNodes, "aitbc.gui.nodes")
Q_LOGGING_CATEGORY(lcGuiSecrets, "aitbc.gui.secrets")
Q_LOGGING_CATEGORY(lcGuiSettings, "aitbc.gui.settings")
Q_LOGGING_CATEGORY(lcGuiMessages, "aitbc.gui.messages")

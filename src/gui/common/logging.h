#pragma once

#include <QLoggingCategory>

// One logging category per GUI module (enable with QT_LOGGING_RULES="aitbc.gui.*.debug=true").
// Secrets are never logged: categories carry paths, addresses and error texts only.
Q_DECLARE_LOGGING_CATEGORY(lcGuiApp)      // aitbc.gui.app
Q_DECLARE_LOGGING_CATEGORY(lcGuiWallets)  // aitbc.gui.wallets
Q_DECLARE_LOGGING_CATEGORY(lcGuiNodes)    // aitbc.gui.nodes
Q_DECLARE_LOGGING_CATEGORY(lcGuiSecrets)  // aitbc.gui.secrets
Q_DECLARE_LOGGING_CATEGORY(lcGuiSettings) // aitbc.gui.settings
Q_DECLARE_LOGGING_CATEGORY(lcGuiMessages) // aitbc.gui.messages

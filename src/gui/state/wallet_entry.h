#pragma once

#include "chain/types.h"
#include "keystore/keystore.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace aitbc::gui {

/// One keystore file as the wallets pane shows it. Plain value: no key material in here (unlocked keys
/// live only inside WalletManager).
struct WalletEntry {
    QString path;   ///< absolute path of the keystore file
    QString name;   ///< file name without ".json" (AITBC names files `<wallet name>.json`, §3.1)
    QString source; ///< the folder or file the user added that brought this wallet in
    bool readable = false;
    QString error; ///< why the file could not be read or classified (when !readable)
    keystore::Info info;
    bool unlocked = false;

    // Account state on the selected node (§1.5): filled in asynchronously.
    bool accountLoaded = false;
    chain::Account account;
    QString accountError;

    QString address() const { return info.address; }
};

/// Reads every `*.json` keystore in `source` (a folder, not recursive) or the file `source` itself and
/// classifies it with keystore::inspect(). Blocking file I/O: call it off the GUI thread.
QList<WalletEntry> scanKeystoreSource(const QString& source);

} // namespace aitbc::gui

Q_DECLARE_METATYPE(aitbc::gui::WalletEntry)

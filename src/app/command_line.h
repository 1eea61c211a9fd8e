#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace aitbc::app {

/// The dashboard's command line (QCommandLineParser).
struct Options {
    bool demo = false;  ///< --demo: start the embedded devnet and connect to it
    QString profile;    ///< --profile NAME: select this node profile
    QString rpcUrl;     ///< --rpc-url URL: a session profile for this RPC endpoint
    QString chainDb;    ///< --chain-db PATH: a session profile reading this chain.db
    QString pane;       ///< --pane wallets|nodes|messages|sync
    QString screenshot; ///< --screenshot FILE: save a PNG once data has loaded, then quit
    int screenshotTimeoutMs = 20000;
    QString language;     ///< --lang CODE: override the UI language
    QString settingsFile; ///< --settings FILE: use this settings file instead of the user's
    QString demoDir;      ///< --demo-dir DIR: where the demo keeps its data (default: a temp dir)
};

/// Whether the arguments ask for -h/--help/--help-all/-v/--version (answered without a display).
bool asksForHelpOrVersion(int argc, char** argv);

/// Parses the arguments of `app`. On --help/--version or an error it prints and exits the process, as
/// QCommandLineParser does; `error` receives messages for invalid values.
Options parseCommandLine(const QCoreApplication& app);

} // namespace aitbc::app

#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace aitbc::app {

bool asksForHelpOrVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    }
    return false;
}

Options parseCommandLine(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop dashboard for AITBC nodes, wallets and agent messaging."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Start an in-process devnet (leader, "
                                                              "follower, demo wallets) and connect to it."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"),
                                     QCoreApplication::translate("main", "Folder for the demo's data."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Select the node profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption rpcUrl(QStringLiteral("rpc-url"),
                                    QCoreApplication::translate("main", "Connect to the node RPC at URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption chainDb(QStringLiteral("chain-db"),
                                     QCoreApplication::translate("main", "Read the node database at PATH."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption pane(QStringLiteral("pane"),
                                  QCoreApplication::translate("main",
                                                              "Open the pane wallets, nodes, messages, "
                                                              "sync or agents."),
                                  QStringLiteral("PANE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a PNG of the window to FILE once its data has loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotTimeout(
        QStringLiteral("screenshot-timeout"),
        QCoreApplication::translate("main", "Seconds to wait for data before saving anyway (default 20)."),
        QStringLiteral("SECONDS"), QStringLiteral("20"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language (en, de)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QCoreApplication::translate("main", "Use FILE for settings."),
                                      QStringLiteral("FILE"));
    parser.addOptions(
        {demo, demoDir, profile, rpcUrl, chainDb, pane, screenshot, screenshotTimeout, lang, settings});
    parser.process(app);

    Options o;
    o.demo = parser.isSet(demo);
    o.demoDir = parser.value(demoDir);
    o.profile = parser.value(profile);
    o.rpcUrl = parser.value(rpcUrl);
    o.chainDb = parser.value(chainDb);
    o.pane = parser.value(pane);
    o.screenshot = parser.value(screenshot);
    o.language = parser.value(lang);
    o.settingsFile = parser.value(settings);
    bool ok = false;
    const int seconds = parser.value(screenshotTimeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        std::fprintf(stderr, "aitbc-dashboard: --screenshot-timeout needs a positive number of seconds\n");
        std::exit(64);
    }
    o.screenshotTimeoutMs = seconds * 1000;
    const QStringList panes = {QStringLiteral("wallets"), QStringLiteral("nodes"), QStringLiteral("messages"),
                               QStringLiteral("sync"), QStringLiteral("agents")};
    if (!o.pane.isEmpty() && !panes.contains(o.pane)) {
        std::fprintf(stderr,
                     "aitbc-dashboard: --pane must be one of wallets, nodes, messages, sync, agents\n");
        std::exit(64);
    }
    return o;
}

} // namespace aitbc::app

// aitbc-dashboard: the desktop application. Everything of substance lives in aitbc_gui; this file only
// hardens the process, parses the command line, installs the translator and builds the window.

#include "command_line.h"
#include "startup_report.h"

#include "common/logging.h"
#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "mainwindow/screenshot_controller.h"
#include "secrets/keychain_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/demo_runner.h"
#include "state/node_registry.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdio>
#include <memory>

namespace {

/// No core dumps: a dump of this process could contain unlocked keys or typed passwords
/// (KeePassXC's Bootstrap does the same). PR_SET_DUMPABLE 0 also keeps other processes of the same
/// user from attaching with ptrace.
void disableCoreDumps() {
    rlimit limit{0, 0};
    setrlimit(RLIMIT_CORE, &limit);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

/// Installs the dashboard's translation (built into the binary under :/i18n) and Qt's own, for the
/// override `language` or else the system's UI languages.
void installTranslators(QApplication& app, const QString& language) {
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    // English is the source language; its file only holds plural forms ("1 block", "20 blocks"), and it
    // is the fallback for every language without a translation of its own (and for the C locale).
    if (own->load(locale, QStringLiteral("aitbc"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/aitbc_en.qm")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[]) {
    disableCoreDumps();
    QApplication::setApplicationName(QStringLiteral("aitbc-dashboard"));
    QApplication::setOrganizationName(QStringLiteral("aitbc"));
    QApplication::setOrganizationDomain(QStringLiteral("aitbc.io"));
    QApplication::setApplicationVersion(QStringLiteral(AITBC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.aitbc.Dashboard"));
    // --help and --version need no display: answer them before QApplication looks for one (it aborts
    // without $DISPLAY). Only then, so that Qt's own GUI options (-platform, -style) still reach
    // QApplication in a normal start.
    if (aitbc::app::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication console(argc, argv);
        aitbc::app::parseCommandLine(console); // prints and exits
    }
    QApplication app(argc, argv);

    const aitbc::app::Options options = aitbc::app::parseCommandLine(app);
    auto settings = options.settingsFile.isEmpty()
                        ? std::make_unique<aitbc::gui::AppSettings>()
                        : std::make_unique<aitbc::gui::AppSettings>(options.settingsFile);
    installTranslators(app, options.language.isEmpty() ? settings->language() : options.language);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.aitbc.Dashboard.svg")));

    aitbc::gui::AppContext context(settings.get(), new aitbc::gui::KeychainSecretStore);
    // A node named on the command line is the only node of the session (the saved ones stay saved).
    const bool nodeOnCommandLine = !options.rpcUrl.isEmpty() || !options.chainDb.isEmpty();
    if (!options.demo)
        context.loadFromSettings(!nodeOnCommandLine);
    else
        context.applyPreferences();

    aitbc::gui::NodeRegistry* nodes = context.nodes();
    if (nodeOnCommandLine) {
        aitbc::chain::NodeProfile p;
        p.name = QApplication::translate("main", "Command line");
        p.rpcUrl = options.rpcUrl;
        p.chainDbPath = options.chainDb;
        const QString problem = aitbc::chain::profileProblem(p);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "aitbc-dashboard: %s\n", qPrintable(problem));
            return 64;
        }
        nodes->addProfile(p, true);
        nodes->setSelected(p.name);
    }
    if (!options.profile.isEmpty()) {
        if (nodes->indexOf(options.profile) < 0 && !options.demo) {
            std::fprintf(stderr, "aitbc-dashboard: no node profile named \"%s\"\n",
                         qPrintable(options.profile));
            return 64;
        }
        nodes->setSelected(options.profile);
    }

    // The demo's folder (a temporary one unless --demo-dir) also holds the dashboard's outbox and
    // responder state for the session: a demo never reads or sends the user's real outbox.
    std::unique_ptr<QTemporaryDir> demoTemp;
    QString demoDir = options.demoDir;
    aitbc::gui::DemoRunner demo;
    if (options.demo) {
        if (demoDir.isEmpty()) {
            demoTemp =
                std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("aitbc-demo-XXXXXX")));
            demoDir = demoTemp->path();
        }
        context.setDataFolder(QDir(demoDir).filePath(QStringLiteral("dashboard")));
    }

    // Sending and answering run for the whole session, whichever pane is shown.
    context.messaging();
    aitbc::gui::MainWindow window(&context);
    aitbc::gui::addDefaultPanes(&window, &context);
    if (options.screenshot.isEmpty())
        window.restoreWindowState();
    if (!options.pane.isEmpty())
        window.showPane(options.pane);
    aitbc::app::StartupReport::installIfRequested(&window, nodes); // AITBC_REPORT_STARTUP (bench_startup)
    window.show();

    // --demo: the devnet starts on its own thread; the window is usable meanwhile.
    if (options.demo) {
        QObject::connect(&demo, &aitbc::gui::DemoRunner::started, &window, [&] {
            demo.connectTo(&context);
            if (!options.profile.isEmpty())
                nodes->setSelected(options.profile);
        });
        QObject::connect(&demo, &aitbc::gui::DemoRunner::failed, &window, [&](const QString& error) {
            if (!options.screenshot.isEmpty()) {
                std::fprintf(stderr, "aitbc-dashboard: the demo network did not start: %s\n",
                             qPrintable(error));
                QApplication::exit(1);
                return;
            }
            QMessageBox::warning(
                &window, QApplication::translate("main", "Demo"),
                QApplication::translate("main", "The demo network did not start: %1").arg(error));
        });
        demo.start(demoDir);
    }

    std::unique_ptr<aitbc::gui::ScreenshotController> shooter;
    if (!options.screenshot.isEmpty()) {
        shooter = std::make_unique<aitbc::gui::ScreenshotController>(&window, &context, options.screenshot,
                                                                     options.screenshotTimeoutMs);
        QObject::connect(shooter.get(), &aitbc::gui::ScreenshotController::done, &app,
                         [](int code) { QApplication::exit(code); });
        const bool wantDemo = options.demo;
        // With the demo, wait for its first round trip and one pane refresh after it (2 s), so the
        // picture shows messages, not an empty chain.
        shooter->start(
            [&demo, wantDemo] { return !wantDemo || (demo.isRunning() && demo.msSinceLastReply() >= 2500); });
    }

    const int code = app.exec();
    if (options.screenshot.isEmpty())
        context.saveToSettings();
    // Let background work (a key derivation, a file scan) finish and its threads end before the
    // wallets are locked and the process exits: their buffers are wiped on the way out.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

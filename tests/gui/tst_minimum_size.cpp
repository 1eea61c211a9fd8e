// The window works from 800x600 logical pixels: no pane asks for more than fits next to the sidebar, in
// English and in German (longer words), measured while each pane is shown with real data (a real
// chain.db and keystores). The CTest registration runs it a second time under QT_SCALE_FACTOR=2, where
// 800x600 logical pixels are 1600x1200 device pixels.

#include "gui_test_util.h"
#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/node_registry.h"

#include <QDir>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

namespace {
// What a pane may ask for inside an 800x600 window: the sidebar, the menu and the status bar take the
// rest.
constexpr int kPaneWidth = 600;
constexpr int kPaneHeight = 500;
} // namespace

class TestMinimumSize : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the outbox and settings stay out of the user's folders
    }

    void paneFits_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pane");
        for (const char* language : {"en", "de"})
            for (const char* pane : {"wallets", "nodes", "messages", "sync", "agents"})
                QTest::addRow("%s:%s", language, pane)
                    << QString::fromLatin1(language) << QString::fromLatin1(pane);
    }

    void paneFits() {
        QFETCH(QString, language);
        QFETCH(QString, pane);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/aitbc_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        chain::NodeProfile p;
        p.name = QStringLiteral("real leader");
        p.chainDbPath = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
        p.chainId = QStringLiteral("ait-mainnet");
        // A second node, reached only through its agent: the Sync pane shows a pair, not its empty state.
        chain::NodeProfile viaAgent;
        viaAgent.name = QStringLiteral("follower via agent");
        viaAgent.agentAddress = QStringLiteral("ait12df04125f0015afb47ce853aef8772094ff9498c");
        viaAgent.chainId = p.chainId;
        viaAgent.role = chain::NodeProfile::Role::Follower;
        settings.setNodeProfiles({p, viaAgent});
        settings.setKeystoreSources({test::copyRealKeystores(dir)});
        AppContext context(&settings, new InMemorySecretStore);
        context.loadFromSettings();
        QSize size;
        QSize windowSize;
        {
            MainWindow window(&context);
            addDefaultPanes(&window, &context);
            window.resize(800, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPane(pane));
            QCoreApplication::processEvents();
            size = window.pane(pane)->minimumSizeHint();
            qInfo("%s pane minimum %dx%d", qPrintable(pane), size.width(), size.height());
            // The status bar's texts are longest once the nodes answered, and the Sync pane (hidden or
            // not: the stack's minimum counts every pane) may be scanning then.
            QTRY_VERIFY_WITH_TIMEOUT(context.nodes()->allProbed(), 20000);
            QCoreApplication::processEvents();
            windowSize = window.minimumSizeHint().expandedTo(window.minimumSize());
            windowSize.setWidth(qMax(windowSize.width(), window.width()));
            qInfo("window minimum %dx%d", windowSize.width(), windowSize.height());
            // AITBC_SCREENSHOT_DIR: also saves the window as shown (after the node answered), to look at.
            const QString shots = qEnvironmentVariable("AITBC_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                QTRY_VERIFY_WITH_TIMEOUT(context.nodes()->allProbed(), 20000);
                QTest::qWait(300); // let the window repaint with the data; not before an assertion
                QVERIFY(window.grab().save(
                    QDir(shots).filePath(QStringLiteral("%1-%2-800x600.png").arg(pane, language))));
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(size.width() <= kPaneWidth && size.height() <= kPaneHeight,
                 qPrintable(QStringLiteral("%1 needs %2x%3").arg(pane).arg(size.width()).arg(size.height())));
        QVERIFY2(windowSize.width() <= 800 && windowSize.height() <= 600,
                 qPrintable(QStringLiteral("the window with %1 shown needs %2x%3")
                                .arg(pane)
                                .arg(windowSize.width())
                                .arg(windowSize.height())));
    }
};

QTEST_MAIN(TestMinimumSize)
#include "tst_minimum_size.moc"

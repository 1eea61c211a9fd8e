// The tray icon's colour follows the nodes: grey before any answer, red when the only node cannot be
// reached (a real NodeRegistry refreshing a profile whose port refuses connections).
#include "notify/health_tray.h"

#include "dialogs/settings_dialog.h"
#include "settings/app_settings.h"

#include <QCheckBox>
#include <QSpinBox>

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

class TestHealthTray : public QObject {
    Q_OBJECT
private slots:
    void redWhenTheNodeIsDown() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort(); // closed when probe goes: connections are refused
        }
        NodeRegistry nodes;
        chain::NodeProfile p;
        p.name = QStringLiteral("down");
        p.rpcUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        p.chainId = QStringLiteral("ait-devnet");
        p.timeoutMs = 2000;
        p.maxRetries = 0;
        QVERIFY(nodes.addProfile(p) >= 0);
        HealthTray tray(&nodes);
        QCOMPARE(tray.colour(), healthColour(OverallHealth::Unknown));
        QSignalSpy events(tray.watch(), &HealthWatch::notification);
        nodes.refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(tray.colour(), healthColour(OverallHealth::Degraded), 60000);
        QTRY_COMPARE(events.count(), 1);
        QCOMPARE(events.first().first().value<Notification>().kind, NotificationKind::NodeUnreachable);
        const QImage image = tray.trayIcon()->icon().pixmap(32, 32).toImage();
        QCOMPARE(image.pixelColor(16, 16), healthColour(OverallHealth::Degraded));
        QVERIFY(tray.trayIcon()->toolTip().contains(QLatin1String("unreachable")));
        QCOMPARE(tray.notifier()->delivered(), 1);
    }

    /// A kind switched off in the settings is not shown.
    void settingsSwitchKindsOff() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.notificationEnabled(QStringLiteral("node_unreachable")));
        settings.setNotificationEnabled(QStringLiteral("node_unreachable"), false);
        settings.setBehindLimitBlocks(0); // clamped to 1
        QCOMPARE(settings.behindLimitBlocks(), 1);
        NodeRegistry nodes;
        HealthTray tray(&nodes);
        tray.applySettings(settings);
        QVERIFY(!tray.notifier()->isEnabled(NotificationKind::NodeUnreachable));
        QVERIFY(tray.notifier()->isEnabled(NotificationKind::Fork));
        QVERIFY(!tray.notifier()->notify(
            {NotificationKind::NodeUnreachable, QStringLiteral("t"), QStringLiteral("b")}));
        QCOMPARE(tray.notifier()->suppressed(), 1);
    }

    /// The settings dialog writes the switches, the behind limit and close-to-tray, only when accepted.
    void settingsDialogWritesThem() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("d.ini")));
        SettingsDialog dialog(&settings);
        auto* fork = dialog.findChild<QCheckBox*>(QStringLiteral("notify_fork"));
        auto* behind = dialog.findChild<QSpinBox*>(QStringLiteral("behindSpin"));
        auto* closeToTray = dialog.findChild<QCheckBox*>(QStringLiteral("closeToTrayCheck"));
        QVERIFY(fork && behind && closeToTray);
        QCOMPARE(dialog.findChildren<QCheckBox*>().size() - 1, allNotificationKinds().size());
        QVERIFY(fork->isChecked());
        fork->setChecked(false);
        behind->setValue(25);
        closeToTray->setChecked(true);
        QVERIFY(settings.notificationEnabled(QStringLiteral("fork"))); // not yet accepted
        dialog.accept();
        QVERIFY(!settings.notificationEnabled(QStringLiteral("fork")));
        QVERIFY(settings.notificationEnabled(QStringLiteral("new_message")));
        QCOMPARE(settings.behindLimitBlocks(), 25);
        QVERIFY(settings.closeToTray());
    }
};

QTEST_MAIN(TestHealthTray)
#include "tst_health_tray.moc"

// The dashboard's queue view on a real outbox file: it lists every message of every wallet with its
// state and reason, and its actions change the file (as a second connection sees it) or refuse with the
// reason when the message has moved on.
#include "mainwindow/main_window.h"
#include "notify/health_tray.h"
#include "panes/messages/messages_pane.h"
#include "panes/outbox/outbox_dialog.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "test_result.h"

#include <QAction>
#include <QPushButton>

#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;

namespace {
OutboxEntry queued(const QString& sender, const QString& text) {
    OutboxEntry e;
    e.chainId = QStringLiteral("ait-devnet");
    e.sender = sender;
    e.recipient = QStringLiteral("ait1bob");
    e.text = text;
    e.createdAt = QDateTime::currentDateTimeUtc();
    return e;
}
} // namespace

class TestOutboxDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void followsTheFileWithoutReset() {
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        OutboxStore other(path);
        QVERIFY(test::succeeded(other.open()));
        const qint64 first =
            other.insert(queued(QStringLiteral("ait1alice"), QStringLiteral("one"))).value_or(-1);
        gui::OutboxDialog dialog(path);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(dialog.rowCount(), 1);
        table->selectRow(0);
        QTableWidgetItem* firstId = table->item(0, 0);
        QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(table->model(), &QAbstractItemModel::rowsInserted);

        // Another process appends a message and cancels the first: both show up on their own.
        const qint64 second =
            other.insert(queued(QStringLiteral("ait1carol"), QStringLiteral("two"))).value_or(-1);
        QTRY_COMPARE(dialog.rowCount(), 2);
        QCOMPARE(dialog.idAt(1), second);
        QCOMPARE(other.cancelQueued(first), OutboxStore::WriteResult::Written);
        QTRY_COMPARE(table->item(0, 3)->text(), QStringLiteral("cancelled"));

        // In place: the same item objects, one inserted row, no reset, the selection kept.
        QCOMPARE(table->item(0, 0), firstId);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(table->selectedRanges().size(), 1);
        QCOMPARE(table->selectedRanges().constFirst().topRow(), 0);
    }

    /// A message queued to go out encrypted carries the chat's lock on its recipient, one in clear none;
    /// rows that arrive while the dialog is open get it as well.
    void encryptedMessagesShowTheLock() {
        const QString path = m_dir.filePath(QStringLiteral("locks.sqlite"));
        OutboxStore other(path);
        QVERIFY(test::succeeded(other.open()));
        OutboxEntry sealed = queued(QStringLiteral("ait1alice"), QStringLiteral("for bob only"));
        sealed.encrypt = true;
        QVERIFY(other.insert(queued(QStringLiteral("ait1alice"), QStringLiteral("in clear"))));
        QVERIFY(other.insert(sealed));
        gui::OutboxDialog dialog(path);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(dialog.rowCount(), 2);
        QVERIFY(!dialog.isMarkedEncrypted(0));
        QVERIFY(table->item(0, 2)->icon().isNull());
        QVERIFY(table->item(0, 2)->toolTip().isEmpty());
        QVERIFY(dialog.isMarkedEncrypted(1));
        QVERIFY(!table->item(1, 2)->toolTip().isEmpty());
        QCOMPARE(table->item(1, 2)->text(), sealed.recipient); // the mark comes with the address, not instead

        QVERIFY(other.insert(sealed));
        QTRY_COMPARE(dialog.rowCount(), 3);
        QVERIFY(dialog.isMarkedEncrypted(2));
        QVERIFY(!dialog.isMarkedEncrypted(0));
    }

    void listsAndActs() {
        const QString path = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        OutboxStore other(path); // another process sharing the file
        QVERIFY(test::succeeded(other.open()));
        const qint64 a1 =
            other.insert(queued(QStringLiteral("ait1alice"), QStringLiteral("one"))).value_or(-1);
        const qint64 a2 =
            other.insert(queued(QStringLiteral("ait1alice"), QStringLiteral("two"))).value_or(-1);
        OutboxEntry refused = queued(QStringLiteral("ait1carol"), QStringLiteral("poor"));
        refused.state = OutboxState::Failed;
        refused.reason = QStringLiteral("insufficient balance for sender 'ait1carol': has 5, needs 10");
        const qint64 c1 = other.insert(refused).value_or(-1);

        gui::OutboxDialog dialog(path);
        QCOMPARE(dialog.rowCount(), 3);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(dialog.idAt(1), a2);
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("queued"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("one pending transaction per sender"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("failed"));
        QVERIFY(table->item(2, 4)->text().contains(QLatin1String("has 5, needs 10")));

        QVERIFY(dialog.cancelMessage(a1));
        QCOMPARE(other.entry(a1)->reason, OutboxStore::cancelledReason());
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("cancelled"));
        QVERIFY(dialog.changeFee(a2, 3));
        QCOMPARE(other.entry(a2)->fee, qint64(3));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("3"));
        QVERIFY(dialog.retryMessage(c1));
        QCOMPARE(other.entry(c1)->state, OutboxState::Queued);

        // Signed by a sender in the meantime: the fee can no longer change, and the dialog says why.
        OutboxEntry e = *other.entry(a2);
        e.state = OutboxState::Prepared;
        e.nonce = 0;
        QCOMPARE(other.updateIfUnchanged(e), OutboxStore::WriteResult::Written);
        QVERIFY(!dialog.changeFee(a2, 9));
        QVERIFY(dialog.statusText().contains(QLatin1String("prepared")));
        QCOMPARE(other.entry(a2)->fee, qint64(3));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("submitted"));
    }

    /// Wallet > Outbox… opens the queue view on the dashboard's own outbox file.
    void openedFromTheMenu() {
        const QString path = m_dir.filePath(QStringLiteral("app-outbox.sqlite"));
        {
            OutboxStore store(path);
            QVERIFY(test::succeeded(store.open()));
            QVERIFY(store.insert(queued(QStringLiteral("ait1alice"), QStringLiteral("hi"))).has_value());
        }
        gui::AppSettings settings(m_dir.filePath(QStringLiteral("s.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setOutboxPath(path);
        gui::MainWindow window(&context);
        auto* action = window.findChild<QAction*>(QStringLiteral("outboxAction"));
        QVERIFY(action);
        QVERIFY(window.findChildren<gui::OutboxDialog*>().isEmpty());
        QVERIFY(window.findChild<gui::HealthTray*>(QStringLiteral("healthTray"))); // the tray is the window's
        action->trigger();
        const QList<gui::OutboxDialog*> dialogs = window.findChildren<gui::OutboxDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->rowCount(), 1);
        dialogs.first()->close();

        // Close to tray (on, with the tray shown): closing hides the window; Quit closes it for real.
        settings.setCloseToTray(true);
        auto* tray = window.findChild<gui::HealthTray*>(QStringLiteral("healthTray"));
        tray->trayIcon()->show();
        window.show();
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        window.show();
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QVERIFY(window.isVisible());
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    /// The Messages pane's Outbox button opens the same view.
    void openedFromTheMessagesPane() {
        const QString path = m_dir.filePath(QStringLiteral("pane-outbox.sqlite"));
        gui::AppSettings settings(m_dir.filePath(QStringLiteral("pane.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setDataFolder(m_dir.filePath(QStringLiteral("pane-data")));
        context.setOutboxPath(path);
        gui::MessagesPane pane(&context);
        auto* button = pane.findChild<QPushButton*>(QStringLiteral("outboxButton"));
        QVERIFY(button);
        QVERIFY(pane.findChildren<gui::OutboxDialog*>().isEmpty());
        button->click();
        const QList<gui::OutboxDialog*> dialogs = pane.findChildren<gui::OutboxDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->rowCount(), 0);
        dialogs.first()->close();
    }
};

QTEST_MAIN(TestOutboxDialog)
#include "tst_outbox_dialog.moc"

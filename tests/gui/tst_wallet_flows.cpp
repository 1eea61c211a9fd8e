// The wallet flows a newcomer meets, through the real Wallets pane on a real chain.db and the real
// keystores: the message widget's palette colours, the password minimum and strength meter, the
// backup step after creating a wallet, the notice after a password change, the idle lock's countdown
// notice, amounts with their unit, a State column that is never cut, and the empty state's actions.

#include "common/message_widget.h"
#include "common/password_strength.h"
#include "common/time_format.h"
#include "dialogs/change_password_dialog.h"
#include "dialogs/create_wallet_dialog.h"
#include "gui_test_util.h"
#include "mainwindow/main_window.h"
#include "panes/wallets/wallet_table_model.h"
#include "panes/wallets/wallets_pane.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "test_future.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace aitbc;
using namespace aitbc::gui;

namespace {
WalletOperationResult awaitResult(QFuture<WalletOperationResult> f) {
    return test::waitFor(std::move(f));
}
} // namespace

class TestWalletFlows : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void messageWidgetFollowsThePalette();
    void messageWidgetCloseAndActions();
    void strengthMeterRatesPasswords();
    void shortPasswordRefusedWithReason();
    void createShowsBackupStepAndSelectsRow();
    void passwordChangeShowsNotice();
    void idleLockWarnsCountsDownThenLocks();
    void idleLockSparesDemoWallets();
    void balancesCarryTheUnit();
    void stateColumnNeverCut();
    void emptyStateOffersWorkingActions();
    void oneTimeFormatWithSeconds();
    void idleCountdownInTheStatusBar();

private:
    void makeContext(bool withKeystores);
    QTableView* table(WalletsPane& pane) {
        return pane.findChild<QTableView*>(QStringLiteral("walletTable"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    QString m_folder;
};

void TestWalletFlows::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestWalletFlows::makeContext(bool withKeystores) {
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("s.ini")));
    chain::NodeProfile p;
    p.name = QStringLiteral("real leader");
    p.chainDbPath = test::copyTestData(QStringLiteral("real-chain/chain.db"), *m_dir);
    p.chainId = QStringLiteral("ait-mainnet");
    m_settings->setNodeProfiles({p});
    if (withKeystores) {
        m_folder = test::copyRealKeystores(*m_dir);
        m_settings->setKeystoreSources({m_folder});
    } else {
        m_settings->setKeystoreSources({});
    }
    m_context = std::make_unique<AppContext>(m_settings.get(), new InMemorySecretStore);
    QSignalSpy reset(m_context->wallets(), &WalletManager::walletsReset);
    m_context->loadFromSettings();
    if (withKeystores)
        QTRY_VERIFY_WITH_TIMEOUT(m_context->wallets()->count() >= 3, 20000);
}

void TestWalletFlows::cleanup() {
    m_context.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestWalletFlows::messageWidgetFollowsThePalette() {
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    for (const QPalette& palette : {light, dark}) {
        const bool isDark = palette.color(QPalette::Window).lightness() < 128;
        QSet<QRgb> accents;
        for (auto kind : {MessageWidget::Information, MessageWidget::Positive, MessageWidget::Warning,
                          MessageWidget::Error}) {
            const QColor background = MessageWidget::backgroundColor(kind, palette);
            accents.insert(MessageWidget::accentColor(kind, palette).rgb());
            // The background stays on the window's side, so window text stays readable on it.
            const int textDistance =
                qAbs(background.lightness() - palette.color(QPalette::WindowText).lightness());
            QVERIFY2(textDistance > 110, qPrintable(QStringLiteral("kind %1 dark %2: contrast %3")
                                                        .arg(int(kind))
                                                        .arg(isDark)
                                                        .arg(textDistance)));
            QCOMPARE(background.lightness() < 128, isDark);
        }
        QCOMPARE(accents.size(), 4); // each kind has its own colour
    }
    // The hue of the error kind is red and the positive green, whatever the palette's highlight is.
    QVERIFY(qAbs(MessageWidget::accentColor(MessageWidget::Error, dark).hslHue() - 0) < 10);
    QVERIFY(qAbs(MessageWidget::accentColor(MessageWidget::Positive, dark).hslHue() - 120) < 10);
}

void TestWalletFlows::messageWidgetCloseAndActions() {
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    auto* message = new MessageWidget(&host);
    layout->addWidget(message);
    message->hide();
    host.show();
    message->setCloseButtonVisible(true);
    QAction action(QStringLiteral("Do it"));
    QSignalSpy triggered(&action, &QAction::triggered);
    message->showMessage(QStringLiteral("<b>not markup</b>"), MessageWidget::Warning);
    QToolButton* button = message->addActionButton(&action);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("<b>not markup</b>"));
    QVERIFY(message->accessibleDescription().contains(QStringLiteral("Warning")));
    button->click();
    QCOMPARE(triggered.count(), 1);
    QSignalSpy closed(message, &MessageWidget::closed);
    QToolButton* close = nullptr;
    for (QToolButton* b : message->findChildren<QToolButton*>()) {
        if (b != button)
            close = b;
    }
    QVERIFY(close);
    close->click();
    QCOMPARE(closed.count(), 1);
    QVERIFY(!message->isVisible());
    QVERIFY(message->actionButtons().isEmpty());
}

void TestWalletFlows::strengthMeterRatesPasswords() {
    PasswordStrengthMeter meter;
    QCOMPARE(meter.strength().level, PasswordStrength::Empty);
    meter.setPassword(QStringLiteral("abc"));
    QCOMPARE(meter.strength().level, PasswordStrength::TooShort);
    QVERIFY(meter.text().contains(QStringLiteral("10")));
    meter.setPassword(QStringLiteral("aaaaaaaaaaaa"));
    QCOMPARE(meter.strength().level, PasswordStrength::Weak);
    meter.setPassword(QStringLiteral("1234567890"));
    QCOMPARE(meter.strength().level, PasswordStrength::Weak);
    const int weakBits = meter.strength().bits;
    meter.setPassword(QStringLiteral("tulip-Orbit-74-gravel"));
    QVERIFY(meter.strength().level >= PasswordStrength::Strong);
    QVERIFY(meter.strength().bits > weakBits);
    QVERIFY(meter.text().contains(QStringLiteral("strong"), Qt::CaseInsensitive));
    QVERIFY(passwordProblem(QStringLiteral("abc")).contains(QStringLiteral("at least 10")));
    QVERIFY(passwordProblem(QStringLiteral("ten chars!")).isEmpty());
    // Characters, not UTF-8 bytes: four umlauts are four characters.
    QVERIFY(!passwordProblem(QStringLiteral("\u00e4\u00f6\u00fc\u00df")).isEmpty());
}

void TestWalletFlows::shortPasswordRefusedWithReason() {
    makeContext(true);
    CreateWalletDialog dialog(m_context->wallets(), {m_folder});
    dialog.show();
    QSignalSpy finished(&dialog, &CreateWalletDialog::attemptFinished);
    auto* meter = dialog.findChild<PasswordStrengthMeter*>(QStringLiteral("strengthMeter"));
    QVERIFY(meter && meter->isVisible());
    dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("dave"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("abc"));
    QCOMPARE(meter->strength().level, PasswordStrength::TooShort);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("repeatEdit")), QStringLiteral("abc"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* error = dialog.findChild<MessageWidget*>(QStringLiteral("errorMessage"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->kind(), MessageWidget::Error);
    QVERIFY(error->text().contains(QStringLiteral("at least 10")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0); // nothing was derived or written
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("dave.json"))));
}

void TestWalletFlows::createShowsBackupStepAndSelectsRow() {
    makeContext(true);
    WalletsPane pane(m_context.get());
    pane.resize(900, 600);
    pane.show();
    QVERIFY(!pane.notice()->isVisible());
    auto* dialog = qobject_cast<CreateWalletDialog*>(pane.createWallet());
    QVERIFY(dialog);
    const int folderIndex = dialog->findChild<QComboBox*>()->findText(m_folder);
    QVERIFY(folderIndex >= 0);
    dialog->findChild<QComboBox*>()->setCurrentIndex(folderIndex);
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("dave"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     QStringLiteral("tulip-orbit-74"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit")),
                     QStringLiteral("tulip-orbit-74"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    const QString expected = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("dave.json")));
    QTRY_VERIFY_WITH_TIMEOUT(pane.notice()->isVisible(), 30000);
    QCOMPARE(pane.notice()->kind(), MessageWidget::Warning);
    QVERIFY2(pane.notice()->text().contains(QDir::toNativeSeparators(expected)),
             qPrintable(pane.notice()->text()));
    QVERIFY(pane.notice()->text().contains(QStringLiteral("Back up this file")));
    QVERIFY(QFile::exists(expected));
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedPath(), expected, 20000);

    auto* copy = pane.notice()->findChild<QToolButton*>(QStringLiteral("copyPathButton"));
    QVERIFY(copy && copy->isVisible());
    QVERIFY(pane.notice()->findChild<QToolButton*>(QStringLiteral("openFolderButton")));
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(expected));
}

void TestWalletFlows::passwordChangeShowsNotice() {
    makeContext(true);
    WalletsPane pane(m_context.get());
    pane.show();
    const QString path = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("alice.json")));
    QVERIFY(pane.selectedPath().isEmpty());
    QVERIFY(pane.changePassword() == nullptr); // nothing selected: no dialog
    QTableView* view = table(pane);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(WalletTableModel::PathRole).toString() == path)
            view->selectRow(row);
    }
    QCOMPARE(pane.selectedPath(), path);
    QDialog* dialog = pane.changePassword();
    QVERIFY(dialog);
    auto* newEdit = dialog->findChild<QLineEdit*>(QStringLiteral("newEdit"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("oldEdit")),
                     QString::fromUtf8(test::realKeystorePassword()));
    QTest::keyClicks(newEdit, QStringLiteral("short"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit")), QStringLiteral("short"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ok->click();
    QVERIFY(dialog->findChild<MessageWidget*>(QStringLiteral("errorMessage"))
                ->text()
                .contains(QStringLiteral("at least 10")));
    QVERIFY(!pane.notice()->isVisible());

    newEdit->clear();
    dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit"))->clear();
    QTest::keyClicks(newEdit, QStringLiteral("gravel-Tulip-93"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit")),
                     QStringLiteral("gravel-Tulip-93"));
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(pane.notice()->isVisible(), 30000);
    QCOMPARE(pane.notice()->kind(), MessageWidget::Positive);
    QVERIFY(pane.notice()->text().contains(QStringLiteral("alice")));
    QVERIFY(pane.notice()->text().contains(QStringLiteral("was changed")));
    // The new password is the one that opens the file now.
    QVERIFY(awaitResult(m_context->wallets()->unlock(path, "gravel-Tulip-93")).ok);
}

void TestWalletFlows::idleLockWarnsCountsDownThenLocks() {
    makeContext(true);
    WalletsPane pane(m_context.get());
    pane.show();
    WalletManager* wallets = m_context->wallets();
    const QString path = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("alice.json")));
    QSignalSpy pending(wallets, &WalletManager::idleLockPending);
    QSignalSpy idle(wallets, &WalletManager::idleLocked);
    // 6 s: the warning comes 2 s before the lock (a third of the interval) and counts down by seconds.
    m_context->setIdleLockMs(6000);
    QVERIFY(awaitResult(wallets->unlock(path, test::realKeystorePassword())).ok);
    QTRY_VERIFY_WITH_TIMEOUT(pane.idleNotice()->isVisible(), 30000);
    QVERIFY(pending.count() >= 1);
    // A third of the interval, rounded up, plus the slack of coarse timers: well below the full 6 s.
    QVERIFY(pending.first().first().toInt() <= 3);
    QCOMPARE(pane.idleNotice()->kind(), MessageWidget::Warning);
    QVERIFY(pane.idleNotice()->text().contains(QStringLiteral("lock in")));
    QVERIFY(wallets->isUnlocked(path)); // warned, not locked yet
    QTRY_VERIFY_WITH_TIMEOUT(idle.count() == 1, 30000);
    QVERIFY(!wallets->isUnlocked(path));
    QCOMPARE(pane.idleNotice()->kind(), MessageWidget::Information);
    QVERIFY(pane.idleNotice()->text().contains(QStringLiteral("locked")));

    // User input during the warning postpones the lock and takes the warning away.
    QSignalSpy postponed(wallets, &WalletManager::idleLockPostponed);
    QVERIFY(awaitResult(wallets->unlock(path, test::realKeystorePassword())).ok);
    QVERIFY(!pane.idleNotice()->isVisible()); // the "were locked" notice goes with the next unlock
    const int pendingBefore = int(pending.count());
    QTRY_VERIFY_WITH_TIMEOUT(pending.count() > pendingBefore, 30000);
    QTest::mouseMove(&pane, QPoint(10, 10));
    QTest::keyClick(&pane, Qt::Key_Shift);
    QTRY_VERIFY_WITH_TIMEOUT(postponed.count() >= 1, 10000);
    QVERIFY(!pane.idleNotice()->isVisible());
    QVERIFY(wallets->isUnlocked(path));
    QCOMPARE(idle.count(), 1);
    m_context->setIdleLockMs(0);
}

void TestWalletFlows::idleLockSparesDemoWallets() {
    makeContext(true);
    WalletManager* wallets = m_context->wallets();
    const QString alice = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("alice.json")));
    const QString bob = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("bob.json")));
    wallets->setIdleLockExempt(bob, true);
    WalletTableModel model(wallets);
    QSignalSpy idle(wallets, &WalletManager::idleLocked);
    m_context->setIdleLockMs(1500);
    QVERIFY(awaitResult(wallets->unlock(bob, test::realKeystorePassword())).ok);
    const QModelIndex bobState = model.index(wallets->indexOfPath(bob), WalletTableModel::State);
    QCOMPARE(bobState.data().toString(), QStringLiteral("Unlocked (demo)"));
    QVERIFY(bobState.data(Qt::ToolTipRole).toString().contains(QStringLiteral("idle lock")));
    QVERIFY(awaitResult(wallets->unlock(alice, test::realKeystorePassword())).ok);
    QTRY_VERIFY_WITH_TIMEOUT(idle.count() == 1, 30000);
    QVERIFY(!wallets->isUnlocked(alice));
    QVERIFY(wallets->isUnlocked(bob));
    // A second idle period: the exempt wallet survives it too, and the lockable one is locked again.
    QVERIFY(awaitResult(wallets->unlock(alice, test::realKeystorePassword())).ok);
    QTRY_VERIFY_WITH_TIMEOUT(idle.count() == 2, 30000);
    QVERIFY(!wallets->isUnlocked(alice));
    QVERIFY(wallets->isUnlocked(bob));
    // Lock Now still locks an exempt wallet.
    wallets->lock(bob);
    QVERIFY(!wallets->isUnlocked(bob));
    m_context->setIdleLockMs(0);
}

void TestWalletFlows::balancesCarryTheUnit() {
    makeContext(true);
    WalletsPane pane(m_context.get());
    pane.show();
    QTableView* view = table(pane);
    auto balanceTexts = [view] {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts << view->model()->index(row, WalletTableModel::Balance).data().toString();
        return texts;
    };
    QTRY_VERIFY_WITH_TIMEOUT(m_context->wallets()->accountsSettled(), 30000);
    const QStringList texts = balanceTexts();
    int withUnit = 0;
    for (const QString& text : texts) {
        if (text.endsWith(QStringLiteral(" AIT")) && text.at(0).isDigit())
            ++withUnit;
    }
    QVERIFY2(withUnit >= 2, qPrintable(texts.join(QLatin1Char('|'))));
}

void TestWalletFlows::stateColumnNeverCut() {
    makeContext(true);
    WalletsPane pane(m_context.get());
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTableView* view = table(pane);
    const QString bob = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("bob.json")));
    m_context->wallets()->setIdleLockExempt(bob, true);
    QVERIFY(awaitResult(m_context->wallets()->unlock(bob, test::realKeystorePassword())).ok);
    const QFontMetrics metrics(view->font());
    const int iconAndMargins = view->iconSize().isValid() ? view->iconSize().width() : 16;
    const int needed = metrics.horizontalAdvance(QStringLiteral("Unlocked (demo)")) + iconAndMargins;
    QTRY_VERIFY(view->horizontalHeader()->sectionSize(WalletTableModel::State) >= needed);
    const int balanceNeeded = metrics.horizontalAdvance(QStringLiteral("unavailable"));
    QVERIFY(view->horizontalHeader()->sectionSize(WalletTableModel::Balance) >= balanceNeeded);
}

void TestWalletFlows::emptyStateOffersWorkingActions() {
    makeContext(false);
    QTRY_VERIFY(!m_context->wallets()->isScanning());
    WalletsPane pane(m_context.get());
    pane.show();
    QTRY_VERIFY(pane.emptyState()->isVisible());
    QVERIFY(pane.emptyState()->text().contains(QStringLiteral("No wallets yet")));
    QSignalSpy demo(&pane, &WalletsPane::demoRequested);
    auto* demoButton = pane.emptyState()->findChild<QToolButton*>(QStringLiteral("emptyDemoButton"));
    QVERIFY(demoButton && demoButton->isVisible());
    demoButton->click();
    QCOMPARE(demo.count(), 1);
    auto* create = pane.emptyState()->findChild<QToolButton*>(QStringLiteral("emptyCreateButton"));
    QVERIFY(create);
    create->click();
    auto* dialog = pane.findChild<CreateWalletDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    // Creating the first wallet in the offered default folder ends the empty state.
    const QString folder = m_dir->filePath(QStringLiteral("fresh"));
    dialog->findChild<QComboBox*>()->setEditText(folder);
    QDir().mkpath(folder);
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("first"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     QStringLiteral("tulip-orbit-74"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit")),
                     QStringLiteral("tulip-orbit-74"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.emptyState()->isVisible(), 30000);
    QCOMPARE(m_context->wallets()->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(pane.selectedPath().endsWith(QStringLiteral("first.json")), 20000);
    QVERIFY(pane.emptyState()->findChild<QToolButton*>(QStringLiteral("emptyAddFolderButton")));
}

void TestWalletFlows::oneTimeFormatWithSeconds() {
    const QDateTime utc(QDate(2026, 11, 26), QTime(0, 41, 57, 101), Qt::UTC);
    const QString text = formatDateTime(utc);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:57$")).match(text).hasMatch(),
        qPrintable(text));
    QCOMPARE(text, utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(formatDateTime(QDateTime()).isEmpty());
}

void TestWalletFlows::idleCountdownInTheStatusBar() {
    makeContext(true);
    MainWindow window(m_context.get());
    window.show();
    WalletManager* wallets = m_context->wallets();
    const QString path = QDir::cleanPath(QDir(m_folder).absoluteFilePath(QStringLiteral("alice.json")));
    QSignalSpy idle(wallets, &WalletManager::idleLocked);
    m_context->setIdleLockMs(3000);
    QVERIFY(awaitResult(wallets->unlock(path, test::realKeystorePassword())).ok);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("lock in")), 30000);
    QCOMPARE(idle.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(idle.count() == 1, 30000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("were locked")));
    QVERIFY(!wallets->isUnlocked(path));
    m_context->setIdleLockMs(0);
}

QTEST_MAIN(TestWalletFlows)
#include "tst_wallet_flows.moc"

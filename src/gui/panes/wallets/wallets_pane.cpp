#include "panes/wallets/wallets_pane.h"
#include "common/flow_layout.h"
#include "common/message_widget.h"
#include "common/pane_title.h"

#include "dialogs/change_password_dialog.h"
#include "dialogs/create_wallet_dialog.h"
#include "dialogs/unlock_dialog.h"
#include "panes/wallets/wallet_table_model.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "ui_walletspane.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <utility>

namespace aitbc::gui {

WalletsPane::WalletsPane(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::WalletsPane)
    , m_context(context)
    , m_model(new WalletTableModel(context->wallets(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(new MessageWidget(this))
    , m_empty(new MessageWidget(this))
    , m_idleNotice(new MessageWidget(this))
    , m_copyPathAction(new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy &Path"), this))
    , m_openFolderAction(new QAction(QIcon(QStringLiteral(":/icons/folder.svg")), tr("&Open Folder"), this)) {
    m_ui->setupUi(this);
    // The actions wrap onto a second row in a narrow window (800 px, German labels) instead of
    // widening the pane.
    auto* actions = new FlowLayout(m_ui->actionBar);
    for (QWidget* button :
         {static_cast<QWidget*>(m_ui->unlockButton), static_cast<QWidget*>(m_ui->lockButton),
          static_cast<QWidget*>(m_ui->copyAddressButton), static_cast<QWidget*>(m_ui->changePasswordButton),
          static_cast<QWidget*>(m_ui->createButton)})
        actions->addWidget(button);
    stylePaneTitle(m_ui->titleLabel);
    m_ui->titleLabel->setText(tr("Wallets"));

    m_notice->setObjectName(QStringLiteral("walletNotice"));
    m_notice->setCloseButtonVisible(true);
    m_notice->hide();
    m_idleNotice->setObjectName(QStringLiteral("idleNotice"));
    m_idleNotice->setCloseButtonVisible(true);
    m_idleNotice->hide();
    m_empty->setObjectName(QStringLiteral("walletsEmptyState"));
    m_empty->setKind(MessageWidget::Information);
    m_empty->setText(tr("No wallets yet. A wallet is a keystore file, as the AITBC command line writes them. "
                        "Add the folder that holds yours, create a new wallet, or start the demo network, "
                        "which comes with funded wallets."));
    auto* emptyAddFolder =
        new QAction(QIcon(QStringLiteral(":/icons/folder.svg")), tr("Add Keystore &Folder…"), this);
    connect(emptyAddFolder, &QAction::triggered, this, &WalletsPane::addFolder);
    auto* emptyCreate = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create a Wallet…"), this);
    connect(emptyCreate, &QAction::triggered, this, &WalletsPane::createWallet);
    auto* emptyDemo = new QAction(tr("Start the Demo"), this);
    emptyDemo->setToolTip(tr("Opens a second dashboard window with its own leader, follower and funded "
                             "wallets on this computer"));
    connect(emptyDemo, &QAction::triggered, this, &WalletsPane::demoRequested);
    m_empty->addActionButton(emptyAddFolder)->setObjectName(QStringLiteral("emptyAddFolderButton"));
    m_empty->addActionButton(emptyCreate)->setObjectName(QStringLiteral("emptyCreateButton"));
    m_empty->addActionButton(emptyDemo)->setObjectName(QStringLiteral("emptyDemoButton"));
    m_empty->hide();
    m_ui->mainLayout->insertWidget(2, m_idleNotice);
    m_ui->mainLayout->insertWidget(3, m_notice);
    m_ui->mainLayout->insertWidget(4, m_empty);
    connect(m_copyPathAction, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_backupPath)); });
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_backupPath).absolutePath()));
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WalletTableModel::SortRole);
    m_ui->walletTable->setModel(m_proxy);
    m_ui->walletTable->sortByColumn(WalletTableModel::Name, Qt::AscendingOrder);
    m_ui->walletTable->verticalHeader()->hide();
    m_ui->walletTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->walletTable->horizontalHeader()->setSectionResizeMode(WalletTableModel::Address,
                                                                QHeaderView::Stretch);
    // The state and balance texts change as wallets lock and balances arrive: these columns follow
    // their contents so "Unlocked" is never cut to "Unlo…" (the table holds tens of rows, not more).
    for (int c : {int(WalletTableModel::Name), int(WalletTableModel::State), int(WalletTableModel::Balance)})
        m_ui->walletTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ui->walletTable->setTextElideMode(Qt::ElideMiddle);
    m_ui->walletTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->unlockButton->setIcon(QIcon(QStringLiteral(":/icons/unlock.svg")));
    m_ui->lockButton->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_ui->copyAddressButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->changePasswordButton->setIcon(QIcon(QStringLiteral(":/icons/key.svg")));
    m_ui->createButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_ui->addFolderButton->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    m_ui->addFileButton->setIcon(QIcon(QStringLiteral(":/icons/wallet.svg")));
    m_ui->removeSourceButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));

    WalletManager* wallets = context->wallets();
    connect(m_ui->unlockButton, &QPushButton::clicked, this, [this] { unlockWallet(selectedPath()); });
    connect(m_ui->lockButton, &QPushButton::clicked, this,
            [this] { m_context->wallets()->lock(selectedPath()); });
    connect(m_ui->copyAddressButton, &QPushButton::clicked, this, &WalletsPane::copyAddress);
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this, &WalletsPane::changePassword);
    connect(m_ui->createButton, &QPushButton::clicked, this, &WalletsPane::createWallet);
    connect(m_ui->addFolderButton, &QPushButton::clicked, this, &WalletsPane::addFolder);
    connect(m_ui->addFileButton, &QPushButton::clicked, this, &WalletsPane::addFile);
    connect(m_ui->removeSourceButton, &QPushButton::clicked, this, &WalletsPane::removeSource);
    connect(m_ui->sourceList, &QListWidget::currentRowChanged, this, &WalletsPane::updateActions);
    connect(m_ui->walletTable, &QTableView::doubleClicked, this, [this] {
        const WalletEntry* w = selectedWallet();
        if (w && w->readable && !w->unlocked)
            unlockWallet(w->path);
    });
    connect(m_ui->walletTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WalletsPane::updateActions);
    connect(wallets, &WalletManager::walletChanged, this, &WalletsPane::updateActions);
    connect(wallets, &WalletManager::walletsReset, this, [this] {
        updateActions();
        resizeColumns();
        updateEmptyState();
        if (!m_pendingSelection.isEmpty() && m_context->wallets()->indexOfPath(m_pendingSelection) >= 0)
            selectPath(std::exchange(m_pendingSelection, QString()));
    });
    connect(wallets, &WalletManager::idleLockPending, this, [this](int secondsLeft) {
        m_idleNotice->showMessage(tr("Unlocked wallets lock in %n second(s) for lack of activity. Move the "
                                     "mouse or press a key to keep them unlocked.",
                                     nullptr, secondsLeft),
                                  MessageWidget::Warning);
    });
    connect(wallets, &WalletManager::idleLockPostponed, m_idleNotice, &MessageWidget::hideMessage);
    connect(wallets, &WalletManager::idleLocked, this, [this] {
        const int minutes = m_context->wallets()->idleLockMs() / 60000;
        m_idleNotice->showMessage(
            minutes > 0 ? tr("Wallets were locked after %n minute(s) without activity.", nullptr, minutes)
                        : tr("Wallets were locked after a time without activity."),
            MessageWidget::Information);
    });
    connect(wallets, &WalletManager::unlocked, this, [this] {
        if (m_idleNotice->kind() == MessageWidget::Information)
            m_idleNotice->hideMessage();
    });
    connect(wallets, &WalletManager::accountsRefreshed, this, &WalletsPane::resizeColumns);
    connect(wallets, &WalletManager::sourcesChanged, this, &WalletsPane::rebuildSources);
    connect(wallets, &WalletManager::walletsReset, this, &WalletsPane::rebuildSources);
    connect(wallets, &WalletManager::unlockRequested, this, [this](const QString& address) {
        const int row = m_context->wallets()->indexOfAddress(address);
        if (row >= 0)
            unlockWallet(m_context->wallets()->wallets()[row].path);
    });
    connect(context->nodes(), &NodeRegistry::selectedChanged, this, &WalletsPane::updateNodeHint);
    connect(context->nodes(), &NodeRegistry::statusChanged, this, &WalletsPane::updateNodeHint);

    auto* unlockAction = new QAction(tr("Unlock…"), this);
    connect(unlockAction, &QAction::triggered, m_ui->unlockButton, &QPushButton::click);
    auto* lockAction = new QAction(tr("Lock Now"), this);
    connect(lockAction, &QAction::triggered, m_ui->lockButton, &QPushButton::click);
    auto* copyAction = new QAction(tr("Copy Address"), this);
    connect(copyAction, &QAction::triggered, this, &WalletsPane::copyAddress);
    m_ui->walletTable->addActions({unlockAction, lockAction, copyAction});

    rebuildSources();
    updateNodeHint();
    updateActions();
    resizeColumns();
    updateEmptyState();
}

WalletsPane::~WalletsPane() = default;

void WalletsPane::addActionsTo(QMenu* menu) {
    auto* create = menu->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Wallet…"));
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, &WalletsPane::createWallet);
    auto* unlock = menu->addAction(QIcon(QStringLiteral(":/icons/unlock.svg")), tr("&Unlock Selected…"));
    unlock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(unlock, &QAction::triggered, this, [this] { unlockWallet(selectedPath()); });
    auto* copy = menu->addAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy Address"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QAction::triggered, this, &WalletsPane::copyAddress);
    menu->addSeparator();
    auto* folder = menu->addAction(QIcon(QStringLiteral(":/icons/folder.svg")), tr("Add Keystore &Folder…"));
    folder->setShortcut(QKeySequence::Open);
    connect(folder, &QAction::triggered, this, &WalletsPane::addFolder);
    auto* file = menu->addAction(tr("Add Keystore F&ile…"));
    connect(file, &QAction::triggered, this, &WalletsPane::addFile);
}

QString WalletsPane::selectedPath() const {
    const QModelIndexList rows = m_ui->walletTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(WalletTableModel::PathRole).toString();
}

const WalletEntry* WalletsPane::selectedWallet() const {
    const int row = m_context->wallets()->indexOfPath(selectedPath());
    return row >= 0 ? &m_context->wallets()->wallets()[row] : nullptr;
}

void WalletsPane::updateActions() {
    const WalletEntry* w = selectedWallet();
    const bool readable = w && w->readable;
    m_ui->unlockButton->setEnabled(readable && !w->unlocked);
    m_ui->lockButton->setEnabled(readable && w->unlocked);
    m_ui->copyAddressButton->setEnabled(readable && !w->address().isEmpty());
    m_ui->changePasswordButton->setEnabled(readable);
    m_ui->removeSourceButton->setEnabled(m_ui->sourceList->currentRow() >= 0 &&
                                         m_context->wallets()->persistentSources().contains(
                                             m_ui->sourceList->currentItem()->data(Qt::UserRole).toString()));
}

void WalletsPane::rebuildSources() {
    const QString current = m_ui->sourceList->currentItem()
                                ? m_ui->sourceList->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_ui->sourceList->clear();
    WalletManager* wallets = m_context->wallets();
    for (const QString& source : wallets->sources()) {
        int found = 0;
        for (const WalletEntry& w : wallets->wallets())
            found += w.source == source ? 1 : 0;
        const QFileInfo fi(source);
        QString label;
        if (!fi.exists())
            label = tr("%1 (missing)").arg(source);
        else if (fi.isDir())
            label = tr("%1 (%n keystore(s))", nullptr, found).arg(source);
        else
            label = source;
        auto* item = new QListWidgetItem(
            QIcon(fi.isDir() ? QStringLiteral(":/icons/folder.svg") : QStringLiteral(":/icons/wallet.svg")),
            label, m_ui->sourceList);
        item->setData(Qt::UserRole, source);
        if (!wallets->persistentSources().contains(source))
            item->setToolTip(tr("Added automatically for this session"));
        if (source == current)
            m_ui->sourceList->setCurrentItem(item);
    }
    updateActions();
}

void WalletsPane::addFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Keystore Folder"));
    if (!dir.isEmpty())
        m_context->wallets()->addSource(dir);
}

void WalletsPane::addFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Add Keystore File"), QString(),
                                                      tr("Keystore files (*.json);;All files (*)"));
    if (!file.isEmpty())
        m_context->wallets()->addSource(file);
}

void WalletsPane::removeSource() {
    if (auto* item = m_ui->sourceList->currentItem())
        m_context->wallets()->removeSource(item->data(Qt::UserRole).toString());
}

void WalletsPane::unlockWallet(const QString& path) {
    const int row = m_context->wallets()->indexOfPath(path);
    if (row < 0 || !m_context->wallets()->wallets()[row].readable)
        return;
    auto* dialog = new UnlockDialog(m_context->wallets(), m_context->secrets(), m_context->settings(),
                                    m_context->wallets()->wallets()[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QDialog* WalletsPane::createWallet() {
    QStringList folders;
    for (const QString& source : m_context->wallets()->sources()) {
        if (QFileInfo(source).isDir() && QFileInfo(source).isWritable())
            folders.append(source);
    }
    auto* dialog = new CreateWalletDialog(m_context->wallets(), folders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = QDir::cleanPath(QFileInfo(dialog->createdPath()).absoluteFilePath());
        showBackupStep(path);
        if (m_context->wallets()->indexOfPath(path) >= 0)
            selectPath(path);
        else
            m_pendingSelection = path; // selected when the rescan lists it
    });
    dialog->open();
    return dialog;
}

QDialog* WalletsPane::changePassword() {
    const WalletEntry* w = selectedWallet();
    if (!w || !w->readable)
        return nullptr;
    auto* dialog =
        new ChangePasswordDialog(m_context->wallets(), m_context->secrets(), m_context->settings(), *w, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = w->name] {
        m_notice->showMessage(tr("The password of wallet \u201c%1\u201d was changed. Copies of the keystore "
                                 "file made before (backups) still open with the old password only: replace "
                                 "them with the current file.")
                                  .arg(name),
                              MessageWidget::Positive);
    });
    dialog->open();
    return dialog;
}

void WalletsPane::selectPath(const QString& path) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, WalletTableModel::Name);
        if (index.data(WalletTableModel::PathRole).toString() == path) {
            m_ui->walletTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
            m_ui->walletTable->scrollTo(index);
            return;
        }
    }
}

void WalletsPane::showBackupStep(const QString& path) {
    m_backupPath = path;
    m_notice->showMessage(
        tr("Wallet created in %1. Back up this file now, to another disk or device, and keep "
           "its password: the file holds the only copy of the key, and neither the key nor "
           "the password can be recovered.")
            .arg(QDir::toNativeSeparators(path)),
        MessageWidget::Warning);
    m_notice->addActionButton(m_copyPathAction)->setObjectName(QStringLiteral("copyPathButton"));
    m_notice->addActionButton(m_openFolderAction)->setObjectName(QStringLiteral("openFolderButton"));
}

void WalletsPane::updateEmptyState() {
    WalletManager* wallets = m_context->wallets();
    m_empty->setVisible(wallets->count() == 0 && !wallets->isScanning());
}

void WalletsPane::copyAddress() {
    const WalletEntry* w = selectedWallet();
    if (w && !w->address().isEmpty())
        QGuiApplication::clipboard()->setText(w->address());
}

void WalletsPane::updateNodeHint() {
    NodeRegistry* nodes = m_context->nodes();
    const int row = nodes->selectedRow();
    if (row < 0) {
        m_ui->nodeHintLabel->setText(tr("No node selected: balances unknown"));
        return;
    }
    const NodeStatus& s = nodes->status(row);
    m_ui->nodeHintLabel->setText(
        s.height >= 0
            ? tr("Balances on %1 at height %2").arg(nodes->profile(row).name, QLocale().toString(s.height))
            : tr("Balances on %1").arg(nodes->profile(row).name));
}

void WalletsPane::resizeColumns() {
    QHeaderView* header = m_ui->walletTable->horizontalHeader();
    for (int c = 0; c < WalletTableModel::ColumnCount; ++c) {
        if (c != WalletTableModel::Address)
            m_ui->walletTable->resizeColumnToContents(c);
    }
    header->setMinimumSectionSize(60);
}

} // namespace aitbc::gui

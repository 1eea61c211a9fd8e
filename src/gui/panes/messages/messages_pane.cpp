#include "panes/messages/messages_pane.h"

#include "ui_messagespane.h"

#include "chain/node.h"
#include "mainwindow/main_window.h"
#include "messaging/display_text.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/outbox_store.h"
#include "messaging/thread_models.h"
#include "panes/messages/responder_controller.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace aitbc::gui {

namespace {
/// Long texts are refused in the compose box: the node takes up to 1 MB per block (§1.5), and a message
/// is read by people.
constexpr int kMaxComposeChars = 16 * 1024; // well inside the 1 MB block budget (§1.5)
} // namespace

MessagesPane::MessagesPane(AppContext* context, QWidget* parent, const QString& outboxPath)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessagesPane>())
    , m_context(context)
    , m_threads(new messaging::ConversationListModel(this))
    , m_thread(new messaging::ThreadMessagesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refreshTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    WalletManager* wallets = m_context->wallets();
    m_sender = new messaging::MessageSender(
        outboxPath.isEmpty() ? QDir(m_context->dataFolder()).filePath(QStringLiteral("outbox.sqlite"))
                             : outboxPath,
        m_context->nodes()->selectedNode(), [wallets](const QString& a) { return wallets->signingKey(a); },
        this);
    m_responders = new ResponderController(wallets, m_sender, m_context->dataFolder(), this);
    m_responders->bindVerifiedOnly(m_ui->verifiedOnlyCheck, m_context->settings());

    m_ui->threadList->setModel(m_threads);
    m_proxy->setSourceModel(m_thread);
    m_proxy->setFilterKeyColumn(messaging::ThreadMessagesModel::TextColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->messageTable->setModel(m_proxy);
    m_ui->messageTable->horizontalHeader()->setSectionResizeMode(messaging::ThreadMessagesModel::TextColumn,
                                                                 QHeaderView::Stretch);
    m_ui->messageTable->verticalHeader()->hide();
    m_ui->matchCombo->addItem(tr("exact"), int(messaging::ResponderRule::Match::Exact));
    m_ui->matchCombo->addItem(tr("prefix"), int(messaging::ResponderRule::Match::Prefix));
    m_ui->matchCombo->addItem(tr("regular expression"), int(messaging::ResponderRule::Match::Regex));
    m_ui->splitter->setStretchFactor(1, 3);

    connect(m_ui->walletCombo, &QComboBox::currentIndexChanged, this, &MessagesPane::onWalletChanged);
    connect(m_ui->walletCombo, &QComboBox::activated, this, [this] { m_walletPicked = true; });
    connect(m_context, &AppContext::focusWalletChanged, this, &MessagesPane::rebuildWalletCombo);
    connect(m_ui->threadList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showThread(current.data(messaging::ConversationListModel::CounterpartRole).toString());
            });
    connect(m_ui->messageTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MessagesPane::updateDetail);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MessagesPane::sendClicked);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MessagesPane::exportClicked);
    connect(m_ui->responderToggle, &QCheckBox::toggled, this, [this](bool on) {
        if (on != m_responders->isRunning(currentAddress()))
            setResponderEnabled(on);
    });
    connect(m_responders, &ResponderController::logLine, this,
            [this](const QString& address, const QString& line) {
                if (address == currentAddress())
                    m_ui->responderLog->appendPlainText(line);
            });
    connect(m_responders, &ResponderController::runningChanged, this, &MessagesPane::updateResponderUi);

    connect(m_sender, &messaging::MessageSender::entryChanged, this, [this] {
        m_book.setOutbox(m_sender->entries());
        applyBook();
    });
    connect(m_sender, &messaging::MessageSender::ready, this, [this](bool ok, const QString& error) {
        if (!ok)
            setStatus(tr("The outbox cannot be opened (%1): sending is disabled.").arg(error));
        m_ui->sendButton->setEnabled(ok);
        m_book.setOutbox(m_sender->entries());
        applyBook();
    });
    connect(wallets, &WalletManager::walletsReset, this, &MessagesPane::rebuildWalletCombo);
    connect(wallets, &WalletManager::unlocked, this, [this] {
        m_sender->poke(); // messages waiting for this key can go now
        rebuildWalletCombo();
    });
    connect(wallets, &WalletManager::locked, this, &MessagesPane::rebuildWalletCombo);
    connect(m_context->nodes(), &NodeRegistry::selectedChanged, this, &MessagesPane::onNodeChanged);
    connect(m_context->nodes(), &NodeRegistry::selectedHeadChanged, this, [this] {
        m_sender->poke();
        refresh();
    });
    connect(m_refreshTimer, &QTimer::timeout, this, &MessagesPane::refresh);
    m_refreshTimer->start(2000);

    m_ui->sendButton->setEnabled(false);
    m_sender->start();
    rebuildWalletCombo();
    onNodeChanged();
}

MessagesPane::~MessagesPane() {
    m_responders->stopAll();
}

QString MessagesPane::currentAddress() const {
    return m_ui->walletCombo->currentData().toString();
}

bool MessagesPane::selectWallet(const QString& address) {
    const int i = m_ui->walletCombo->findData(address);
    if (i < 0)
        return false;
    m_walletPicked = true;
    m_ui->walletCombo->setCurrentIndex(i);
    return true;
}

void MessagesPane::rebuildWalletCombo() {
    const QString current = currentAddress();
    QSignalBlocker block(m_ui->walletCombo);
    m_ui->walletCombo->clear();
    QHash<QString, QString> names; // the user's own wallets are shown by name in the conversation list
    for (const WalletEntry& w : m_context->wallets()->wallets()) {
        if (w.readable && !w.address().isEmpty() && !w.name.isEmpty())
            names.insert(w.address(), w.name);
        if (!w.readable || w.address().isEmpty() || m_ui->walletCombo->findData(w.address()) >= 0)
            continue;
        const QString label = QStringLiteral("%1 \u2014 %2%3")
                                  .arg(messaging::safeSingleLine(w.name, 40), w.address(),
                                       w.unlocked ? QString() : tr(" (locked)"));
        m_ui->walletCombo->addItem(label, w.address());
    }
    m_threads->setNames(names);
    // The user's own pick wins; until there is one, the context's focus wallet (the demo's agent).
    const int focus = m_walletPicked ? -1 : m_ui->walletCombo->findData(m_context->focusWallet());
    const int i = focus >= 0 ? focus : m_ui->walletCombo->findData(current);
    m_ui->walletCombo->setCurrentIndex(i >= 0 ? i : (m_ui->walletCombo->count() > 0 ? 0 : -1));
    if (currentAddress() != current)
        onWalletChanged();
    updateResponderUi();
}

void MessagesPane::onNodeChanged() {
    NodeRegistry* nodes = m_context->nodes();
    m_node = nodes->selectedNode();
    m_sender->setNode(m_node);
    const int row = nodes->selectedRow();
    if (row >= 0)
        m_sender->setFee(nodes->profile(row).fee);
    m_responders->setNode(m_node);
    m_ui->nodeHint->setText(m_node ? tr("via %1").arg(messaging::safeSingleLine(m_node->describe(), 80))
                                   : tr("no node selected"));
    onWalletChanged();
}

void MessagesPane::onWalletChanged() {
    ++m_generation;
    m_book.setOwner(currentAddress(), m_node ? m_node->chainId() : QString());
    m_book.setOutbox(m_sender->entries());
    m_openCounterpart.clear();
    m_autoOpened = false;
    m_thread->clear();
    m_ui->responderLog->setPlainText(m_responders->log(currentAddress()).join(QLatin1Char('\n')));
    applyBook();
    updateResponderUi();
    refresh();
}

void MessagesPane::refresh() {
    const QString address = currentAddress();
    if (!m_node || address.isEmpty() || m_refreshing)
        return;
    m_refreshing = true;
    const quint64 generation = m_generation;
    messaging::whenFinished(
        this, m_node->messages(address),
        [this, generation](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
            m_refreshing = false;
            if (generation != m_generation)
                return refresh(); // the wallet or node changed meanwhile
            if (!r || !r->ok()) {
                if (r)
                    setStatus(tr("Cannot read messages: %1").arg(r->error().message));
                return;
            }
            if (m_book.owner().isEmpty())
                return;
            m_book.setChainMessages(r->value());
            applyBook();
        });
}

void MessagesPane::applyBook() {
    m_threads->setConversations(m_book.conversations());
    // The first time a wallet's conversations arrive, open the most recent one, as chat clients do.
    if (m_openCounterpart.isEmpty() && !m_autoOpened && m_threads->rowCount() > 0) {
        m_autoOpened = true;
        m_openCounterpart =
            m_threads->data(m_threads->index(0), messaging::ConversationListModel::CounterpartRole)
                .toString();
    }
    if (!m_openCounterpart.isEmpty()) {
        const int row = m_threads->rowOf(m_openCounterpart);
        if (row >= 0 && m_ui->threadList->currentIndex().row() != row) {
            QSignalBlocker block(m_ui->threadList->selectionModel());
            m_ui->threadList->setCurrentIndex(m_threads->index(row));
        }
        showThread(m_openCounterpart);
    }
}

bool MessagesPane::openConversation(const QString& counterpart) {
    const int row = m_threads->rowOf(counterpart);
    if (row < 0)
        return false;
    m_ui->threadList->setCurrentIndex(m_threads->index(row));
    showThread(counterpart);
    return true;
}

void MessagesPane::showThread(const QString& counterpart) {
    const messaging::Conversation* c = m_book.conversation(counterpart);
    if (!c) {
        m_thread->clear();
        return;
    }
    m_openCounterpart = counterpart;
    if (m_ui->recipientEdit->text().isEmpty() || m_ui->recipientEdit->text() != counterpart)
        m_ui->recipientEdit->setText(counterpart);
    qint64 top = -1;
    for (const messaging::ThreadMessage& m : c->messages)
        top = qMax(top, m.blockHeight);
    if (c->unread > 0) {
        m_book.markRead(counterpart, top); // reading the thread marks it read
        m_threads->setConversations(m_book.conversations());
        c = m_book.conversation(counterpart);
    }
    m_thread->setConversation(*c);
}

void MessagesPane::updateDetail() {
    const QModelIndex current = m_proxy->mapToSource(m_ui->messageTable->currentIndex());
    const messaging::ThreadMessage* m = current.isValid() ? m_thread->messageAt(current.row()) : nullptr;
    if (!m) {
        m_ui->messageDetail->clear();
        return;
    }
    // The whole text, display-safe but not cut, as plain text.
    QString detail = messaging::safeDisplayText(m->text, 0).text;
    detail += QStringLiteral("\n\n") +
              tr("Transaction: %1").arg(m->txHash.isEmpty() ? tr("not signed yet") : m->txHash);
    detail += QStringLiteral("\n") + messaging::authorshipExplanation(m->authorship);
    if (m->status == messaging::ThreadMessage::Status::Failed)
        detail += QStringLiteral("\n") +
                  tr("The node refused it: %1").arg(messaging::safeSingleLine(m->failReason, 500));
    m_ui->messageDetail->setPlainText(detail);
}

bool MessagesPane::sendMessage(const QString& to, const QString& text) {
    const QString from = currentAddress();
    const QString recipient = to.trimmed();
    if (from.isEmpty()) {
        setStatus(tr("Choose a wallet to send from."));
        return false;
    }
    if (recipient.isEmpty()) {
        setStatus(tr("Enter the recipient's address."));
        return false;
    }
    if (text.size() > kMaxComposeChars) {
        setStatus(tr("The message is too long (%1 characters, at most %2).")
                      .arg(text.size())
                      .arg(kMaxComposeChars));
        return false;
    }
    if (!m_sender->isReady()) {
        setStatus(tr("The outbox is not open yet."));
        return false;
    }
    if (!m_context->wallets()->isAddressUnlocked(from)) {
        // Still queued: it goes out as soon as the wallet is unlocked.
        m_context->wallets()->requestUnlock(from);
        setStatus(tr("Queued. Unlock the wallet to send it."));
    } else {
        setStatus(tr("Queued; one message per block leaves each wallet."));
    }
    m_sender->enqueue(from, recipient, text);
    m_openCounterpart = recipient;
    return true;
}

void MessagesPane::sendClicked() {
    if (sendMessage(m_ui->recipientEdit->text(), m_ui->composeEdit->toPlainText()))
        m_ui->composeEdit->clear();
}

bool MessagesPane::exportConversation(const QString& path, QString* error) const {
    const messaging::Conversation* c = m_book.conversation(m_openCounterpart);
    if (!c) {
        *error = tr("Open a conversation first.");
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(messaging::conversationCsv(*c)) < 0 || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void MessagesPane::exportClicked() {
    if (m_openCounterpart.isEmpty()) {
        setStatus(tr("Open a conversation first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export conversation"), QStringLiteral("conversation.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    setStatus(exportConversation(path, &error) ? tr("Exported to %1").arg(path)
                                               : tr("Export failed: %1").arg(error));
}

bool MessagesPane::setResponderEnabled(bool enabled) {
    const QString address = currentAddress();
    if (!enabled) {
        m_responders->stop(address);
        updateResponderUi();
        return true;
    }
    messaging::ResponderRule rule;
    rule.match = messaging::ResponderRule::Match(m_ui->matchCombo->currentData().toInt());
    rule.trigger = m_ui->triggerEdit->text();
    rule.reply = m_ui->replyEdit->text();
    rule.caseSensitive = m_ui->caseCheck->isChecked();
    QString error;
    const bool ok = m_responders->start(address, rule, &error);
    if (!ok)
        setStatus(tr("Responder not started: %1").arg(error));
    updateResponderUi();
    return ok;
}

void MessagesPane::updateResponderUi() {
    const bool running = m_responders->isRunning(currentAddress());
    QSignalBlocker block(m_ui->responderToggle);
    m_ui->responderToggle->setChecked(running);
    m_ui->responderToggle->setEnabled(!currentAddress().isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(m_ui->triggerEdit), static_cast<QWidget*>(m_ui->replyEdit),
                       static_cast<QWidget*>(m_ui->matchCombo), static_cast<QWidget*>(m_ui->caseCheck)})
        w->setEnabled(!running);
}

void MessagesPane::setStatus(const QString& text) {
    m_ui->composeStatus->setText(text);
}

QWidget* createMessagesPane(AppContext* context, MainWindow* window) {
    return new MessagesPane(context, window);
}

} // namespace aitbc::gui

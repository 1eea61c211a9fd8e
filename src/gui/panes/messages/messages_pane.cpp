#include "panes/messages/messages_pane.h"

#include "ui_messagespane.h"

#include "address/address_check.h"
#include "chain/node.h"
#include "common/logging.h"
#include "common/message_widget.h"
#include "crypto/ed25519.h"
#include "crypto/x25519.h"
#include "dialogs/new_conversation_dialog.h"
#include "mainwindow/main_window.h"
#include "messaging/acknowledgments.h"
#include "messaging/agent_directory_feed.h"
#include "messaging/display_text.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/outbox_store.h"
#include "models/thread_models.h"
#include "panes/messages/chat_delegate.h"
#include "panes/messages/conversation_delegate.h"
#include "panes/messages/follow_newest.h"
#include "panes/messages/message_details_dialog.h"
#include "panes/messages/responder_controller.h"
#include "panes/outbox/outbox_dialog.h"
#include "panes/wallets/wallets_pane.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/message_feed.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QShortcut>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTime>
#include <QTimer>
#include <QToolButton>

namespace aitbc::gui {

namespace {
/// Long texts are refused in the compose box: the node takes up to 1 MB per block (§1.5), and a message
/// is read by people.
constexpr int kMaxComposeChars = 16 * 1024; // well inside the 1 MB block budget (§1.5)
/// Messages given to the book, and rows put into the thread view, per part of a long history: each part
/// is one event-loop turn of a few milliseconds.
constexpr int kRowsPerTurn = 500;
} // namespace

MessagesPane::MessagesPane(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessagesPane>())
    , m_context(context)
    , m_threads(new ConversationListModel(this))
    , m_threadsSorted(new ConversationSortProxy(this))
    , m_thread(new ThreadMessagesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_addFolderAction(new QAction(tr("Add a &keystore folder…"), this))
    , m_createWalletAction(new QAction(tr("&Create a wallet…"), this))
    , m_newConversationAction(new QAction(tr("Start a conversation…"), this))
    , m_openNodesAction(new QAction(tr("Open &Nodes"), this)) {
    m_ui->setupUi(this);
    WalletManager* wallets = m_context->wallets();
    MessagingService* messaging = m_context->messaging();
    m_sender = messaging->sender();
    m_responders = messaging->responders();
    m_responders->bindVerifiedOnly(m_ui->verifiedOnlyCheck, m_context->settings());

    // Newest activity first, sorted by a proxy over a source whose rows never move: a conversation
    // that gets a message moves up without the list being rebuilt, so selection and scroll stay.
    m_threadsSorted->setSourceModel(m_threads);
    m_threadsSorted->sort(0, Qt::DescendingOrder);
    m_ui->threadList->setModel(m_threadsSorted);
    m_ui->threadList->setItemDelegate(new ConversationDelegate(m_ui->threadList));
    m_ui->threadList->setUniformItemSizes(true);
    // The filter matches names and whole addresses; with thousands of counterparts it only hides rows,
    // the order (and the selection) stays.
    connect(m_ui->conversationFilter, &QLineEdit::textChanged, m_threadsSorted,
            &QSortFilterProxyModel::setFilterFixedString);
    m_proxy->setSourceModel(m_thread);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(ThreadMessagesModel::BubbleTextRole); // what the bubble shows, decrypted too
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_chatDelegate = new ChatDelegate(m_ui->chatView);
    m_ui->chatView->setItemDelegate(m_chatDelegate);
    m_ui->chatView->setModel(m_proxy);
    // A long thread is laid out a batch of rows per event-loop turn, not all rows in one (each new
    // block would otherwise lay out the whole history again before the window can repaint).
    m_ui->chatView->setLayoutMode(QListView::Batched);
    // A status, a round trip or an opened text changes a bubble's size: lay those rows out again.
    connect(m_proxy, &QAbstractItemModel::dataChanged, m_chatDelegate,
            [this](const QModelIndex& topLeft) { emit m_chatDelegate->sizeHintChanged(topLeft); });
    // Tab leaves the lists (arrow keys move inside them), so the keyboard reaches the compose box.
    m_ui->chatView->setTabKeyNavigation(false);
    m_ui->threadList->setTabKeyNavigation(false);
    m_ui->chatView->installEventFilter(this);
    m_follow = new FollowNewest(m_ui->chatView);
    auto* searchShortcut = new QShortcut(QKeySequence::Find, this);
    searchShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(searchShortcut, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &MessagesPane::sendCompose);
    m_ui->matchCombo->addItem(tr("exact"), int(messaging::ResponderRule::Match::Exact));
    m_ui->matchCombo->addItem(tr("prefix"), int(messaging::ResponderRule::Match::Prefix));
    m_ui->matchCombo->addItem(tr("regular expression"), int(messaging::ResponderRule::Match::Regex));
    m_ui->splitter->setStretchFactor(1, 3);
    // The responder is set up once and then runs by itself: its rules and log fold away so the
    // conversation gets the space; the on/off switch stays visible in the header.
    connect(m_ui->responderExpand, &QToolButton::toggled, this, [this](bool open) {
        m_ui->responderBox->setVisible(open);
        m_ui->responderExpand->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(m_ui->walletCombo, &QComboBox::currentIndexChanged, this, &MessagesPane::onWalletChanged);
    connect(m_ui->walletCombo, &QComboBox::activated, this, [this] {
        m_walletPicked = true;
        m_context->settings()->setMessagesWallet(currentAddress());
    });
    connect(m_context, &AppContext::focusWalletChanged, this, &MessagesPane::rebuildWalletCombo);
    connect(m_ui->threadList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showThread(current.data(ConversationListModel::CounterpartRole).toString());
            });
    // The detail of a message on demand, not in a box that takes space from the thread.
    connect(m_ui->chatView, &QAbstractItemView::doubleClicked, this, &MessagesPane::showMessageDetails);
    m_ui->chatView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->chatView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_ui->chatView->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("&Details…"), this, [this, index] { showMessageDetails(index); });
        menu.exec(m_ui->chatView->viewport()->mapToGlobal(at));
    });
    // Filtering a long thread is a pass over every row: it runs when the typing pauses, not per key;
    // the highlight (a repaint of the visible rows) follows every key.
    auto* searchPause = new QTimer(this);
    searchPause->setSingleShot(true);
    searchPause->setInterval(200);
    connect(searchPause, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this, searchPause](const QString& text) {
        m_chatDelegate->setHighlight(text);
        searchPause->start();
    });

    // What is missing before messages can be shown, said where the messages would be, with the way out.
    m_empty = new MessageWidget(this);
    m_empty->setObjectName(QStringLiteral("messagesEmptyState"));
    m_empty->setCloseButtonVisible(false);
    m_empty->hide();
    m_ui->threadLayout->insertWidget(1, m_empty);
    m_addFolderAction->setObjectName(QStringLiteral("messagesAddFolderAction"));
    m_createWalletAction->setObjectName(QStringLiteral("messagesCreateWalletAction"));
    m_newConversationAction->setObjectName(QStringLiteral("messagesNewConversationAction"));
    m_openNodesAction->setObjectName(QStringLiteral("messagesOpenNodesAction"));
    connect(m_addFolderAction, &QAction::triggered, this, &MessagesPane::addKeystoreFolderRequested);
    connect(m_createWalletAction, &QAction::triggered, this, &MessagesPane::createWalletRequested);
    connect(m_openNodesAction, &QAction::triggered, this, &MessagesPane::openNodesRequested);
    connect(m_newConversationAction, &QAction::triggered, this, &MessagesPane::newConversationClicked);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MessagesPane::sendCompose);
    connect(m_ui->newConversationButton, &QPushButton::clicked, this, &MessagesPane::newConversationClicked);
    m_ui->composeEdit->installEventFilter(this);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MessagesPane::exportClicked);
    connect(m_ui->outboxButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new OutboxDialog(m_context->outboxPath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_ui->encryptToggle->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    // Only the user's own clicks count as a choice; updateEncryptSwitch() sets it with signals blocked.
    connect(m_ui->encryptToggle, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_encryptOff.remove(m_openCounterpart);
        else
            m_encryptOff.insert(m_openCounterpart);
    });
    connect(messaging->agents(), &messaging::AgentDirectoryFeed::updated, this,
            &MessagesPane::updateEncryptSwitch);
    connect(m_ui->acknowledgeToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_context->messaging()->setSendsAcknowledgments(currentAddress(), on);
        acknowledgeShownMessages();
    });
    connect(messaging, &MessagingService::sendsAcknowledgmentsChanged, this,
            &MessagesPane::updateAcknowledgeSwitch);
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
            setStatus(tr("The outbox cannot be opened (%1): sending is disabled.").arg(error),
                      StatusTopic::Outbox);
        m_ui->sendButton->setEnabled(ok);
        m_book.setOutbox(m_sender->entries());
        applyBook();
    });
    connect(wallets, &WalletManager::walletsReset, this, &MessagesPane::rebuildWalletCombo);
    connect(wallets, &WalletManager::unlocked, this, [this] {
        if (m_context->wallets()->isAddressUnlocked(currentAddress()))
            clearStatus(StatusTopic::Unlock);
        rebuildWalletCombo();
        updateAnnotations();
        acknowledgeShownMessages();
    });
    connect(wallets, &WalletManager::locked, this, [this] {
        rebuildWalletCombo();
        updateAnnotations();
    });
    connect(m_context->nodes(), &NodeRegistry::selectedChanged, this, &MessagesPane::onNodeChanged);
    // New heads reach the pane through its MessageFeed (one read per head, shared with the
    // notifications and the agents' reports); the timer only covers nodes whose head is not watched.
    connect(messaging, &MessagingService::submitNodeChanged, this, [this] {
        updateNodeHint();
        m_cardChecked.clear(); // another node's chain may know other cards
        checkEncryptionOfOpenConversation();
    });
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_feed)
            m_feed->refresh();
    });
    m_refreshTimer->start(2000);

    m_ui->sendButton->setEnabled(m_sender->isReady()); // the service may have opened it already
    rebuildWalletCombo();
    onNodeChanged();
}

MessagesPane::~MessagesPane() = default;

QString MessagesPane::currentAddress() const {
    return m_ui->walletCombo->currentData().toString();
}

bool MessagesPane::selectWallet(const QString& address) {
    const int i = m_ui->walletCombo->findData(address);
    if (i < 0)
        return false;
    m_walletPicked = true;
    m_context->settings()->setMessagesWallet(address);
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
    m_names = names;
    // The user's own pick wins (this session's, else the remembered one); until there is one, the
    // context's focus wallet (the demo's agent).
    int focus = -1;
    if (!m_walletPicked) {
        focus = m_ui->walletCombo->findData(m_context->settings()->messagesWallet());
        if (focus >= 0)
            m_walletPicked = true;
        else
            focus = m_ui->walletCombo->findData(m_context->focusWallet());
    }
    const int i = focus >= 0 ? focus : m_ui->walletCombo->findData(current);
    m_ui->walletCombo->setCurrentIndex(i >= 0 ? i : (m_ui->walletCombo->count() > 0 ? 0 : -1));
    if (currentAddress() != current)
        onWalletChanged();
    updateResponderUi();
    updateEmptyState();
}

void MessagesPane::onNodeChanged() {
    NodeRegistry* nodes = m_context->nodes();
    m_node = nodes->selectedNode();
    clearStatus(StatusTopic::Reading);
    updateNodeHint();
    onWalletChanged();
}

void MessagesPane::updateNodeHint() {
    const chain::Node* submit = m_context->messaging()->submitNode();
    QString hint;
    if (!m_node)
        hint = tr("no node selected");
    else if (!submit)
        hint = tr("reading %1; no leader node to send through: messages wait in the outbox")
                   .arg(messaging::safeSingleLine(m_node->describe(), 80));
    else if (submit == m_node)
        hint = tr("via %1").arg(messaging::safeSingleLine(m_node->describe(), 80));
    else
        hint = tr("reading %1, sending through the leader %2")
                   .arg(messaging::safeSingleLine(m_node->describe(), 80),
                        messaging::safeSingleLine(submit->describe(), 80));
    m_ui->nodeHint->setText(hint);
    m_ui->nodeHint->setToolTip(m_ui->nodeHint->text()); // the label may be cut in a narrow window
    updateRecipientLabel();
}

void MessagesPane::onWalletChanged() {
    // A node change keeps the open conversation and its draft; another wallet starts afresh.
    const bool walletChanged = m_book.owner() != currentAddress();
    m_book.setOwner(currentAddress(), m_node ? m_node->chainId() : QString());
    m_book.setOutbox(m_sender->entries());
    if (walletChanged) {
        m_drafts.clear();
        m_ui->composeEdit->clear();
        m_openCounterpart.clear();
        m_autoOpened = false;
    }
    clearStatus(StatusTopic::Unlock);
    clearStatus(StatusTopic::Reading);
    updateRecipientLabel();
    m_thread->clear();
    m_annotator.clear();
    m_annotationsStale = true;
    m_readError.clear();
    m_haveRead = false;
    m_ui->responderLog->setPlainText(m_responders->log(currentAddress()).join(QLatin1Char('\n')));
    applyBook();
    updateResponderUi();
    updateAcknowledgeSwitch();
    updateEncryptSwitch();
    subscribe();
}

void MessagesPane::refresh() {
    if (m_feed)
        m_feed->readNow();
}

void MessagesPane::subscribe() {
    MessagingService* messaging = m_context->messaging();
    const QString address = currentAddress();
    if (m_feed && m_feed->node() == m_node && m_feed->address() == address)
        return;
    if (m_feed) {
        disconnect(m_feed, nullptr, this, nullptr);
        messaging->unsubscribe(m_feed, this);
    }
    m_feed = m_node && !address.isEmpty() ? messaging->subscribe(m_node, address, this) : nullptr;
    // Another node's or wallet's history: it comes from the new feed, from its start.
    m_book.setChainMessages({});
    m_loaded = 0;
    if (!m_feed)
        return;
    connect(m_feed, &MessageFeed::updated, this, &MessagesPane::onMessagesRead);
    connect(m_feed, &MessageFeed::failed, this, [this](const QString& error) {
        m_readError = error;
        setStatus(tr("Cannot read messages: %1").arg(error), StatusTopic::Reading);
        updateEmptyState();
    });
    // Another watcher of this wallet may have read it already: its messages are shown at once.
    if (m_feed->hasRead())
        onMessagesRead(0, true);
    m_feed->readNow();
}

void MessagesPane::onMessagesRead(qsizetype from, bool replaced) {
    Q_UNUSED(from) // what is new is what follows m_loaded
    clearStatus(StatusTopic::Reading);
    m_readError.clear();
    m_haveRead = true;
    if (m_book.owner().isEmpty() || !m_feed)
        return updateEmptyState();
    if (replaced) {
        // The history changed (or is read for the first time): it is given to the book again, in parts.
        m_book.setChainMessages({});
        m_loaded = 0;
        m_annotationsStale = true;
    }
    loadMessages(true);
}

void MessagesPane::loadMessages(bool bookChanged) {
    static const QList<chain::ChainMessage> none;
    // A long history goes to the book a part at a time, each part in its own event-loop turn, so the
    // window keeps painting while 100 000 messages are converted, checked and shown; a new block is one
    // small part. Each part costs only its own messages (ConversationBook::appendChainMessages).
    constexpr int kBudgetMs = 15;
    const QList<chain::ChainMessage>& all = m_feed ? m_feed->messages() : none;
    QElapsedTimer spent;
    spent.start();
    while (m_loaded < all.size() && spent.elapsed() < kBudgetMs) {
        const qsizetype n = qMin<qsizetype>(kRowsPerTurn, all.size() - m_loaded);
        m_book.appendChainMessages(all.sliced(m_loaded, n));
        m_loaded += n;
        bookChanged = true;
    }
    const qint64 appendMs = spent.elapsed();
    if (bookChanged)
        applyBook();
    else if (m_threadFilling)
        showThread(m_openCounterpart); // the next part of the open thread
    const qint64 showMs = spent.elapsed() - appendMs;
    // Then the shown thread's bubble texts, which the search filter reads, a few milliseconds a turn.
    const bool textsLeft =
        spent.elapsed() >= kBudgetMs || m_thread->prepareTexts(kBudgetMs - int(spent.elapsed()));
    if (spent.elapsed() > 3 * kBudgetMs)
        qCDebug(lcGuiMessages) << "slow load turn:" << appendMs << "ms giving messages to the book," << showMs
                               << "ms showing," << spent.elapsed() - appendMs - showMs
                               << "ms preparing texts;" << m_loaded << "of" << all.size() << "given";
    if (m_loaded < all.size() || textsLeft || m_threadFilling)
        scheduleLoad();
}

void MessagesPane::scheduleLoad() {
    if (m_loadPending)
        return;
    m_loadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_loadPending = false;
        loadMessages(false);
    });
}

void MessagesPane::applyBook() {
    m_threads->setConversations(m_book.conversations());
    // The first time a wallet's conversations arrive, open the most recent one, as chat clients do;
    // never under text the user is typing, whose recipient must not change behind their back.
    const bool loading = m_feed && m_loaded < m_feed->messages().size();
    if (m_openCounterpart.isEmpty() && !m_autoOpened && !loading && m_threads->rowCount() > 0 &&
        m_ui->composeEdit->toPlainText().isEmpty()) {
        m_autoOpened = true;
        openCounterpart(m_threadsSorted->index(0, 0).data(ConversationListModel::CounterpartRole).toString());
    }
    if (!m_openCounterpart.isEmpty()) {
        const QModelIndex open = conversationIndex(m_openCounterpart);
        if (open.isValid() && m_ui->threadList->currentIndex() != open) {
            QSignalBlocker block(m_ui->threadList->selectionModel());
            m_ui->threadList->setCurrentIndex(open);
        }
        showThread(m_openCounterpart);
    }
    updateAnnotations();
    updateEmptyState();
}

QModelIndex MessagesPane::conversationIndex(const QString& counterpart) const {
    const int row = m_threads->rowOf(counterpart);
    return row < 0 ? QModelIndex() : m_threadsSorted->mapFromSource(m_threads->index(row));
}

bool MessagesPane::openConversation(const QString& counterpart) {
    const QModelIndex index = conversationIndex(counterpart);
    if (!index.isValid())
        return false;
    m_ui->threadList->setCurrentIndex(index);
    showThread(counterpart);
    return true;
}

void MessagesPane::openCounterpart(const QString& counterpart) {
    if (counterpart == m_openCounterpart)
        return;
    // Drafts stay with their conversation, as in chat clients.
    const QString draft = m_ui->composeEdit->toPlainText();
    if (!m_openCounterpart.isEmpty()) {
        if (draft.isEmpty())
            m_drafts.remove(m_openCounterpart);
        else
            m_drafts.insert(m_openCounterpart, draft);
    }
    m_openCounterpart = counterpart;
    m_ui->composeEdit->setPlainText(m_drafts.take(counterpart));
    clearStatus(StatusTopic::Compose);
    updateRecipientLabel();
    updateEncryptSwitch();
    checkEncryptionOfOpenConversation();
}

void MessagesPane::updateRecipientLabel() {
    if (m_openCounterpart.isEmpty()) {
        m_ui->recipientLabel->setText(tr("Open a conversation or start a new one to write a message."));
        m_ui->sendButton->setToolTip(QString());
        return;
    }
    const QString name = m_names.value(m_openCounterpart);
    const QString who = name.isEmpty() ? m_openCounterpart
                                       : QStringLiteral("%1 (%2)").arg(messaging::safeSingleLine(name, 40),
                                                                       m_openCounterpart);
    const QString line = tr("To: %1 · fee %2").arg(who).arg(m_sender->fee());
    m_ui->recipientLabel->setText(line);
    m_ui->recipientLabel->setToolTip(line);
    m_ui->sendButton->setToolTip(line);
}

void MessagesPane::showThread(const QString& counterpart) {
    if (counterpart.isEmpty())
        return; // a selection cleared by a model update: the open conversation stays
    openCounterpart(counterpart);
    const messaging::Conversation* c = m_book.conversation(counterpart);
    if (!c) {
        m_thread->clear(); // a new conversation: nothing sent or received yet
        return;
    }
    if (c->unread > 0) {
        // The newest row in a block is the last one with a height (pending rows follow the chain's).
        qint64 top = -1;
        for (qsizetype i = c->messages.size() - 1; i >= 0 && top < 0; --i)
            top = c->messages[i].blockHeight;
        m_book.markRead(counterpart, top); // reading the thread marks it read
        m_threads->setConversations(m_book.conversations());
        c = m_book.conversation(counterpart);
    }
    // A long thread comes into the view a part per event-loop turn (loadMessages continues it).
    m_threadFilling = m_thread->setConversation(*c, kRowsPerTurn);
    if (m_threadFilling)
        scheduleLoad();
    acknowledgeShownMessages();
}

MessageDetailsDialog* MessagesPane::showMessageDetails(const QModelIndex& index) {
    const QModelIndex source = m_proxy->mapToSource(index);
    const messaging::ThreadMessage* m = source.isValid() ? m_thread->messageAt(source.row()) : nullptr;
    if (!m)
        return nullptr;
    messaging::ThreadMessage shown = *m;
    // An encrypted message's details show what its bubble shows (the opened text, or why not).
    if (source.data(ThreadMessagesModel::EncryptionRole).toInt() != int(messaging::EncryptionStatus::Plain))
        shown.text = source.data(ThreadMessagesModel::SafeFullTextRole).toString();
    auto* dialog = new MessageDetailsDialog(shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool MessagesPane::sendMessage(const QString& to, const QString& text) {
    const QString from = currentAddress();
    const QString recipient = to.trimmed();
    if (from.isEmpty()) {
        setStatus(tr("Choose a wallet to send from."));
        return false;
    }
    if (recipient.isEmpty()) {
        setStatus(tr("Open a conversation or start a new one first."));
        return false;
    }
    // The node mines any string as a recipient and charges the fee: a typo would be paid for.
    if (!address::isAitbcAddress(recipient)) {
        setStatus(tr("%1 is not an AITBC address; nothing was sent.")
                      .arg(messaging::safeSingleLine(recipient, 80)));
        return false;
    }
    if (text.trimmed().isEmpty()) {
        setStatus(tr("The message is empty; nothing was sent."));
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
    // The switch speaks for the open conversation; another recipient gets the default.
    const bool encrypt = recipient == m_openCounterpart
                             ? m_ui->encryptToggle->isEnabled() && m_ui->encryptToggle->isChecked()
                             : canEncryptFor(recipient) && !m_encryptOff.contains(recipient);
    if (!m_context->wallets()->isAddressUnlocked(from)) {
        // Still queued: it goes out as soon as the wallet is unlocked.
        m_context->wallets()->requestUnlock(from);
        setStatus(encrypt ? tr("Queued, encrypted. Unlock the wallet to send it.")
                          : tr("Queued. Unlock the wallet to send it."),
                  StatusTopic::Unlock);
    } else {
        setStatus(encrypt
                      ? tr("Queued, encrypted for the recipient; one message per block leaves each wallet.")
                      : tr("Queued; one message per block leaves each wallet."));
    }
    m_context->messaging()->send(from, recipient, text, encrypt);
    if (recipient != m_openCounterpart) {
        m_drafts.remove(recipient);
        openCounterpart(recipient);
    }
    return true;
}

bool MessagesPane::sendCompose() {
    const QString recipient = m_openCounterpart; // captured before anything can run
    if (!sendMessage(recipient, m_ui->composeEdit->toPlainText()))
        return false;
    m_ui->composeEdit->clear();
    m_drafts.remove(recipient);
    return true;
}

bool MessagesPane::startConversation(const QString& address) {
    const QString a = address.trimmed();
    if (!address::isAitbcAddress(a)) {
        setStatus(tr("%1 is not an AITBC address.").arg(messaging::safeSingleLine(a, 80)));
        return false;
    }
    if (a == currentAddress()) {
        setStatus(tr("That is the wallet you are writing from."));
        return false;
    }
    const int row = m_threads->rowOf(a);
    if (row >= 0) {
        openConversation(a);
    } else {
        {
            QSignalBlocker block(m_ui->threadList->selectionModel());
            m_ui->threadList->clearSelection();
            m_ui->threadList->setCurrentIndex({});
        }
        m_thread->clear();
        openCounterpart(a);
    }
    m_ui->composeEdit->setFocus();
    return true;
}

void MessagesPane::newConversationClicked() {
    QList<KnownRecipient> known;
    for (const WalletEntry& w : m_context->wallets()->wallets())
        if (w.readable && !w.address().isEmpty() && w.address() != currentAddress())
            known.append({w.name, w.address()});
    for (int r = 0; r < m_threads->rowCount(); ++r) {
        const QString a =
            m_threads->data(m_threads->index(r), ConversationListModel::CounterpartRole).toString();
        if (!m_names.contains(a))
            known.append({QString(), a});
    }
    NewConversationDialog dialog(known, currentAddress(), this);
    if (dialog.exec() == QDialog::Accepted)
        startConversation(dialog.recipient());
}

bool MessagesPane::canEncryptFor(const QString& recipient) const {
    return !recipient.isEmpty() &&
           (m_context->messaging()->supportsEncryption(recipient) || m_cardChecked.contains(recipient));
}

void MessagesPane::updateEncryptSwitch() {
    const bool possible = canEncryptFor(m_openCounterpart);
    QSignalBlocker block(m_ui->encryptToggle);
    m_ui->encryptToggle->setEnabled(possible);
    m_ui->encryptToggle->setChecked(possible && !m_encryptOff.contains(m_openCounterpart));
    m_ui->encryptToggle->setToolTip(
        possible ? tr("Encrypt the message end to end: only the recipient can read it (its agent card "
                      "gives the key). The chain still shows who wrote to whom, and when.")
        : m_openCounterpart.isEmpty()
            ? tr("Open a conversation to write a message.")
            : tr("This recipient has published no agent card with an encryption key, so the message can "
                 "only be sent in clear."));
}

void MessagesPane::checkEncryptionOfOpenConversation() {
    const QString counterpart = m_openCounterpart;
    // Asked again on every opening until a card is found: one may have been published meanwhile.
    if (counterpart.isEmpty() || m_cardChecked.contains(counterpart))
        return;
    util::whenFinished(this, m_context->messaging()->checkEncryptionSupport(counterpart),
                       [this, counterpart](std::optional<bool> has) {
                           if (!has)
                               return;
                           if (*has)
                               m_cardChecked.insert(counterpart);
                           if (counterpart == m_openCounterpart)
                               updateEncryptSwitch();
                       });
}

void MessagesPane::updateAcknowledgeSwitch() {
    const QString address = currentAddress();
    QSignalBlocker block(m_ui->acknowledgeToggle);
    m_ui->acknowledgeToggle->setEnabled(!address.isEmpty());
    m_ui->acknowledgeToggle->setChecked(!address.isEmpty() &&
                                        m_context->messaging()->sendsAcknowledgments(address));
}

void MessagesPane::acknowledgeShownMessages() {
    const QString wallet = currentAddress();
    MessagingService* service = m_context->messaging();
    if (!isVisible() || wallet.isEmpty() || m_openCounterpart.isEmpty() ||
        !service->sendsAcknowledgments(wallet) || !m_context->wallets()->isAddressUnlocked(wallet) ||
        !service->submitNode())
        return;
    const messaging::Conversation* c = m_book.conversation(m_openCounterpart);
    if (!c)
        return;
    QStringList hashes;
    for (const messaging::ThreadMessage& m : c->messages)
        if (!m.outgoing && m.verified() && m.status == messaging::ThreadMessage::Status::Confirmed &&
            !m.txHash.isEmpty() && !m_acknowledged.contains(m.txHash))
            hashes.append(m.txHash);
    if (hashes.isEmpty())
        return;
    // Acknowledgments are never acknowledged (they would answer each other forever).
    const QSet<QString> candidates(hashes.cbegin(), hashes.cend());
    for (const chain::ChainMessage& m : m_book.chainMessages())
        if (candidates.contains(m.txHash) && messaging::isAckPayload(m.payload))
            hashes.removeOne(m.txHash);
    for (const QString& h : hashes)
        m_acknowledged.insert(h);
    if (!hashes.isEmpty())
        service->acknowledgeRead(wallet, hashes);
}

void MessagesPane::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    acknowledgeShownMessages();
}

QToolButton* MessagesPane::encryptSwitch() const {
    return m_ui->encryptToggle;
}

QCheckBox* MessagesPane::acknowledgeSwitch() const {
    return m_ui->acknowledgeToggle;
}

void MessagesPane::updateAnnotations(bool force) {
    const QString address = currentAddress();
    const crypto::Ed25519Key* signing =
        address.isEmpty() ? nullptr : m_context->wallets()->signingKey(address);
    const bool unlocked = signing != nullptr;
    const bool whole = force || m_annotationsStale || unlocked != m_annotatedUnlocked;
    // A new block annotates only its messages (and the older ones they acknowledge).
    if (!whole && m_annotator.annotated() == m_book.chainMessages().size())
        return;
    m_annotationsStale = false;
    m_annotatedUnlocked = unlocked;
    // The wallet's encryption key lives only for this call and is wiped with the X25519Key.
    std::optional<crypto::X25519Key> key;
    if (signing) {
        auto derived = crypto::X25519Key::fromEd25519Seed(signing->seed().view());
        if (derived)
            key.emplace(std::move(derived).value());
    }
    const QString chainId = m_node ? m_node->chainId() : QString();
    if (whole)
        m_thread->setAnnotations(m_annotator.annotate(m_book, chainId, key ? &*key : nullptr));
    else
        m_thread->updateAnnotations(m_annotator.annotateAppended(m_book, chainId, key ? &*key : nullptr));
}

void MessagesPane::updateEmptyState() {
    EmptyState kind = EmptyState::None;
    if (m_ui->walletCombo->count() == 0)
        kind = EmptyState::NoWallet;
    else if (!m_node || !m_readError.isEmpty())
        kind = EmptyState::NodeUnreachable;
    else if (m_threads->rowCount() == 0 && m_openCounterpart.isEmpty() && m_haveRead)
        kind = EmptyState::NoConversation;
    const QString node = m_node ? messaging::safeSingleLine(m_node->describe(), 80) : QString();
    QString text;
    switch (kind) {
    case EmptyState::None:
        break;
    case EmptyState::NoWallet:
        text = tr("No wallet to read or send messages with. Add the folder that holds your keystore files, "
                  "or create a wallet.");
        break;
    case EmptyState::NodeUnreachable:
        text = m_node ? tr("Cannot reach %1, so messages cannot be read: %2").arg(node, m_readError)
                      : tr("No node is selected, so messages cannot be read.");
        break;
    case EmptyState::NoConversation:
        text = tr("No conversations yet. Start one to write to a wallet or an address.");
        break;
    }
    if (kind == m_emptyKind && (kind == EmptyState::None || m_empty->text() == text))
        return;
    m_emptyKind = kind;
    if (kind == EmptyState::None) {
        m_empty->hideMessage();
        return;
    }
    m_empty->clearActions();
    switch (kind) {
    case EmptyState::NoWallet:
        m_empty->addActionButton(m_addFolderAction);
        m_empty->addActionButton(m_createWalletAction);
        break;
    case EmptyState::NodeUnreachable:
        m_empty->addActionButton(m_openNodesAction);
        break;
    case EmptyState::NoConversation:
        m_empty->addActionButton(m_newConversationAction);
        break;
    case EmptyState::None:
        break;
    }
    m_empty->showMessage(text, kind == EmptyState::NodeUnreachable ? MessageWidget::Warning
                                                                   : MessageWidget::Information);
}

bool MessagesPane::eventFilter(QObject* watched, QEvent* event) {
    // Enter on a message opens its details, as a double-click does.
    if (watched == m_ui->chatView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_ui->chatView->currentIndex().isValid()) {
            showMessageDetails(m_ui->chatView->currentIndex());
            return true;
        }
    }
    if (watched == m_ui->composeEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                m_ui->composeEdit->insertPlainText(QStringLiteral("\n"));
            else
                sendCompose();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Result<void> MessagesPane::exportConversation(const QString& path) const {
    const messaging::Conversation* c = m_book.conversation(m_openCounterpart);
    if (!c)
        return Error{tr("Open a conversation first.")};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(messaging::conversationCsv(*c)) < 0 || !f.commit())
        return Error{f.errorString()};
    return {};
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
    const Result<void> exported = exportConversation(path);
    setStatus(exported ? tr("Exported to %1").arg(path)
                       : tr("Export failed: %1").arg(exported.error().message));
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
    const Result<void> started = m_responders->start(address, rule);
    if (!started)
        setStatus(tr("Responder not started: %1").arg(started.error().message));
    updateResponderUi();
    return started.ok();
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

void MessagesPane::setStatus(const QString& text, StatusTopic topic) {
    // The time tells an old line from a new one; seconds, as everywhere in the dashboard.
    m_ui->composeStatus->setText(QStringLiteral("%1  %2").arg(
        QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")), text));
    m_statusTopic = topic;
}

void MessagesPane::clearStatus(StatusTopic topic) {
    if (m_statusTopic != topic)
        return;
    m_ui->composeStatus->clear();
    m_statusTopic.reset();
}

QString MessagesPane::statusText() const {
    return m_ui->composeStatus->text();
}

QWidget* createMessagesPane(AppContext* context, MainWindow* window) {
    auto* pane = new MessagesPane(context, window);
    // The empty state's actions are the Wallets' and Nodes' own, carried out in their panes.
    QObject::connect(pane, &MessagesPane::openNodesRequested, window,
                     [window] { window->showPane(QStringLiteral("nodes")); });
    QObject::connect(pane, &MessagesPane::addKeystoreFolderRequested, window, [window] {
        window->showPane(QStringLiteral("wallets"));
        if (auto* wallets = qobject_cast<WalletsPane*>(window->pane(QStringLiteral("wallets"))))
            wallets->addFolder();
    });
    QObject::connect(pane, &MessagesPane::createWalletRequested, window, [window] {
        window->showPane(QStringLiteral("wallets"));
        if (auto* wallets = qobject_cast<WalletsPane*>(window->pane(QStringLiteral("wallets"))))
            wallets->createWallet();
    });
    return pane;
}

} // namespace aitbc::gui

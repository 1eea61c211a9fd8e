#pragma once

#include "chain/types.h"
#include "messaging/conversations.h"
#include "models/message_annotations.h"
#include "util/error.h"

#include <QHash>
#include <QModelIndex>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;

namespace Ui {
class MessagesPane;
}

namespace aitbc::chain {
class Node;
}
namespace aitbc::messaging {
class MessageSender;
}

namespace aitbc::gui {

class AppContext;
class ChatDelegate;
class ConversationListModel;
class FollowNewest;
class MainWindow;
class MessageFeed;
class MessageDetailsDialog;
class MessageWidget;
class ThreadMessagesModel;
class ResponderController;

/// The messages pane: the conversations of the selected wallet (newest activity first, unread badges, a
/// filter), the selected conversation as a chat (ChatDelegate: bubbles, day separators, delivery marks,
/// encrypted messages opened while the wallet is unlocked) with search and CSV export, a compose box
/// that sends through the durable outbox, and the responder, folded away under its toggle. Every text
/// from the chain is shown as plain text after safeDisplayText().
///
/// Reading never blocks: messages come from the selected node's asynchronous Node::messages(); the
/// outbox runs on its own thread (MessageSender).
class MessagesPane : public QWidget {
    Q_OBJECT
public:
    /// Sends and answers through the context's MessagingService (which outlives the pane).
    explicit MessagesPane(AppContext* context, QWidget* parent = nullptr);
    ~MessagesPane() override;

    /// The wallet whose conversations are shown.
    QString currentAddress() const;
    bool selectWallet(const QString& address);
    /// Opens the conversation with `counterpart` (false when there is none yet).
    bool openConversation(const QString& counterpart);
    /// Writes the message to the outbox. False with a reason in the status line, and nothing queued,
    /// when `to` is not an AITBC address or `text` is empty.
    bool sendMessage(const QString& to, const QString& text);
    /// Sends the compose box's text to the open conversation's counterpart (Send, Enter). The recipient
    /// is never taken from a free text field: it is the conversation's, or the one chosen in "New
    /// conversation", so no refresh can change whom a message goes to.
    bool sendCompose();
    /// Makes `address` the open conversation (the "New conversation" dialog's result). False with a
    /// reason in the status line when it is not an AITBC address or is the wallet itself.
    bool startConversation(const QString& address);
    /// The counterpart a message typed now would go to (empty: none chosen yet).
    QString recipient() const { return m_openCounterpart; }
    /// The status line under the compose box, as shown.
    QString statusText() const;
    /// Writes the open conversation as CSV to `path` (the Export button asks for the path).
    Result<void> exportConversation(const QString& path) const;
    /// Starts or stops the responder of the current wallet (the toggle).
    bool setResponderEnabled(bool enabled);
    /// The compose box's "Encrypt" switch: enabled only while the open conversation's counterpart has an
    /// agent card with an encryption key, on by default then.
    QToolButton* encryptSwitch() const;
    /// The current wallet's "send read receipts" toggle (MessagingService::sendsAcknowledgments).
    QCheckBox* acknowledgeSwitch() const;

    ConversationListModel* conversationModel() const { return m_threads; }
    ThreadMessagesModel* threadModel() const { return m_thread; }
    QSortFilterProxyModel* threadProxy() const { return m_proxy; }
    /// Opens the details dialog of the message at `index` of threadProxy(); null when there is none.
    MessageDetailsDialog* showMessageDetails(const QModelIndex& index);
    /// Keeps the thread at its newest message unless the user scrolled up.
    FollowNewest* follower() const { return m_follow; }
    /// The conversation list as the view shows it (sorted by activity over conversationModel()).
    QSortFilterProxyModel* conversationView() const { return m_threadsSorted; }
    messaging::MessageSender* sender() const { return m_sender; }
    ResponderController* responders() const { return m_responders; }
    ChatDelegate* chatDelegate() const { return m_chatDelegate; }
    /// What the pane lacks to show messages, with the actions that help (hidden when nothing is missing).
    MessageWidget* emptyState() const { return m_empty; }
    enum class EmptyState { None, NoWallet, NodeUnreachable, NoConversation };
    EmptyState emptyStateKind() const { return m_emptyKind; }
    /// Re-reads the messages of the current wallet now.
    void refresh();

signals:
    /// Empty-state actions the main window carries out (they belong to other panes).
    void addKeystoreFolderRequested();
    void createWalletRequested();
    void openNodesRequested();

private:
    void rebuildWalletCombo();
    void onNodeChanged();
    void updateNodeHint();
    void onWalletChanged();
    /// Follows the messages of the current wallet on the selected node (MessagingService::subscribe).
    void subscribe();
    /// The feed read messages: messages()[from..] are new, or all of them when `replaced`.
    void onMessagesRead(qsizetype from, bool replaced);
    /// Gives the book the feed's messages it does not have yet, a part per event-loop turn, then makes
    /// the shown thread's texts ready for a search (`bookChanged`: show the book even if nothing came).
    void loadMessages(bool bookChanged);
    /// loadMessages() in the next event-loop turn (once, however often asked).
    void scheduleLoad();
    void applyBook();
    /// The conversation list's index (in the sorted view) of `counterpart`; invalid when none.
    QModelIndex conversationIndex(const QString& counterpart) const;
    void showThread(const QString& counterpart);
    void updateResponderUi();
    void exportClicked();
    void newConversationClicked();
    void openCounterpart(const QString& counterpart);
    void updateRecipientLabel();
    /// Re-reads encryption and acknowledgments when the messages or the wallet's lock changed.
    void updateAnnotations(bool force = false);
    /// Whether `recipient` has an agent card with an encryption key (the directory, or the last answer
    /// of the submit node for the open conversation).
    bool canEncryptFor(const QString& recipient) const;
    /// Enables and sets the Encrypt switch for the open conversation.
    void updateEncryptSwitch();
    /// Asks the submit node whether the open conversation's counterpart has a card (the directory of
    /// the selected node may lag behind, or be another chain's).
    void checkEncryptionOfOpenConversation();
    void updateAcknowledgeSwitch();
    /// Acknowledges the open conversation's verified incoming messages, once per session each, when the
    /// wallet's setting is on, it is unlocked and the pane is shown.
    void acknowledgeShownMessages();
    void showEvent(QShowEvent* event) override;
    void updateEmptyState();
    bool eventFilter(QObject* watched, QEvent* event) override;

    /// What a status line is about, so it is cleared when that changes: an unlock notice when the wallet
    /// is unlocked, a read error when a read succeeds or the node changes.
    enum class StatusTopic { Compose, Unlock, Reading, Outbox };
    void setStatus(const QString& text, StatusTopic topic = StatusTopic::Compose);
    void clearStatus(StatusTopic topic);

    std::unique_ptr<Ui::MessagesPane> m_ui;
    AppContext* m_context;
    messaging::MessageSender* m_sender = nullptr;
    bool m_autoOpened = false;   ///< the most recent conversation of this wallet was opened once
    bool m_walletPicked = false; ///< the user chose a wallet in the combo (beats the context's focus)
    ResponderController* m_responders = nullptr;
    messaging::ConversationBook m_book;
    ConversationListModel* m_threads;
    QSortFilterProxyModel* m_threadsSorted;
    ThreadMessagesModel* m_thread;
    QSortFilterProxyModel* m_proxy;
    FollowNewest* m_follow = nullptr;
    ChatDelegate* m_chatDelegate = nullptr;
    MessageAnnotator m_annotator;
    QPointer<MessageFeed> m_feed;
    qsizetype m_loaded = 0;       ///< the feed's messages given to the book so far
    bool m_loadPending = false;   ///< the next part of a long history is due in the next turn
    bool m_threadFilling = false; ///< the open thread's view still lacks rows of its conversation
    bool m_annotationsStale = true;
    bool m_annotatedUnlocked = false;
    QString m_readError;     ///< why the last read failed; empty after a good one
    bool m_haveRead = false; ///< the current wallet's messages were read once
    MessageWidget* m_empty = nullptr;
    EmptyState m_emptyKind = EmptyState::None;
    QTimer* m_refreshTimer;
    QPointer<chain::Node> m_node;
    QString m_openCounterpart;
    QHash<QString, QString> m_drafts; ///< unsent compose text per counterpart
    /// Counterparts the submit node showed a card of (a "no" is not kept: cards get published).
    QSet<QString> m_cardChecked;
    /// Counterparts whose Encrypt switch the user turned off (it is on by default when possible).
    QSet<QString> m_encryptOff;
    /// Hashes handed to MessagingService::acknowledgeRead this session (it guards across restarts).
    QSet<QString> m_acknowledged;
    QHash<QString, QString> m_names; ///< the user's own wallets by address, for the recipient line
    std::optional<StatusTopic> m_statusTopic;
    QAction* m_addFolderAction;
    QAction* m_createWalletAction;
    QAction* m_newConversationAction;
    QAction* m_openNodesAction;
};

/// The factory the main window's pane catalog looks for (src/gui/mainwindow/pane_catalog.h).
QWidget* createMessagesPane(AppContext* context, MainWindow* window);

} // namespace aitbc::gui

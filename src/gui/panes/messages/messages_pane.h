#pragma once

#include "messaging/conversations.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class MessagesPane;
}

namespace aitbc::chain {
class Node;
}
namespace aitbc::messaging {
class ConversationListModel;
class MessageSender;
class ThreadMessagesModel;
} // namespace aitbc::messaging

namespace aitbc::gui {

class AppContext;
class MainWindow;
class ResponderController;

/// The messages pane: the conversations of the selected wallet (newest activity first, unread counts),
/// the selected thread (direction, time, text, block height, status, authorship, ping RTT) with search
/// and CSV export, a compose box that sends through the durable outbox, and the responder toggle with
/// its log. Every text from the chain is shown as plain text after safeDisplayText().
///
/// Reading never blocks: messages come from the selected node's asynchronous Node::messages(); the
/// outbox runs on its own thread (MessageSender).
class MessagesPane : public QWidget {
    Q_OBJECT
public:
    /// `outboxPath` empty: the default outbox in the application data folder.
    explicit MessagesPane(AppContext* context, QWidget* parent = nullptr, const QString& outboxPath = {});
    ~MessagesPane() override;

    /// The wallet whose conversations are shown.
    QString currentAddress() const;
    bool selectWallet(const QString& address);
    /// Opens the conversation with `counterpart` (false when there is none yet).
    bool openConversation(const QString& counterpart);
    /// Writes the message to the outbox (the Send button). False with a reason in the status line.
    bool sendMessage(const QString& to, const QString& text);
    /// Writes the open conversation as CSV to `path` (the Export button asks for the path).
    bool exportConversation(const QString& path, QString* error) const;
    /// Starts or stops the responder of the current wallet (the toggle).
    bool setResponderEnabled(bool enabled);

    messaging::ConversationListModel* conversationModel() const { return m_threads; }
    messaging::ThreadMessagesModel* threadModel() const { return m_thread; }
    QSortFilterProxyModel* threadProxy() const { return m_proxy; }
    messaging::MessageSender* sender() const { return m_sender; }
    ResponderController* responders() const { return m_responders; }
    /// Re-reads the messages of the current wallet now.
    void refresh();

private:
    void rebuildWalletCombo();
    void onNodeChanged();
    void onWalletChanged();
    void applyBook();
    void showThread(const QString& counterpart);
    void updateDetail();
    void updateResponderUi();
    void exportClicked();
    void sendClicked();
    void setStatus(const QString& text);

    std::unique_ptr<Ui::MessagesPane> m_ui;
    AppContext* m_context;
    messaging::MessageSender* m_sender = nullptr;
    bool m_autoOpened = false;   ///< the most recent conversation of this wallet was opened once
    bool m_walletPicked = false; ///< the user chose a wallet in the combo (beats the context's focus)
    ResponderController* m_responders = nullptr;
    messaging::ConversationBook m_book;
    messaging::ConversationListModel* m_threads;
    messaging::ThreadMessagesModel* m_thread;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_refreshTimer;
    QPointer<chain::Node> m_node;
    QString m_openCounterpart;
    quint64 m_generation = 0;
    bool m_refreshing = false;
};

/// The factory the main window's pane catalog looks for (src/gui/mainwindow/pane_catalog.h).
QWidget* createMessagesPane(AppContext* context, MainWindow* window);

} // namespace aitbc::gui

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace aitbc::gui {

class AgentTableModel;
class AppContext;

/// The Agents pane: every agent that announced itself with a signed card on the chain of the node the
/// status bar selects (read incrementally by the messaging service), whether its card is verified, when
/// it was last seen, what it can do and whether it accepts encrypted messages. "Message this agent" asks
/// for a conversation with it (messageAgentRequested); "Publish card" signs and sends the card of an
/// unlocked wallet through the outbox.
class AgentsPane : public QWidget {
    Q_OBJECT
public:
    explicit AgentsPane(AppContext* context, QWidget* parent = nullptr);

    AgentTableModel* model() const { return m_model; }
    /// The address of the agent selected in the table, empty when none.
    QString selectedAgent() const;
    /// Selects the row of `address` (false when it has no card).
    bool selectAgent(const QString& address);

    /// The publishing form's fields (tests fill them the way a user would).
    QComboBox* publishWallet() const { return m_wallet; }
    QLineEdit* publishName() const { return m_name; }
    QLineEdit* publishDescription() const { return m_description; }
    QLineEdit* publishCapabilities() const { return m_capabilities; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* messageButton() const { return m_message; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    /// Publishes the card the form describes; the status line says what happened.
    void publishCard();
    void messageSelectedAgent();

signals:
    /// The user wants to write to this agent (the lead connects it to the new-conversation path).
    void messageAgentRequested(const QString& address);

private:
    void reload();
    void updateWallets();
    void updateActions();
    void updateStatus();

    AppContext* m_context;
    AgentTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_message;
    QComboBox* m_wallet;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_capabilities;
    QPushButton* m_publish;
    QLabel* m_publishStatus;
};

} // namespace aitbc::gui

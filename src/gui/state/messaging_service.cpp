#include "state/messaging_service.h"

#include "chain/node.h"
#include "messaging/message_sender.h"
#include "panes/messages/responder_controller.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

namespace aitbc::gui {

namespace {

bool canSubmit(const chain::NodeProfile& profile) {
    return profile.role == chain::NodeProfile::Role::Leader && !profile.rpcUrl.isEmpty();
}

/// The chain a profile serves: its configured id, else the one its node discovered.
QString chainOf(const NodeRegistry* nodes, int row) {
    const chain::NodeProfile& p = nodes->profile(row);
    if (!p.chainId.isEmpty())
        return p.chainId;
    const chain::Node* n = nodes->node(row);
    return n ? n->chainId() : QString();
}

} // namespace

MessagingService::MessagingService(NodeRegistry* nodes, WalletManager* wallets, const QString& outboxPath,
                                   const QString& stateFolder, QObject* parent)
    : QObject(parent)
    , m_nodes(nodes)
    , m_wallets(wallets)
    , m_sender(new messaging::MessageSender(
          outboxPath, nullptr, [wallets](const QString& a) { return wallets->signingKey(a); }, this))
    , m_responders(new ResponderController(wallets, m_sender, stateFolder, this)) {
    connect(m_nodes, &NodeRegistry::selectedChanged, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::inserted, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::profileChanged, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::aboutToRemove, this, [this](int row) {
        if (row == m_submitRow) {
            // The node object goes away with its row: nobody may keep using it.
            m_sender->setNode(nullptr);
            m_responders->setNode(nullptr);
            m_submitNode = nullptr;
            m_submitRow = -1;
        }
    });
    connect(m_nodes, &NodeRegistry::removed, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::statusChanged, this, [this](int row) {
        if (row == m_submitRow)
            m_sender->poke(); // a new head: the next message of each sender may go
        else if (m_submitRow < 0 || !m_nodes->status(m_submitRow).reachable)
            chooseSubmitNode(); // a leader may have become reachable
    });
    connect(m_wallets, &WalletManager::unlocked, m_sender, &messaging::MessageSender::poke);
    chooseSubmitNode();
    m_sender->start();
}

MessagingService::~MessagingService() {
    m_responders->stopAll();
}

chain::Node* MessagingService::submitNode() const {
    return m_submitNode;
}

void MessagingService::chooseSubmitNode() {
    int chosen = -1;
    const int selected = m_nodes->selectedRow();
    if (selected >= 0 && canSubmit(m_nodes->profile(selected))) {
        chosen = selected;
    } else {
        const QString chain = selected >= 0 ? chainOf(m_nodes, selected) : QString();
        int fallback = -1;
        for (int row = 0; row < m_nodes->count(); ++row) {
            if (!canSubmit(m_nodes->profile(row)))
                continue;
            const QString rowChain = chainOf(m_nodes, row);
            if (!chain.isEmpty() && !rowChain.isEmpty() && rowChain != chain)
                continue;
            if (m_nodes->status(row).reachable) {
                chosen = row;
                break;
            }
            if (fallback < 0)
                fallback = row;
        }
        if (chosen < 0)
            chosen = fallback;
    }
    chain::Node* node = chosen >= 0 ? m_nodes->node(chosen) : nullptr;
    if (chosen == m_submitRow && node == m_submitNode)
        return;
    m_submitRow = chosen;
    m_submitNode = node;
    m_sender->setNode(node);
    if (chosen >= 0)
        m_sender->setFee(m_nodes->profile(chosen).fee);
    m_responders->setNode(node);
    emit submitNodeChanged(chosen);
}

} // namespace aitbc::gui

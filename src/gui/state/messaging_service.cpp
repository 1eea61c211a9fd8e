#include "state/messaging_service.h"

#include "chain/node.h"
#include "crypto/x25519.h"
#include "messaging/acknowledgments.h"
#include "messaging/agent_card.h"
#include "messaging/agent_directory_feed.h"
#include "messaging/authorship_ledger.h"
#include "messaging/message_sender.h"
#include "panes/messages/responder_controller.h"
#include "settings/app_settings.h"
#include "state/message_feed.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "util/when_finished.h"
#include "json/canonical.h"

#include <QDateTime>
#include <QMap>

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
    , m_responders(new ResponderController(wallets, m_sender, stateFolder, this))
    , m_agents(new messaging::AgentDirectoryFeed(this)) {
    connect(m_nodes, &NodeRegistry::selectedChanged, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::inserted, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::profileChanged, this, &MessagingService::chooseSubmitNode);
    connect(m_nodes, &NodeRegistry::selectedChanged, this, &MessagingService::followSelectedNode);
    connect(m_nodes, &NodeRegistry::inserted, this, &MessagingService::followSelectedNode);
    connect(m_nodes, &NodeRegistry::removed, this, &MessagingService::followSelectedNode);
    connect(m_nodes, &NodeRegistry::selectedHeadChanged, m_agents, &messaging::AgentDirectoryFeed::refresh);
    connect(m_nodes, &NodeRegistry::aboutToRemove, this, [this](int row) {
        if (row == m_nodes->selectedRow())
            m_agents->setNode(nullptr);
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
    followSelectedNode();
    m_sender->start();
}

MessageFeed* MessagingService::subscribe(chain::Node* node, const QString& address, QObject* subscriber) {
    if (!node || address.isEmpty() || !subscriber)
        return nullptr;
    MessageFeed* feed = nullptr;
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend() && !feed; ++it)
        if (it.key()->node() == node && it.key()->address() == address)
            feed = it.key();
    if (!feed) {
        feed = new MessageFeed(node, address, this);
        m_feeds.insert(feed, {});
        // The node goes away with its registry row: so does every feed of it.
        connect(node, &QObject::destroyed, feed, [this, feed] { dropFeed(feed); });
    }
    m_feeds[feed].insert(subscriber);
    if (!m_subscribers.contains(subscriber)) {
        m_subscribers.insert(subscriber);
        connect(subscriber, &QObject::destroyed, this, [this, subscriber] {
            m_subscribers.remove(subscriber);
            unsubscribeAll(subscriber);
        });
    }
    return feed;
}

void MessagingService::unsubscribe(MessageFeed* feed, QObject* subscriber) {
    auto it = m_feeds.find(feed);
    if (it == m_feeds.end())
        return;
    it->remove(subscriber);
    if (it->isEmpty())
        dropFeed(feed);
}

void MessagingService::unsubscribeAll(QObject* subscriber) {
    const QList<MessageFeed*> feeds = m_feeds.keys();
    for (MessageFeed* feed : feeds)
        unsubscribe(feed, subscriber);
}

void MessagingService::dropFeed(MessageFeed* feed) {
    if (!m_feeds.remove(feed))
        return;
    // Later: this may run inside one of the feed's own signals.
    feed->deleteLater();
}

void MessagingService::followSelectedNode() {
    m_agents->setNode(m_nodes->selectedNode());
}

QFuture<qint64> MessagingService::send(const QString& from, const QString& to, const QString& text,
                                       bool encrypt) {
    return m_sender->enqueue(from, to, text, {}, encrypt);
}

bool MessagingService::supportsEncryption(const QString& recipient) const {
    return m_agents->directory().find(recipient) != nullptr;
}

QFuture<bool> MessagingService::checkEncryptionSupport(const QString& recipient) {
    chain::Node* node = m_submitNode;
    if (!node)
        return QtFuture::makeReadyFuture(false);
    return util::thenOn(
        this, node->messages(recipient),
        [recipient, chainId = node->chainId()](const chain::NodeResult<QList<chain::ChainMessage>>& r) {
            return r.ok() &&
                   messaging::agentCardOf(r.value(), recipient, chainId, QDateTime::currentSecsSinceEpoch())
                       .has_value();
        },
        [] { return false; });
}

Result<QFuture<qint64>, MessagingError> MessagingService::publishCard(const QString& address,
                                                                      const QString& name,
                                                                      const QString& description,
                                                                      const QStringList& capabilities) {
    const crypto::Ed25519Key* key = m_wallets->signingKey(address);
    if (!key)
        return MessagingError{tr("Unlock the wallet %1 to publish its card.").arg(address)};
    const QString chainId =
        m_sender->chainId().isEmpty() && m_submitNode ? m_submitNode->chainId() : m_sender->chainId();
    if (chainId.isEmpty())
        return MessagingError{
            tr("No node that accepts messages is reachable yet: the card names its chain.")};
    auto encryption = crypto::X25519Key::fromEd25519Seed(key->seed().view());
    if (!encryption)
        return MessagingError{encryption.error().message};
    messaging::AgentCard card;
    card.address = address;
    card.chainId = chainId;
    card.name = name.trimmed();
    card.description = description.trimmed();
    for (const QString& c : capabilities)
        if (!c.trimmed().isEmpty())
            card.capabilities.append(c.trimmed());
    card.encryptionKey = encryption->publicKey();
    card.issued = QDateTime::currentSecsSinceEpoch();
    card.expires = card.issued + messaging::kDefaultCardLifetimeSeconds;
    if (const QString problem = messaging::cardProblem(card); !problem.isEmpty())
        return MessagingError{tr("The card cannot be published: %1").arg(problem)};
    json::Value members = json::Value::object();
    messaging::insertCardMembers(members, card, *key);
    return m_sender->enqueue(address, address, QString::fromLatin1(messaging::kCardMarker), {}, false,
                             json::dumpCompact(members));
}

bool MessagingService::sendsAcknowledgments(const QString& address) const {
    return m_settings && m_settings->sendsAcknowledgments(address);
}

void MessagingService::setSendsAcknowledgments(const QString& address, bool on) {
    if (!m_settings || sendsAcknowledgments(address) == on)
        return;
    m_settings->setSendsAcknowledgments(address, on);
    emit sendsAcknowledgmentsChanged(address, on);
}

void MessagingService::acknowledgeRead(const QString& wallet, const QStringList& readHashes) {
    if (readHashes.isEmpty() || !sendsAcknowledgments(wallet) || !m_wallets->isAddressUnlocked(wallet) ||
        !m_submitNode)
        return;
    const QString chainId = m_submitNode->chainId();
    util::whenFinished(
        this, m_submitNode->messages(wallet),
        [this, wallet, readHashes, chainId](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
            if (!r || !r->ok() || !sendsAcknowledgments(wallet))
                return;
            const QList<chain::ChainMessage>& list = r->value();
            messaging::AuthorshipLedger ledger;
            ledger.setChainId(chainId);
            const QList<messaging::AuthorshipCheck> checks = ledger.check(list);
            // Already acknowledged: by this wallet's verified acknowledgments and replies on chain, and by
            // whatever of it the outbox holds (the outbox file outlives a restart).
            QSet<QString> done = m_ackQueued.value(wallet);
            for (qsizetype i = 0; i < list.size(); ++i) {
                const chain::ChainMessage& m = list[i];
                if (m.sender != wallet || !checks[i].verified())
                    continue;
                if (!checks[i].inReplyTo.isEmpty())
                    done.insert(checks[i].inReplyTo);
                if (messaging::isAckPayload(m.payload))
                    if (const auto hashes = messaging::parseAckText(m.text))
                        for (const QString& h : *hashes)
                            done.insert(h);
            }
            for (const messaging::OutboxEntry& e : m_sender->entries()) {
                if (e.sender != wallet)
                    continue;
                if (!e.inReplyTo.isEmpty())
                    done.insert(e.inReplyTo);
                if (const auto hashes = messaging::parseAckText(e.text))
                    for (const QString& h : *hashes)
                        done.insert(h);
            }
            const QSet<QString> wanted(readHashes.cbegin(), readHashes.cend());
            QMap<QString, QStringList> bySender;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const chain::ChainMessage& m = list[i];
                if (!wanted.contains(m.txHash) || m.direction != chain::ChainMessage::Direction::Incoming ||
                    m.sender == wallet || m.blockHeight < 0 || !checks[i].verified() ||
                    messaging::isAckPayload(m.payload) || done.contains(m.txHash))
                    continue;
                bySender[m.sender].append(m.txHash);
            }
            for (auto it = bySender.cbegin(); it != bySender.cend(); ++it) {
                for (qsizetype from = 0; from < it->size(); from += messaging::kMaxAckHashes) {
                    const QStringList batch = it->mid(from, messaging::kMaxAckHashes);
                    for (const QString& h : batch)
                        m_ackQueued[wallet].insert(h);
                    m_sender->enqueue(wallet, it.key(), messaging::ackText(batch));
                    emit acknowledgmentsQueued(wallet, it.key(), int(batch.size()));
                }
            }
        });
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

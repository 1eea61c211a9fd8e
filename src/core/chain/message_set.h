#pragma once

#include "chain/types.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace aitbc::chain {

/// What counts as a message (the project's definition, used by every Node implementation):
///  - a transaction included in a block (`block_height` set: marketplace rows and pending mempool entries
///    are not messages, §10.19);
///  - of type TRANSFER (or of unknown type, when the source omits it: /rpc/blocks/{h} items, §10.18);
///  - whose payload carries text under `message`, a string `payload` or `content`, with `tx_metadata`
///    taking precedence (§4.2, §4.3). An empty string is a message; a payload without any of these
///    fields is a plain transfer.
/// The message belongs to both its sender and its recipient; its direction is relative to the address
/// asked for (Outgoing when the address is the sender, which includes a transfer to oneself).
std::optional<ChainMessage> messageFromTransaction(const Transaction& tx, const QString& address);

/// The messages of one address in chain order (block height, then the source's row order), grown
/// incrementally: additions are almost always at the end, so a poll costs what is new.
class AddressMessages {
public:
    /// Adds a message; `order` is the row id (chain.db) or position in the block (RPC). Duplicates of a
    /// tx hash already present are ignored.
    void add(ChainMessage message, qint64 order);
    const QList<ChainMessage>& list() const { return m_list; }
    /// The (block height, order) key of each message, parallel to list().
    const std::vector<std::pair<qint64, qint64>>& keys() const { return m_keys; }
    void clear();
    void reserve(qsizetype count);

private:
    QList<ChainMessage> m_list;
    std::vector<std::pair<qint64, qint64>> m_keys; // (height, order) parallel to m_list
};

} // namespace aitbc::chain

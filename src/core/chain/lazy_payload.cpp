#include "chain/lazy_payload.h"

#include "chain/chain_log.h"
#include "json/parse.h"

#include <atomic>
#include <mutex>

namespace aitbc::chain {

struct LazyPayload::Slot {
    QByteArrayView stored; // into the batch's buffer; empty when set as a value or when there is none
    mutable std::once_flag once;
    mutable std::atomic<bool> parsed = false;
    mutable json::Value value;
};

struct LazyPayload::Batch::Block {
    QByteArray buffer;
    std::unique_ptr<Slot[]> entries;
};

LazyPayload::LazyPayload(json::Value value, Parsed) {
    auto slot = std::make_shared<Slot>();
    slot->value = std::move(value);
    slot->parsed = true;
    m_slot = std::move(slot);
}

const json::Value& LazyPayload::value() const {
    static const json::Value kNull;
    if (!m_slot)
        return kNull;
    const Slot& s = *m_slot;
    if (!s.parsed.load(std::memory_order_acquire)) {
        std::call_once(s.once, [&s] {
            json::ParseError error;
            if (!s.stored.isEmpty() && !json::parse(s.stored.toByteArray(), s.value, &error)) {
                qCWarning(lcChainDb) << "stored payload does not parse, read as empty:" << error.message
                                     << "at byte" << error.offset;
                s.value = json::Value();
            }
            s.parsed.store(true, std::memory_order_release);
        });
    }
    return s.value;
}

std::optional<QByteArrayView> LazyPayload::unparsedJson() const {
    if (!m_slot || m_slot->parsed.load(std::memory_order_acquire))
        return std::nullopt;
    return m_slot->stored;
}

LazyPayload::Batch::Batch(QByteArray buffer, qsizetype count)
    : m_block(std::make_shared<Block>()) {
    m_block->buffer = std::move(buffer);
    m_block->entries = std::make_unique<Slot[]>(size_t(std::max<qsizetype>(0, count)));
}

LazyPayload LazyPayload::Batch::take(qsizetype index, qsizetype offset, qsizetype length) {
    Slot& slot = m_block->entries[size_t(index)];
    if (length == 0)
        slot.parsed = true; // no stored text: a null payload, nothing to parse
    else
        slot.stored = QByteArrayView(m_block->buffer).sliced(offset, length);
    // Shares ownership of the whole block: the buffer stays while any payload of it is alive.
    return LazyPayload(std::shared_ptr<const Slot>(m_block, &slot));
}

} // namespace aitbc::chain

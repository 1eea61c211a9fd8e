// REF's Merkle-Patricia state trie, built bottom-up from the sorted key set with an explicit stack.
#include "devnet/state_trie.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace aitbc::devnet {

namespace {

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

qsizetype nibbleCount(const QByteArray& key) {
    return key.size() * 2;
}

char nibbleAt(const QByteArray& key, qsizetype i) {
    const auto byte = static_cast<unsigned char>(key[i / 2]);
    return char(i % 2 == 0 ? byte >> 4 : byte & 0x0f);
}

void appendPath(QByteArray& out, const QByteArray& key, qsizetype from, qsizetype to) {
    const qsizetype start = out.size();
    out.resize(start + 4 + (to - from));
    char* p = out.data() + start;
    qToBigEndian(quint32(to - from), p);
    p += 4;
    for (qsizetype i = from; i < to; ++i)
        *p++ = nibbleAt(key, i);
}

void appendValue(QByteArray& out, const QByteArray& value) {
    char length[8];
    qToBigEndian(quint64(value.size()), length);
    out.append(length, 8);
    out.append(value);
}

/// A node whose children are still being hashed. Entries [begin, end) share the first `depth` nibbles.
struct PendingNode {
    bool branch = false;
    QByteArray encoding; ///< prefix written so far
    size_t begin = 0;
    size_t end = 0;
    qsizetype depth = 0;
    size_t cursor = 0;  ///< branch: first entry not yet given to a child
    int nextNibble = 0; ///< branch: next child slot to write
};

class RootBuilder {
public:
    explicit RootBuilder(const std::vector<TrieEntry>& entries)
        : m_entries(entries) {}

    QByteArray run() {
        open(0, m_entries.size(), 0);
        while (!m_stack.empty()) {
            if (m_haveHash) {
                m_haveHash = false;
                PendingNode& top = m_stack.back();
                if (!top.branch) {
                    top.encoding.append(m_hash);
                    finish();
                    continue;
                }
                top.encoding.append('\x01');
                top.encoding.append(m_hash);
            }
            advanceBranch();
        }
        return m_hash;
    }

private:
    const QByteArray& key(size_t i) const { return m_entries[i].first; }

    /// Hashes a leaf at once, or pushes the extension or branch that covers [begin, end).
    void open(size_t begin, size_t end, qsizetype depth) {
        const QByteArray& first = key(begin);
        if (end - begin == 1) {
            QByteArray enc("L");
            appendPath(enc, first, depth, nibbleCount(first));
            appendValue(enc, m_entries[begin].second);
            deliver(sha256(enc));
            return;
        }
        // Sorted keys: the prefix every entry shares is the one the first and last share.
        const QByteArray& last = key(end - 1);
        const qsizetype limit = std::min(nibbleCount(first), nibbleCount(last));
        qsizetype shared = depth;
        while (shared < limit && nibbleAt(first, shared) == nibbleAt(last, shared))
            ++shared;
        PendingNode node;
        node.begin = begin;
        node.end = end;
        if (shared > depth) {
            node.encoding = QByteArray("E");
            appendPath(node.encoding, first, depth, shared);
            m_stack.push_back(std::move(node));
            open(begin, end, shared); // the child is a branch: it never recurses further here
            return;
        }
        node.branch = true;
        node.encoding = QByteArray("B");
        node.depth = depth;
        node.cursor = begin;
        // A key that ends here is the branch's value; sorting puts it first.
        if (nibbleCount(first) == depth)
            node.cursor = begin + 1;
        m_stack.push_back(std::move(node));
    }

    /// Writes the branch's empty slots up to the next child and opens it, or completes the branch.
    void advanceBranch() {
        PendingNode& top = m_stack.back();
        while (top.nextNibble < 16) {
            const char nibble = char(top.nextNibble++);
            size_t groupEnd = top.cursor;
            while (groupEnd < top.end && nibbleAt(key(groupEnd), top.depth) == nibble)
                ++groupEnd;
            if (groupEnd == top.cursor) {
                top.encoding.append('\x00');
                continue;
            }
            const size_t groupBegin = top.cursor;
            const qsizetype childDepth = top.depth + 1;
            top.cursor = groupEnd;
            open(groupBegin, groupEnd, childDepth); // may push: `top` is not used after this
            return;
        }
        if (nibbleCount(key(top.begin)) == top.depth) {
            top.encoding.append('\x01');
            appendValue(top.encoding, m_entries[top.begin].second);
        } else {
            top.encoding.append('\x00');
        }
        finish();
    }

    void finish() {
        const QByteArray hash = sha256(m_stack.back().encoding);
        m_stack.pop_back();
        deliver(hash);
    }

    void deliver(const QByteArray& hash) {
        m_hash = hash;
        m_haveHash = true;
    }

    const std::vector<TrieEntry>& m_entries;
    std::vector<PendingNode> m_stack;
    QByteArray m_hash;
    bool m_haveHash = false;
};

} // namespace

QByteArray merklePatriciaRoot(std::vector<TrieEntry> entries) {
    if (entries.empty())
        return QByteArray(32, '\0');
    // Sort by key bytes (so by nibbles, a key before every key it prefixes); equal keys keep their order
    // and the last one wins.
    const auto byKey = [](const TrieEntry& a, const TrieEntry& b) {
        const int c = std::memcmp(a.first.constData(), b.first.constData(),
                                  size_t(std::min(a.first.size(), b.first.size())));
        return c != 0 ? c < 0 : a.first.size() < b.first.size();
    };
    if (!std::is_sorted(entries.begin(), entries.end(), byKey))
        std::stable_sort(entries.begin(), entries.end(), byKey);
    std::vector<TrieEntry> unique;
    unique.reserve(entries.size());
    for (auto& e : entries) {
        if (!unique.empty() && unique.back().first == e.first)
            unique.back().second = std::move(e.second);
        else
            unique.push_back(std::move(e));
    }
    return RootBuilder(unique).run();
}

QString accountStateRoot(const AccountState& state) {
    std::vector<TrieEntry> entries;
    entries.reserve(state.size());
    for (const auto& [address, row] : state)
        entries.emplace_back(address.toUtf8(),
                             QByteArray::number(row.balance) + ':' + QByteArray::number(row.nonce));
    return QStringLiteral("0x") + QString::fromLatin1(merklePatriciaRoot(std::move(entries)).toHex());
}

} // namespace aitbc::devnet

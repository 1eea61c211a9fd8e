#include "sync/completeness_scan.h"

#include <QHash>

#include <algorithm>

namespace aitbc::sync {

using chain::Block;

QString blockStateName(BlockState state) {
    switch (state) {
    case BlockState::NotScanned:
        return QStringLiteral("not_scanned");
    case BlockState::Equal:
        return QStringLiteral("equal");
    case BlockState::MissingTransactions:
        return QStringLiteral("missing_transactions");
    case BlockState::MissingBlock:
        return QStringLiteral("missing_block");
    case BlockState::HashDiffers:
        return QStringLiteral("hash_differs");
    }
    return {};
}

QList<qint64> SyncReport::missingTxHeights() const {
    QList<qint64> all;
    for (const NodeFindings& f : findings)
        all += f.missingTxHeights;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

namespace {
/// A block lacks transactions when its rows were fetched and are fewer than its tx_count says.
bool lacksTransactions(const Block& block) {
    return block.transactionsIncluded && block.header.txCount > block.transactions.size();
}
} // namespace

CompletenessScan::CompletenessScan(int nodeCount, qint64 from, qint64 to, ScanSettings settings)
    : m_from(from)
    , m_settings(settings) {
    m_nodes.resize(nodeCount);
    m_previous.resize(nodeCount);
    for (int i = 1; i < nodeCount; ++i) {
        PairFindings pair;
        pair.a = 0;
        pair.b = i;
        pair.statesFrom = from;
        pair.states = QByteArray(static_cast<qsizetype>(std::max<qint64>(0, to - from + 1)),
                                 static_cast<char>(BlockState::NotScanned));
        m_pairs.append(pair);
        m_firstHashDiff.append(std::nullopt);
    }
}

void CompletenessScan::addPage(qint64 pageFrom, qint64 pageTo, const QList<QList<Block>>& blocksPerNode) {
    // Index each node's page by height; nodes may return heights in any order or with holes.
    QList<QHash<qint64, const Block*>> byHeight(m_nodes.size());
    for (int n = 0; n < m_nodes.size() && n < blocksPerNode.size(); ++n) {
        for (const Block& b : blocksPerNode.at(n)) {
            if (b.header.height >= pageFrom && b.header.height <= pageTo)
                byHeight[n].insert(b.header.height, &b);
        }
    }
    for (qint64 h = pageFrom; h <= pageTo; ++h) {
        for (int n = 0; n < m_nodes.size(); ++n) {
            if (const Block* b = byHeight.at(n).value(h))
                scanNode(n, *b);
        }
        const Block* a = byHeight.at(0).value(h);
        for (int p = 0; p < m_pairs.size(); ++p)
            comparePair(p, h, a, byHeight.at(p + 1).value(h));
    }
}

void CompletenessScan::scanNode(int node, const Block& block) {
    NodeFindings& f = m_nodes[node];
    Previous& prev = m_previous[node];
    const qint64 h = block.header.height;
    ++f.blocksScanned;
    if (lacksTransactions(block)) {
        f.missingTxHeights.append(h);
        f.missingTxTotal += block.header.txCount - block.transactions.size();
    }
    // Height 0 is the genesis block: proposer "genesis" and a constant 2025 timestamp (§7.4), so the
    // step to height 1 is neither a proposer change nor an idle gap.
    if (prev.height == h - 1 && h >= 2) {
        if (!block.header.proposer.isEmpty() && !prev.proposer.isEmpty() &&
            block.header.proposer != prev.proposer)
            f.proposerChanges.append(h);
        if (prev.timestamp.isValid() && block.header.timestamp.isValid()) {
            const double seconds = prev.timestamp.msecsTo(block.header.timestamp) / 1000.0;
            if (seconds > m_settings.heartbeatSeconds + m_settings.gapToleranceSeconds)
                f.timestampGaps.append({h, seconds});
        }
    }
    prev = {h, block.header.proposer, block.header.timestamp};
}

void CompletenessScan::comparePair(int pairIndex, qint64 height, const Block* a, const Block* b) {
    PairFindings& pair = m_pairs[pairIndex];
    BlockState state = BlockState::NotScanned;
    if (a && b) {
        if (a->header.hash != b->header.hash) {
            state = BlockState::HashDiffers;
            if (!m_firstHashDiff.at(pairIndex))
                m_firstHashDiff[pairIndex] = height;
        } else if (lacksTransactions(*a) || lacksTransactions(*b)) {
            state = BlockState::MissingTransactions;
        } else {
            state = BlockState::Equal;
        }
        if (state != BlockState::HashDiffers && !a->header.stateRoot.isEmpty() &&
            !b->header.stateRoot.isEmpty() && a->header.stateRoot != b->header.stateRoot)
            pair.stateRootDiffHeights.append(height);
        if (!pair.firstProposerSplit && !a->header.proposer.isEmpty() && !b->header.proposer.isEmpty() &&
            a->header.proposer != b->header.proposer)
            pair.firstProposerSplit = height;
    } else if (a || b) {
        state = BlockState::MissingBlock;
        pair.missingBlockHeights.append(height);
    }
    const qint64 i = height - pair.statesFrom;
    if (i >= 0 && i < pair.states.size())
        pair.states[i] = static_cast<char>(state);
    ++pair.stateCounts[static_cast<size_t>(state)];
}

} // namespace aitbc::sync

#include "sync/reported_compare.h"

#include "sync/reported_node.h"
#include "util/when_finished.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace aitbc::sync {

namespace {

using chain::NodeResult;

/// Blocks scanned on the direct node at most: a report lists heights of a bounded window too.
constexpr qint64 kMaxDirectScan = 5000;

/// One pair comparison from a report. Lives on the caller's thread and deletes itself when done.
class ReportedPairJob : public QObject {
public:
    ReportedPairJob(chain::Node* a, chain::Node* b, CompareOptions options)
        : m_options(std::move(options)) {
        m_nodes = {QPointer<chain::Node>(a), QPointer<chain::Node>(b)};
        for (int i = 0; i < 2; ++i) {
            NodeStatus s;
            s.name = i < m_options.names.size() ? m_options.names.at(i) : m_nodes[i]->describe();
            m_report.nodes.append(s);
            m_report.findings.append(NodeFindings{});
        }
    }

    QFuture<SyncResult> start() {
        QFuture<SyncResult> future = m_promise.future();
        m_promise.start();
        m_pending = 2;
        for (int i = 0; i < 2; ++i)
            util::whenFinished(this, m_nodes[i]->head(),
                               [this, i](std::optional<NodeResult<chain::BlockHeader>> r) { onHead(i, r); });
        return future;
    }

private:
    ReportedNode* reported(int i) const { return qobject_cast<ReportedNode*>(m_nodes[i].data()); }

    /// False (and the comparison ends) when the caller cancelled it or a node was closed meanwhile: a
    /// closed node's QPointer is null, and a closed reported node would otherwise pass for a direct one.
    bool canContinue() {
        if (m_done)
            return false;
        if (m_promise.isCanceled()) {
            m_done = true;
            m_promise.finish();
            deleteLater();
            return false;
        }
        for (int i = 0; i < 2; ++i) {
            if (!m_nodes[i]) {
                chain::NodeError e;
                e.kind = chain::NodeError::Kind::Cancelled;
                e.message = QStringLiteral("node %1 was closed during the comparison").arg(i);
                fail(i, e);
                return false;
            }
        }
        return true;
    }

    void fail(int node, const chain::NodeError& error) {
        if (m_done)
            return;
        m_done = true;
        SyncError e;
        e.node = node;
        e.nodeError = error;
        e.message = QStringLiteral("%1: %2").arg(m_report.nodes.value(node).name, error.message);
        m_promise.addResult(SyncResult(e));
        m_promise.finish();
        deleteLater();
    }

    void onHead(int i, const std::optional<NodeResult<chain::BlockHeader>>& r) {
        if (!canContinue())
            return;
        if (!r) {
            chain::NodeError e;
            e.kind = chain::NodeError::Kind::Cancelled;
            e.message = QStringLiteral("request cancelled");
            fail(i, e);
            return;
        }
        if (!r->ok()) {
            m_report.nodes[i].reachable = false;
            m_report.nodes[i].error = r->error().message;
            fail(i, r->error());
            return;
        }
        m_heads[i] = r->value();
        m_report.nodes[i].height = r->value().height;
        m_report.nodes[i].hash = r->value().hash;
        if (--m_pending == 0)
            compareHashes();
    }

    /// The hash each node has at the lower head's height: the head's own, or the direct node's block.
    void compareHashes() {
        PairFindings pair;
        pair.a = 0;
        pair.b = 1;
        pair.lag = m_heads[0].height - m_heads[1].height;
        m_report.pairs = {pair};
        const int lower = m_heads[0].height <= m_heads[1].height ? 0 : 1;
        const int upper = 1 - lower;
        const qint64 at = m_heads[lower].height;
        if (at < 0 || reported(upper)) {
            scan(); // the reported node names only its head: no block below it to compare with
            return;
        }
        if (m_heads[upper].height == at) {
            checkFork(at, m_heads[upper].hash);
            scan();
            return;
        }
        util::whenFinished(this, m_nodes[upper]->block(at),
                           [this, at, upper](std::optional<NodeResult<chain::Block>> b) {
                               if (!canContinue())
                                   return;
                               if (!b || !b->ok()) {
                                   fail(upper, b ? b->error() : chain::NodeError{});
                                   return;
                               }
                               checkFork(at, b->value().header.hash);
                               scan();
                           });
    }

    void checkFork(qint64 at, const QString& upperHash) {
        const int lower = m_heads[0].height <= m_heads[1].height ? 0 : 1;
        if (upperHash.compare(m_heads[lower].hash, Qt::CaseInsensitive) != 0) {
            m_report.pairs[0].forkHeight = at;
            m_report.pairs[0].forkVerified = false; // first differing height not searched
        }
    }

    /// Missing transactions: the report's list, and a scan of as many recent blocks of the direct node.
    void scan() {
        qint64 window = 0;
        for (int i = 0; i < 2; ++i) {
            if (ReportedNode* r = reported(i); r && r->view()) {
                const NodeView& v = *r->view();
                NodeFindings& f = m_report.findings[i];
                for (qint64 h : v.missingTxHeights)
                    if (h >= m_options.from && (m_options.to < 0 || h <= m_options.to))
                        f.missingTxHeights.append(h);
                f.missingTxTotal = f.missingTxHeights.size();
                if (v.scannedFrom >= 0) {
                    f.blocksScanned = v.scannedTo - v.scannedFrom + 1;
                    window = std::max(window, f.blocksScanned);
                    m_report.scanFrom = v.scannedFrom;
                    m_report.scanTo = v.scannedTo;
                }
            }
        }
        m_report.scanned = m_options.scan && window > 0;
        scanDirect(0, int(std::min<qint64>(window, kMaxDirectScan)));
    }

    void scanDirect(int i, int window) {
        if (!canContinue())
            return;
        if (i >= 2 || !m_report.scanned) {
            finish();
            return;
        }
        if (reported(i)) {
            scanDirect(i + 1, window);
            return;
        }
        readNodeView(m_nodes[i], this, window, [this, i, window](const NodeView& v) {
            NodeFindings& f = m_report.findings[i];
            f.missingTxHeights = v.missingTxHeights;
            f.missingTxTotal = v.missingTxHeights.size();
            f.blocksScanned = v.scannedFrom >= 0 ? v.scannedTo - v.scannedFrom + 1 : 0;
            scanDirect(i + 1, window);
        });
    }

    void finish() {
        if (m_done)
            return;
        m_done = true;
        m_promise.addResult(SyncResult(m_report));
        m_promise.finish();
        deleteLater();
    }

    QList<QPointer<chain::Node>> m_nodes;
    CompareOptions m_options;
    SyncReport m_report;
    chain::BlockHeader m_heads[2];
    QPromise<SyncResult> m_promise;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace

QFuture<SyncResult> compareAnyNodes(const QList<chain::Node*>& nodes, const CompareOptions& options) {
    bool anyReported = false;
    for (chain::Node* n : nodes)
        anyReported = anyReported || qobject_cast<ReportedNode*>(n);
    if (!anyReported || nodes.size() != 2 || !nodes[0] || !nodes[1])
        return compareNodes(nodes, options);
    auto* job = new ReportedPairJob(nodes[0], nodes[1], options);
    return job->start();
}

} // namespace aitbc::sync

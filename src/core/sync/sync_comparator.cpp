#include "sync/sync_comparator.h"

#include "sync/fork_search.h"
#include "sync/sync_log.h"
#include "util/when_finished.h"

#include <QHash>
#include <QPointer>
#include <QPromise>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcSync, "aitbc.sync")

namespace aitbc::sync {

using chain::Block;
using chain::BlockHeader;
using chain::NodeError;
using chain::NodeResult;

namespace {

/// Drives one comparison. Lives on the caller's thread and deletes itself when the promise finishes.
class CompareJob : public QObject {
public:
    CompareJob(const QList<chain::Node*>& nodes, CompareOptions options)
        : m_options(std::move(options)) {
        for (chain::Node* n : nodes)
            m_nodes.append(QPointer<chain::Node>(n));
        m_cache.resize(nodes.size());
    }

    QFuture<SyncResult> start() {
        QFuture<SyncResult> future = m_promise.future();
        m_promise.start();
        if (m_nodes.size() < 2) {
            fail(-1, {}, QStringLiteral("at least two nodes are needed for a comparison"));
        } else if (m_options.pageSize < 1) {
            fail(-1, {}, QStringLiteral("page size must be at least 1"));
        } else {
            readHeads();
        }
        return future;
    }

private:
    /// Calls `fn(result)` on this job's thread when `future` finishes; a cancelled future or one without
    /// a result becomes a Cancelled error, so every request ends in exactly one call. Nothing is called
    /// once the job has finished (a failure elsewhere may end it while requests are still out).
    template <typename T, typename Fn> void whenDone(QFuture<NodeResult<T>> future, Fn fn) {
        util::whenFinished(this, std::move(future),
                           [this, fn = std::move(fn)](std::optional<NodeResult<T>> result) mutable {
                               if (m_finished)
                                   return;
                               if (result) {
                                   fn(*result);
                                   return;
                               }
                               NodeError e;
                               e.kind = NodeError::Kind::Cancelled;
                               e.message = QStringLiteral("request cancelled");
                               fn(NodeResult<T>(e));
                           });
    }

    // ---- flow control --------------------------------------------------------------------------
    bool stopIfCancelled() {
        if (!m_promise.isCanceled())
            return false;
        qCDebug(lcSync) << "comparison cancelled";
        finish();
        return true;
    }

    void finish() {
        m_finished = true;
        m_promise.finish();
        deleteLater();
    }

    void fail(int node, const NodeError& error, const QString& message) {
        SyncError e{node, error, message};
        qCInfo(lcSync).noquote() << "comparison failed:" << message;
        m_promise.addResult(SyncResult(e));
        finish();
    }

    void failNode(int node, const NodeError& error) {
        fail(node, error, QStringLiteral("%1: %2").arg(m_report.nodes.at(node).name, error.message));
    }

    chain::Node* node(int i) { return m_nodes.at(i).data(); }

    bool nodesAlive() {
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (!m_nodes.at(i)) {
                fail(i, {}, QStringLiteral("node %1 was closed during the comparison").arg(i));
                return false;
            }
        }
        return true;
    }

    // ---- step 1: heads ---------------------------------------------------------------------------
    void readHeads() {
        m_report.nodes.resize(m_nodes.size());
        m_report.findings.resize(m_nodes.size());
        for (int i = 0; i < m_nodes.size(); ++i)
            m_report.nodes[i].name = i < m_options.names.size() && !m_options.names.at(i).isEmpty()
                                         ? m_options.names.at(i)
                                         : (m_nodes.at(i) ? m_nodes.at(i)->describe() : QString());
        if (!nodesAlive())
            return;
        auto pending = std::make_shared<int>(m_nodes.size());
        auto firstError = std::make_shared<std::optional<std::pair<int, NodeError>>>();
        for (int i = 0; i < m_nodes.size(); ++i) {
            whenDone(node(i)->head(), [this, i, pending, firstError](const NodeResult<BlockHeader>& r) {
                NodeStatus& status = m_report.nodes[i];
                if (r.ok()) {
                    status.height = r->height;
                    status.hash = r->hash;
                    m_cache[i].insert(r->height, *r);
                } else if (r.error().kind == NodeError::Kind::NotFound) {
                    status.height = -1; // REF answers 404 "no blocks yet" on an empty chain
                } else {
                    status.reachable = false;
                    status.error = r.error().message;
                    if (!*firstError)
                        *firstError = std::make_pair(i, r.error());
                }
                if (--*pending == 0) {
                    if (*firstError)
                        failNode((*firstError)->first, (*firstError)->second);
                    else if (!stopIfCancelled())
                        headsRead();
                }
            });
        }
    }

    void headsRead() {
        qint64 top = -1;
        for (const NodeStatus& s : std::as_const(m_report.nodes))
            top = std::max(top, s.height);
        m_topHeight = top;
        m_report.scanFrom = std::max<qint64>(0, m_options.from);
        m_report.scanTo = m_options.to >= 0 ? m_options.to : top;
        m_scan.emplace(m_nodes.size(), m_report.scanFrom, m_report.scanTo, m_options.scanSettings);
        m_pairIndex = 0;
        nextPair();
    }

    // ---- step 2: fork search per pair ---------------------------------------------------------------
    void nextPair() {
        if (m_pairIndex >= m_nodes.size() - 1) {
            startScan();
            return;
        }
        const int b = m_pairIndex + 1;
        PairFindings pair;
        pair.a = 0;
        pair.b = b;
        pair.lag = m_report.nodes.at(0).height - m_report.nodes.at(b).height;
        m_forkPairs.append(pair);
        const qint64 high =
            std::min({m_report.nodes.at(0).height, m_report.nodes.at(b).height, m_report.scanTo});
        m_search.emplace(m_report.scanFrom, high);
        probe();
    }

    /// Fetches (or takes from the cache) both nodes' headers at `height`, then calls `next(a, b)`.
    template <typename Next> void fetchPair(int b, qint64 height, Next next) {
        auto result = std::make_shared<std::pair<std::optional<BlockHeader>, std::optional<BlockHeader>>>();
        auto pending = std::make_shared<int>(2);
        auto failed = std::make_shared<bool>(false);
        auto done = [this, result, pending, failed, next]() {
            if (--*pending == 0 && !*failed && !stopIfCancelled())
                next(*result->first, *result->second);
        };
        const int sides[2] = {0, b};
        for (int side = 0; side < 2; ++side) {
            const int n = sides[side];
            auto store = [result, side](const BlockHeader& h) {
                (side == 0 ? result->first : result->second) = h;
            };
            if (m_cache.at(n).contains(height) && !m_cache.at(n).value(height).parentHash.isEmpty()) {
                store(m_cache.at(n).value(height));
                done();
                continue;
            }
            if (!nodesAlive())
                return;
            ++m_report.blockRequests;
            whenDone(node(n)->block(height),
                     [this, n, height, store, done, failed](const NodeResult<Block>& r) {
                         if (*failed)
                             return;
                         if (!r.ok()) {
                             *failed = true;
                             failNode(n, r.error());
                             return;
                         }
                         m_cache[n].insert(height, r->header);
                         store(r->header);
                         done();
                     });
        }
    }

    void probe() {
        if (m_search->done()) {
            forkFound();
            return;
        }
        const int b = m_pairIndex + 1;
        fetchPair(b, m_search->nextProbe(), [this](const BlockHeader& a, const BlockHeader& bh) {
            m_search->feed(a.hash == bh.hash);
            probe();
        });
    }

    void forkFound() {
        PairFindings& pair = m_forkPairs.last();
        pair.forkHeight = m_search->firstDifferent();
        pair.forkProbes = m_search->probes();
        if (!pair.forkHeight || *pair.forkHeight <= 0) {
            ++m_pairIndex;
            nextPair();
            return;
        }
        // Verify the chain property the search relied on: at the fork both blocks must link to the
        // (equal) block below it. Parent hashes the source does not give are not held against it.
        const qint64 f = *pair.forkHeight;
        const int b = m_pairIndex + 1;
        fetchPair(b, f - 1, [this, f, b](const BlockHeader& belowA, const BlockHeader& belowB) {
            fetchPair(b, f, [this, belowA, belowB](const BlockHeader& atA, const BlockHeader& atB) {
                const bool belowEqual = belowA.hash == belowB.hash;
                const bool linkA = atA.parentHash.isEmpty() || atA.parentHash == belowA.hash;
                const bool linkB = atB.parentHash.isEmpty() || atB.parentHash == belowB.hash;
                m_forkPairs.last().forkVerified = belowEqual && linkA && linkB;
                if (!m_forkPairs.last().forkVerified)
                    qCWarning(lcSync) << "fork point" << atA.height << "fails the parent-linkage check";
                ++m_pairIndex;
                nextPair();
            });
        });
    }

    // ---- step 3: completeness scan ------------------------------------------------------------------
    void startScan() {
        const qint64 total = std::max<qint64>(0, m_report.scanTo - m_report.scanFrom + 1);
        if (!m_options.scan || total == 0) {
            assemble();
            return;
        }
        // QPromise progress is an int; ranges beyond that are reported in pages.
        m_progressDivisor = std::max<qint64>(1, total / 1'000'000'000 + 1);
        m_promise.setProgressRange(0, static_cast<int>(total / m_progressDivisor));
        m_pageFrom = m_report.scanFrom;
        nextPage();
    }

    void nextPage() {
        if (stopIfCancelled())
            return;
        // Heights above every head are absent on all nodes: nothing to fetch or report there.
        if (m_pageFrom > m_report.scanTo || m_pageFrom > m_topHeight) {
            m_report.scanned = true;
            assemble();
            return;
        }
        if (!nodesAlive())
            return;
        const qint64 from = m_pageFrom;
        const qint64 to = std::min(m_report.scanTo, from + m_options.pageSize - 1);
        auto pages = std::make_shared<QList<QList<Block>>>(m_nodes.size());
        auto pending = std::make_shared<int>(m_nodes.size());
        auto failed = std::make_shared<bool>(false);
        auto done = [this, pages, pending, failed, from, to]() {
            if (--*pending > 0 || *failed || stopIfCancelled())
                return;
            m_scan->addPage(from, to, *pages);
            m_promise.setProgressValue(static_cast<int>((to - m_report.scanFrom + 1) / m_progressDivisor));
            m_pageFrom = to + 1;
            nextPage();
        };
        for (int n = 0; n < m_nodes.size(); ++n) {
            if (m_report.nodes.at(n).height < from) { // nothing to ask a chain that ends below the page
                done();
                continue;
            }
            whenDone(node(n)->blocks(from, to, true),
                     [this, n, pages, failed, done](const NodeResult<QList<Block>>& r) {
                         if (*failed)
                             return;
                         if (!r.ok() && r.error().kind != NodeError::Kind::NotFound) {
                             *failed = true;
                             failNode(n, r.error());
                             return;
                         }
                         if (r.ok())
                             (*pages)[n] = r.value();
                         done();
                     });
        }
    }

    // ---- step 4: the report ----------------------------------------------------------------------
    void assemble() {
        m_report.findings = m_scan->nodeFindings();
        for (int p = 0; p < m_forkPairs.size(); ++p) {
            const PairFindings& fork = m_forkPairs.at(p);
            PairFindings pair = m_scan->pairFindings().at(p);
            pair.lag = fork.lag;
            pair.forkHeight = fork.forkHeight;
            pair.forkVerified = fork.forkVerified;
            pair.forkProbes = fork.forkProbes;
            if (m_report.scanned) {
                // The scan saw every height: an earlier hash difference means the search's assumption
                // failed (e.g. blocks imported with arbitrary hashes), and the scan is the truth.
                const std::optional<qint64> seen = m_scan->firstHashDifference(p);
                if (seen && (!pair.forkHeight || *seen < *pair.forkHeight)) {
                    pair.forkHeight = seen;
                    pair.forkVerified = false;
                }
            } else {
                missingAboveShorterHead(pair);
            }
            m_report.pairs.append(pair);
        }
        m_promise.addResult(SyncResult(std::move(m_report)));
        finish();
    }

    /// Without a scan, the heights above the shorter chain's head are still known to be missing.
    void missingAboveShorterHead(PairFindings& pair) const {
        const qint64 ha = m_report.nodes.at(pair.a).height;
        const qint64 hb = m_report.nodes.at(pair.b).height;
        const qint64 low = std::max(std::min(ha, hb) + 1, m_report.scanFrom);
        const qint64 high = std::min(std::max(ha, hb), m_report.scanTo);
        for (qint64 h = low; h <= high; ++h)
            pair.missingBlockHeights.append(h);
    }

    CompareOptions m_options;
    QList<QPointer<chain::Node>> m_nodes;
    QPromise<SyncResult> m_promise;
    SyncReport m_report;
    QList<QHash<qint64, BlockHeader>> m_cache; ///< headers fetched by the fork searches, per node
    std::optional<CompletenessScan> m_scan;
    std::optional<ForkSearch> m_search;
    QList<PairFindings> m_forkPairs;
    int m_pairIndex = 0;
    qint64 m_pageFrom = 0;
    qint64 m_progressDivisor = 1;
    qint64 m_topHeight = -1;
    bool m_finished = false;
};

} // namespace

QFuture<SyncResult> compareNodes(const QList<chain::Node*>& nodes, const CompareOptions& options) {
    auto* job = new CompareJob(nodes, options);
    return job->start();
}

} // namespace aitbc::sync

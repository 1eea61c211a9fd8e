#include "sync/node_view.h"

#include "sync/completeness_scan.h"
#include "util/when_finished.h"

#include <QPointer>

#include <memory>

namespace aitbc::sync {

namespace {

struct ViewRead {
    QPointer<chain::Node> node;
    QObject* context = nullptr;
    std::function<void(NodeView)> done;
    NodeView view;
    std::unique_ptr<CompletenessScan> scan;
};

void finish(const std::shared_ptr<ViewRead>& r) {
    if (r->scan)
        r->view.missingTxHeights = r->scan->nodeFindings().value(0).missingTxHeights;
    r->done(r->view);
}

void scanPage(std::shared_ptr<ViewRead> r, qint64 from) {
    if (!r->node || from > r->view.scannedTo) {
        finish(r);
        return;
    }
    const qint64 to = std::min(r->view.scannedTo, from + kNodeViewPageSize - 1);
    util::whenFinished(r->context, r->node->blocks(from, to, true),
                       [r, from, to](std::optional<chain::NodeResult<QList<chain::Block>>> page) {
                           if (!page || !page->ok()) {
                               // Report what was scanned: the range ends before the page that failed.
                               r->view.scannedTo = from - 1;
                               if (r->view.scannedTo < r->view.scannedFrom)
                                   r->view.scannedFrom = r->view.scannedTo = -1;
                               finish(r);
                               return;
                           }
                           r->scan->addPage(from, to, {page->value()});
                           scanPage(r, to + 1);
                       });
}

} // namespace

void readNodeView(chain::Node* node, QObject* context, int window, std::function<void(NodeView)> done) {
    auto r = std::make_shared<ViewRead>();
    r->node = node;
    r->context = context;
    r->done = std::move(done);
    if (!node) {
        r->view.error = QStringLiteral("no node");
        finish(r);
        return;
    }
    r->view.chainId = node->chainId();
    util::whenFinished(
        context, node->health(), [r, window](std::optional<chain::NodeResult<chain::NodeHealth>> h) {
            if (h && h->ok())
                r->view.protocol = h->value().protocol;
            if (!r->node) {
                r->view.error = QStringLiteral("node gone");
                finish(r);
                return;
            }
            util::whenFinished(
                r->context, r->node->mempool(),
                [r, window](std::optional<chain::NodeResult<QList<chain::MempoolEntry>>> m) {
                    if (m && m->ok())
                        r->view.mempoolSize = m->value().size();
                    if (!r->node) {
                        r->view.error = QStringLiteral("node gone");
                        finish(r);
                        return;
                    }
                    util::whenFinished(
                        r->context, r->node->head(),
                        [r, window](std::optional<chain::NodeResult<chain::BlockHeader>> head) {
                            if (!head || !head->ok()) {
                                r->view.error = head ? head->error().message : QStringLiteral("no answer");
                                finish(r);
                                return;
                            }
                            r->view.head = head->value();
                            if (r->node && r->view.chainId.isEmpty())
                                r->view.chainId = r->node->chainId();
                            if (r->view.head.height < 0 || window <= 0) {
                                finish(r);
                                return;
                            }
                            r->view.scannedTo = r->view.head.height;
                            r->view.scannedFrom = std::max<qint64>(0, r->view.head.height - window + 1);
                            r->scan =
                                std::make_unique<CompletenessScan>(1, r->view.scannedFrom, r->view.scannedTo);
                            scanPage(r, r->view.scannedFrom);
                        });
                });
        });
}

} // namespace aitbc::sync

#pragma once

#include "panes/sync/sync_model.h"

#include <QDialog>

class QGridLayout;
class QListWidget;

namespace aitbc::gui {

/// Side by side: one node's block at a height next to the other's (hash, parent, proposer, time, state
/// root, the transactions the block has and how many of them the node holds, in words, and the
/// transaction list). Fields that differ are bold on a highlighted background so the eye goes to the
/// fault.
class BlockPairDialog : public QDialog {
    Q_OBJECT
public:
    explicit BlockPairDialog(QWidget* parent = nullptr);

    void setBlocks(qint64 height, const QString& nameA, const BlockSide& a, const QString& nameB,
                   const BlockSide& b);
    /// The text shown for field `row` (0 hash .. 5 transactions) of side 0 or 1 (for tests).
    QString fieldText(int side, int row) const;
    int transactionCount(int side) const;
    /// Whether field `row` of `side` is highlighted as differing from the other side (for tests).
    bool fieldDiffers(int side, int row) const;

    /// One-paragraph description of both sides, used for the strip's hover tooltip.
    static QString tooltipText(qint64 height, const QString& nameA, const BlockSide& a, const QString& nameB,
                               const BlockSide& b);

private:
    QGridLayout* m_grid = nullptr;
    QListWidget* m_tx[2] = {nullptr, nullptr};
};

} // namespace aitbc::gui

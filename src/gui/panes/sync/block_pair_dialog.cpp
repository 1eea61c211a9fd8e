#include "panes/sync/block_pair_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace aitbc::gui {

namespace {
enum Row { Hash, Parent, Proposer, Time, StateRoot, Transactions, RowCount };

QString rowTitle(int row) {
    switch (row) {
    case Hash:
        return BlockPairDialog::tr("Hash");
    case Parent:
        return BlockPairDialog::tr("Parent");
    case Proposer:
        return BlockPairDialog::tr("Proposer");
    case Time:
        return BlockPairDialog::tr("Time (UTC)");
    case StateRoot:
        return BlockPairDialog::tr("State root");
    default:
        return BlockPairDialog::tr("Transactions");
    }
}

/// The transactions row in words: how many the block has and how many of them this node holds.
QString transactionsText(const chain::Block& block) {
    const qint64 counted = block.header.txCount;
    if (counted == 0)
        return BlockPairDialog::tr("no transactions");
    if (!block.transactionsIncluded)
        return counted == 1 ? BlockPairDialog::tr("1 transaction")
                            : BlockPairDialog::tr("%1 transactions").arg(counted);
    const qint64 held = block.transactions.size();
    if (held >= counted)
        return counted == 1 ? BlockPairDialog::tr("1 transaction, held by this node")
                            : BlockPairDialog::tr("%1 transactions, all held by this node").arg(counted);
    if (held == 0)
        return counted == 1
                   ? BlockPairDialog::tr("1 transaction, not held by this node (imported without it)")
                   : BlockPairDialog::tr("%1 transactions, none held by this node (imported without "
                                         "them)")
                         .arg(counted);
    return BlockPairDialog::tr("%1 transactions, only %2 held by this node").arg(counted).arg(held);
}

QString fieldOf(const BlockSide& side, int row) {
    if (!side.present)
        return side.error.isEmpty() ? BlockPairDialog::tr("(no block at this height)")
                                    : BlockPairDialog::tr("(unreadable: %1)").arg(side.error);
    const chain::BlockHeader& h = side.block.header;
    switch (row) {
    case Hash:
        return h.hash;
    case Parent:
        return h.parentHash;
    case Proposer:
        return h.proposer;
    case Time:
        return h.timestampText.isEmpty() ? h.timestamp.toString(Qt::ISODateWithMs) : h.timestampText;
    case StateRoot:
        return h.stateRoot.isEmpty() ? BlockPairDialog::tr("(none)") : h.stateRoot;
    default:
        return transactionsText(side.block);
    }
}

/// Background of a field that differs between the two nodes: where the eye should go first.
QColor differenceColor() {
    return QColor(0xff, 0xe0, 0x82);
}
} // namespace

BlockPairDialog::BlockPairDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Block comparison"));
    auto* layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    for (int row = 0; row < RowCount; ++row) {
        m_grid->addWidget(new QLabel(rowTitle(row), this), row + 1, 0);
        for (int side = 0; side < 2; ++side) {
            auto* value = new QLabel(this);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            m_grid->addWidget(value, row + 1, side + 1);
        }
    }
    for (int side = 0; side < 2; ++side) {
        m_grid->addWidget(new QLabel(this), 0, side + 1);
        m_tx[side] = new QListWidget(this);
        m_tx[side]->setAccessibleName(side == 0 ? tr("Transactions on the first node")
                                                : tr("Transactions on the second node"));
        m_grid->addWidget(m_tx[side], RowCount + 1, side + 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

void BlockPairDialog::setBlocks(qint64 height, const QString& nameA, const BlockSide& a, const QString& nameB,
                                const BlockSide& b) {
    setWindowTitle(tr("Block %1: %2 and %3").arg(height).arg(nameA, nameB));
    const BlockSide* sides[2] = {&a, &b};
    const QString names[2] = {nameA, nameB};
    for (int side = 0; side < 2; ++side) {
        auto* header = qobject_cast<QLabel*>(m_grid->itemAtPosition(0, side + 1)->widget());
        header->setText(QStringLiteral("<b>%1</b>").arg(names[side].toHtmlEscaped()));
        for (int row = 0; row < RowCount; ++row) {
            auto* label = qobject_cast<QLabel*>(m_grid->itemAtPosition(row + 1, side + 1)->widget());
            const QString text = fieldOf(*sides[side], row);
            label->setTextFormat(Qt::PlainText);
            label->setText(text);
            // The transactions row differs when the nodes hold different numbers of the same block's
            // transactions, even if only one of them can say so.
            const bool differs = text != fieldOf(*sides[1 - side], row);
            QFont f = label->font();
            f.setBold(differs);
            label->setFont(f);
            label->setAutoFillBackground(differs);
            label->setProperty("differs", differs);
            QPalette pal = palette();
            if (differs) {
                pal.setColor(QPalette::Window, differenceColor());
                pal.setColor(QPalette::WindowText, Qt::black);
            }
            label->setPalette(pal);
            label->setToolTip(differs ? tr("Differs between the two nodes") : QString());
        }
        m_tx[side]->clear();
        for (const chain::Transaction& t : sides[side]->block.transactions)
            m_tx[side]->addItem(t.sender.isEmpty()
                                    ? t.txHash
                                    : tr("%1  %2 → %3").arg(t.txHash.left(18), t.sender, t.recipient));
        if (sides[side]->present && sides[side]->block.transactionsIncluded &&
            sides[side]->block.header.txCount > sides[side]->block.transactions.size()) {
            const qsizetype missing =
                sides[side]->block.header.txCount - sides[side]->block.transactions.size();
            m_tx[side]->addItem(
                missing == 1
                    ? tr("1 transaction counted by the block but not held by this node")
                    : tr("%1 transactions counted by the block but not held by this node").arg(missing));
        }
    }
}

QString BlockPairDialog::fieldText(int side, int row) const {
    auto* label = qobject_cast<QLabel*>(m_grid->itemAtPosition(row + 1, side + 1)->widget());
    return label ? label->text() : QString();
}

bool BlockPairDialog::fieldDiffers(int side, int row) const {
    auto* label = qobject_cast<QLabel*>(m_grid->itemAtPosition(row + 1, side + 1)->widget());
    return label && label->property("differs").toBool();
}

int BlockPairDialog::transactionCount(int side) const {
    return m_tx[side]->count();
}

QString BlockPairDialog::tooltipText(qint64 height, const QString& nameA, const BlockSide& a,
                                     const QString& nameB, const BlockSide& b) {
    QString html = QStringLiteral("<b>%1</b><table>").arg(tr("Height %1").arg(height));
    html += QStringLiteral("<tr><td></td><td><b>%1</b></td><td><b>%2</b></td></tr>")
                .arg(nameA.toHtmlEscaped(), nameB.toHtmlEscaped());
    for (int row = 0; row < RowCount; ++row) {
        QString left = fieldOf(a, row), right = fieldOf(b, row);
        if (row == Hash || row == Parent || row == StateRoot) { // keep the tooltip narrow
            left = left.left(18);
            right = right.left(18);
        }
        const bool differs = fieldOf(a, row) != fieldOf(b, row);
        html +=
            (differs ? QStringLiteral("<tr style=\"background-color:%4\"><td><b>%1</b></td><td><b>%2</b></td>"
                                      "<td><b>%3</b></td></tr>")
                     : QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>"))
                .arg(rowTitle(row).toHtmlEscaped(), left.toHtmlEscaped(), right.toHtmlEscaped(),
                     differenceColor().name());
    }
    return html + QStringLiteral("</table>");
}

} // namespace aitbc::gui

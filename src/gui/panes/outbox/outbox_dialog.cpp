#include "panes/outbox/outbox_dialog.h"

#include "messaging/outbox_wait.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace aitbc::gui {

namespace {

enum Column { ColId, ColFrom, ColTo, ColState, ColReason, ColFee, ColCount };

QString stateText(const messaging::OutboxEntry& e) {
    const QString s = messaging::outboxDisplayState(e);
    if (s == QLatin1String("queued"))
        return OutboxDialog::tr("queued");
    if (s == QLatin1String("submitted"))
        return OutboxDialog::tr("submitted");
    if (s == QLatin1String("mempool"))
        return OutboxDialog::tr("in mempool");
    if (s == QLatin1String("confirmed"))
        return OutboxDialog::tr("confirmed at %1").arg(e.blockHeight);
    if (s == QLatin1String("cancelled"))
        return OutboxDialog::tr("cancelled");
    return OutboxDialog::tr("failed");
}

QString reasonText(const messaging::OutboxWait& w, const messaging::OutboxEntry& e) {
    using K = messaging::OutboxWaitKind;
    switch (w.kind) {
    case K::None:
        return QString();
    case K::OnePendingPerSender:
        return OutboxDialog::tr("one pending transaction per sender");
    case K::NodeUnreachable:
        return OutboxDialog::tr("node unreachable: %1").arg(w.detail);
    case K::InsufficientBalance:
        return OutboxDialog::tr("insufficient balance for the fee: %1").arg(w.detail);
    case K::WalletLocked:
        return OutboxDialog::tr("wallet locked: unlock %1 to send").arg(e.sender);
    case K::InMempool:
        return OutboxDialog::tr("waiting for a block");
    case K::Failed:
        return w.detail; // the node's words
    case K::Cancelled:
        return OutboxDialog::tr("cancelled by the operator");
    }
    return QString();
}

} // namespace

OutboxDialog::OutboxDialog(const QString& outboxPath, QWidget* parent)
    : QDialog(parent)
    , m_store(outboxPath) {
    setWindowTitle(tr("Outbox"));
    m_table = new QTableWidget(0, ColCount, this);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("From"), tr("To"), tr("State"), tr("Why"), tr("Fee")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ColReason, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel message"), this);
    m_retry = new QPushButton(tr("Retry"), this);
    m_fee = new QPushButton(tr("Change fee…"), this);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);
    actions->addWidget(m_fee);
    actions->addStretch();
    actions->addWidget(refreshButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &OutboxDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelMessage(selectedId()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { retryMessage(selectedId()); });
    connect(m_fee, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        bool ok = false;
        const int fee = QInputDialog::getInt(this, tr("Change fee"), tr("Fee for message %1:").arg(id), 10, 0,
                                             std::numeric_limits<int>::max(), 1, &ok);
        if (ok)
            changeFee(id, fee);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &OutboxDialog::pollFile);
    m_poll.start();
    resize(900, 400);
    if (const auto opened = m_store.open(); !opened)
        m_status->setText(tr("Cannot open the outbox: %1").arg(opened.error().message));
    refresh();
}

void OutboxDialog::refresh() {
    if (!m_store.isOpen())
        return;
    bool ok = false;
    const QList<messaging::OutboxEntry> read = m_store.entries({}, &ok);
    if (!ok) {
        m_status->setText(tr("Cannot read the outbox: %1").arg(m_store.lastError()));
        return;
    }
    m_seenVersion = m_store.dataVersion();
    // Row by row, in place: entries keep their rows (ids only grow, the file lists them oldest first),
    // so the selection, the scroll position and an open tooltip survive an update; only cells whose
    // text changed are written, and new messages are appended.
    const qint64 keep = selectedId();
    QSet<qint64> present;
    for (const messaging::OutboxEntry& e : read)
        present.insert(e.id);
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!present.contains(m_entries.at(row).id)) { // deleted by another tool: rare
            m_table->removeRow(row);
            m_entries.removeAt(row);
        }
    }
    m_entries = read;
    for (int row = 0; row < m_entries.size(); ++row) {
        const messaging::OutboxEntry& e = m_entries.at(row);
        if (row >= m_table->rowCount())
            m_table->insertRow(row);
        const bool active = !m_store.senderLeaseOwner(e.chainId, e.sender).isEmpty();
        const messaging::OutboxWait w = messaging::outboxWait(e, m_entries, active);
        const QStringList cells = {
            QString::number(e.id), e.sender,         e.recipient,
            stateText(e),          reasonText(w, e), e.fee >= 0 ? QString::number(e.fee) : tr("default")};
        for (int c = 0; c < ColCount; ++c) {
            QTableWidgetItem* item = m_table->item(row, c);
            if (!item)
                m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            else if (item->text() != cells.at(c))
                item->setText(cells.at(c));
        }
        markEncryption(m_table->item(row, ColTo), e.encrypt);
    }
    if (m_table->rowCount() > m_entries.size())
        m_table->setRowCount(int(m_entries.size()));
    if (keep > 0 && selectedId() != keep)
        for (int row = 0; row < m_entries.size(); ++row)
            if (m_entries.at(row).id == keep)
                m_table->selectRow(row);
    ++m_refreshes;
    updateButtons();
}

void OutboxDialog::pollFile() {
    // SQLite's data_version changes when another connection (the sender's thread, a CLI run) commits:
    // an unchanged file costs one PRAGMA per poll and no re-read.
    if (m_store.isOpen() && m_store.dataVersion() != m_seenVersion)
        refresh();
}

void OutboxDialog::markEncryption(QTableWidgetItem* recipient, bool encrypted) {
    // The lock of the chat's encrypted messages, on the recipient: only that key can read the message.
    if (recipient->data(kEncryptedRole).toBool() == encrypted)
        return;
    recipient->setData(kEncryptedRole, encrypted);
    const QString meaning = encrypted ? tr("Encrypted end to end for the recipient") : QString();
    recipient->setIcon(encrypted ? QIcon(QStringLiteral(":/icons/lock.svg")) : QIcon());
    recipient->setToolTip(meaning);
    recipient->setData(Qt::AccessibleDescriptionRole, meaning);
}

bool OutboxDialog::isMarkedEncrypted(int row) const {
    const QTableWidgetItem* recipient = m_table->item(row, ColTo);
    return recipient && recipient->data(kEncryptedRole).toBool() && !recipient->icon().isNull();
}

qint64 OutboxDialog::idAt(int row) const {
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : -1;
}

int OutboxDialog::rowCount() const {
    return m_table->rowCount();
}

QString OutboxDialog::statusText() const {
    return m_status->text();
}

qint64 OutboxDialog::selectedId() const {
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : idAt(ranges.first().topRow());
}

void OutboxDialog::updateButtons() {
    const qint64 id = selectedId();
    messaging::OutboxEntry selected;
    for (const messaging::OutboxEntry& e : std::as_const(m_entries))
        if (e.id == id)
            selected = e;
    m_cancel->setEnabled(id > 0 && selected.state == messaging::OutboxState::Queued);
    m_fee->setEnabled(id > 0 && selected.state == messaging::OutboxState::Queued);
    m_retry->setEnabled(id > 0 && selected.state == messaging::OutboxState::Failed);
}

bool OutboxDialog::report(messaging::OutboxStore::WriteResult r, const QString& done) {
    const bool ok = r == messaging::OutboxStore::WriteResult::Written;
    m_status->setText(ok ? done : tr("Not changed: %1").arg(m_store.lastError()));
    refresh();
    return ok;
}

bool OutboxDialog::cancelMessage(qint64 id) {
    return report(m_store.cancelQueued(id), tr("Message %1 cancelled; it will not be sent.").arg(id));
}

bool OutboxDialog::retryMessage(qint64 id) {
    return report(m_store.retryFailed(id), tr("Message %1 queued again.").arg(id));
}

bool OutboxDialog::changeFee(qint64 id, qint64 fee) {
    return report(m_store.setQueuedFee(id, fee), tr("Message %1 will be sent with fee %2.").arg(id).arg(fee));
}

} // namespace aitbc::gui

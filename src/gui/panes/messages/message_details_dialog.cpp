#include "panes/messages/message_details_dialog.h"

#include "common/time_format.h"
#include "messaging/display_text.h"
#include "models/thread_models.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aitbc::gui {

using messaging::ThreadMessage;

QString MessageDetailsDialog::describe(const ThreadMessage& m) {
    QStringList lines;
    lines << messaging::safeDisplayText(m.text, 0).text << QString();
    lines << (m.outgoing ? tr("Sent to %1").arg(messaging::safeSingleLine(m.recipient, 200))
                         : tr("Received from %1").arg(messaging::safeSingleLine(m.sender, 200)));
    lines << tr("Time: %1").arg(formatDateTime(m.time));
    lines << tr("Transaction: %1")
                 .arg(m.txHash.isEmpty() ? tr("not signed yet") : messaging::safeSingleLine(m.txHash, 200));
    if (m.blockHeight >= 0)
        lines << tr("Block: %1").arg(m.blockHeight);
    switch (m.status) {
    case ThreadMessage::Status::Queued:
        lines << (m.waitingFor.isEmpty()
                      ? tr("Status: queued")
                      : tr("Status: queued (%1)").arg(messaging::safeSingleLine(m.waitingFor, 200)));
        break;
    case ThreadMessage::Status::Mempool:
        lines << tr("Status: in the mempool");
        break;
    case ThreadMessage::Status::Confirmed:
        lines << tr("Status: confirmed");
        break;
    case ThreadMessage::Status::Failed:
        lines << tr("Status: failed. The node refused it: %1")
                     .arg(messaging::safeSingleLine(m.failReason, 500));
        break;
    }
    lines << tr("Author: %1").arg(messaging::authorshipExplanation(m.authorship));
    if (m.rttMs)
        lines << tr("Round trip: %1").arg(ThreadMessagesModel::formatRtt(*m.rttMs));
    return lines.join(QLatin1Char('\n'));
}

MessageDetailsDialog::MessageDetailsDialog(const ThreadMessage& message, QWidget* parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
    , m_text(messaging::safeDisplayText(message.text, 0).text)
    , m_txHash(messaging::safeSingleLine(message.txHash, 200)) {
    setWindowTitle(message.outgoing ? tr("Sent message") : tr("Received message"));
    m_view->setReadOnly(true);
    m_view->setObjectName(QStringLiteral("detailText"));
    m_view->setAccessibleName(tr("Message details"));
    m_view->setPlainText(describe(message));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyText = buttons->addButton(tr("Copy &text"), QDialogButtonBox::ActionRole);
    QPushButton* copyHash = buttons->addButton(tr("Copy transaction &hash"), QDialogButtonBox::ActionRole);
    copyHash->setEnabled(!m_txHash.isEmpty());
    connect(copyText, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text); });
    connect(copyHash, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_txHash); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(520, 360);
}

QString MessageDetailsDialog::detailText() const {
    return m_view->toPlainText();
}

} // namespace aitbc::gui

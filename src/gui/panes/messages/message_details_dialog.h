#pragma once

#include "messaging/conversations.h"

#include <QDialog>

class QPlainTextEdit;

namespace aitbc::gui {

/// The detail of one message, on demand (double-click or the context menu of the thread): the whole
/// text (display-safe, not cut), the transaction hash, the block height and status, who wrote it and
/// why that is believed, the round trip; with buttons that copy the text or the hash.
class MessageDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit MessageDetailsDialog(const messaging::ThreadMessage& message, QWidget* parent = nullptr);

    /// Everything the dialog shows, as plain text.
    QString detailText() const;
    /// The display-safe full text of the message, as the copy button puts it on the clipboard.
    QString messageText() const { return m_text; }
    QString txHash() const { return m_txHash; }

    static QString describe(const messaging::ThreadMessage& message);

private:
    QPlainTextEdit* m_view;
    QString m_text;
    QString m_txHash;
};

} // namespace aitbc::gui

#pragma once

#include "messaging/outbox_store.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace aitbc::gui {

/// The outbox in view: every outgoing message of the outbox file (all wallets), its state, why it waits,
/// and the operator's actions on the selected one (cancel a queued message, retry a failed one, change
/// the fee of one not yet signed). It opens its own connection to the file: the actions are the
/// conditional transactions of OutboxStore, safe while the MessagingService or a CLI run is sending.
/// It follows the file live: what the sender or another process writes shows up within kPollMs, row by
/// row, without resetting the table.
class OutboxDialog : public QDialog {
    Q_OBJECT
public:
    explicit OutboxDialog(const QString& outboxPath, QWidget* parent = nullptr);

    /// Re-reads the file and updates the rows in place (changed cells, appended messages); the dialog
    /// does this by itself whenever another connection wrote to the file.
    void refresh();
    /// How often the file is checked for changes (a cheap PRAGMA when nothing changed).
    static constexpr int kPollMs = 500;
    /// Item data role of the recipient cell: the message is queued to go out encrypted.
    static constexpr int kEncryptedRole = Qt::UserRole + 1;
    /// Reads so far (for tests: a change made elsewhere shows up without a reset).
    int refreshCount() const { return m_refreshes; }
    /// The message id of a table row, or -1.
    qint64 idAt(int row) const;
    /// Whether the row shows the lock of a message queued to go out end to end encrypted.
    bool isMarkedEncrypted(int row) const;
    int rowCount() const;
    /// The actions, by message id (the buttons call them for the selected row). False with the reason in
    /// the status line when the message has moved on.
    bool cancelMessage(qint64 id);
    bool retryMessage(qint64 id);
    bool changeFee(qint64 id, qint64 fee);
    QString statusText() const;

private:
    qint64 selectedId() const;
    bool report(messaging::OutboxStore::WriteResult r, const QString& done);
    void updateButtons();
    void pollFile();
    static void markEncryption(QTableWidgetItem* recipient, bool encrypted);

    messaging::OutboxStore m_store;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_fee = nullptr;
    QList<messaging::OutboxEntry> m_entries;
    QTimer m_poll;
    qint64 m_seenVersion = -1;
    int m_refreshes = 0;
};

} // namespace aitbc::gui

#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace aitbc::gui {

/// Someone the user can write to: one of their own wallets or a counterpart they already talk to.
struct KnownRecipient {
    QString name; ///< wallet name or contact label; may be empty
    QString address;
};

/// Asks whom a new conversation is with. The user picks a known name or types an address; the OK button
/// stays disabled until the entry names exactly one AITBC address (every scheme of protocol.md §2.1), and
/// the resolved address is always shown, so what is about to be used is never a guess.
class NewConversationDialog : public QDialog {
    Q_OBJECT
public:
    NewConversationDialog(QList<KnownRecipient> known, const QString& ownAddress, QWidget* parent = nullptr);

    /// The entry as typed or picked (a name or an address).
    void setEntry(const QString& text);
    /// The address the entry resolves to, empty while it resolves to none.
    QString recipient() const { return m_resolved; }
    /// Why the entry is not accepted, empty when it is.
    QString problem() const { return m_problem; }

private:
    void resolve();

    QList<KnownRecipient> m_known;
    QString m_ownAddress;
    QComboBox* m_entry;
    QLabel* m_feedback;
    QDialogButtonBox* m_buttons;
    QString m_resolved;
    QString m_problem;
};

} // namespace aitbc::gui

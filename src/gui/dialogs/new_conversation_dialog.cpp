#include "dialogs/new_conversation_dialog.h"

#include "address/address_check.h"
#include "messaging/display_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aitbc::gui {

NewConversationDialog::NewConversationDialog(QList<KnownRecipient> known, const QString& ownAddress,
                                             QWidget* parent)
    : QDialog(parent)
    , m_known(std::move(known))
    , m_ownAddress(ownAddress)
    , m_entry(new QComboBox(this))
    , m_feedback(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New conversation"));
    m_entry->setEditable(true);
    m_entry->setInsertPolicy(QComboBox::NoInsert);
    m_entry->setMinimumContentsLength(40);
    m_entry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entry->lineEdit()->setPlaceholderText(tr("Wallet name or AITBC address"));
    m_entry->setAccessibleName(tr("Recipient"));
    for (const KnownRecipient& k : m_known) {
        const QString label =
            k.name.isEmpty()
                ? k.address
                : QStringLiteral("%1 \u2014 %2").arg(messaging::safeSingleLine(k.name, 40), k.address);
        m_entry->addItem(label, k.address);
    }
    m_entry->setCurrentIndex(-1);
    m_entry->lineEdit()->clear();
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_entry);
    form->addRow(toLabel, m_entry);
    form->addRow(QString(), m_feedback);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_entry, &QComboBox::currentTextChanged, this, &NewConversationDialog::resolve);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resolve();
}

void NewConversationDialog::setEntry(const QString& text) {
    m_entry->setEditText(text);
    resolve();
}

void NewConversationDialog::resolve() {
    const QString text = m_entry->currentText().trimmed();
    m_resolved.clear();
    m_problem.clear();
    // A picked item shows "name — address": the item's address is the answer.
    const int picked = m_entry->findText(text);
    if (picked >= 0) {
        m_resolved = m_entry->itemData(picked).toString();
    } else {
        QStringList byName;
        for (const KnownRecipient& k : m_known)
            if (!k.name.isEmpty() && k.name.compare(text, Qt::CaseInsensitive) == 0)
                byName << k.address;
        byName.removeDuplicates();
        if (byName.size() == 1)
            m_resolved = byName.first();
        else if (byName.size() > 1)
            m_problem = tr("Several wallets are called \"%1\": pick one from the list or type the address.")
                            .arg(messaging::safeSingleLine(text, 40));
        else if (address::isAitbcAddress(text))
            m_resolved = text;
        else if (!text.isEmpty())
            m_problem = tr("Not an AITBC address, and no wallet has that name. An address starts with "
                           "\"ait1\" followed by 40 hexadecimal digits or a 58-character bech32 part.");
    }
    if (!m_resolved.isEmpty() && !address::isAitbcAddress(m_resolved)) {
        m_problem = tr("%1 is not an AITBC address.").arg(messaging::safeSingleLine(m_resolved, 80));
        m_resolved.clear();
    }
    if (!m_resolved.isEmpty() && m_resolved == m_ownAddress) {
        m_problem = tr("That is the wallet you are writing from.");
        m_resolved.clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_resolved.isEmpty());
    if (!m_problem.isEmpty())
        m_feedback->setText(m_problem);
    else if (!m_resolved.isEmpty())
        m_feedback->setText(tr("Messages will go to %1.").arg(m_resolved));
    else
        m_feedback->setText(tr("Type a wallet name or an address."));
}

} // namespace aitbc::gui

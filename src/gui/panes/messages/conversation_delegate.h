#pragma once

#include <QStyledItemDelegate>

namespace aitbc::gui {

/// Draws one row of the conversation list as chat clients do: the name (bold while unread) over the
/// last message, and the unread count as a round badge at the right instead of "(257 unread)" text.
/// Reads NameRole, LastTextRole and UnreadRole of ConversationListModel.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Where the badge of a row with `unread` messages is drawn inside `rowRect` (empty when none): the
    /// badge's text is the count, capped at "999+" so a huge count cannot crowd out the name.
    static QRect badgeRect(const QRect& rowRect, const QFont& font, int unread);
    static QString badgeText(int unread);
};

} // namespace aitbc::gui

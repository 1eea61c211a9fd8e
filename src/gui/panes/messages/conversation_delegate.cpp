#include "panes/messages/conversation_delegate.h"

#include "models/thread_models.h"

#include <QApplication>
#include <QPainter>

namespace aitbc::gui {

namespace {
constexpr int kMargin = 6;

QFont badgeFont(const QFont& base) {
    QFont f = base;
    f.setBold(true);
    return f;
}
} // namespace

QString ConversationDelegate::badgeText(int unread) {
    return unread > 999 ? QStringLiteral("999+") : QString::number(unread);
}

QRect ConversationDelegate::badgeRect(const QRect& rowRect, const QFont& font, int unread) {
    if (unread <= 0)
        return {};
    const QFontMetrics fm(badgeFont(font));
    const int h = fm.height() + 2;
    const int w = qMax(h, fm.horizontalAdvance(badgeText(unread)) + h / 2);
    return {rowRect.right() - kMargin - w + 1, rowRect.center().y() - h / 2, w, h};
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Q_UNUSED(index);
    const QFontMetrics fm(option.font);
    return {fm.averageCharWidth() * 24, 2 * fm.height() + 3 * kMargin};
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; the text is ours.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const QString name = index.data(ConversationListModel::NameRole).toString();
    const QString last = index.data(ConversationListModel::LastTextRole).toString();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    const QRect badge = badgeRect(opt.rect, opt.font, unread);
    QRect text = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (!badge.isEmpty())
        text.setRight(badge.left() - kMargin);
    QFont nameFont = opt.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics lastMetrics(opt.font);
    painter->setFont(nameFont);
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    painter->drawText(QRect(text.left(), text.top(), text.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
    painter->setFont(opt.font);
    QColor secondary = opt.palette.color(QPalette::Active, textRole);
    if (!selected)
        secondary = opt.palette.color(QPalette::Active, QPalette::PlaceholderText);
    painter->setPen(secondary);
    painter->drawText(QRect(text.left(), text.top() + nameMetrics.height() + kMargin / 2, text.width(),
                            lastMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      lastMetrics.elidedText(last, Qt::ElideRight, text.width()));
    if (!badge.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            opt.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Highlight));
        const qreal radius = badge.height() / 2.0;
        painter->drawRoundedRect(badge, radius, radius);
        painter->setFont(badgeFont(opt.font));
        painter->setPen(
            opt.palette.color(QPalette::Active, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, badgeText(unread));
    }
    painter->restore();
}

} // namespace aitbc::gui

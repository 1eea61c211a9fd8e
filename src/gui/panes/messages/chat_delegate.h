#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

namespace aitbc::gui {

/// Draws a conversation (ThreadMessagesModel, through any proxy) as a chat: one bubble per message, the
/// user's own on the right and the other party's on the left, the whole text wrapped inside (nothing is
/// cut below ThreadMessagesModel::kBubbleLimit), and under it the time with seconds, the authorship,
/// the round trip, a lock on encrypted messages and the delivery mark (queued, in the mempool,
/// confirmed, acknowledged, failed). A row that starts a new day carries the day's separator above its
/// bubble. Colours come from the view's palette, so dark themes work.
///
/// Row heights depend on the text and the view's width. They are cached per message and width, and a
/// message whose text fits on one line never needs a text layout to know its height, so laying out a
/// long history (and re-laying it out when the window is resized) stays cheap.
class ChatDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ChatDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    /// Search matches (case-insensitive) are highlighted in the bubbles; empty: none.
    void setHighlight(const QString& text);
    QString highlight() const { return m_highlight; }

    /// Where the parts of the row `index` are drawn when the row occupies `rowRect`.
    struct Geometry {
        QRect separator; ///< the day separator; empty when the row does not start a day
        QRect bubble;
        QRect text; ///< the wrapped text, inside the bubble
        QRect meta; ///< the line of time and marks, inside the bubble
    };
    Geometry geometry(const QRect& rowRect, const QModelIndex& index) const;
    /// Whether `index` is the first message of its day in its model (the first row, or a day other than
    /// the previous row's).
    static bool startsDay(const QModelIndex& index);
    /// Forgets every cached size (the font or the texts changed).
    void clearCache();
    int cachedRows() const { return int(m_sizes.size()); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct TextSize {
        int naturalWidth = -1; ///< one line, unwrapped; -1 when the text has line breaks
        int layoutWidth = -1;  ///< the width `size` was laid out for
        QSize size;
    };
    int textWidthLimit(int rowWidth) const;
    QSize textSize(const QModelIndex& index, int widthLimit) const;
    void layoutText(QTextLayout& layout, int widthLimit) const;
    QFont metaFont() const;

    QAbstractItemView* m_view;
    QString m_highlight;
    mutable QHash<QString, TextSize> m_sizes; ///< by message identity and encryption state
    mutable int m_fontHeight = -1;            ///< of the view's font; -1: not measured yet
    mutable int m_metaHeight = -1;            ///< of the meta line's smaller font
};

} // namespace aitbc::gui

#include "panes/messages/chat_delegate.h"

#include "common/time_format.h"
#include "messaging/encrypted_envelope.h"
#include "models/thread_models.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include <cmath>

namespace aitbc::gui {

namespace {
constexpr int kRowGap = 3;        // between bubbles
constexpr int kSideMargin = 8;    // between a bubble and the view's edge
constexpr int kPadding = 8;       // inside a bubble
constexpr int kOtherSideGap = 48; // a bubble never spans the whole width: the side tells who wrote it
constexpr int kMarkGap = 6;
constexpr qreal kRadius = 9.0;

using Mark = ThreadMessagesModel::StatusMark;

QColor mix(const QColor& a, const QColor& b, qreal amountOfB) {
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

bool isDark(const QPalette& p) {
    return p.color(QPalette::Base).lightness() < 128;
}

QString markGlyphs(Mark mark) {
    switch (mark) {
    case Mark::Queued:
        return {}; // a painted clock
    case Mark::Mempool:
        return QStringLiteral("\u2713");
    case Mark::Confirmed:
    case Mark::Acknowledged:
        return QStringLiteral("\u2713\u2713");
    case Mark::Failed:
        return QStringLiteral("\u26a0");
    }
    return {};
}

void drawClock(QPainter* p, const QRect& r, const QColor& color) {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, 1.2));
    p->setBrush(Qt::NoBrush);
    const int d = qMin(r.width(), r.height()) - 2;
    const QRectF face(r.center().x() - d / 2.0, r.center().y() - d / 2.0, d, d);
    p->drawEllipse(face);
    p->drawLine(face.center(), face.center() + QPointF(0, -d * 0.32));
    p->drawLine(face.center(), face.center() + QPointF(d * 0.25, 0));
    p->restore();
}

void drawLock(QPainter* p, const QRect& r, const QColor& color) {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal h = qMin(r.width(), r.height());
    const qreal w = h * 0.75;
    const QRectF body(r.center().x() - w / 2, r.top() + h * 0.45, w, h * 0.5);
    p->setPen(QPen(color, 1.3));
    p->setBrush(Qt::NoBrush);
    const QRectF shackle(body.left() + w * 0.18, r.top() + h * 0.1, w * 0.64, h * 0.7);
    p->drawArc(shackle, 0, 180 * 16);
    p->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    p->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(body, 1.5, 1.5);
    p->restore();
}
} // namespace

ChatDelegate::ChatDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view) {
    view->installEventFilter(this);
}

bool ChatDelegate::eventFilter(QObject* watched, QEvent* event) {
    // Cached sizes were measured with the old font, or for texts in the old language. The base class
    // treats what it watches as an editor (it would take Tab away from the view), so the view's own
    // events do not go there.
    if (watched == m_view) {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
            clearCache();
        return false;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

void ChatDelegate::setHighlight(const QString& text) {
    if (text == m_highlight)
        return;
    m_highlight = text;
    m_view->viewport()->update();
}

void ChatDelegate::clearCache() {
    m_sizes.clear();
    m_fontHeight = -1;
    m_metaHeight = -1;
}

QFont ChatDelegate::metaFont() const {
    QFont f = m_view->font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    else
        f.setPixelSize(qMax(8, f.pixelSize() * 85 / 100));
    return f;
}

bool ChatDelegate::startsDay(const QModelIndex& index) {
    if (!index.isValid())
        return false;
    if (index.row() == 0)
        return true;
    return index.siblingAtRow(index.row() - 1).data(ThreadMessagesModel::DayRole).toDate() !=
           index.data(ThreadMessagesModel::DayRole).toDate();
}

int ChatDelegate::textWidthLimit(int rowWidth) const {
    const int bubbleMax = qMax(80, qMin(rowWidth * 4 / 5, rowWidth - 2 * kSideMargin - kOtherSideGap));
    return bubbleMax - 2 * kPadding;
}

void ChatDelegate::layoutText(QTextLayout& layout, int widthLimit) const {
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setFont(m_view->font());
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(widthLimit);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

QSize ChatDelegate::textSize(const QModelIndex& index, int widthLimit) const {
    // The identity of the text: a message's text only changes when it is decrypted or locked again.
    const QString key = index.data(ThreadMessagesModel::RowKeyRole).toString() + QLatin1Char('|') +
                        QString::number(index.data(ThreadMessagesModel::EncryptionRole).toInt());
    TextSize& entry = m_sizes[key];
    if (entry.layoutWidth == widthLimit)
        return entry.size;
    const QFontMetrics fm(m_view->font());
    if (entry.layoutWidth < 0) {
        const QString text = index.data(ThreadMessagesModel::BubbleTextRole).toString();
        entry.naturalWidth = text.contains(QChar::LineSeparator) || text.contains(QLatin1Char('\n'))
                                 ? -1
                                 : fm.horizontalAdvance(text);
    }
    // Most chat lines fit on one line at any usual width: no layout is needed for their height.
    if (entry.naturalWidth >= 0 && entry.naturalWidth <= widthLimit) {
        entry.size = QSize(qMax(1, entry.naturalWidth), fm.lineSpacing());
    } else {
        QString text = index.data(ThreadMessagesModel::BubbleTextRole).toString();
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(text);
        layoutText(layout, widthLimit);
        qreal width = 0;
        for (int i = 0; i < layout.lineCount(); ++i)
            width = qMax(width, layout.lineAt(i).naturalTextWidth());
        entry.size = QSize(qMin(widthLimit, int(std::ceil(width))),
                           qMax(fm.lineSpacing(), int(std::ceil(layout.boundingRect().height()))));
    }
    entry.layoutWidth = widthLimit;
    return entry.size;
}

ChatDelegate::Geometry ChatDelegate::geometry(const QRect& rowRect, const QModelIndex& index) const {
    Geometry g;
    const QFontMetrics fm(m_view->font());
    const QFontMetrics meta(metaFont());
    int top = rowRect.top() + kRowGap;
    if (startsDay(index)) {
        g.separator = QRect(rowRect.left(), top, rowRect.width(), fm.height() + 2 * kPadding);
        top = g.separator.bottom() + 1;
    }
    const int limit = textWidthLimit(rowRect.width());
    const QSize text = textSize(index, limit);
    const QString metaText = index.data(ThreadMessagesModel::MetaTextRole).toString();
    const bool outgoing = index.data(ThreadMessagesModel::OutgoingRole).toBool();
    const bool encrypted =
        index.data(ThreadMessagesModel::EncryptionRole).toInt() != int(messaging::EncryptionStatus::Plain);
    int metaWidth = meta.horizontalAdvance(metaText) + 2; // elidedText measures unrounded
    if (encrypted)
        metaWidth += meta.height() + kMarkGap;
    if (outgoing)
        metaWidth += meta.horizontalAdvance(QStringLiteral("\u2713\u2713")) + kMarkGap;
    const int inner = qMin(limit, qMax(text.width(), metaWidth));
    const int bubbleWidth = inner + 2 * kPadding;
    const int bubbleHeight = text.height() + meta.height() + 2 * kPadding + 2;
    const int left =
        outgoing ? rowRect.right() - kSideMargin - bubbleWidth + 1 : rowRect.left() + kSideMargin;
    g.bubble = QRect(left, top, bubbleWidth, bubbleHeight);
    g.text = QRect(left + kPadding, top + kPadding, inner, text.height());
    g.meta = QRect(left + kPadding, g.text.bottom() + 3, inner, meta.height());
    return g;
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Q_UNUSED(option);
    // The height only (geometry() without the meta line's width): this runs for every row of a long
    // history at each layout, so it touches nothing but cached sizes and two model roles.
    if (m_fontHeight < 0) {
        m_fontHeight = QFontMetrics(m_view->font()).height();
        m_metaHeight = QFontMetrics(metaFont()).height();
    }
    const int width = qMax(160, m_view->viewport()->width());
    int height =
        2 * kRowGap + textSize(index, textWidthLimit(width)).height() + m_metaHeight + 2 * kPadding + 2;
    if (startsDay(index))
        height += m_fontHeight + 2 * kPadding;
    return {width, height};
}

void ChatDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    const Geometry g = geometry(option.rect, index);
    const QPalette& pal = option.palette;
    const bool dark = isDark(pal);
    const bool outgoing = index.data(ThreadMessagesModel::OutgoingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor base = pal.color(QPalette::Base);
    const QColor textColor = pal.color(QPalette::Text);
    const QColor subdued = mix(textColor, base, 0.4);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!g.separator.isEmpty()) {
        const QString day = formatDay(index.data(ThreadMessagesModel::DayRole).toDate());
        const QFontMetrics fm(option.font);
        const int w = fm.horizontalAdvance(day) + 2 * kPadding;
        const QRect pill(g.separator.center().x() - w / 2, g.separator.top() + kPadding / 2, w,
                         fm.height() + kPadding);
        painter->setPen(QPen(mix(base, textColor, 0.15), 1));
        painter->drawLine(g.separator.left() + kSideMargin, pill.center().y(), pill.left() - kMarkGap,
                          pill.center().y());
        painter->drawLine(pill.right() + kMarkGap, pill.center().y(), g.separator.right() - kSideMargin,
                          pill.center().y());
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(base, textColor, 0.08));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(subdued);
        painter->setFont(option.font);
        painter->drawText(pill, Qt::AlignCenter, day);
    }

    // Own messages take the accent colour, faintly; the other party's a neutral shade of the text.
    const QColor fill = outgoing ? mix(base, pal.color(QPalette::Highlight), dark ? 0.35 : 0.18)
                                 : mix(base, textColor, dark ? 0.14 : 0.07);
    painter->setBrush(fill);
    painter->setPen(selected ? QPen(pal.color(QPalette::Highlight), 2) : Qt::NoPen);
    painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    if (option.state & QStyle::State_HasFocus && m_view->hasFocus()) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.bubble).adjusted(-2, -2, 2, 2), kRadius + 2, kRadius + 2);
    }

    // The text, wrapped exactly as sizeHint measured it, with the search matches marked.
    QString text = index.data(ThreadMessagesModel::BubbleTextRole).toString();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text);
    if (!m_highlight.isEmpty()) {
        QList<QTextLayout::FormatRange> ranges;
        QTextCharFormat format;
        format.setBackground(pal.color(QPalette::Highlight));
        format.setForeground(pal.color(QPalette::HighlightedText));
        for (qsizetype at = text.indexOf(m_highlight, 0, Qt::CaseInsensitive); at >= 0 && ranges.size() < 500;
             at = text.indexOf(m_highlight, at + m_highlight.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(m_highlight.size()), format});
        layout.setFormats(ranges);
    }
    layoutText(layout, textWidthLimit(option.rect.width()));
    const int encryption = index.data(ThreadMessagesModel::EncryptionRole).toInt();
    const bool readable = encryption == int(messaging::EncryptionStatus::Plain) ||
                          encryption == int(messaging::EncryptionStatus::Decrypted);
    painter->setPen(readable ? textColor : subdued);
    painter->setClipRect(g.bubble);
    layout.draw(painter, g.text.topLeft());
    painter->setClipping(false);

    // The line under the text: lock, time and authorship and round trip, delivery mark.
    const QFont meta = metaFont();
    const QFontMetrics mfm(meta);
    painter->setFont(meta);
    QRect line = g.meta;
    if (encryption != int(messaging::EncryptionStatus::Plain)) {
        drawLock(painter, QRect(line.left(), line.top() + 1, mfm.height() - 2, mfm.height() - 2), subdued);
        line.setLeft(line.left() + mfm.height() + kMarkGap - 2);
    }
    if (outgoing) {
        const auto mark = Mark(index.data(ThreadMessagesModel::StatusMarkRole).toInt());
        const int markWidth = mfm.horizontalAdvance(QStringLiteral("\u2713\u2713"));
        const QRect markRect(line.right() - markWidth + 1, line.top(), markWidth, line.height());
        QColor markColor = subdued;
        if (mark == Mark::Acknowledged)
            markColor = pal.color(QPalette::Link);
        else if (mark == Mark::Failed)
            markColor = dark ? QColor(255, 120, 110) : QColor(190, 30, 30);
        if (mark == Mark::Queued) {
            drawClock(painter,
                      QRect(markRect.right() - mfm.height() + 1, markRect.top(), mfm.height(), mfm.height()),
                      markColor);
        } else {
            painter->setPen(markColor);
            painter->drawText(markRect, Qt::AlignRight | Qt::AlignVCenter, markGlyphs(mark));
        }
        line.setRight(markRect.left() - kMarkGap);
    }
    painter->setPen(subdued);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      mfm.elidedText(index.data(ThreadMessagesModel::MetaTextRole).toString(), Qt::ElideRight,
                                     line.width()));
    painter->restore();
}

bool ChatDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                             const QModelIndex& index) {
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Geometry g = geometry(option.rect, index);
    if (!g.bubble.contains(event->pos())) {
        QToolTip::hideText();
        return true;
    }
    QStringList lines{index.data(ThreadMessagesModel::StatusTextRole).toString(),
                      formatDateTime(index.data(ThreadMessagesModel::TimeRole).toDateTime())};
    const auto encryption =
        messaging::EncryptionStatus(index.data(ThreadMessagesModel::EncryptionRole).toInt());
    if (encryption != messaging::EncryptionStatus::Plain)
        lines << tr("Encrypted end to end");
    lines << tr("Double-click or press Enter for the details");
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view->viewport(), g.bubble);
    return true;
}

} // namespace aitbc::gui

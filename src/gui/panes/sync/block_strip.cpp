#include "panes/sync/block_strip.h"

#include <QMouseEvent>
#include <QPainter>

namespace aitbc::gui {

using sync::BlockState;

BlockStrip::BlockStrip(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setMinimumHeight(18);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Block comparison strip"));
}

QColor BlockStrip::stateColor(BlockState state) {
    switch (state) {
    case BlockState::Equal:
        return QColor(0x43, 0xa0, 0x47);
    case BlockState::MissingTransactions:
        return QColor(0xff, 0xb3, 0x00);
    case BlockState::MissingBlock:
        return QColor(0x75, 0x75, 0x75);
    case BlockState::HashDiffers:
        return QColor(0xe5, 0x39, 0x35);
    case BlockState::NotScanned:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QString BlockStrip::stateText(BlockState state) {
    switch (state) {
    case BlockState::Equal:
        return tr("equal");
    case BlockState::MissingTransactions:
        return tr("transactions missing");
    case BlockState::MissingBlock:
        return tr("block missing on one node");
    case BlockState::HashDiffers:
        return tr("hash differs (fork)");
    case BlockState::NotScanned:
        break;
    }
    return tr("not compared");
}

void BlockStrip::setStates(const QByteArray& states, qint64 from, qint64 top) {
    m_states = states;
    m_from = from;
    m_top = top;
    render();
    update();
}

BlockState BlockStrip::stateAt(qint64 height) const {
    const qint64 i = height - m_from;
    return i >= 0 && i < m_states.size() ? static_cast<BlockState>(m_states.at(i)) : BlockState::NotScanned;
}

BlockStrip::Bucket BlockStrip::bucketAt(int x) const {
    Bucket b;
    const qint64 count = heightCount();
    const int w = std::max(1, width());
    if (count <= 0 || x < 0 || x >= w)
        return b;
    if (count <= w) { // fewer heights than pixels: each height is a block of columns
        b.first = b.last = x * count / w;
    } else {
        b.first = qint64(x) * count / w;
        b.last = std::max(b.first, qint64(x + 1) * count / w - 1);
    }
    b.worstHeight = b.first;
    for (qint64 h = b.first; h <= b.last; ++h) {
        const BlockState s = stateAt(h);
        if (s > b.worst) {
            b.worst = s;
            b.worstHeight = h;
        }
    }
    return b;
}

void BlockStrip::render() {
    const int w = std::max(1, width());
    m_image = QImage(w, 1, QImage::Format_RGB32);
    m_image.fill(stateColor(BlockState::NotScanned));
    if (heightCount() <= 0)
        return;
    for (int x = 0; x < w; ++x)
        m_image.setPixelColor(x, 0, stateColor(bucketAt(x).worst));
}

void BlockStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.drawImage(rect().adjusted(0, 1, 0, -1), m_image);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void BlockStrip::resizeEvent(QResizeEvent*) {
    render();
}

void BlockStrip::mouseMoveEvent(QMouseEvent* event) {
    const Bucket b = bucketAt(int(event->position().x()));
    if (b.last >= b.first)
        emit hovered(b.worstHeight, event->globalPosition().toPoint());
}

void BlockStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const Bucket b = bucketAt(int(event->position().x()));
    if (b.last >= b.first)
        emit clicked(b.worstHeight);
}

} // namespace aitbc::gui

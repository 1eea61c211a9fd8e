#pragma once

#include "sync/block_state.h"

#include <QImage>
#include <QWidget>

namespace aitbc::gui {

/// One horizontal bar per node pair, one pixel column per bucket of heights, coloured by the worst
/// state in the bucket (qBittorrent's piecesbar/downloadedpiecesbar is the model: the image is rendered
/// once into a cached QImage and only redrawn when the states or the width change).
///
/// Hovering emits `hovered` with the most interesting height of the bucket under the cursor (the first
/// one in the worst state); clicking emits `clicked` with the same height.
class BlockStrip : public QWidget {
    Q_OBJECT
public:
    explicit BlockStrip(QWidget* parent = nullptr);

    /// States from height `from`, one byte per height (sync::BlockState); `top` is the highest height
    /// the strip spans (heights above the states are drawn as not scanned).
    void setStates(const QByteArray& states, qint64 from, qint64 top);
    qint64 heightCount() const { return m_top + 1; }

    /// First height of the bucket at column x, and the bucket's worst state and its first height.
    struct Bucket {
        qint64 first = 0;
        qint64 last = -1;
        sync::BlockState worst = sync::BlockState::NotScanned;
        qint64 worstHeight = -1;
    };
    Bucket bucketAt(int x) const;
    /// The cached image (one row; for tests).
    const QImage& image() const { return m_image; }

    static QColor stateColor(sync::BlockState state);
    static QString stateText(sync::BlockState state);
    QSize sizeHint() const override { return {480, 22}; }

signals:
    void hovered(qint64 height, const QPoint& globalPos);
    void clicked(qint64 height);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    sync::BlockState stateAt(qint64 height) const;
    void render();

    QByteArray m_states;
    qint64 m_from = 0;
    qint64 m_top = -1;
    QImage m_image;
};

} // namespace aitbc::gui

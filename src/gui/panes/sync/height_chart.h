#pragma once

#include <QList>
#include <QWidget>

namespace aitbc::gui {

class HeightHistory;

/// Each node's head height over time (qBittorrent's speedplotview is the model), with labelled axes:
/// height ticks at round numbers on the left, seconds before now along the bottom.
///
/// The reference node (node 0) is drawn first as a wide, light band and every other node on top as a
/// thin dashed line in its own colour, so two nodes at the same height both stay visible: the band
/// shows around the dashes instead of one line hiding the other.
///
/// Drawing stays cheap however long the history: samples are aggregated to at most one vertical
/// min-max segment per pixel column and node, so a paint costs O(samples + width), never one primitive
/// per sample.
class HeightChart : public QWidget {
    Q_OBJECT
public:
    explicit HeightChart(QWidget* parent = nullptr);

    void setHistory(const HeightHistory* history, const QStringList& names);
    /// Called when samples were added.
    void historyChanged() { update(); }
    /// Number of primitives the last paint drew for the lines (for tests: bounded by columns x nodes).
    int lastPrimitiveCount() const { return m_lastPrimitives; }
    /// The height ticks and time ticks (seconds before the newest sample) the last paint labelled.
    QList<qint64> lastHeightTicks() const { return m_heightTicks; }
    QList<qint64> lastTimeTicks() const { return m_timeTicks; }

    /// Round tick values (1, 2 or 5 times a power of ten apart) covering [lo, hi], at most `maxTicks`.
    static QList<qint64> niceTicks(qint64 lo, qint64 hi, int maxTicks);
    static QColor nodeColor(int node);
    /// The pen node `node` is drawn with (node 0: wide and light; others: thin, dashed).
    static QPen nodePen(int node);
    QSize sizeHint() const override { return {480, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const HeightHistory* m_history = nullptr;
    QStringList m_names;
    int m_lastPrimitives = 0;
    QList<qint64> m_heightTicks;
    QList<qint64> m_timeTicks;
};

} // namespace aitbc::gui

#pragma once

#include <QWidget>

namespace aitbc::gui {

class HeightHistory;

/// Each node's head height over time (qBittorrent's speedplotview is the model). Drawing stays cheap
/// however long the history: samples are aggregated to at most one vertical min-max segment per pixel
/// column and node, so a paint costs O(samples + width), never one primitive per sample.
class HeightChart : public QWidget {
    Q_OBJECT
public:
    explicit HeightChart(QWidget* parent = nullptr);

    void setHistory(const HeightHistory* history, const QStringList& names);
    /// Called when samples were added.
    void historyChanged() { update(); }
    /// Number of primitives the last paint drew (for tests: bounded by columns x nodes).
    int lastPrimitiveCount() const { return m_lastPrimitives; }

    static QColor nodeColor(int node);
    QSize sizeHint() const override { return {480, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const HeightHistory* m_history = nullptr;
    QStringList m_names;
    int m_lastPrimitives = 0;
};

} // namespace aitbc::gui

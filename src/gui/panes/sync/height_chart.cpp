#include "panes/sync/height_chart.h"

#include "panes/sync/sync_model.h"

#include <QPainter>
#include <QPainterPath>

namespace aitbc::gui {

HeightChart::HeightChart(QWidget* parent)
    : QWidget(parent) {
    setMinimumHeight(120);
    setAccessibleName(tr("Block height over time"));
}

void HeightChart::setHistory(const HeightHistory* history, const QStringList& names) {
    m_history = history;
    m_names = names;
    update();
}

QColor HeightChart::nodeColor(int node) {
    static const QColor colors[] = {QColor(0x1e, 0x88, 0xe5), QColor(0xfb, 0x8c, 0x00),
                                    QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x89, 0x7b)};
    return colors[node % 4];
}

void HeightChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_lastPrimitives = 0;
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QStringLiteral("00000000")) + 6;
    const QRect plot = rect().adjusted(left, fm.height() + 6, -8, -fm.height() - 4);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    qint64 t0 = 0, t1 = 0, hMin = 0, hMax = 0;
    if (!m_history || !m_history->bounds(t0, t1, hMin, hMax) || plot.width() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No heights yet"));
        return;
    }
    hMin = std::max<qint64>(0, hMin);
    if (hMax <= hMin)
        hMax = hMin + 1;
    const qint64 span = std::max<qint64>(1, t1 - t0);
    const int columns = plot.width();
    auto yOf = [&](qint64 h) {
        return plot.bottom() -
               int(double(std::max(h, hMin) - hMin) * (plot.height() - 1) / double(hMax - hMin));
    };

    // Axis labels: the height range and the time span.
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(0, plot.top() - fm.height() / 2, left - 4, fm.height()), Qt::AlignRight,
               QString::number(hMax));
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, left - 4, fm.height()), Qt::AlignRight,
               QString::number(hMin));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight,
               tr("last %1 s").arg((span + 999) / 1000));

    p.setRenderHint(QPainter::Antialiasing, false);
    for (int n = 0; n < m_history->nodeCount(); ++n) {
        // Aggregate per pixel column: min and max height of the samples falling into it.
        QList<qint64> lo(columns, -1), hi(columns, -1);
        for (const HeightHistory::Sample& s : m_history->samples(n)) {
            if (s.height < 0)
                continue;
            const int x = int(std::min<qint64>(columns - 1, (s.msecs - t0) * (columns - 1) / span));
            lo[x] = lo[x] < 0 ? s.height : std::min(lo[x], s.height);
            hi[x] = std::max(hi[x], s.height);
        }
        QPen pen(nodeColor(n), 2);
        p.setPen(pen);
        QPoint previous(-1, -1);
        for (int x = 0; x < columns; ++x) {
            if (hi[x] < 0)
                continue;
            const QPoint top(plot.left() + x, yOf(hi[x]));
            const QPoint bottom(plot.left() + x, yOf(lo[x]));
            if (previous.x() >= 0)
                p.drawLine(previous, bottom);
            else
                p.drawPoint(bottom);
            if (top != bottom)
                p.drawLine(bottom, top);
            ++m_lastPrimitives;
            previous = top;
        }
        // Legend entry.
        const QString label = n < m_names.size() ? m_names.at(n) : QString::number(n);
        const int lx = plot.left() + 4 + n * (plot.width() / std::max(1, m_history->nodeCount()));
        p.fillRect(QRect(lx, 2, 10, fm.height() - 2), nodeColor(n));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPoint(lx + 14, fm.ascent() + 1),
                   fm.elidedText(label, Qt::ElideMiddle, plot.width() / 2 - 20));
    }
}

} // namespace aitbc::gui

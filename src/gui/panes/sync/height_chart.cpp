#include "panes/sync/height_chart.h"

#include "panes/sync/sync_model.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace aitbc::gui {

HeightChart::HeightChart(QWidget* parent)
    : QWidget(parent) {
    setMinimumHeight(140);
    setAccessibleName(tr("Block height over time"));
}

void HeightChart::setHistory(const HeightHistory* history, const QStringList& names) {
    m_history = history;
    m_names = names;
    update();
}

QColor HeightChart::nodeColor(int node) {
    static const QColor colors[] = {QColor(0x64, 0xb5, 0xf6), QColor(0xe6, 0x51, 0x00),
                                    QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x89, 0x7b),
                                    QColor(0xc6, 0x28, 0x28), QColor(0x55, 0x8b, 0x2f),
                                    QColor(0x6d, 0x4c, 0x41), QColor(0x30, 0x3f, 0x9f)};
    return colors[node % 8];
}

QPen HeightChart::nodePen(int node) {
    if (node == 0)
        return QPen(nodeColor(0), 7, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    QPen pen(nodeColor(node), 2, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    // Followers of a fleet differ in dash phase as well as colour, so overlapping ones stay apart.
    pen.setDashOffset(node % 4);
    return pen;
}

QList<qint64> HeightChart::niceTicks(qint64 lo, qint64 hi, int maxTicks) {
    QList<qint64> ticks;
    if (hi < lo || maxTicks < 1)
        return ticks;
    const qint64 range = std::max<qint64>(1, hi - lo);
    if (range > qint64(1'000'000'000'000'000)) // a hostile height: label the ends, do not overflow
        return {lo, hi};
    qint64 step = 1;
    for (qint64 magnitude = 1; step * maxTicks < range; magnitude *= 10) {
        for (qint64 m : {1, 2, 5}) {
            step = m * magnitude;
            if (step * maxTicks >= range)
                break;
        }
    }
    for (qint64 t = (lo + step - 1) / step * step; t <= hi; t += step)
        ticks.append(t);
    return ticks;
}

void HeightChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_lastPrimitives = 0;
    m_heightTicks.clear();
    m_timeTicks.clear();
    const QFontMetrics fm(font());
    const QString heightTitle = tr("Height");
    const int left =
        std::max(fm.horizontalAdvance(QStringLiteral("0000000")), fm.horizontalAdvance(heightTitle)) + 8;
    const QRect plot = rect().adjusted(left, fm.height() + 6, -10, -2 * fm.height() - 6);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    qint64 t0 = 0, t1 = 0, hMin = 0, hMax = 0;
    if (!m_history || !m_history->bounds(t0, t1, hMin, hMax) || plot.width() < 2 || plot.height() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No heights yet"));
        return;
    }
    // Headroom above and below, so the line at the top or bottom (often the reference) is not cut in half.
    const qint64 pad = std::max<qint64>(1, (hMax - hMin) / 20);
    hMin = std::max<qint64>(0, hMin - pad);
    hMax = hMax + pad;
    const qint64 span = std::max<qint64>(1, t1 - t0);
    const int columns = plot.width();
    auto yOf = [&](qint64 h) {
        return plot.bottom() -
               int(double(std::max(h, hMin) - hMin) * (plot.height() - 1) / double(hMax - hMin));
    };
    auto xOfMs = [&](qint64 msecs) { return plot.left() + int((msecs - t0) * (columns - 1) / span); };

    // Height axis: round numbers with grid lines; the title above the labels.
    const QColor grid = palette().color(QPalette::Midlight);
    const QColor text = palette().color(QPalette::Text);
    m_heightTicks = niceTicks(hMin, hMax, std::max(2, plot.height() * 2 / (3 * fm.height())));
    for (qint64 h : std::as_const(m_heightTicks)) {
        const int y = yOf(h);
        p.setPen(grid);
        p.drawLine(plot.left() + 1, y, plot.right() - 1, y);
        p.setPen(text);
        p.drawText(QRect(0, y - fm.height() / 2, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(h));
    }
    p.drawText(QRect(0, 0, left - 6, fm.height() + 4), Qt::AlignRight | Qt::AlignVCenter, heightTitle);

    // Time axis: seconds before the newest sample, at round intervals; "now" at the right edge.
    const qint64 spanSeconds = (span + 999) / 1000;
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("-0000 s")) + 12;
    const QList<qint64> ago = niceTicks(0, spanSeconds, std::max(1, plot.width() / labelWidth));
    for (qint64 seconds : ago) {
        const int x = xOfMs(t1 - seconds * 1000);
        if (x < plot.left())
            continue;
        m_timeTicks.append(seconds);
        p.setPen(grid);
        p.drawLine(x, plot.top() + 1, x, plot.bottom() - 1);
        p.setPen(text);
        const QString label = seconds == 0 ? tr("now") : tr("-%1 s").arg(seconds);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(std::clamp(x - w / 2, plot.left(), plot.right() - w), plot.bottom() + 2, w + 2,
                         fm.height()),
                   Qt::AlignLeft, label);
    }
    p.drawText(QRect(plot.left(), plot.bottom() + fm.height() + 3, plot.width(), fm.height()),
               Qt::AlignHCenter, tr("Time (seconds before the last poll)"));

    p.save();
    p.setClipRect(plot.adjusted(1, 1, -1, -1));
    // Smooth lines for a pair; a fleet of dozens draws them plain (antialiased dashes cost the paint
    // several times over, and with many lines the eye follows colours, not edges).
    p.setRenderHint(QPainter::Antialiasing, m_history->nodeCount() <= 8);
    for (int n = 0; n < m_history->nodeCount(); ++n) {
        // Aggregate per pixel column: min and max height of the samples falling into it.
        QList<qint64> lo(columns, -1), hi(columns, -1);
        for (const HeightHistory::Sample& s : m_history->samples(n)) {
            if (s.height < 0 || s.msecs < t0)
                continue;
            const int x = int(std::min<qint64>(columns - 1, (s.msecs - t0) * (columns - 1) / span));
            lo[x] = lo[x] < 0 ? s.height : std::min(lo[x], s.height);
            hi[x] = std::max(hi[x], s.height);
        }
        QPainterPath path;
        bool started = false;
        for (int x = 0; x < columns; ++x) {
            if (hi[x] < 0)
                continue;
            const QPointF top(plot.left() + x, yOf(hi[x]));
            const QPointF bottom(plot.left() + x, yOf(lo[x]));
            if (started)
                path.lineTo(bottom);
            else
                path.moveTo(bottom);
            started = true;
            if (top != bottom)
                path.lineTo(top);
            ++m_lastPrimitives;
        }
        p.setPen(nodePen(n));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.restore();

    // Legend: a sample of each node's line, so the styles can be told apart.
    int lx = plot.left() + 4;
    const int legendY = fm.ascent() / 2 + 3;
    for (int n = 0; n < m_history->nodeCount() && lx < plot.right() - 40; ++n) {
        const QString label = fm.elidedText(n < m_names.size() ? m_names.at(n) : QString::number(n),
                                            Qt::ElideMiddle, std::max(60, plot.width() / 4));
        p.setPen(nodePen(n));
        p.drawLine(lx, legendY, lx + 22, legendY);
        p.setPen(text);
        p.drawText(QPoint(lx + 28, fm.ascent() + 1), label);
        lx += 28 + fm.horizontalAdvance(label) + 16;
    }
}

} // namespace aitbc::gui

#include "OffsetChartView.h"

#include "PanelFormat.h"
#include "util/SecondsText.h"
#include "widgets/TandemPalette.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int BandHeight = 7;

QString seriesTitle(int series)
{
    switch (HistorySeries(series)) {
    // One sign on every line: + = ahead of the reference (ChartFrame negates chronyd's System time).
    case HistorySeries::System2ToSystem1:
        //: Legend: System 2's offset to System 1, positive when System 2 is ahead
        return OffsetChartView::tr("System 2 vs. System 1 (+ = ahead)");
    case HistorySeries::System1SystemTime:
        //: Legend: System 1's clock against its own source (chronyd's System time), positive when ahead
        return OffsetChartView::tr("System 1 clock vs. its source (+ = ahead)");
    case HistorySeries::System2SystemTime:
        return OffsetChartView::tr("System 2 clock vs. its source (+ = ahead)");
    }
    return {};
}

struct NiceRange
{
    double low;
    double high;
    int ticks;
};

// 1, 2, 2.5 or 5 times a power of ten per step, about four steps over [low, high].
NiceRange niceRange(double low, double high)
{
    const double rough = std::max(high - low, 1e-12) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (magnitude * factor >= rough) {
            step = magnitude * factor;
            break;
        }
    }
    const double niceLow = std::floor(low / step) * step;
    const double niceHigh = std::ceil(high / step) * step;
    return {niceLow, niceHigh, int(std::lround((niceHigh - niceLow) / step)) + 1};
}

} // namespace

OffsetChartView::OffsetChartView(QWidget* parent)
    : QChartView(parent)
    , m_chartObject(new QChart())
    , m_x(new QDateTimeAxis(m_chartObject))
    , m_y(new QValueAxis(m_chartObject))
{
    setObjectName(QStringLiteral("offsetChart"));
    setAccessibleName(tr("Offset chart"));
    setAccessibleDescription(tr("System 2's offset to System 1 and each system's system time over the chosen "
                                "window; leap status as a band along the bottom."));
    setChart(m_chartObject);
    setRenderHint(QPainter::Antialiasing, false); // thousands of short segments: crisp and cheap
    setMouseTracking(true);
    m_chartObject->setAnimationOptions(QChart::NoAnimation);
    m_chartObject->legend()->setAlignment(Qt::AlignTop);
    m_chartObject->setMargins(QMargins(4, 4, 4, 4));
    m_chartObject->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartObject->setBackgroundRoundness(0);
    m_x->setTickCount(7);
    m_y->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    m_chartObject->addAxis(m_x, Qt::AlignBottom);
    m_chartObject->addAxis(m_y, Qt::AlignLeft);
    for (int s = 0; s < OffsetHistory::SeriesCount; ++s)
        seriesFor(s, 0);
    applyPalette();
}

QPen OffsetChartView::seriesPen(int series) const
{
    QPen pen(TandemPalette::series(series, palette()));
    pen.setWidthF(series == int(HistorySeries::System2ToSystem1) ? 2.0 : 1.2);
    return pen;
}

void OffsetChartView::applyPalette()
{
    // Qt Charts draws with its own theme, not the widget palette: follow the desktop's light or dark.
    // A theme resets the series' pens, so they are set again after it.
    m_chartObject->setTheme(TandemPalette::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chartObject->setBackgroundRoundness(0);
    for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
        for (QLineSeries* line : m_pool[size_t(s)])
            line->setPen(seriesPen(s));
    }
}

void OffsetChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QLineSeries* OffsetChartView::seriesFor(int series, int segment)
{
    QList<QLineSeries*>& pool = m_pool[size_t(series)];
    while (pool.size() <= segment) {
        auto* line = new QLineSeries(m_chartObject);
        line->setName(seriesTitle(series));
        m_chartObject->addSeries(line);
        line->setPen(seriesPen(series));
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        // One legend entry per history series, however many segments its gaps cut it into.
        if (!pool.isEmpty()) {
            for (QLegendMarker* marker : m_chartObject->legend()->markers(line))
                marker->setVisible(false);
        }
        pool.append(line);
    }
    return pool.at(segment);
}

void OffsetChartView::showFrame(const ChartFrame& frame)
{
    m_frame = frame;
    m_frame.toMs = std::max(m_frame.toMs, m_frame.fromMs + 1000);
    const double maxAbs = std::max(std::abs(frame.yMin), std::abs(frame.yMax));
    const SecondsText::Unit unit = SecondsText::unitFor(maxAbs);
    m_factor = unit.factor;
    for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
        const QList<QList<QPointF>>& segments = frame.segments[size_t(s)];
        for (int i = 0; i < segments.size(); ++i) {
            QList<QPointF> scaled = segments.at(i);
            for (QPointF& p : scaled)
                p.setY(p.y() * m_factor);
            seriesFor(s, i)->replace(scaled);
        }
        for (int i = int(segments.size()); i < m_used[size_t(s)]; ++i)
            m_pool[size_t(s)].at(i)->clear();
        m_used[size_t(s)] = int(segments.size());
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_frame.fromMs), QDateTime::fromMSecsSinceEpoch(m_frame.toMs));
    const qint64 span = m_frame.toMs - m_frame.fromMs;
    m_x->setFormat(span <= 2 * 3600 * 1000LL    ? QStringLiteral("HH:mm:ss")
                   : span <= 26 * 3600 * 1000LL ? QStringLiteral("HH:mm")
                                                : QStringLiteral("ddd HH:mm"));
    // Room at the bottom for the leap status band, so it never hides a curve.
    const double plotHeight = std::max(60.0, m_chartObject->plotArea().height());
    const double reserved = 2 * (BandHeight + 1) + 16;
    const double low = frame.yMin - (frame.yMax - frame.yMin) * reserved / (plotHeight - reserved);
    // Round numbers on the axis, computed here so the axis gets one range change (each one re-lays
    // out every label and line), not two as with QValueAxis::applyNiceNumbers().
    const NiceRange nice = niceRange(low * m_factor, frame.yMax * m_factor);
    if (m_y->tickCount() != nice.ticks)
        m_y->setTickCount(nice.ticks);
    m_y->setRange(nice.low, nice.high);
    //: Axis title; %1 is a unit such as µs
    m_y->setTitleText(tr("Offset (%1)").arg(unit.symbol));
    viewport()->update();
}

int OffsetChartView::plotColumns() const
{
    return std::max(1, int(m_chartObject->plotArea().width()));
}

void OffsetChartView::setReadout(const QString& text)
{
    m_readout = text;
    viewport()->update();
}

qsizetype OffsetChartView::pointCount(HistorySeries series) const
{
    qsizetype n = 0;
    for (QLineSeries* line : m_pool[size_t(series)])
        n += line->count();
    return n;
}

int OffsetChartView::segmentCount(HistorySeries series) const
{
    return m_used[size_t(series)];
}

void OffsetChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = m_chartObject->plotArea();
    if (plot.width() < 2 || m_frame.toMs <= m_frame.fromMs)
        return;
    const auto xOf = [&](qint64 ms) {
        return plot.left() + plot.width() * double(ms - m_frame.fromMs) / double(m_frame.toMs - m_frame.fromMs);
    };
    painter->save();
    // Leap status: System 1's band above System 2's, along the bottom of the plot.
    for (int system = 0; system < 2; ++system) {
        const qreal top = plot.bottom() - (2 - system) * (BandHeight + 1);
        for (const LeapRun& run : m_frame.leapRuns[size_t(system)]) {
            QColor color = PanelFormat::leapColor(run.status);
            color.setAlpha(170);
            const qreal left = xOf(run.startMs);
            const qreal right = std::max(xOf(run.endMs), left + 1);
            painter->fillRect(QRectF(left, top, right - left, BandHeight), color);
        }
    }
    QFont small = painter->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter->setFont(small);
    painter->setPen(TandemPalette::text(TandemPalette::Role::Neutral, palette()));
    const QString bandTitle = tr("leap status: System 1 / System 2");
    const qreal keyTop = plot.bottom() - 2 * (BandHeight + 1) - 14;
    painter->drawText(QRectF(plot.left() + 3, keyTop, 300, 14), Qt::AlignLeft | Qt::AlignBottom, bandTitle);
    // The band's colour key, right after its title: what each colour means.
    qreal keyX = plot.left() + 3 + painter->fontMetrics().horizontalAdvance(bandTitle) + 12;
    for (const LeapStatus status : {LeapStatus::Normal, LeapStatus::InsertSecond, LeapStatus::NotSynchronised}) {
        QColor swatch = PanelFormat::leapColor(status);
        swatch.setAlpha(170);
        painter->fillRect(QRectF(keyX, keyTop + 4, 10, 8), swatch);
        const QString word = status == LeapStatus::InsertSecond ? tr("leap second due") : PanelFormat::leapText(status);
        painter->drawText(QPointF(keyX + 13, keyTop + 12), word);
        keyX += 13 + painter->fontMetrics().horizontalAdvance(word) + 10;
    }

    qreal lastLabelRight = -1e9;
    int labelRow = 0;
    // Markers close together get their labels on successive rows instead of on top of each other.
    const auto drawLabel = [&](qreal x, const QString& text) {
        labelRow = x < lastLabelRight ? (labelRow + 1) % 4 : 0;
        const qreal width = painter->fontMetrics().horizontalAdvance(text);
        // Near the right edge (the live end, where new markers appear) the label goes left of its line.
        const qreal textX = x + 3 + width > plot.right() ? x - 3 - width : x + 3;
        painter->drawText(QPointF(textX, plot.top() + 12 + labelRow * 13), text);
        lastLabelRight = x + 6 + width;
    };
    // An outage is one shaded span with one label, however often the link flapped around it.
    const QColor outageColor = TandemPalette::text(TandemPalette::Role::Alarm, palette());
    for (const OutageSpan& outage : m_frame.outages) {
        const qreal left = xOf(outage.startMs);
        const qreal right = std::max(xOf(outage.endMs), left + 2);
        QColor fill = outageColor;
        fill.setAlpha(36);
        painter->fillRect(QRectF(left, plot.top(), right - left, plot.height()), fill);
        painter->setPen(QPen(outageColor, 1, Qt::DashLine));
        painter->drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
        //: Chart span: System N did not answer, for how long ("S2 unreachable 45 s")
        drawLabel(left,
                  outage.ongoing
                      ? tr("S%1 unreachable").arg(outage.system)
                      : tr("S%1 unreachable %2").arg(outage.system).arg(PanelFormat::duration(outage.durationMs)));
    }
    for (const EventMarker& marker : m_frame.markers) {
        const qreal x = xOf(marker.timeMs);
        QPen pen;
        QString letter;
        switch (marker.kind) {
        case EventMarker::Kind::Step:
            pen = QPen(TandemPalette::text(TandemPalette::Role::Step, palette()), 2);
            //: Chart marker: the clock was stepped (Sync now)
            letter = tr("step");
            // With the measured offsets (System 2 to System 1) just before and just after it.
            if (std::isfinite(marker.beforeS) && std::isfinite(marker.afterS)) {
                //: Chart marker: the clock was stepped from the first offset to the second ("step 99.98 s → 27.39 µs")
                letter =
                    tr("step %1 → %2").arg(SecondsText::format(marker.beforeS), SecondsText::format(marker.afterS));
            }
            break;
        case EventMarker::Kind::ContactLost:
        case EventMarker::Kind::ContactRegained:
            continue; // drawn as outage spans above
        }
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        drawLabel(x, letter);
    }

    if (m_hoverX >= plot.left() && m_hoverX <= plot.right()) {
        QColor hover = palette().color(QPalette::WindowText);
        hover.setAlpha(110);
        painter->setPen(QPen(hover, 1, Qt::DotLine));
        painter->drawLine(QPointF(m_hoverX, plot.top()), QPointF(m_hoverX, plot.bottom()));
    }
    if (!m_readout.isEmpty()) {
        painter->setFont(font());
        const QRectF box = painter->fontMetrics()
                               .boundingRect(QRect(0, 0, 600, 200), Qt::AlignLeft, m_readout)
                               .adjusted(-6, -4, 6, 4)
                               .translated(int(plot.left()) + 10, int(plot.top()) + 10);
        // The tooltip's own colours, so the text stays readable under a dark theme too.
        QColor base = palette().color(QPalette::ToolTipBase);
        base.setAlpha(235);
        painter->setPen(palette().color(QPalette::Mid));
        painter->setBrush(base);
        painter->drawRect(box);
        painter->setPen(palette().color(QPalette::ToolTipText));
        painter->drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft, m_readout);
    }
    painter->restore();
}

void OffsetChartView::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scene = mapToScene(event->position().toPoint());
    const QRectF plot = m_chartObject->plotArea();
    if (!plot.contains(scene)) {
        if (m_hoverX >= 0) {
            m_hoverX = -1;
            emit hoverLeft();
        }
        return;
    }
    m_hoverX = scene.x();
    const double t = m_frame.fromMs + (scene.x() - plot.left()) / plot.width() * double(m_frame.toMs - m_frame.fromMs);
    emit hovered(qint64(t));
    viewport()->update();
}

void OffsetChartView::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    m_hoverX = -1;
    emit hoverLeft();
    viewport()->update();
}

#pragma once

#include "monitor/ChartFrame.h"

#include <QChartView>
#include <QList>

#include <array>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// The offset chart: System 2's offset to System 1 and each system's System time, with both leap
// statuses as a band along the bottom and markers for steps and lost/regained contact. Every
// refresh takes one ChartFrame from the core and gives each line segment one replace(); nothing
// is appended point by point. Hovering shows the values under the cursor.
class OffsetChartView : public QChartView
{
    Q_OBJECT
public:
    explicit OffsetChartView(QWidget* parent = nullptr);

    void showFrame(const ChartFrame& frame);
    // The pixel columns of the plot area: what a ChartFrame should be built for.
    int plotColumns() const;
    void setReadout(const QString& text);

    // Points currently handed to the line series of one history series (tests, benchmarks).
    qsizetype pointCount(HistorySeries series) const;
    int segmentCount(HistorySeries series) const;
    const ChartFrame& frame() const { return m_frame; }

signals:
    void hovered(qint64 timeMs);
    void hoverLeft();

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QLineSeries* seriesFor(int series, int segment);
    QPen seriesPen(int series) const;
    void applyPalette();

    QChart* m_chartObject;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    std::array<QList<QLineSeries*>, OffsetHistory::SeriesCount> m_pool;
    std::array<int, OffsetHistory::SeriesCount> m_used{};
    ChartFrame m_frame;
    double m_factor = 1e6;
    qreal m_hoverX = -1;
    QString m_readout;
};

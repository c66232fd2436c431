#include "history/HistoryCsv.h"

#include "history/OffsetHistory.h"
#include "history/TimeMath.h"

#include <QDateTime>
#include <QSaveFile>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString epochSeconds(qint64 timeMs)
{
    return u"%1.%2"_s.arg(floorDiv(timeMs, 1000)).arg(timeMs - floorDiv(timeMs, 1000) * 1000, 3, 10, QChar(u'0'));
}

// Walks a leap track alongside the rows, which come in time order: O(1) per row.
class LeapCursor
{
public:
    explicit LeapCursor(const LeapStatusTrack& track)
        : m_track(track)
    {}

    QString wordAt(qint64 timeMs)
    {
        while (m_index < m_track.size() && m_track.at(m_index).endMs < timeMs)
            ++m_index;
        if (m_index < m_track.size() && m_track.at(m_index).startMs <= timeMs)
            return leapStatusWord(m_track.at(m_index).status);
        return QString();
    }

private:
    const LeapStatusTrack& m_track;
    qsizetype m_index = 0;
};

} // namespace

namespace HistoryCsv {

QString header()
{
    // The names say which way is positive: + = ahead, as on the chart.
    return u"time_utc,epoch_s,system2_ahead_of_system1_s,system1_ahead_s,system2_ahead_s,system1_leap,system2_leap"_s;
}

Status write(const OffsetHistory& history, QIODevice& out)
{
    if (out.write(header().toUtf8() + '\n') < 0)
        return Error{u"Could not write the CSV export: %1"_s.arg(out.errorString())};

    std::array<qsizetype, OffsetHistory::SeriesCount> next{};
    std::array<LeapCursor, 2> leap{LeapCursor(history.leapTrack(1)), LeapCursor(history.leapTrack(2))};
    QByteArray chunk;
    for (;;) {
        // The next row is the earliest time any series has not written yet.
        qint64 timeMs = std::numeric_limits<qint64>::max();
        for (int i = 0; i < OffsetHistory::SeriesCount; ++i) {
            const SampleSeries& s = history.series(HistorySeries(i));
            if (next[size_t(i)] < s.size())
                timeMs = std::min(timeMs, s.at(next[size_t(i)]).timeMs);
        }
        if (timeMs == std::numeric_limits<qint64>::max())
            break;
        QString row = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        row += u',' + epochSeconds(timeMs);
        for (int i = 0; i < OffsetHistory::SeriesCount; ++i) {
            const SampleSeries& s = history.series(HistorySeries(i));
            row += u',';
            qsizetype& index = next[size_t(i)];
            if (index < s.size() && s.at(index).timeMs == timeMs) {
                if (!std::isnan(s.at(index).value))
                    // (+ 0.0 turns a negated zero into "0.000000000", not "-0.000000000")
                    row +=
                        QString::number(s.at(index).value * OffsetHistory::aheadSign(HistorySeries(i)) + 0.0, 'f', 9);
                ++index;
            }
        }
        row += u',' + leap[0].wordAt(timeMs) + u',' + leap[1].wordAt(timeMs) + u'\n';
        chunk += row.toUtf8();
        // Written in pieces: a week of rows is tens of megabytes.
        if (chunk.size() > (1 << 16)) {
            if (out.write(chunk) != chunk.size())
                return Error{u"Could not write the CSV export: %1"_s.arg(out.errorString())};
            chunk.clear();
        }
    }
    if (out.write(chunk) != chunk.size())
        return Error{u"Could not write the CSV export: %1"_s.arg(out.errorString())};
    return success();
}

Status exportTo(const OffsetHistory& history, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Could not export the history to %1: %2"_s.arg(path, file.errorString())};
    if (Status s = write(history, file); !s)
        return s;
    if (!file.commit())
        return Error{u"Could not export the history to %1: %2"_s.arg(path, file.errorString())};
    return success();
}

} // namespace HistoryCsv

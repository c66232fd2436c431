#include "history/HistoryFile.h"

#include "history/OffsetHistory.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView Magic = "TNDMHIST";
constexpr qsizetype SampleBytes = 16;
constexpr qsizetype RunBytes = 17;
constexpr qsizetype MarkerBytes = 26;

void prepare(QDataStream& stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

Status damaged(const QString& why)
{
    return Error{u"is damaged: %1"_s.arg(why)};
}

// Reads the payload into fresh containers with the history's limits; only a fully valid payload
// reaches the history.
class PayloadReader
{
public:
    PayloadReader(const QByteArray& payload, const OffsetHistory::Limits& limits)
        : m_payload(payload)
        , m_stream(payload)
        , m_limits(limits)
    {
        prepare(m_stream);
    }

    Status read(OffsetHistory& into)
    {
        qint64 savedAtMs = 0;
        m_stream >> savedAtMs;
        std::array<SampleSeries, OffsetHistory::SeriesCount> series{SampleSeries(m_limits.samplesPerSeries),
                                                                    SampleSeries(m_limits.samplesPerSeries),
                                                                    SampleSeries(m_limits.samplesPerSeries)};
        std::array<LeapStatusTrack, 2> leap{LeapStatusTrack(m_limits.maxLeapRuns),
                                            LeapStatusTrack(m_limits.maxLeapRuns)};
        EventMarkers markers(m_limits.maxMarkers);
        for (size_t i = 0; i < series.size(); ++i) {
            if (Status s = readSeries(series[i], OffsetHistory::seriesName(HistorySeries(i))); !s)
                return s;
        }
        for (size_t i = 0; i < leap.size(); ++i) {
            if (Status s = readLeap(leap[i], int(i) + 1); !s)
                return s;
        }
        if (Status s = readMarkers(markers); !s)
            return s;
        if (m_stream.status() != QDataStream::Ok)
            return damaged(u"its data ends early"_s);
        if (!m_stream.atEnd())
            return damaged(u"it has unexpected bytes after its data"_s);
        into.restore(std::move(series), std::move(leap), std::move(markers), savedAtMs);
        return success();
    }

private:
    // A count is checked against the bytes left before anything is allocated for it.
    Result<quint32> readCount(qsizetype itemBytes, const QString& what)
    {
        quint32 count = 0;
        m_stream >> count;
        const qsizetype left = m_payload.size() - qsizetype(m_stream.device()->pos());
        if (m_stream.status() != QDataStream::Ok || qsizetype(count) > left / itemBytes)
            return Error{u"is damaged: it announces %1 %2 but holds too few bytes for them"_s.arg(count).arg(what)};
        return count;
    }

    Status readSeries(SampleSeries& series, const QString& name)
    {
        const Result<quint32> count = readCount(SampleBytes, u"samples of %1"_s.arg(name));
        if (!count)
            return count.failure();
        for (quint32 i = 0; i < *count; ++i) {
            qint64 timeMs = 0;
            double value = 0;
            m_stream >> timeMs >> value;
            if (std::isinf(value) || !series.append(timeMs, value))
                return damaged(u"sample %1 of %2 is out of time order or not a number"_s.arg(i).arg(name));
        }
        return success();
    }

    Status readLeap(LeapStatusTrack& track, int system)
    {
        const Result<quint32> count = readCount(RunBytes, u"leap status runs of system %1"_s.arg(system));
        if (!count)
            return count.failure();
        for (quint32 i = 0; i < *count; ++i) {
            qint64 startMs = 0;
            qint64 endMs = 0;
            quint8 status = 0;
            m_stream >> startMs >> endMs >> status;
            const bool valid = status <= quint8(LeapStatus::Unknown) && startMs <= endMs &&
                               track.record(startMs, LeapStatus(status)) &&
                               (endMs == startMs || track.record(endMs, LeapStatus(status)));
            if (!valid)
                return damaged(u"leap status run %1 of system %2 is invalid or out of order"_s.arg(i).arg(system));
        }
        return success();
    }

    Status readMarkers(EventMarkers& markers)
    {
        const Result<quint32> count = readCount(MarkerBytes, u"markers"_s);
        if (!count)
            return count.failure();
        for (quint32 i = 0; i < *count; ++i) {
            EventMarker marker;
            quint8 kind = 0;
            m_stream >> marker.timeMs >> kind >> marker.system >> marker.beforeS >> marker.afterS;
            marker.kind = EventMarker::Kind(kind);
            if (kind > quint8(EventMarker::LastKind) || !markers.add(marker))
                return damaged(u"marker %1 is invalid or out of order"_s.arg(i));
        }
        return success();
    }

    const QByteArray& m_payload;
    QDataStream m_stream;
    const OffsetHistory::Limits& m_limits;
};

} // namespace

HistoryFile::HistoryFile(const QString& directory, const QString& pairId)
    : m_directory(directory)
    , m_pairId(pairId)
{}

QString HistoryFile::path() const
{
    return QDir(m_directory).filePath(u"history-%1.bin"_s.arg(m_pairId));
}

Status HistoryFile::checkPairId() const
{
    static const QRegularExpression valid(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!valid.match(m_pairId).hasMatch())
        return Error{u"“%1” cannot name a history file: use letters, digits, '-' and '_' only."_s.arg(m_pairId)};
    return success();
}

QByteArray HistoryFile::encode(const OffsetHistory& history)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        prepare(out);
        out << qint64(history.clock().nowMs());
        for (int i = 0; i < OffsetHistory::SeriesCount; ++i) {
            const SampleSeries& series = history.series(HistorySeries(i));
            out << quint32(series.size());
            series.forEach(0, series.size(), [&out](const Sample& s) { out << s.timeMs << s.value; });
        }
        for (int system = 1; system <= 2; ++system) {
            const LeapStatusTrack& track = history.leapTrack(system);
            out << quint32(track.size());
            for (qsizetype i = 0; i < track.size(); ++i)
                out << track.at(i).startMs << track.at(i).endMs << quint8(track.at(i).status);
        }
        const EventMarkers& markers = history.markers();
        out << quint32(markers.size());
        for (qsizetype i = 0; i < markers.size(); ++i) {
            const EventMarker& m = markers.at(i);
            out << m.timeMs << quint8(m.kind) << m.system << m.beforeS << m.afterS;
        }
    }
    QByteArray file;
    file.reserve(HeaderSize + payload.size());
    {
        QDataStream out(&file, QIODevice::WriteOnly);
        prepare(out);
        out.writeRawData(Magic.data(), int(Magic.size()));
        out << FormatVersion << quint32(0) << quint64(payload.size());
        const QByteArray digest = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
        out.writeRawData(digest.constData(), int(digest.size()));
    }
    Q_ASSERT(file.size() == HeaderSize);
    file.append(payload);
    return file;
}

Status HistoryFile::decode(const QByteArray& bytes, OffsetHistory& into)
{
    if (bytes.isEmpty())
        return Error{u"is empty"_s};
    if (!bytes.startsWith(Magic) && !Magic.startsWith(bytes))
        return Error{u"is not a Tandem history file"_s};
    if (bytes.size() < HeaderSize)
        return Error{u"is truncated (%1 bytes; the header alone has %2)"_s.arg(bytes.size()).arg(HeaderSize)};
    QDataStream header(bytes);
    prepare(header);
    header.skipRawData(int(Magic.size()));
    quint32 version = 0;
    quint32 reserved = 0;
    quint64 payloadSize = 0;
    header >> version >> reserved >> payloadSize;
    if (version != FormatVersion)
        return Error{u"has format version %1, but this Tandem reads version %2"_s.arg(version).arg(FormatVersion)};
    const quint64 held = quint64(bytes.size() - HeaderSize);
    if (payloadSize > held)
        return Error{u"is truncated (its header announces %1 bytes of data, it holds %2)"_s.arg(payloadSize).arg(held)};
    if (payloadSize < held)
        return damaged(u"it has %1 unexpected bytes after its data"_s.arg(held - payloadSize));
    const QByteArray payload = bytes.mid(HeaderSize);
    const QByteArray digest = bytes.mid(24, 32);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != digest)
        return damaged(u"its checksum does not match its contents"_s);
    return PayloadReader(payload, into.limits()).read(into);
}

Status HistoryFile::save(const OffsetHistory& history) const
{
    if (Status s = checkPairId(); !s)
        return s;
    if (!QDir().mkpath(m_directory))
        return Error{u"Could not create the folder %1 for the offset history."_s.arg(m_directory)};
    // QSaveFile writes a temporary file next to the target and renames it over the target on
    // commit(): a crash or a full disk leaves the previous history intact, never half a file.
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Could not write the offset history to %1: %2"_s.arg(path(), file.errorString())};
    const QByteArray bytes = encode(history);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{u"Could not write the offset history to %1: %2"_s.arg(path(), file.errorString())};
    return success();
}

Result<bool> HistoryFile::load(OffsetHistory& history) const
{
    if (Status s = checkPairId(); !s)
        return s.failure();
    QFile file(path());
    if (!file.exists())
        return false;
    // The largest file the history's limits can produce, plus slack: anything bigger is not ours.
    const OffsetHistory::Limits& limits = history.limits();
    const qint64 maxBytes = HeaderSize + 8 +
                            OffsetHistory::SeriesCount * (4 + (limits.samplesPerSeries + 1) * SampleBytes) +
                            2 * (4 + (limits.maxLeapRuns + 1) * RunBytes) + 4 + limits.maxMarkers * MarkerBytes;
    if (file.size() > maxBytes)
        return Error{
            u"The history file %1 is too large (%2 bytes) to be a Tandem history; it was not loaded."_s.arg(path()).arg(
                file.size())};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"Could not read the history file %1: %2"_s.arg(path(), file.errorString())};
    const QByteArray bytes = file.readAll();
    if (Status s = decode(bytes, history); !s)
        return Error{u"The history file %1 %2; it was not loaded."_s.arg(path(), s.error())};
    return true;
}

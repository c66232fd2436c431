#include "history/HistoryFile.h"
#include "history/OffsetHistory.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1'767'225'600'000;

void fill(OffsetHistory& history, ManualClock& clock, int polls)
{
    for (int i = 0; i < polls; ++i) {
        OffsetReading r;
        if (i % 17 != 5)
            r.system2ToSystem1 = 1e-4 * std::sin(i * 0.1);
        r.system1SystemTime = i * 1e-9;
        if (i % 9 != 0)
            r.system2SystemTime = -i * 1e-8;
        r.system1Leap = i < polls / 2 ? LeapStatus::NotSynchronised : LeapStatus::Normal;
        r.system2Leap = LeapStatus(i % 5);
        QVERIFY(history.append(r));
        if (i == polls / 3)
            QVERIFY(history.markStep(0.25, -3e-6));
        if (i == polls / 2) {
            QVERIFY(history.markContactLost(2));
            QVERIFY(history.markContactRegained(2));
        }
        clock.advance(1000);
    }
}

QByteArray withHeader(const QByteArray& payload, quint32 version = HistoryFile::FormatVersion)
{
    QByteArray file;
    QDataStream out(&file, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("TNDMHIST", 8);
    out << version << quint32(0) << quint64(payload.size());
    const QByteArray digest = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    out.writeRawData(digest.constData(), int(digest.size()));
    return file + payload;
}

// A payload with one series of the given samples and nothing else.
QByteArray payloadWithSamples(const QList<std::pair<qint64, double>>& samples, quint32 announced)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << qint64(T0) << announced;
    for (const auto& [t, v] : samples)
        out << t << v;
    out << quint32(0) << quint32(0) << quint32(0) << quint32(0) << quint32(0);
    return payload;
}

bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

class tst_HistoryFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsEqual()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ManualClock clock(T0);
        OffsetHistory original(clock);
        fill(original, clock, 500);
        const HistoryFile file(dir.filePath(u"data/nested"_s), u"pair-1"_s);
        const Status saved = file.save(original);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(QFile::exists(file.path()));
        QCOMPARE(QFileInfo(file.path()).fileName(), u"history-pair-1.bin"_s);

        const qint64 savedAt = clock.nowMs();
        clock.advance(3600'000); // Tandem restarts an hour later
        OffsetHistory loaded(clock);
        const Result<bool> result = file.load(loaded);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(*result);

        for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
            const SampleSeries& a = original.series(HistorySeries(s));
            const SampleSeries& b = loaded.series(HistorySeries(s));
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(b.at(i).timeMs, a.at(i).timeMs);
                QVERIFY(sameValue(b.at(i).value, a.at(i).value));
            }
            // ... followed by one gap where recording stopped.
            QCOMPARE(b.size(), a.size() + 1);
            QCOMPARE(b.last().timeMs, savedAt);
            QVERIFY(std::isnan(b.last().value));
        }
        for (int system = 1; system <= 2; ++system) {
            const LeapStatusTrack& a = original.leapTrack(system);
            const LeapStatusTrack& b = loaded.leapTrack(system);
            // Recording stopped: the status is unknown from the save on (a run of its own, or the
            // last run extended when it was already unknown).
            const bool endedUnknown = a.at(a.size() - 1).status == LeapStatus::Unknown;
            QCOMPARE(b.size(), endedUnknown ? a.size() : a.size() + 1);
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(b.at(i).startMs, a.at(i).startMs);
                if (i + 1 < a.size() || !endedUnknown)
                    QCOMPARE(b.at(i).endMs, a.at(i).endMs);
                QCOMPARE(b.at(i).status, a.at(i).status);
            }
            QCOMPARE(b.at(b.size() - 1).status, LeapStatus::Unknown);
            QCOMPARE(b.at(b.size() - 1).endMs, savedAt);
        }
        QCOMPARE(loaded.markers().size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const EventMarker& a = original.markers().at(i);
            const EventMarker& b = loaded.markers().at(i);
            QCOMPARE(b.timeMs, a.timeMs);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.system, a.system);
            QVERIFY(sameValue(b.beforeS, a.beforeS));
            QVERIFY(sameValue(b.afterS, a.afterS));
        }
        // New polls continue after the gap.
        QVERIFY(loaded.append(OffsetReading{}));
    }

    void missingFileIsAFirstStart()
    {
        QTemporaryDir dir;
        ManualClock clock(T0);
        OffsetHistory history(clock);
        const Result<bool> result = HistoryFile(dir.path()).load(history);
        QVERIFY(result.ok());
        QVERIFY(!*result);
    }

    void loadDropsWhatLeftTheWindow()
    {
        QTemporaryDir dir;
        ManualClock clock(T0);
        OffsetHistory history(clock);
        fill(history, clock, 100);
        QVERIFY(HistoryFile(dir.path()).save(history).ok());
        clock.advance(8 * 24 * 3600'000LL);
        OffsetHistory later(clock);
        QVERIFY(HistoryFile(dir.path()).load(later).ok());
        QVERIFY(later.series(HistorySeries::System2ToSystem1).isEmpty());
        QVERIFY(later.markers().isEmpty());
    }

    void saveReplacesAtomically()
    {
        QTemporaryDir dir;
        ManualClock clock(T0);
        OffsetHistory history(clock);
        fill(history, clock, 10);
        const HistoryFile file(dir.path());
        QVERIFY(file.save(history).ok());
        fill(history, clock, 10);
        QVERIFY(file.save(history).ok());
        // Only the file itself: no temporary left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"history-default.bin"_s});
        QFile f(file.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), HistoryFile::encode(history));
    }

    void saveReportsAnUnusableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ManualClock clock(T0);
        OffsetHistory history(clock);
        const Status s = HistoryFile(blocker.fileName()).save(history);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"Could not create the folder"_s), qPrintable(s.error()));
        const Status bad = HistoryFile(dir.path(), u"../escape"_s).save(history);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(u"cannot name a history file"_s));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        ManualClock clock(T0);
        OffsetHistory history(clock);
        fill(history, clock, 50);
        const QByteArray good = HistoryFile::encode(history);

        QTest::addRow("empty") << QByteArray() << u"is empty"_s;
        QTest::addRow("text file") << "server 192.168.1.2 iburst\n"_ba << u"is not a Tandem history file"_s;
        QTest::addRow("truncated in the magic") << good.left(5) << u"is truncated"_s;
        QTest::addRow("truncated in the header") << good.left(30) << u"is truncated"_s;
        QTest::addRow("header only") << good.left(HistoryFile::HeaderSize) << u"is truncated"_s;
        QTest::addRow("truncated by one byte") << good.chopped(1) << u"is truncated"_s;
        QTest::addRow("truncated in half") << good.left(good.size() / 2) << u"is truncated"_s;
        QTest::addRow("trailing bytes") << good + "xx"_ba << u"2 unexpected bytes"_s;
        QByteArray flipped = good;
        flipped[good.size() - 40] = char(flipped[good.size() - 40] ^ 0x01);
        QTest::addRow("one bit flipped") << flipped << u"checksum does not match"_s;
        QByteArray newer = good;
        newer[8] = 2;
        QTest::addRow("newer version") << newer << u"format version 2, but this Tandem reads version 1"_s;
        QByteArray zero = good;
        zero[8] = 0;
        QTest::addRow("version zero") << zero << u"format version 0"_s;
        QTest::addRow("samples out of order (valid checksum)")
            << withHeader(payloadWithSamples({{T0, 1.0}, {T0 - 1, 2.0}}, 2)) << u"out of time order"_s;
        QTest::addRow("infinite sample (valid checksum)")
            << withHeader(payloadWithSamples({{T0, INFINITY}}, 1)) << u"not a number"_s;
        QTest::addRow("huge count (valid checksum)")
            << withHeader(payloadWithSamples({{T0, 1.0}}, 0xffffffffu)) << u"holds too few bytes"_s;
        QByteArray shortPayload = payloadWithSamples({}, 0);
        shortPayload.chop(4);
        QTest::addRow("payload ends early (valid checksum)") << withHeader(shortPayload) << u"too few bytes"_s;
        QTest::addRow("junk after the payload (valid checksum)")
            << withHeader(payloadWithSamples({}, 0) + "junk"_ba) << u"unexpected bytes after its data"_s;
        QByteArray badStatus;
        {
            QDataStream out(&badStatus, QIODevice::WriteOnly);
            out.setByteOrder(QDataStream::LittleEndian);
            out << qint64(T0) << quint32(0) << quint32(0) << quint32(0) << quint32(1) << qint64(T0) << qint64(T0)
                << quint8(9) << quint32(0) << quint32(0);
        }
        QTest::addRow("leap status 9 (valid checksum)") << withHeader(badStatus) << u"leap status run 0 of system 1"_s;
        QByteArray badMarker;
        {
            QDataStream out(&badMarker, QIODevice::WriteOnly);
            out.setByteOrder(QDataStream::LittleEndian);
            out << qint64(T0) << quint32(0) << quint32(0) << quint32(0) << quint32(0) << quint32(0) << quint32(1)
                << qint64(T0) << quint8(7) << quint8(1) << 0.0 << 0.0;
        }
        QTest::addRow("marker kind 7 (valid checksum)") << withHeader(badMarker) << u"marker 0 is invalid"_s;
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const HistoryFile file(dir.path());
        QFile f(file.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        // Whatever the history held before stays: a bad file never half-replaces it.
        ManualClock clock(T0 + 3600'000);
        OffsetHistory history(clock);
        QVERIFY(history.append(OffsetReading{1e-3, 0, 0, LeapStatus::Normal, LeapStatus::Normal}));
        const Result<bool> result = file.load(history);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
        QVERIFY2(result.error().startsWith(u"The history file %1 "_s.arg(file.path())), qPrintable(result.error()));
        QVERIFY(result.error().endsWith(u"it was not loaded."_s));
        QCOMPARE(history.series(HistorySeries::System2ToSystem1).size(), 1);
        QCOMPARE(history.series(HistorySeries::System2ToSystem1).first().value, 1e-3);
    }

    void refusesAFileLargerThanTheLimitsAllow()
    {
        QTemporaryDir dir;
        ManualClock clock(T0);
        OffsetHistory::Limits limits;
        limits.samplesPerSeries = 10;
        limits.maxLeapRuns = 10;
        limits.maxMarkers = 10;
        OffsetHistory history(clock, limits);
        const HistoryFile file(dir.path());
        QFile f(file.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100'000, 'x'));
        f.close();
        const Result<bool> result = file.load(history);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"too large"_s), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryFile)
#include "tst_HistoryFile.moc"

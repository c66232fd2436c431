// The core's side of a lab system's virtual clock: the file it shares with the preload library.
#include "lab/LabClocks.h"
#include "lab/LabLayout.h"
#include "lab/VirtualClock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class tst_VirtualClock : public QObject
{
    Q_OBJECT
private slots:
    void createdClockReadsItsStartAndIsPrivate()
    {
        QTemporaryDir dir;
        const qint64 start = VirtualClock::machineRealtimeNs() + 100'000'000'000LL;
        const Result<VirtualClock> clock = VirtualClock::create(dir.filePath(u"clock"_s), start, 0.0);
        QVERIFY2(clock.ok(), qPrintable(clock.error()));
        const qint64 ahead = clock->nowNs() - VirtualClock::machineRealtimeNs();
        QVERIFY2(std::abs(ahead - 100'000'000'000LL) < 10'000'000, qPrintable(QString::number(ahead)));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"clock"_s)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(clock->stepCount(), 0u);
    }

    void stepAndOscillatorAreSharedThroughTheFile()
    {
        QTemporaryDir dir;
        Result<VirtualClock> writer = VirtualClock::create(dir.filePath(u"clock"_s), 0, 0.0);
        Result<VirtualClock> reader = VirtualClock::open(dir.filePath(u"clock"_s));
        QVERIFY(writer.ok() && reader.ok());
        const qint64 before = reader->nowNs();
        writer.value().step(-2.5);
        QVERIFY2(std::abs(double(reader->nowNs() - before) / 1e9 + 2.5) < 0.01, "the step is seen by the reader");
        QCOMPARE(reader->stepCount(), 1u);
        QCOMPARE(reader->lastStepSeconds(), -2.5);
        writer.value().setOscillatorPpm(250.0);
        QCOMPARE(reader->oscillatorPpm(), 250.0);
        // 250 ppm fast: over a stretch of the machine's raw clock it gains 250 ns per ms.
        const qint64 raw = VirtualClock::machineRawNs();
        const qint64 gained = reader->atRawNs(raw + 1'000'000'000) - reader->atRawNs(raw) - 1'000'000'000;
        QVERIFY2(std::abs(gained - 250'000) < 10, qPrintable(QString::number(gained)));
    }

    void kernelTimestampsAreReadOnTheVirtualClock()
    {
        QTemporaryDir dir;
        const Result<VirtualClock> clock =
            VirtualClock::create(dir.filePath(u"clock"_s), VirtualClock::machineRealtimeNs() - 30'000'000'000LL, 0.0);
        QVERIFY(clock.ok());
        const qint64 machine = VirtualClock::machineRealtimeNs() - 2'000'000; // a packet 2 ms old
        const qint64 onClock = clock->fromMachineRealtimeNs(machine);
        QVERIFY2(std::abs(onClock - (machine - 30'000'000'000LL)) < 1'000'000, qPrintable(QString::number(onClock)));
    }

    void offsetBetweenTwoClocks()
    {
        QTemporaryDir dir;
        const qint64 now = VirtualClock::machineRealtimeNs();
        const Result<VirtualClock> one = VirtualClock::create(dir.filePath(u"one"_s), now, 0.0);
        const Result<VirtualClock> two = VirtualClock::create(dir.filePath(u"two"_s), now + 1'500'000'000LL, 0.0);
        QVERIFY(one.ok() && two.ok());
        const double offset = VirtualClock::offsetSeconds(*two, *one);
        QVERIFY2(std::abs(offset - 1.5) < 0.001, qPrintable(QString::number(offset)));
    }

    void openRefusesWhatIsNotAClock_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QByteArray() << u"is not a virtual clock"_s;
        QTest::addRow("right size, no magic") << QByteArray(4096, 'x') << u"of this version"_s;
    }
    void openRefusesWhatIsNotAClock()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"clock"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size());
        file.close();
        const Result<VirtualClock> clock = VirtualClock::open(file.fileName());
        QVERIFY(!clock.ok());
        QVERIFY2(clock.error().contains(reason), qPrintable(clock.error()));
        QVERIFY(!VirtualClock::open(dir.filePath(u"missing"_s)).ok());
    }

    void labClocksNeedVirtualClocks()
    {
        QTemporaryDir dir;
        LabSettings settings;
        settings.directory = dir.path();
        settings.virtualClocks = false;
        const Result<LabClocks> clocks = LabClocks::open(settings);
        QVERIFY(!clocks.ok());
        QVERIFY2(clocks.error().contains(u"-x"_s), qPrintable(clocks.error()));
        settings.virtualClocks = true;
        QVERIFY(!LabClocks::open(settings).ok()); // no clock files yet
        for (int index = 1; index <= 2; ++index) {
            QVERIFY(QDir().mkpath(LabLayout::systemPaths(dir.path(), index).root));
            QVERIFY(VirtualClock::create(LabLayout::systemPaths(dir.path(), index).clockPath,
                                         VirtualClock::machineRealtimeNs() + (index == 2 ? 7'000'000'000LL : 0), 0.0)
                        .ok());
        }
        Result<LabClocks> opened = LabClocks::open(settings);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(std::abs(opened->system2Ahead() - 7.0) < 0.001);
    }
};

QTEST_GUILESS_MAIN(tst_VirtualClock)
#include "tst_VirtualClock.moc"

#include "ClockChecks.h"
#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"
#include "lab/LabClocks.h"
#include "lab/ProcessTerminator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// Sync now against labs on virtual clocks, where chronyd really steps (no -x): System 2's clock is
// made wrong behind chronyd's back, the real helper runs, and the truth is read from the two
// virtual clocks, never from Tandem's own report. Each case starts its own lab.
class tst_SyncNowVirtualClock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followingSystem1HundredSecondsAhead_data();
    void followingSystem1HundredSecondsAhead();
    void system1SilentStepsNothing();
    void clockFixedByDashXIsReportedNotStepped();

private:
    bool startLab(const std::function<void(LabSettings&)>& change = {});
    // Makes System 2 wrong once chronyd can no longer step it by itself (makestep 1 3 is used up).
    void makeSystem2Wrong(double seconds);
    HelperRun syncNow(const QByteArray& request);
    LabSystemPaths paths(int index) const { return LabLayout::systemPaths(m_lab->directory(), index); }
    double system2Ahead();

    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<MachineClockWatch> m_machineClock;
};

void tst_SyncNowVirtualClock::init()
{
    m_machineClock = std::make_unique<MachineClockWatch>();
}

void tst_SyncNowVirtualClock::cleanup()
{
    m_lab.reset();
    QVERIFY2(std::abs(m_machineClock->movedSeconds()) < MachineClockWatch::ToleranceSeconds,
             qPrintable(u"the machine's clock moved by %1 s"_s.arg(m_machineClock->movedSeconds())));
}

bool tst_SyncNowVirtualClock::startLab(const std::function<void(LabSettings&)>& change)
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    if (change)
        m_lab->configure(change);
    if (!m_lab->start()) {
        qWarning("%s", qPrintable(m_lab->failure()));
        return false;
    }
    return true;
}

double tst_SyncNowVirtualClock::system2Ahead()
{
    Result<LabClocks> clocks = LabClocks::open(m_lab->settings());
    return clocks ? clocks->system2Ahead() : std::nan("");
}

void tst_SyncNowVirtualClock::makeSystem2Wrong(double seconds)
{
    const QString waited = waitForClockUpdates(paths(2).socketPath, 3);
    QVERIFY2(waited.isEmpty(), qPrintable(waited));
    Result<LabClocks> clocks = LabClocks::open(m_lab->settings());
    QVERIFY2(clocks.ok(), qPrintable(clocks.error()));
    clocks.value().system(2).step(seconds);
    QVERIFY2(std::abs(system2Ahead() - seconds) < 0.01, qPrintable(QString::number(system2Ahead())));
}

HelperRun tst_SyncNowVirtualClock::syncNow(const QByteArray& request)
{
    return runHelper(labHelperBinary(), {u"--root"_s, paths(2).root}, request);
}

void tst_SyncNowVirtualClock::followingSystem1HundredSecondsAhead_data()
{
    QTest::addColumn<bool>("namePeer");
    QTest::addColumn<double>("wrongBy");
    QTest::addRow("configured sources, ahead") << false << 100.0;
    QTest::addRow("System 1 named, ahead") << true << 100.0;
    QTest::addRow("configured sources, behind") << false << -100.0;
}

void tst_SyncNowVirtualClock::followingSystem1HundredSecondsAhead()
{
    // Case (a): System 2 follows System 1 and is made 100 s wrong after chronyd's start-up steps,
    // so only Sync now can step it back (chronyd alone would slew for about 20 minutes).
    QFETCH(bool, namePeer);
    QFETCH(double, wrongBy);
    QVERIFY(startLab());
    makeSystem2Wrong(wrongBy);
    const quint64 stepsBefore = LabClocks::open(m_lab->settings()).value().system(2).stepCount();

    const QByteArray peer = m_lab->settings().serverAddress.toString().toLatin1();
    QElapsedTimer elapsed;
    elapsed.start();
    const HelperRun run =
        syncNow(namePeer ? R"({"action":"sync-now","peer":")"_ba + peer + "\"}" : R"({"action":"sync-now"})"_ba);
    qInfo("sync-now took %lld ms; System 2 is now %.9f s ahead of System 1", elapsed.elapsed(), system2Ahead());
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    // The truth, from the clocks themselves.
    QVERIFY2(std::abs(system2Ahead()) < 0.001, qPrintable(QString::number(system2Ahead())));
    QVERIFY(LabClocks::open(m_lab->settings()).value().system(2).stepCount() > stepsBefore);
    // The report: before and after from its own measurements, which agree with the truth.
    QVERIFY2(run.step(u"step"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QCOMPARE(run.result().value(u"stepped"_s).toBool(), true);
    QVERIFY(std::abs(run.result().value(u"measuredOffset"_s).toDouble() - wrongBy) < 1.0);
    QVERIFY(std::abs(run.result().value(u"offsetAfter"_s).toDouble()) < 0.001);
    QCOMPARE(run.result().value(u"measuredSource"_s).toString(), QString::fromLatin1(peer));
    // Nothing was added for good: System 1 was configured already.
    QVERIFY(run.step(u"remove-source"_s).isEmpty());
}

void tst_SyncNowVirtualClock::system1SilentStepsNothing()
{
    // Case (d): System 1 does not answer: no step, no source left behind, a clear reason.
    QVERIFY(startLab());
    makeSystem2Wrong(100);
    QVERIFY(ProcessTerminator::terminateNow(LabFiles::runningPid(paths(1)), paths(1).configPath).ok());
    const quint64 stepsBefore = LabClocks::open(m_lab->settings()).value().system(2).stepCount();

    const QByteArray peer = m_lab->settings().serverAddress.toString().toLatin1();
    const HelperRun run = syncNow(R"({"action":"sync-now","peer":")"_ba + peer + "\"}");
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.step(u"measure"_s).value(u"ok"_s).toBool(true), false);
    QVERIFY(run.step(u"step"_s).isEmpty());
    QVERIFY(run.step(u"add-source"_s).isEmpty());
    const QString message = run.result().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"does not answer"_s) && message.contains(u"not stepped"_s), qPrintable(message));
    QCOMPARE(run.result().value(u"stepped"_s).toBool(true), false);
    QCOMPARE(LabClocks::open(m_lab->settings()).value().system(2).stepCount(), stepsBefore);
    QVERIFY(std::abs(system2Ahead() - 100) < 1.0);
}

void tst_SyncNowVirtualClock::clockFixedByDashXIsReportedNotStepped()
{
    // A lab on this machine's clock (-x): chronyd refuses the step, and the report says so with the
    // fresh measurement, never "stepped".
    QVERIFY(startLab([](LabSettings& settings) { settings.virtualClocks = false; }));
    const HelperRun run = syncNow(R"({"action":"sync-now"})"_ba);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.step(u"follow"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QCOMPARE(run.step(u"step"_s).value(u"ok"_s).toBool(true), false);
    QVERIFY(run.step(u"step"_s).value(u"message"_s).toString().contains(u"-x"_s));
    QCOMPARE(run.result().value(u"stepped"_s).toBool(true), false);
    QVERIFY(run.result().value(u"offsetAfter"_s).isDouble());
    QVERIFY(run.result().value(u"message"_s).toString().contains(u"not stepped"_s));
}

QTEST_GUILESS_MAIN(tst_SyncNowVirtualClock)
#include "tst_SyncNowVirtualClock.moc"

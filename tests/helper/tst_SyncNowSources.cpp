#include "ClockChecks.h"
#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "TestData.h"
#include "cmdmon/CmdmonClient.h"
#include "lab/ChronydInstance.h"
#include "lab/LabClocks.h"
#include "privileged/AtomicFile.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// Sync now when System 2 has other sources than System 1, on virtual clocks: Debian's default
// config with its pool out of reach and System 1 named (the guide's one-time sync), and a third
// server 30 s off that System 2 follows or that disagrees with System 1. The truth is read from the
// virtual clocks.
class tst_SyncNowSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void debianDefaultSyncsOnceWithSystem1();
    void stepsToSystem1NotToTheWrongServer();
    void refusesWhenChronydCannotChooseSystem1();

private:
    LabSystemPaths paths(int index) const { return LabLayout::systemPaths(m_lab->directory(), index); }
    // System 2's chronyd again, with `sources` and the lab's own lines.
    void restartSystem2(const QByteArray& sources);
    HelperRun syncNowWithSystem1();
    double system2Ahead() const { return LabClocks::open(m_lab->settings()).value().system2Ahead(); }
    QString thirdAddress() const;
    QByteArray serverLine(const QString& address) const;

    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<ChronydInstance> m_third; // a server 30 s ahead of System 1, on its own clock
    MachineClockWatch m_machineClock;
};

QString tst_SyncNowSources::thirdAddress() const
{
    const quint32 system1 = m_lab->settings().serverAddress.toIPv4Address();
    return QHostAddress((system1 & 0xFFFFFF00u) | 4u).toString();
}

QByteArray tst_SyncNowSources::serverLine(const QString& address) const
{
    return "server "_ba + address.toLatin1() + " port "_ba + QByteArray::number(m_lab->settings().ntpPort) +
           " iburst minpoll 1 maxpoll 1\n"_ba;
}

void tst_SyncNowSources::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));

    // The third server: System 1's config shape, its own address and a clock 30 s ahead.
    const LabSystemPaths third = paths(3);
    QVERIFY(LabLayout::prepare(third).ok());
    const Result<VirtualClock> clock =
        VirtualClock::create(third.clockPath, VirtualClock::machineRealtimeNs() + 30'000'000'000LL, 0.0);
    QVERIFY2(clock.ok(), qPrintable(clock.error()));
    const QByteArray config = "local stratum 8\nallow "_ba + m_lab->settings().clientAddress.toString().toLatin1() +
                              "\nbindaddress "_ba + thirdAddress().toLatin1() + "\nport "_ba +
                              QByteArray::number(m_lab->settings().ntpPort) + "\ncmdport 0\nbindcmdaddress "_ba +
                              third.socketPath.toLatin1() + "\npidfile "_ba + third.pidPath.toLatin1() +
                              "\ndriftfile "_ba + third.driftPath.toLatin1() + '\n';
    QVERIFY(AtomicFile::write(third.configPath, config).ok());
    m_third = std::make_unique<ChronydInstance>(third, ChronydInstance::Ownership::Child,
                                                m_lab->settings().virtualClockLibrary);
    QSignalSpy running(m_third.get(), &ChronydInstance::running);
    m_third->start();
    QVERIFY(running.wait(10000));
}

void tst_SyncNowSources::cleanupTestCase()
{
    m_third.reset(); // a child: ended by pid in its destructor
    m_lab.reset();
    QVERIFY2(std::abs(m_machineClock.movedSeconds()) < MachineClockWatch::ToleranceSeconds,
             qPrintable(u"the machine's clock moved by %1 s"_s.arg(m_machineClock.movedSeconds())));
}

void tst_SyncNowSources::init()
{
    // Each case starts with System 2 on System 1's time.
    Result<LabClocks> clocks = LabClocks::open(m_lab->settings());
    QVERIFY(clocks.ok());
    clocks.value().system(2).step(-clocks->system2Ahead());
}

void tst_SyncNowSources::restartSystem2(const QByteArray& sources)
{
    const QString failure = LabFiles::restartWithSources(m_lab->settings(), 2, sources);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

HelperRun tst_SyncNowSources::syncNowWithSystem1()
{
    const QByteArray peer = m_lab->settings().serverAddress.toString().toLatin1();
    return runHelper(labHelperBinary(), {u"--root"_s, paths(2).root},
                     R"({"action":"sync-now","peer":")"_ba + peer + "\"}");
}

void tst_SyncNowSources::debianDefaultSyncsOnceWithSystem1()
{
    // Case (b), the guide's Method 2: Debian 12's default chrony.conf, its pool out of reach (a
    // loopback address where nothing answers, so no packet leaves this machine), its paths moved
    // into the lab root; System 2's clock 100 s ahead.
    const QString root = paths(2).root;
    QByteArray debian = readTestData(u"conf/debian12.conf"_s);
    debian.replace("pool 2.debian.pool.ntp.org", "pool 127.0.0.99");
    debian.replace("/etc/chrony", root.toLatin1() + "/etc/chrony");
    debian.replace("/var/lib/chrony", root.toLatin1() + "/lib");
    debian.replace("/var/log/chrony", root.toLatin1() + "/log");
    debian.replace("/run/chrony-dhcp", root.toLatin1() + "/run/chrony-dhcp");
    restartSystem2(debian);
    LabClocks::open(m_lab->settings()).value().system(2).step(100);
    QVERIFY(std::abs(system2Ahead() - 100) < 0.01);

    const HelperRun run = syncNowWithSystem1();
    qInfo("one-time sync: exit %d, System 2 now %.9f s ahead of System 1", run.exitCode, system2Ahead());
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QVERIFY2(std::abs(system2Ahead()) < 0.001, qPrintable(QString::number(system2Ahead())));
    QVERIFY2(run.step(u"add-source"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"remove-source"_s).value(u"ok"_s).toBool(), run.dump().constData());
    // The temporary source is gone: only the (unreachable) pool is left.
    const Result<QList<SourceReport>> sources = LabFiles::sources(paths(2));
    QVERIFY(sources.ok());
    for (const SourceReport& source : *sources)
        QVERIFY2(!source.address.ip.isEqual(m_lab->settings().serverAddress), qPrintable(source.name()));
    QVERIFY(LabFiles::read(paths(2).configPath).startsWith(debian));
}

void tst_SyncNowSources::stepsToSystem1NotToTheWrongServer()
{
    // Case (c): System 2 follows only the third server, 30 s ahead of System 1 (chronyd stepped it
    // there at its start). Sync now with System 1 must step to System 1, not "stepped" to the third.
    restartSystem2("makestep 1 3\n"_ba + serverLine(thirdAddress()));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(system2Ahead() - 30) < 0.01, 20000);
    const QString waited = waitForClockUpdates(paths(2).socketPath, 3);
    QVERIFY2(waited.isEmpty(), qPrintable(waited));

    const HelperRun run = syncNowWithSystem1();
    qInfo("third server 30 s off: exit %d, System 2 now %.9f s ahead of System 1", run.exitCode, system2Ahead());
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QVERIFY2(std::abs(system2Ahead()) < 0.001, qPrintable(QString::number(system2Ahead())));
    QCOMPARE(run.result().value(u"measuredSource"_s).toString(), m_lab->settings().serverAddress.toString());
    QVERIFY(std::abs(run.result().value(u"measuredOffset"_s).toDouble() - 30) < 0.1);
}

void tst_SyncNowSources::refusesWhenChronydCannotChooseSystem1()
{
    // Case (c), the other way: System 1 and the third are both configured, they disagree by 30 s and
    // chronyd follows neither. Sync now cannot make chronyd trust a configured source: it refuses
    // with the reason and steps nothing.
    restartSystem2("makestep 1 3\n"_ba + serverLine(m_lab->settings().serverAddress.toString()) +
                   serverLine(thirdAddress()));
    LabClocks::open(m_lab->settings()).value().system(2).step(100);
    const quint64 stepsBefore = LabClocks::open(m_lab->settings()).value().system(2).stepCount();

    const HelperRun run = syncNowWithSystem1();
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.result().value(u"stepped"_s).toBool(true), false);
    QVERIFY(run.step(u"step"_s).isEmpty());
    const QString reason = run.step(u"follow"_s).value(u"message"_s).toString();
    qInfo("refused: %s", qPrintable(reason));
    QVERIFY2(reason.contains(u"did not follow %1"_s.arg(m_lab->settings().serverAddress.toString())),
             run.dump().constData());
    QVERIFY2(run.result().value(u"message"_s).toString().contains(u"not stepped"_s), run.dump().constData());
    QCOMPARE(LabClocks::open(m_lab->settings()).value().system(2).stepCount(), stepsBefore);
    QVERIFY(std::abs(system2Ahead() - 100) < 1.0);
}

QTEST_GUILESS_MAIN(tst_SyncNowSources)
#include "tst_SyncNowSources.moc"

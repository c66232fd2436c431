// Starting and stopping labs: several at once, failures with chronyd's own words, nothing left behind.
#include "LabFixture.h"
#include "lab/ChronydInstance.h"
#include "lab/LabLayout.h"
#include "lab/ProcessTerminator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace {

struct LabOwnerRun
{
    QList<qint64> pids; // System 1's and System 2's chronyd
    QString directory;
    QString error;
};

// Runs tst_lab_owner with `arguments` until its lab runs, then kills it with SIGKILL (no cleanup
// of its own can run, as in a crash or a ctest timeout) and waits until it is gone.
LabOwnerRun killOwnerOnceRunning(const QStringList& arguments)
{
    LabOwnerRun run;
    QProcess owner;
    owner.start(QStringLiteral(LAB_OWNER_PATH), arguments);
    (void)QTest::qWaitFor([&] { return owner.canReadLine() || owner.state() == QProcess::NotRunning; }, 40000);
    const QList<QByteArray> fields = owner.readLine().trimmed().split(' ');
    if (fields.size() == 3) {
        run.pids = {fields.at(0).toLongLong(), fields.at(1).toLongLong()};
        run.directory = QString::fromLocal8Bit(fields.at(2));
        if (!processIsAlive(run.pids.at(0)) || !processIsAlive(run.pids.at(1)))
            run.error = u"the owner printed pids that are not running"_s;
    } else {
        run.error = u"the owner's lab did not start: "_s + QString::fromLocal8Bit(owner.readAllStandardError());
    }
    owner.kill();
    (void)QTest::qWaitFor([&] { return owner.state() == QProcess::NotRunning; }, 5000);
    if (!run.error.isEmpty())
        run.pids.clear();
    return run;
}

} // namespace

class tst_LabLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void twoLabsAtOnce()
    {
        LabFixture a;
        LabFixture b;
        QSignalSpy startedA(&a.lab(), &Lab::started);
        QSignalSpy startedB(&b.lab(), &Lab::started);
        QSignalSpy failedA(&a.lab(), &Lab::failed);
        QSignalSpy failedB(&b.lab(), &Lab::failed);
        a.lab().start();
        b.lab().start();
        QTRY_VERIFY_WITH_TIMEOUT(
            (!startedA.isEmpty() || !failedA.isEmpty()) && (!startedB.isEmpty() || !failedB.isEmpty()), 40000);
        QVERIFY2(failedA.isEmpty(), qPrintable(failedA.value(0).value(0).toString()));
        QVERIFY2(failedB.isEmpty(), qPrintable(failedB.value(0).value(0).toString()));
        // Each System 2 follows its own System 1.
        for (LabFixture* lab : {&a, &b}) {
            const LabSettings& s = lab->settings();
            const ProgramRun run = runProgram(u"chronyc"_s, {u"-c"_s, u"-h"_s, s.clientAddress.toString(), u"-p"_s,
                                                             QString::number(s.cmdPort), u"sources"_s});
            QVERIFY2(run.out.startsWith(u"^,*,"_s + s.serverAddress.toString() + u','), qPrintable(run.out));
        }
        QVERIFY(a.stop());
        QVERIFY(b.stop());
        QVERIFY(chronydPidsUsing(a.directory()).isEmpty());
        QVERIFY(chronydPidsUsing(b.directory()).isEmpty());
    }

    void destroyingTheLabEndsItsDaemons()
    {
        QTemporaryDir dir(u"/tmp/tandem-lab-XXXXXX"_s);
        auto lab = std::make_unique<Lab>(LabFixture::uniqueSettings(dir.path()));
        QSignalSpy started(lab.get(), &Lab::started);
        QSignalSpy failed(lab.get(), &Lab::failed);
        lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 40000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const qint64 one = lab->system1().pid;
        const qint64 two = lab->system2().pid;
        QVERIFY(processIsAlive(one) && processIsAlive(two));
        lab.reset(); // synchronous: nothing may be left when the destructor returns
        QVERIFY(!processIsAlive(one));
        QVERIFY(!processIsAlive(two));
        QVERIFY(chronydPidsUsing(dir.path()).isEmpty());
    }

    void daemonsDieWithTheirOwner()
    {
        // The owner is killed without a chance to clean up, as when a test crashes.
        QTemporaryDir dir(u"/tmp/tandem-lab-XXXXXX"_s);
        const LabOwnerRun run = killOwnerOnceRunning({dir.path()});
        QVERIFY2(run.pids.size() == 2, qPrintable(run.error));
        QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(run.pids.at(0)) && !processIsAlive(run.pids.at(1)), 5000);
        QVERIFY(chronydPidsUsing(dir.path()).isEmpty());
    }

    void detachedFixtureDaemonsEndAfterACrash()
    {
        // Detached daemons outlive their owner by design; the fixture's guard, outside the test's
        // process tree, stops them once a crashed (or timed-out) test process is gone.
        const LabOwnerRun run = killOwnerOnceRunning({u"--detached-fixture"_s});
        QVERIFY2(run.pids.size() == 2, qPrintable(run.error));
        const auto cleanUp = qScopeGuard([&] {
            // Only has work if the guard failed: ends the lab's own daemons (checked against /proc).
            for (int index = 0; index < 2; ++index)
                (void)ProcessTerminator::terminateNow(run.pids.at(index),
                                                      LabLayout::systemPaths(run.directory, index + 1).configPath);
            QDir(run.directory).removeRecursively();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(run.pids.at(0)) && !processIsAlive(run.pids.at(1)), 15000);
        QVERIFY(chronydPidsUsing(run.directory).isEmpty());
    }

    void takenPortIsRefusedBeforeStarting_data()
    {
        QTest::addColumn<bool>("system2");
        QTest::addColumn<bool>("commandPort");
        QTest::addRow("System 1's NTP port") << false << false;
        QTest::addRow("System 2's command port") << true << true;
    }
    void takenPortIsRefusedBeforeStarting()
    {
        QFETCH(bool, system2);
        QFETCH(bool, commandPort);
        LabFixture fixture;
        const QHostAddress address = system2 ? fixture.settings().clientAddress : fixture.settings().serverAddress;
        const quint16 port = commandPort ? fixture.settings().cmdPort : fixture.settings().ntpPort;
        QUdpSocket squatter;
        QVERIFY(squatter.bind(address, port, QAbstractSocket::DontShareAddress));
        QVERIFY(!fixture.start(20000));
        const QString expected =
            u"%1's %2 port %3:%4 is already in use"_s
                .arg(system2 ? u"System 2"_s : u"System 1"_s, commandPort ? u"command"_s : u"NTP"_s, address.toString())
                .arg(port);
        QVERIFY2(fixture.failure().contains(expected), qPrintable(fixture.failure()));
        QVERIFY(chronydPidsUsing(fixture.directory()).isEmpty());
    }

    void secondLabOnTheSamePortsIsRefused()
    {
        // chronyd binds with SO_REUSEPORT: without the check, a second lab on the first one's
        // addresses and ports would start "successfully" and its checks would reach the first lab.
        LabFixture first;
        QVERIFY2(first.start(), qPrintable(first.failure()));
        QTemporaryDir otherDirectory(u"/tmp/tandem-lab-XXXXXX"_s);
        LabSettings same = first.settings();
        same.directory = otherDirectory.path();
        Lab second(same);
        QSignalSpy failed(&second, &Lab::failed);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"is already in use"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(chronydPidsUsing(otherDirectory.path()).isEmpty());
        QCOMPARE(chronydPidsUsing(first.directory()).size(), 2);
    }

    void nonLoopbackAddressIsRefused_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("client");
        QTest::addRow("the guide's System 1") << u"192.168.1.2"_s << u"127.0.0.3"_s;
        QTest::addRow("the guide's System 2") << u"127.0.0.2"_s << u"192.168.1.3"_s;
    }
    void nonLoopbackAddressIsRefused()
    {
        QFETCH(QString, server);
        QFETCH(QString, client);
        QTemporaryDir dir;
        LabSettings settings;
        settings.directory = dir.path();
        settings.serverAddress = QHostAddress(server);
        settings.clientAddress = QHostAddress(client);
        Lab lab(settings);
        QSignalSpy failed(&lab, &Lab::failed);
        lab.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 2000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"not an IPv4 loopback address"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
        // Refused before anything was written or started.
        QVERIFY(!QFile::exists(dir.filePath(u"system1"_s)));
        QVERIFY(chronydPidsUsing(dir.path()).isEmpty());
    }

    void rejectedConfigReportsTheFatalError_data()
    {
        QTest::addColumn<int>("ownership");
        QTest::addRow("child") << int(ChronydInstance::Ownership::Child);
        QTest::addRow("detached") << int(ChronydInstance::Ownership::Detached);
    }
    void rejectedConfigReportsTheFatalError()
    {
        // The lab never writes a bad config itself; a hand-edited one shows how chronyd's refusal surfaces.
        QFETCH(int, ownership);
        QTemporaryDir dir(u"/tmp/tandem-lab-XXXXXX"_s);
        const LabSystemPaths paths = LabLayout::systemPaths(dir.path(), 1);
        QVERIFY(LabLayout::prepare(paths).ok());
        QFile config(paths.configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        // The pid file and socket lines keep it in the lab (ChronydInstance refuses a config without them).
        const QString text = u"local stratum 10\nallow 127.0.0.300\npidfile %1\nbindcmdaddress %2\n"_s.arg(
            paths.pidPath, paths.socketPath);
        config.write(text.toUtf8());
        config.close();
        ChronydInstance instance(paths, ChronydInstance::Ownership(ownership));
        QSignalSpy failed(&instance, &ChronydInstance::failed);
        instance.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString reason = failed.constFirst().constFirst().toString();
        QVERIFY2(reason.contains(u"Could not parse allow directive at line 2"_s), qPrintable(reason));
        QVERIFY(chronydPidsUsing(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LabLifecycle)
#include "tst_LabLifecycle.moc"

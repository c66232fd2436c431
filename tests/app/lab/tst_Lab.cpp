// One lab shared by every test function: started once (each start takes seconds), looked at from
// several sides, stopped at the end.
#include "ClockChecks.h"
#include "LabFixture.h"
#include "lab/LabConfig.h"
#include "lab/LabStatus.h"
#include "util/ProcessIdentity.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class tst_Lab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_lab = std::make_unique<LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
        qInfo("lab started in %lld ms", m_lab->startMilliseconds());
    }

    void cleanupTestCase()
    {
        if (!m_lab)
            return;
        const qint64 one = m_lab->lab().system1().pid;
        const qint64 two = m_lab->lab().system2().pid;
        QVERIFY2(m_lab->stop(), qPrintable(m_lab->failure()));
        QVERIFY(!processIsAlive(one));
        QVERIFY(!processIsAlive(two));
        QVERIFY(chronydPidsUsing(m_lab->directory()).isEmpty());
        QVERIFY(!QFile::exists(m_lab->lab().system1().socketPath));
        m_lab.reset();
    }

    void chronycSeesSystemTwoFollowSystemOne()
    {
        // Checked independently of our cmdmon client: chronyc from 127.0.0.1 (localhost to chronyd).
        const LabSettings& s = m_lab->settings();
        const ProgramRun run = runProgram(u"chronyc"_s, {u"-c"_s, u"-h"_s, s.clientAddress.toString(), u"-p"_s,
                                                         QString::number(s.cmdPort), u"sources"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList fields = run.out.trimmed().split(u',');
        QCOMPARE(run.out.trimmed().count(u'\n'), 0); // exactly one source
        QCOMPARE(fields.value(0), u"^"_s);
        QCOMPARE(fields.value(1), u"*"_s);
        QCOMPARE(fields.value(2), s.serverAddress.toString());
        QCOMPARE(fields.value(3), u"10"_s);
        QCOMPARE(fields.value(4), u"1"_s); // poll 2^1 s
    }

    void chronycSeesSystemOneServeItsLocalClock()
    {
        const LabSettings& s = m_lab->settings();
        const ProgramRun run = runProgram(u"chronyc"_s, {u"-c"_s, u"-h"_s, s.serverAddress.toString(), u"-p"_s,
                                                         QString::number(s.cmdPort), u"tracking"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList fields = run.out.trimmed().split(u',');
        QCOMPARE(fields.value(0), u"7F7F0101"_s);
        QCOMPARE(fields.value(2), u"10"_s);
        QCOMPARE(fields.value(13), u"Normal"_s);
    }

    void configsOnDiskAreProfilePlusLabLines()
    {
        for (int index = 1; index <= 2; ++index) {
            const LabSystemInfo info = index == 1 ? m_lab->lab().system1() : m_lab->lab().system2();
            QFile file(info.configPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const LabSystemPaths paths = LabLayout::systemPaths(m_lab->directory(), index);
            QCOMPARE(file.readAll(), *LabConfig::render(m_lab->settings(), paths, index));
        }
    }

    void daemonsRunAsTheLabStartedThem()
    {
        for (const LabSystemInfo& info : {m_lab->lab().system1(), m_lab->lab().system2()}) {
            QVERIFY(info.pid > 0);
            const QStringList argv = ProcessIdentity::commandLine(info.pid);
            QVERIFY2(ProcessIdentity::isChronydWithConfig(argv, info.configPath), qPrintable(argv.join(u' ')));
            // Its own clock, never the machine's.
            const QString clock = virtualClockProblem(
                info.pid, QString(info.configPath).replace(u"/etc/chrony/chrony.conf"_s, u"/clock"_s));
            QVERIFY2(clock.isEmpty(), qPrintable(clock));
            QVERIFY(argv.contains(u"-d"_s)); // a child in the foreground
            QCOMPARE(ProcessIdentity::readPidFile(QFileInfo(info.socketPath).dir().filePath(u"chronyd.pid"_s)),
                     info.pid);
            struct stat socket = {};
            QCOMPARE(::stat(QFile::encodeName(info.socketPath).constData(), &socket), 0);
            QVERIFY(S_ISSOCK(socket.st_mode)); // the command socket was not disabled
            QVERIFY(info.socketPath.startsWith(m_lab->directory()));
        }
        QCOMPARE(chronydPidsUsing(m_lab->directory()).size(), 2);
    }

    void statusReportsBothSystems()
    {
        LabStatusQuery query(m_lab->settings());
        QSignalSpy finished(&query, &LabStatusQuery::finished);
        query.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const auto status = finished.constFirst().constFirst().value<LabStatus>();
        QCOMPARE(status.system1.info.pid, m_lab->lab().system1().pid);
        QCOMPARE(status.system2.info.pid, m_lab->lab().system2().pid);
        QVERIFY2(status.system1.tracking.has_value(), qPrintable(status.system1.trackingError));
        QVERIFY2(status.system2.tracking.has_value(), qPrintable(status.system2.trackingError));
        QCOMPARE(status.system1.tracking->referenceId, 0x7F7F0101u);
        QCOMPARE(int(status.system1.tracking->stratum), 10);
        QCOMPARE(status.system1.tracking->leapStatus, LeapStatus::Normal);
        QCOMPARE(status.system2.tracking->referenceId, m_lab->settings().serverAddress.toIPv4Address());
        QCOMPARE(int(status.system2.tracking->stratum), 11);
        QCOMPARE(status.system2.tracking->leapStatus, LeapStatus::Normal);
    }

    void settingsWrittenForStatusAndStop()
    {
        const Result<LabSettings> loaded = loadLabSettings(m_lab->directory());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->serverAddress, m_lab->settings().serverAddress);
        QCOMPARE(loaded->clientAddress, m_lab->settings().clientAddress);
        QCOMPARE(loaded->ntpPort, m_lab->settings().ntpPort);
        QCOMPARE(loaded->cmdPort, m_lab->settings().cmdPort);
    }

    void secondLabInTheSameDirectoryIsRefused()
    {
        Lab second(m_lab->settings());
        QSignalSpy failed(&second, &Lab::failed);
        QSignalSpy started(&second, &Lab::started);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(started.isEmpty());
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"already running"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
        // The first lab is untouched.
        QVERIFY(processIsAlive(m_lab->lab().system1().pid));
        QVERIFY(processIsAlive(m_lab->lab().system2().pid));
    }

private:
    std::unique_ptr<LabFixture> m_lab;
};

QTEST_GUILESS_MAIN(tst_Lab)
#include "tst_Lab.moc"

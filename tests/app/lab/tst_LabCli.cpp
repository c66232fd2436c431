// tandem-cli lab start|status|stop: a detached lab that outlives the command, found again by --dir.
#include "ClockChecks.h"
#include "LabFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_LabCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = LabFixture::uniqueSettings(m_dir.path());
    }

    void cleanupTestCase()
    {
        // Whatever happened above, end what the lab's pid files name (checked against /proc).
        Lab cleanup(m_settings);
        QSignalSpy done(&cleanup, &Lab::stopped);
        QSignalSpy failed(&cleanup, &Lab::failed);
        cleanup.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY(chronydPidsUsing(m_dir.path()).isEmpty());
    }

    void clockControlsAndSyncNow()
    {
        // The rehearsal from a terminal: System 2's oscillator 20 ppm fast from the start, its clock
        // jumped 100 s behind chronyd's back, then Sync now through the helper next to the CLI.
        const ProgramRun start =
            cli({u"lab"_s, u"start"_s, u"--dir"_s, m_dir.path(), u"--server-address"_s,
                 m_settings.serverAddress.toString(), u"--client-address"_s, m_settings.clientAddress.toString(),
                 u"--port"_s, QString::number(m_settings.ntpPort), u"--cmdport"_s, QString::number(m_settings.cmdPort),
                 u"--freq2"_s, u"20"_s});
        const auto stop = qScopeGuard([&] { cli({u"lab"_s, u"stop"_s, u"--dir"_s, m_dir.path()}); });
        QVERIFY2(start.finished && start.exitCode == 0, qPrintable(start.err + start.out));
        QVERIFY2(start.out.contains(u"oscillator 20 ppm"_s), qPrintable(start.out));
        const QString waited = waitForClockUpdates(m_dir.path() + u"/system2/run/chrony/chronyd.sock"_s, 3);
        QVERIFY2(waited.isEmpty(), qPrintable(waited));

        const ProgramRun wrong = cli({u"lab"_s, u"clock"_s, u"--dir"_s, m_dir.path(), u"--step"_s, u"100"_s});
        QVERIFY2(wrong.exitCode == 0, qPrintable(wrong.err + wrong.out));
        static const QRegularExpression ahead(u"System 2 is ([0-9.]+) s ahead of System 1 \\(true offset\\)"_s);
        const QRegularExpressionMatch match = ahead.match(wrong.out);
        QVERIFY2(match.hasMatch() && std::abs(match.captured(1).toDouble() - 100) < 1, qPrintable(wrong.out));

        // Probed as System 2, on its clock: System 1 is 100 s behind it.
        const ProgramRun probe =
            cli({u"probe"_s, m_settings.serverAddress.toString(), u"--port"_s, QString::number(m_settings.ntpPort),
                 u"--root"_s, m_dir.path() + u"/system2"_s, u"--json"_s});
        const double probed = QJsonDocument::fromJson(probe.out.toUtf8()).object().value(u"offset"_s).toDouble();
        QVERIFY2(probe.exitCode == 0 && std::abs(probed + 100) < 1, qPrintable(probe.out + probe.err));

        const ProgramRun sync = cli({u"sync-now"_s, u"--root"_s, m_dir.path() + u"/system2"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(sync.out.contains(u"Done: The clock was stepped"_s), qPrintable(sync.out));
        const ProgramRun status = cli({u"lab"_s, u"status"_s, u"--dir"_s, m_dir.path()});
        static const QRegularExpression truth(u"System 2 is ([0-9.]+) (ns|µs) (ahead of|behind) System 1"_s);
        QVERIFY2(truth.match(status.out).hasMatch(), qPrintable(status.out));

        // Offsets and dates need a clock of the lab's own: refused for a lab on this machine's clock.
        const ProgramRun fixed = cli({u"lab"_s, u"start"_s, u"--dir"_s, m_dir.path() + u"-x"_s, u"--no-virtual-clock"_s,
                                      u"--offset2"_s, u"100"_s});
        QCOMPARE(fixed.exitCode, 2);
        QVERIFY2(fixed.err.contains(u"need virtual clocks"_s), qPrintable(fixed.err));
    }

    void startStatusStop()
    {
        const ProgramRun start = cli(
            {u"lab"_s, u"start"_s, u"--dir"_s, m_dir.path(), u"--server-address"_s, m_settings.serverAddress.toString(),
             u"--client-address"_s, m_settings.clientAddress.toString(), u"--port"_s,
             QString::number(m_settings.ntpPort), u"--cmdport"_s, QString::number(m_settings.cmdPort)});
        QVERIFY2(start.finished && start.exitCode == 0, qPrintable(start.err));
        QVERIFY2(start.out.contains(u"System 2 has selected System 1"_s), qPrintable(start.out));
        QVERIFY2(start.out.contains(
                     u"tandem-cli status --host %1 --port %2 --source %3"_s.arg(m_settings.serverAddress.toString())
                         .arg(m_settings.cmdPort)
                         .arg(m_settings.clientAddress.toString())),
                 qPrintable(start.out));
        QVERIFY(start.out.contains(m_dir.path() + u"/system1/run/chrony/chronyd.sock"_s));

        // The command has returned; the lab keeps running, and chronyc agrees.
        QCOMPARE(chronydPidsUsing(m_dir.path()).size(), 2);
        const ProgramRun sources =
            runProgram(u"chronyc"_s, {u"-c"_s, u"-h"_s, m_settings.clientAddress.toString(), u"-p"_s,
                                      QString::number(m_settings.cmdPort), u"sources"_s});
        QVERIFY2(sources.out.startsWith(u"^,*,"_s + m_settings.serverAddress.toString() + u','),
                 qPrintable(sources.out));
        // Detached daemons log to their files.
        QVERIFY(readAll(m_dir.path() + u"/system2/log/chronyd.log"_s).contains("Selected source"));

        const ProgramRun status = cli({u"lab"_s, u"status"_s, u"--dir"_s, m_dir.path()});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err + status.out));
        QVERIFY2(status.out.contains(u"reference 7F7F0101, stratum 10"_s), qPrintable(status.out));
        QVERIFY2(status.out.contains(u"(%1), stratum 11"_s.arg(m_settings.serverAddress.toString())),
                 qPrintable(status.out));

        const ProgramRun again =
            cli({u"lab"_s, u"start"_s, u"--dir"_s, m_dir.path(), u"--server-address"_s,
                 m_settings.serverAddress.toString(), u"--client-address"_s, m_settings.clientAddress.toString()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already running"_s), qPrintable(again.err));
        QCOMPARE(again.err.count(u'\n'), 1);

        const ProgramRun stop = cli({u"lab"_s, u"stop"_s, u"--dir"_s, m_dir.path()});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QVERIFY(chronydPidsUsing(m_dir.path()).isEmpty());

        const ProgramRun stopped = cli({u"lab"_s, u"status"_s, u"--dir"_s, m_dir.path()});
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.out.contains(u"not running"_s), qPrintable(stopped.out));
    }

    // Not root: chronyd needs -U -u USER and a run directory the user owns. CI runs as root, so the test
    // becomes nobody for the whole lab's life (runuser), which is the path an admin's desktop session takes.
    void startsAsUnprivilegedUser()
    {
        if (::geteuid() != 0)
            QSKIP("already unprivileged: startStatusStop runs this path");
        const passwd* nobody = ::getpwnam("nobody");
        const QString runuser = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s});
        if (!nobody || runuser.isEmpty())
            QSKIP("needs the nobody user and runuser");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
        const LabSettings settings = LabFixture::uniqueSettings(dir.path());
        const auto asNobody = [&](const QStringList& arguments) {
            return runProgram(runuser,
                              QStringList{u"-u"_s, u"nobody"_s, u"--"_s, QStringLiteral(TANDEM_CLI_PATH)} + arguments +
                                  QStringList{u"--dir"_s, dir.path()},
                              60000);
        };

        const ProgramRun start =
            asNobody({u"lab"_s, u"start"_s, u"--server-address"_s, settings.serverAddress.toString(),
                      u"--client-address"_s, settings.clientAddress.toString(), u"--port"_s,
                      QString::number(settings.ntpPort), u"--cmdport"_s, QString::number(settings.cmdPort)});
        const QList<qint64> pids = chronydPidsUsing(dir.path());
        const auto stopAll = qScopeGuard([&] { asNobody({u"lab"_s, u"stop"_s}); });
        QVERIFY2(start.finished && start.exitCode == 0, qPrintable(start.err + start.out));
        QVERIFY2(start.out.contains(u"System 2 has selected System 1"_s), qPrintable(start.out));
        QCOMPARE(pids.size(), 2);
        for (qint64 pid : pids) {
            const QByteArray cmdline = readAll(u"/proc/%1/cmdline"_s.arg(pid)).replace('\0', ' ');
            QVERIFY2(cmdline.contains(" -U -u nobody "), cmdline.constData());
            QString config = QString::fromUtf8(cmdline).section(u" -f "_s, 1).trimmed();
            const QString clock = virtualClockProblem(pid, config.replace(u"/etc/chrony/chrony.conf"_s, u"/clock"_s));
            QVERIFY2(clock.isEmpty(), qPrintable(clock));
            QCOMPARE(QFileInfo(u"/proc/%1"_s.arg(pid)).ownerId(), nobody->pw_uid);
        }
        // The Unix command socket is usable by its owner: full access, as the helper will have as root.
        const ProgramRun status = asNobody({u"lab"_s, u"status"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err + status.out));
        QVERIFY2(status.out.contains(u"(%1), stratum 11"_s.arg(settings.serverAddress.toString())),
                 qPrintable(status.out));

        const ProgramRun stop = asNobody({u"lab"_s, u"stop"_s});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QVERIFY(chronydPidsUsing(dir.path()).isEmpty());
    }

    void errorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("non-loopback")
            << QStringList{u"lab"_s, u"start"_s, u"--dir"_s, u"/tmp/x"_s, u"--server-address"_s, u"192.168.1.2"_s} << 2
            << u"not an IPv4 loopback"_s;
        QTest::addRow("no dir") << QStringList{u"lab"_s, u"start"_s} << 2 << u"--dir DIR is required"_s;
        QTest::addRow("bad action") << QStringList{u"lab"_s, u"restart"_s, u"--dir"_s, u"/tmp/x"_s} << 2
                                    << u"start, status, clock or stop"_s;
        QTest::addRow("fast oscillator") << QStringList{u"lab"_s,    u"clock"_s,  u"--dir"_s,
                                                        u"/tmp/x"_s, u"--freq"_s, u"600"_s}
                                         << 2 << u"within ±500 ppm"_s;
        QTest::addRow("bad date") << QStringList{u"lab"_s,    u"start"_s,  u"--dir"_s,
                                                 u"/tmp/x"_s, u"--date"_s, u"yesterday"_s}
                                  << 2 << u"--date must be an ISO 8601 time"_s;
        QTest::addRow("bad offset") << QStringList{u"lab"_s,    u"start"_s,     u"--dir"_s,
                                                   u"/tmp/x"_s, u"--offset2"_s, u"ahead"_s}
                                    << 2 << u"--offset2 must be a number"_s;
        QTest::addRow("bad port") << QStringList{u"lab"_s, u"start"_s, u"--dir"_s, u"/tmp/x"_s, u"--port"_s, u"0"_s}
                                  << 2 << u"--port and --cmdport"_s;
        QTest::addRow("stop without lab")
            << QStringList{u"lab"_s, u"stop"_s, u"--dir"_s, u"/nonexistent/lab"_s} << 1 << u"has no lab"_s;
    }
    void errorsAreOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProgramRun run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"tandem-cli lab: "_s) && run.err.contains(message), qPrintable(run.err));
    }

private:
    static ProgramRun cli(const QStringList& arguments)
    {
        return runProgram(QStringLiteral(TANDEM_CLI_PATH), arguments, 60000);
    }
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir{u"/tmp/tandem-labcli-XXXXXX"_s};
    LabSettings m_settings;
};

QTEST_GUILESS_MAIN(tst_LabCli)
#include "tst_LabCli.moc"

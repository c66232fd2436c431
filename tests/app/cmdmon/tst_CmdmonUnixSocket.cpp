#include "cmdmon/CmdmonClient.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Debian's chronyd starts as root and drops to _chrony: our reply socket must then be reachable and
// writable by that user, not only by root. The lab keeps root (-u root), so this test starts one
// such daemon itself (with -x, without NTP or UDP command ports) and stops it by its pid.
class tst_CmdmonUnixSocket : public QObject
{
    Q_OBJECT

private slots:
    void privilegeDroppedDaemon();
};

void tst_CmdmonUnixSocket::privilegeDroppedDaemon()
{
    const passwd* chronyUser = ::getpwnam("_chrony");
    if (::geteuid() != 0 || !chronyUser)
        QSKIP("needs root and Debian's _chrony user");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QVERIFY(QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                        QFileDevice::ExeOther));
    const QString run = directory.filePath(u"run"_s);
    QVERIFY(QDir().mkdir(run));
    // chronyd keeps its socket only in a directory of its own user with no more than 0770.
    QCOMPARE(::chown(QFile::encodeName(run).constData(), chronyUser->pw_uid, chronyUser->pw_gid), 0);
    QCOMPARE(::chmod(QFile::encodeName(run).constData(), 0770), 0);
    const QString socketPath = run + u"/chronyd.sock"_s;
    const QString configPath = directory.filePath(u"chrony.conf"_s);
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("local stratum 10\nport 0\ncmdport 0\nbindcmdaddress " + QFile::encodeName(socketPath) + "\npidfile " +
                 QFile::encodeName(run + u"/chronyd.pid"_s) + "\n");
    config.close();

    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::MergedChannels);
    daemon.start(u"chronyd"_s, {u"-x"_s, u"-d"_s, u"-f"_s, configPath}); // -x: never touches the clock
    auto stopDaemon = qScopeGuard([&daemon] {
        if (daemon.state() != QProcess::NotRunning) {
            daemon.terminate(); // SIGTERM to the pid this test started
            // Not QTRY_*: those stop waiting once the test has failed, and the daemon must go anyway.
            if (!QTest::qWaitFor([&daemon] { return daemon.state() == QProcess::NotRunning; }, 10000))
                daemon.kill();
        }
    });
    // chronyd may bind its socket before QProcess has noticed that it started: wait for both.
    QTRY_VERIFY_WITH_TIMEOUT((QFileInfo::exists(socketPath) && daemon.state() == QProcess::Running) ||
                                 daemon.state() == QProcess::NotRunning,
                             10000);
    QVERIFY2(daemon.state() == QProcess::Running,
             qPrintable(u"state %1, exists %2, output: %3"_s.arg(int(daemon.state()))
                            .arg(QFileInfo::exists(socketPath))
                            .arg(QString::fromLocal8Bit(daemon.readAll()))));

    CmdmonEndpoint endpoint;
    endpoint.socketPath = socketPath;
    CmdmonClient client(endpoint);
    auto* call = client.tracking();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 15000);
    const Result<TrackingReport> tracking = call->result();
    QVERIFY2(tracking.ok(), qPrintable(tracking.error()));
    QCOMPARE(tracking->referenceIdHex(), u"7F7F0101"_s);
    QCOMPARE(tracking->stratum, quint16(10));
    // It really runs as _chrony.
    QFileInfo status(u"/proc/%1"_s.arg(daemon.processId()));
    QCOMPARE(status.ownerId(), chronyUser->pw_uid);
}

QTEST_GUILESS_MAIN(tst_CmdmonUnixSocket)
#include "tst_CmdmonUnixSocket.moc"

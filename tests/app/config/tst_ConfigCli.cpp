#include "TestData.h"
#include "setup/PairBundle.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built tandem-cli (its path comes from CMake) and waits for it with a deadline.
Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(TANDEM_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_ConfigCli : public QObject
{
    Q_OBJECT

private slots:
    void planPrintsWholeConfig();
    void planDiffOfDevRun();
    void planListensWhereThePeerIs();
    void planClientDiff();
    void pairKeyFileAndPlan();
    void planBadArguments_data();
    void planBadArguments();
    void lintExitCodes_data();
    void lintExitCodes();
    void lintUnreadableFile();
    void includedSourcesInLintAndPlan();
    void lintNeedsAFile();
};

void tst_ConfigCli::planPrintsWholeConfig()
{
    const Run run = runCli({u"plan"_s, u"--role"_s, u"server"_s, u"--peer"_s, u"192.168.1.3"_s,
                            u"--monitor-everywhere"_s, u"--config"_s, testDataPath(u"conf/debian12.conf"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("# Welcome to the chrony configuration file."));
    QVERIFY(run.out.contains("\n#tandem-disabled# pool 2.debian.pool.ntp.org iburst\n"));
    QVERIFY(run.out.endsWith("bindcmdaddress 0.0.0.0\n# END Tandem\n"));
    QVERIFY(run.err.isEmpty());
}

// The command .ci/dev run shows.
void tst_ConfigCli::planDiffOfDevRun()
{
    const QString base = testDataPath(u"conf/debian12.conf"_s);
    const Run run = runCli({u"plan"_s, u"--role"_s, u"server"_s, u"--peer"_s, u"192.168.1.3"_s, u"--mode"_s,
                            u"local-only"_s, u"--monitor-everywhere"_s, u"--config"_s, base, u"--diff"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("--- a/"_ba + base.toUtf8() + "\n+++ b/"_ba + base.toUtf8() + "\n@@ -5,"_ba));
    QVERIFY(run.out.contains(
        "\n-pool 2.debian.pool.ntp.org iburst\n+#tandem-disabled# pool 2.debian.pool.ntp.org iburst\n"));
    QVERIFY(
        run.out.contains("\n+local stratum 10\n+allow 192.168.1.3\n+cmdallow 192.168.1.3\n+bindcmdaddress 0.0.0.0\n"));
    QVERIFY(!run.out.contains("127.127"));
    // Nothing was written: the base is untouched.
    QCOMPARE(readTestData(u"conf/debian12.conf"_s).count("tandem"), 0);
}

// Without --monitor-everywhere the command port listens only on the address that faces the peer
// (on this machine, loopback for a loopback peer); a name that does not resolve cannot be allowed.
void tst_ConfigCli::planListensWhereThePeerIs()
{
    const QString base = testDataPath(u"conf/debian12.conf"_s);
    const Run facing = runCli({u"plan"_s, u"--role"_s, u"server"_s, u"--peer"_s, u"127.0.0.3"_s, u"--config"_s, base});
    QCOMPARE(facing.exitCode, 0);
    QVERIFY2(facing.out.endsWith("cmdallow 127.0.0.3\nbindcmdaddress 127.0.0.1\n# END Tandem\n"),
             facing.out.constData());

    const Run unresolved =
        runCli({u"plan"_s, u"--role"_s, u"server"_s, u"--peer"_s, u"system2.invalid"_s, u"--config"_s, base});
    QCOMPARE(unresolved.exitCode, 2);
    QVERIFY2(unresolved.err.contains("System 2's name system2.invalid does not resolve"), unresolved.err.constData());
    QVERIFY(unresolved.out.isEmpty());

    const Run stepping = runCli({u"plan"_s, u"--role"_s, u"client"_s, u"--peer"_s, u"127.0.0.2"_s,
                                 u"--makestep-always"_s, u"--config"_s, base, u"--diff"_s});
    QCOMPARE(stepping.exitCode, 0);
    QVERIFY(stepping.out.contains("\n-makestep 1 3\n+#tandem-disabled# makestep 1 3\n"));
    QVERIFY(stepping.out.contains("\n+makestep 1 -1\n"));
}

void tst_ConfigCli::planClientDiff()
{
    const Run run = runCli({u"plan"_s, u"--role"_s, u"client"_s, u"--peer"_s, u"192.168.1.2"_s, u"--minpoll"_s, u"2"_s,
                            u"--maxpoll"_s, u"4"_s, u"--no-monitoring"_s, u"--config"_s,
                            testDataPath(u"conf/fedora.conf"_s), u"--diff"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\n+server 192.168.1.2 iburst minpoll 2 maxpoll 4\n+# END Tandem\n"));
    // System 2 serves nobody: no `allow`, so its NTP port stays closed.
    QVERIFY(!run.out.contains("allow"));
}

// tandem-cli pair-key writes a file only its owner can read (never over another one); plan reads the
// key from it, never from argv, and names it on the server line with a keyfile line beside chrony.conf.
void tst_ConfigCli::pairKeyFileAndPlan()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(u"pair.tandem-pair"_s);
    const Run made = runCli({u"pair-key"_s, u"--out"_s, file});
    QCOMPARE(made.exitCode, 0);
    QCOMPARE(
        int(QFile::permissions(file) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser)),
        0);
    const Run again = runCli({u"pair-key"_s, u"--out"_s, file});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("Cannot create"), again.err.constData());

    QFile bundle(file);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const Result<PairKey> key = PairBundle::read(bundle.readAll());
    QVERIFY(key.ok());
    const Run plan = runCli({u"plan"_s, u"--role"_s, u"client"_s, u"--peer"_s, u"192.168.1.2"_s, u"--no-monitoring"_s,
                             u"--config"_s, testDataPath(u"conf/fedora.conf"_s), u"--pair-key"_s, file});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("server 192.168.1.2 iburst minpoll 1 maxpoll 1 key "_ba + QByteArray::number(key->id)),
             plan.out.constData());
    QVERIFY(!plan.out.contains(key->secret.toHex().toUpper()));

    QFile typo(directory.filePath(u"typo"_s));
    QVERIFY(typo.open(QIODevice::WriteOnly));
    typo.write("AAAA-BBBB\n");
    typo.close();
    const Run refused = runCli({u"plan"_s, u"--role"_s, u"client"_s, u"--peer"_s, u"192.168.1.2"_s,
                                u"--no-monitoring"_s, u"--pair-key"_s, typo.fileName()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("holds no pairing code"), refused.err.constData());
}

void tst_ConfigCli::planBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    const QString base = testDataPath(u"conf/debian12.conf"_s);
    QTest::addRow("no role") << QStringList{u"plan"_s, u"--peer"_s, u"1.2.3.4"_s} << "--role and --peer"_ba;
    QTest::addRow("bad role") << QStringList{u"plan"_s, u"--role"_s, u"master"_s, u"--peer"_s, u"1.2.3.4"_s}
                              << "'master'"_ba;
    QTest::addRow("bad mode") << QStringList{u"plan"_s,    u"--role"_s, u"server"_s, u"--peer"_s,
                                             u"1.2.3.4"_s, u"--mode"_s, u"x"_s}
                              << "--mode"_ba;
    QTest::addRow("pseudo peer") << QStringList{u"plan"_s,        u"--role"_s,   u"client"_s, u"--peer"_s,
                                                u"127.127.1.1"_s, u"--config"_s, base}
                                 << "local stratum 10"_ba;
    QTest::addRow("minpoll not a number")
        << QStringList{u"plan"_s, u"--role"_s, u"client"_s, u"--peer"_s, u"1.2.3.4"_s, u"--minpoll"_s, u"fast"_s}
        << "whole number"_ba;
    QTest::addRow("stratum for client") << QStringList{u"plan"_s,    u"--role"_s,    u"client"_s, u"--peer"_s,
                                                       u"1.2.3.4"_s, u"--stratum"_s, u"3"_s}
                                        << "--stratum only applies"_ba;
    QTest::addRow("stratum 16") << QStringList{u"plan"_s,    u"--role"_s,    u"server"_s, u"--peer"_s,
                                               u"1.2.3.4"_s, u"--stratum"_s, u"16"_s}
                                << "between 1 and 15"_ba;
    QTest::addRow("unknown option") << QStringList{u"plan"_s, u"--colour"_s} << "colour"_ba;
    QTest::addRow("stray argument") << QStringList{u"plan"_s,   u"--role"_s,  u"server"_s,
                                                   u"--peer"_s, u"1.2.3.4"_s, u"extra"_s}
                                    << "extra"_ba;
}

void tst_ConfigCli::planBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(reason), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1); // one line
}

void tst_ConfigCli::lintExitCodes_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("clean") << "server 192.168.1.2 iburst\nmakestep 1 3\n"_ba << 0 << QByteArray();
    QTest::addRow("warning") << "cmdallow 192.168.1.3\n"_ba << 1 << ":1: warning: cmdallow has no effect"_ba;
    QTest::addRow("error") << "rtcsync\nserver 127.127.1.1 prefer\n"_ba << 2 << ":2: error: 127.127.1.1 is ntpd"_ba;
    // chronyd -p reports what Tandem's rules do not model: a broken include.
    QTest::addRow("chronyd finds it") << "include /nonexistent-tandem-test/*.conf\n"_ba << 2
                                      << "error: chronyd -p: Could not search for files"_ba;
}

void tst_ConfigCli::lintExitCodes()
{
    QFETCH(QByteArray, config);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"chrony.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();
    const Run run = runCli({u"lint"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    if (expected.isEmpty()) {
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    } else {
        QVERIFY2(run.out.startsWith(path.toUtf8()), run.out.constData());
        QVERIFY2(run.out.contains(expected), run.out.constData());
    }
}

void tst_ConfigCli::lintUnreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.conf"_s);
    const Run run = runCli({u"lint"_s, testDataPath(u"conf/debian12.conf"_s), missing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.startsWith(missing.toUtf8() + ": error: cannot read the file"_ba));
}

void tst_ConfigCli::includedSourcesInLintAndPlan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"conf.d"_s));
    QFile dropIn(dir.filePath(u"conf.d/cloud.conf"_s));
    QVERIFY(dropIn.open(QIODevice::WriteOnly));
    dropIn.write("pool time.cloud.example iburst\n");
    dropIn.close();
    const QString path = dir.filePath(u"chrony.conf"_s);
    QFile main(path);
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write("confdir "_ba + QFile::encodeName(dir.filePath(u"conf.d"_s)) +
               "\npool 2.debian.pool.ntp.org iburst\nmakestep 1 3\n"_ba);
    main.close();
    const QByteArray where = QFile::encodeName(dropIn.fileName()) + ":1: "_ba;

    // lint cannot know the role: information, exit status unchanged.
    const Run lint = runCli({u"lint"_s, u"--no-chronyd"_s, path});
    QCOMPARE(lint.exitCode, 0);
    QVERIFY2(lint.out.contains(where + "info: chronyd also uses 'pool time.cloud.example iburst'"),
             lint.out.constData());

    // plan for a client: the config on stdout as always, the warning on stderr.
    const Run plan = runCli({u"plan"_s, u"--role"_s, u"client"_s, u"--peer"_s, u"192.168.1.2"_s, u"--config"_s, path});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY(plan.out.contains("server 192.168.1.2 iburst minpoll 1 maxpoll 1\n"));
    QVERIFY(!plan.out.contains("warning"));
    QVERIFY2(plan.err.contains(where + "warning: "), plan.err.constData());
}

void tst_ConfigCli::lintNeedsAFile()
{
    const Run run = runCli({u"lint"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(tst_ConfigCli)
#include "tst_ConfigCli.moc"

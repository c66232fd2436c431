#include "HelperProcess.h"
#include "LabFixture.h"
#include "lab/LabSettings.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The helper's refusals that come before any request is read: command line, who runs it, --root.
// No daemon is needed: each case must stop before touching the lab directory.
class tst_HelperCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusals_data();
    void refusals();
    void installedProgramsRefuseRoot_data();
    void installedProgramsRefuseRoot();
    void syncNowProgramAcceptsOnlySyncNow();
    void givesUpOnStdinThatNeverEnds();

private:
    QTemporaryDir m_directory;
    QString m_system2;
};

void tst_HelperCommandLine::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // A lab as tandem-cli lab would leave it: lab.json next to system1/ and system2/.
    const LabSettings settings = LabFixture::uniqueSettings(m_directory.path());
    QVERIFY(saveLabSettings(settings).ok());
    m_system2 = m_directory.filePath(u"system2"_s);
    QVERIFY(QDir().mkpath(m_system2 + u"/etc/chrony"_s));
    // The unprivileged rows run the helper as nobody; it must be able to reach the binary.
    QVERIFY(QFileInfo(helperBinary()).isExecutable());
}

void tst_HelperCommandLine::refusals_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment"); // NAME=VALUE or empty
    QTest::addColumn<int>("identity");        // 0 as is, 1 nobody, 2 real uid nobody with effective root
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    const QString root = u"--root"_s;
    const QString helper = helperBinary();
    const QString lab = labHelperBinary();
    QTest::addRow("unknown option") << helper << QStringList{u"--verbose"_s} << QString() << 0 << 2
                                    << u"unexpected argument"_s;
    QTest::addRow("root without directory")
        << lab << QStringList{root} << QString() << 0 << 2 << u"unexpected argument"_s;
    QTest::addRow("empty root") << lab << QStringList{u"--root="_s} << QString() << 0 << 2 << u"needs a directory"_s;
    QTest::addRow("two roots") << lab << QStringList{root, u"/a"_s, root, u"/b"_s} << QString() << 0 << 2
                               << u"unexpected argument"_s;
    QTest::addRow("root under pkexec") << helper << QStringList{root, u"@SYSTEM2@"_s} << u"PKEXEC_UID=1000"_s << 0 << 3
                                       << u"pkexec"_s;
    QTest::addRow("root with euid != uid")
        << lab << QStringList{root, u"@SYSTEM2@"_s} << QString() << 2 << 3 << u"setuid"_s;
    QTest::addRow("root not a lab") << lab << QStringList{root, u"/tmp"_s} << QString() << 0 << 3 << u"lab system"_s;
    QTest::addRow("root relative") << lab << QStringList{root, u"system2"_s} << QString() << 0 << 3
                                   << u"absolute path"_s;
    QTest::addRow("root missing") << lab << QStringList{root, u"/nonexistent/system2"_s} << QString() << 0 << 3
                                  << u"existing directory"_s;
    QTest::addRow("not root") << helper << QStringList() << QString() << 1 << 4 << u"must run as root"_s;
    QTest::addRow("lab helper without root")
        << lab << QStringList() << QString() << 0 << 2 << u"--root DIR is needed"_s;
    // Not "must run as root": the lab's helper never acts on this machine.
    QTest::addRow("lab helper without root, not root")
        << lab << QStringList() << QString() << 1 << 2 << u"--root DIR is needed"_s;
    QTest::addRow("lab helper under pkexec")
        << lab << QStringList{root, u"@SYSTEM2@"_s} << u"PKEXEC_UID=1000"_s << 0 << 3 << u"pkexec"_s;
}

void tst_HelperCommandLine::refusals()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(int, identity);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    if (identity != 0 && ::geteuid() != 0)
        QSKIP("changing the helper's uid needs root (CI runs as root)");
    arguments.replaceInStrings(u"@SYSTEM2@"_s, m_system2);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!environment.isEmpty())
        env.insert(environment.section(u'=', 0, 0), environment.section(u'=', 1));
    std::function<void()> modifier;
    if (identity == 1)
        modifier = [] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        };
    else if (identity == 2)
        modifier = [] {
            if (::setresuid(65534, 0, 0) != 0)
                ::_exit(99);
        };

    const HelperRun run = runHelper(program, arguments, R"({"action":"restore"})"_ba, 20000, env, modifier);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.lines.size(), 1); // only the result: nothing was read or done
    QCOMPARE(run.result().value(u"exitCode"_s).toInt(), exitCode);
    QVERIFY2(run.result().value(u"message"_s).toString().contains(reason), run.dump().constData());
    // Nothing was created in the lab.
    QVERIFY(!QFileInfo::exists(m_system2 + u"/var"_s));
}

void tst_HelperCommandLine::installedProgramsRefuseRoot_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("request");
    QTest::addRow("tandem-helper") << helperBinary() << R"({"action":"restore"})"_ba;
    QTest::addRow("tandem-helper-sync-now") << syncNowHelperBinary() << R"({"action":"sync-now"})"_ba;
}

void tst_HelperCommandLine::installedProgramsRefuseRoot()
{
    // The programs pkexec runs hold no lab code: a real lab root is refused, and nothing is touched there.
    QFETCH(QString, program);
    QFETCH(QByteArray, request);
    const HelperRun run = runHelper(program, {u"--root"_s, m_system2}, request, 20000);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.result().value(u"message"_s).toString().contains(u"acts on this machine only"_s),
             run.dump().constData());
    QVERIFY(!QFileInfo::exists(m_system2 + u"/var"_s));
}

void tst_HelperCommandLine::syncNowProgramAcceptsOnlySyncNow()
{
    const HelperRun run =
        runHelper(syncNowHelperBinary(), {u"--root"_s, m_system2}, R"({"action":"restore"})"_ba, 20000);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.step(u"validate"_s).value(u"ok"_s).toBool(true), false);
    QVERIFY(run.result().value(u"message"_s).toString().contains(u"only steps the clock"_s));
    QVERIFY(!QFileInfo::exists(m_system2 + u"/var"_s));
}

void tst_HelperCommandLine::givesUpOnStdinThatNeverEnds()
{
    // A caller that never closes stdin must not keep a root process waiting.
    QProcess helper;
    QSignalSpy finished(&helper, &QProcess::finished);
    helper.start(helperBinary(), {u"--root"_s, m_system2});
    helper.write(R"({"action":"restore")"_ba);
    QVERIFY(finished.wait(30000));
    QCOMPARE(helper.exitCode(), 3);
    const QByteArray out = helper.readAllStandardOutput();
    QVERIFY2(out.contains("did not arrive on stdin"), out.constData());
    QVERIFY(!QFileInfo::exists(m_system2 + u"/var"_s));
}

QTEST_GUILESS_MAIN(tst_HelperCommandLine)
#include "tst_HelperCommandLine.moc"

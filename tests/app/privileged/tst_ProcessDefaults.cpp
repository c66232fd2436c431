#include "privileged/ProcessDefaults.h"

#include <QProcess>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The helper and the init script it runs get the system's limits, priority, CPUs, umask and signal
// actions, not the caller's. The pair bed checks the same on a chronyd restarted through pkexec from a
// hostile shell (tests/pair/tst_pair.sh); here, real child processes of this test.
class tst_ProcessDefaults : public QObject
{
    Q_OBJECT

private slots:
    void readsProcLimits();
    void unreadableLinesKeepTheDefaults();
    void childGetsTheSystemsDefaults();
    void helperIgnoresTerminalSignals();
};

namespace {

const QByteArray SystemLimits = "Limit                     Soft Limit           Hard Limit           Units     \n"
                                "Max cpu time              unlimited            unlimited            seconds   \n"
                                "Max file size             unlimited            unlimited            bytes     \n"
                                "Max stack size            8388608              unlimited            bytes     \n"
                                "Max core file size        0                    unlimited            bytes     \n"
                                "Max processes             63664                63664                processes \n"
                                "Max open files            1048576              1048576              files     \n"
                                "Max nice priority         0                    0                    \n"_ba;

// A field of /proc/self/status of a child, e.g. "Umask" or "SigIgn".
QMap<QString, QString> childStatus(const QString& output)
{
    QMap<QString, QString> fields;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return fields;
}

} // namespace

void tst_ProcessDefaults::readsProcLimits()
{
    const ProcessDefaults defaults = ProcessDefaults::fromProcLimits(SystemLimits);
    QCOMPARE(defaults.limit(RLIMIT_CPU).rlim_cur, RLIM_INFINITY);
    QCOMPARE(defaults.limit(RLIMIT_STACK).rlim_cur, rlim_t(8388608));
    QCOMPARE(defaults.limit(RLIMIT_STACK).rlim_max, RLIM_INFINITY);
    QCOMPARE(defaults.limit(RLIMIT_CORE).rlim_cur, rlim_t(0));
    QCOMPARE(defaults.limit(RLIMIT_NPROC).rlim_max, rlim_t(63664));
    QCOMPARE(defaults.limit(RLIMIT_NOFILE).rlim_cur, rlim_t(1048576));
}

void tst_ProcessDefaults::unreadableLinesKeepTheDefaults()
{
    const ProcessDefaults defaults = ProcessDefaults::fromProcLimits("Max open files   many   lots   files\n"
                                                                     "Max cpu time 10 5 seconds\n"_ba);
    QCOMPARE(defaults.limit(RLIMIT_NOFILE).rlim_cur, rlim_t(1024)); // Debian's default for a service
    QCOMPARE(defaults.limit(RLIMIT_CPU).rlim_cur, RLIM_INFINITY);   // soft above hard: not believed
}

// The caller's shell: a low open-files limit, umask 077, SIGINT ignored and SIGUSR1 blocked, as a
// script or an impatient admin leaves them. The child sees PID 1's view instead, in its own session.
void tst_ProcessDefaults::childGetsTheSystemsDefaults()
{
    rlimit low{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &low) == 0);
    const rlimit saved = low;
    // Whether this process may raise its hard limit (root with CAP_SYS_RESOURCE, unless a sandbox
    // forbids it): then the child may too. Lowering it again afterwards is always allowed.
    const rlim_t wanted = 1048576;
    const rlimit probe{wanted, wanted};
    const bool mayRaise =
        saved.rlim_max == RLIM_INFINITY || saved.rlim_max >= wanted || ::setrlimit(RLIMIT_NOFILE, &probe) == 0;
    low.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    const mode_t savedMask = ::umask(077);
    auto* savedInt = std::signal(SIGINT, SIG_IGN);
    sigset_t blocked;
    sigset_t savedBlocked;
    ::sigemptyset(&blocked);
    ::sigaddset(&blocked, SIGUSR1);
    ::sigprocmask(SIG_BLOCK, &blocked, &savedBlocked);

    const ProcessDefaults defaults = ProcessDefaults::fromProcLimits(SystemLimits);
    QProcess child;
    child.setChildProcessModifier([&defaults] { defaults.applyToChild(); });
    child.start(u"/bin/sh"_s, {u"-c"_s, u"ulimit -Sn; cat /proc/self/status; echo Sid: $(cut -d' ' -f6 /proc/$$/stat); "
                                        u"echo Pid: $$"_s});
    const bool finished = child.waitForFinished(10000);

    ::sigprocmask(SIG_SETMASK, &savedBlocked, nullptr);
    std::signal(SIGINT, savedInt);
    ::umask(savedMask);
    ::setrlimit(RLIMIT_NOFILE, &saved);
    QVERIFY(finished);

    const QString output = QString::fromLocal8Bit(child.readAllStandardOutput());
    const QStringList lines = output.split(u'\n');
    const QMap<QString, QString> status = childStatus(output);
    // Without the right to raise a hard limit, the child gets as much as this test's hard limit allows.
    const rlim_t expected = mayRaise ? wanted : std::min(wanted, saved.rlim_max);
    const QString expectedFiles = QString::number(expected);
    QCOMPARE(lines.value(0), expectedFiles);
    QCOMPARE(status.value(u"Umask"_s), u"0022"_s);
    QCOMPARE(status.value(u"SigIgn"_s), u"0000000000000000"_s);
    QCOMPARE(status.value(u"SigBlk"_s), u"0000000000000000"_s);
    QCOMPARE(status.value(u"Sid"_s).trimmed(), status.value(u"Pid"_s).section(u'\n', 0, 0).trimmed());
}

// The helper's own process: Ctrl+C, a hang-up and a closed pipe do not end it half-way.
void tst_ProcessDefaults::helperIgnoresTerminalSignals()
{
    QProcess helperLike;
    // The test binary cannot apply it to itself without changing its own run; a child shell shows what
    // a process gets that applied it (the pair bed's Ctrl+C test shows it on the real helper).
    helperLike.setChildProcessModifier([] { ProcessDefaults::ignoreTerminalSignals(); });
    helperLike.start(u"/bin/sh"_s, {u"-c"_s, u"grep -E '^SigIgn' /proc/self/status"_s});
    QVERIFY(helperLike.waitForFinished(10000));
    const QMap<QString, QString> status = childStatus(QString::fromLocal8Bit(helperLike.readAllStandardOutput()));
    bool ok = false;
    const qulonglong ignored = status.value(u"SigIgn"_s).toULongLong(&ok, 16);
    QVERIFY(ok);
    for (const int signalNumber : {SIGINT, SIGQUIT, SIGTSTP, SIGHUP, SIGPIPE})
        QVERIFY2(ignored & (1ULL << (signalNumber - 1)), qPrintable(u"signal %1 not ignored"_s.arg(signalNumber)));
    QVERIFY(!(ignored & (1ULL << (SIGTERM - 1)))); // `kill` and a lab's cancel still end it
}

QTEST_GUILESS_MAIN(tst_ProcessDefaults)
#include "tst_ProcessDefaults.moc"

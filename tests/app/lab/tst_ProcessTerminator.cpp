// The terminator's refusals; ending a real chronyd is covered by tst_Lab.
#include "LabFixture.h"
#include "lab/ProcessTerminator.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_ProcessTerminator : public QObject
{
    Q_OBJECT
private slots:
    void leavesOtherProcessesAlone()
    {
        // A pid file that names something else (a reused pid, a stale file) must not get it killed.
        QProcess sleeper;
        sleeper.start(u"sleep"_s, {u"30"_s});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();

        ProcessTerminator terminator;
        QSignalSpy ended(&terminator, &ProcessTerminator::ended);
        QSignalSpy failed(&terminator, &ProcessTerminator::failed);
        terminator.terminate(pid, u"/tmp/lab/system1/etc/chrony/chrony.conf"_s, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !ended.isEmpty(), 2000);
        QVERIFY(ended.isEmpty());
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"is not the lab's chronyd"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(processIsAlive(pid));

        const Status now = ProcessTerminator::terminateNow(pid, u"/tmp/lab/system1/etc/chrony/chrony.conf"_s, 200);
        QVERIFY(!now.ok());
        QVERIFY(processIsAlive(pid));

        sleeper.kill();
        QVERIFY(sleeper.waitForFinished());
    }

    void exitedButUnreapedProcessCountsAsEnded()
    {
        // A zombie still has its pid (and an empty command line): it is gone for the terminator,
        // which must say so instead of refusing or signalling it.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0)
            ::_exit(0);
        siginfo_t info{};
        QCOMPARE(::waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT), 0); // exited, left unreaped

        ProcessTerminator terminator;
        QSignalSpy ended(&terminator, &ProcessTerminator::ended);
        QSignalSpy failed(&terminator, &ProcessTerminator::failed);
        terminator.terminate(child, u"/x.conf"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !ended.isEmpty(), 2000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(ProcessTerminator::terminateNow(child, u"/x.conf"_s).ok());
        QCOMPARE(::waitpid(child, nullptr, 0), child);
    }

    void goneProcessCountsAsEnded()
    {
        QProcess quick;
        quick.start(u"true"_s, {});
        QVERIFY(quick.waitForFinished());
        const qint64 pid = quick.processId(); // 0 once finished
        ProcessTerminator terminator;
        QSignalSpy ended(&terminator, &ProcessTerminator::ended);
        terminator.terminate(pid, u"/x.conf"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QVERIFY(ProcessTerminator::terminateNow(0, u"/x.conf"_s).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ProcessTerminator)
#include "tst_ProcessTerminator.moc"

#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "privileged/HelperTarget.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

// sync-now's temporary source on every path a real caller can take: the terminal's signals, SIGTERM
// and SIGKILL, sent to the real tandem-helper-sync-now right after it added the source to System 2's
// real chronyd (a lab whose System 2 has no sources of its own).
class tst_SyncNowInterrupted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void terminalSignalsDoNotStopIt();
    void sigtermStopsAndRemovesTheSource();
    void killedRunIsCleanedUpByTheNextRun();
    void leftoverOfARestartedChronydIsNotTouched();

private:
    LabSystemPaths system2() const { return LabLayout::systemPaths(m_lab->directory(), 2); }
    QString server() const { return m_lab->settings().serverAddress.toString(); }
    QByteArray request() const;
    QString recordPath() const { return system2().root + u"/var/lib/tandem/sync-now-source"_s; }
    // Starts the helper and, once it reports that it added the temporary source, sends it these
    // signals; null when it never got that far.
    std::unique_ptr<QProcess> signalOnceSourceAdded(std::initializer_list<int> signalNumbers, HelperRun* run);
    // Waits for the helper's end and completes `run` with the rest of its output.
    static void finish(QProcess& helper, HelperRun* run);
    // Whether System 2's chronyd lists System 1 as a source now.
    bool system2HasServer() const;
    // Reply-socket directories next to System 2's command socket.
    QStringList replyDirectories() const;

    std::unique_ptr<LabFixture> m_lab;
};

QByteArray tst_SyncNowInterrupted::request() const
{
    return R"({"action":"sync-now","peer":")"_ba + server().toLatin1() + "\"}";
}

void tst_SyncNowInterrupted::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

void tst_SyncNowInterrupted::init()
{
    // Each case: System 2 with no source at all, so that System 1 can only be the temporary one, and
    // a maximum root distance no real server meets, so that chronyd never selects it and the helper
    // waits in its "follow" step (20 s at most) while the test signals it; without it the whole run
    // takes less time than a test needs to react.
    const QString failure = LabFiles::restartWithSources(m_lab->settings(), 2, "maxdistance 0.000000001\n");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!system2HasServer());
    QVERIFY(!QFile::exists(recordPath()));
}

std::unique_ptr<QProcess> tst_SyncNowInterrupted::signalOnceSourceAdded(std::initializer_list<int> signalNumbers,
                                                                        HelperRun* run)
{
    auto process = std::make_unique<QProcess>();
    process->start(labHelperBinary(), {u"--root"_s, system2().root});
    process->write(request());
    process->closeWriteChannel();
    if (!process->waitForStarted(5000))
        return nullptr;
    QElapsedTimer waited;
    waited.start();
    while (!run->step(u"add-source"_s).value(u"ok"_s).toBool() && process->state() == QProcess::Running &&
           waited.elapsed() < 20000) {
        process->waitForReadyRead(100);
        run->rawOut += process->readAllStandardOutput();
        run->parseLines();
    }
    if (!run->step(u"add-source"_s).value(u"ok"_s).toBool())
        return nullptr;
    for (const int signalNumber : signalNumbers) {
        if (::kill(pid_t(process->processId()), signalNumber) != 0)
            return nullptr;
    }
    return process;
}

void tst_SyncNowInterrupted::finish(QProcess& helper, HelperRun* run)
{
    helper.waitForFinished(40000);
    run->rawOut += helper.readAllStandardOutput();
    run->err += helper.readAllStandardError();
    run->parseLines();
    run->finished = helper.state() == QProcess::NotRunning && helper.exitStatus() == QProcess::NormalExit;
    run->exitCode = helper.exitCode();
}

bool tst_SyncNowInterrupted::system2HasServer() const
{
    const Result<QList<SourceReport>> sources = LabFiles::sources(system2());
    if (!sources)
        return false;
    for (const SourceReport& source : *sources) {
        if (source.address.isIp() && source.address.ip.toString() == server())
            return true;
    }
    return false;
}

QStringList tst_SyncNowInterrupted::replyDirectories() const
{
    return QDir(system2().runDirectory).entryList({u"tandem.*"_s}, QDir::Dirs | QDir::Hidden);
}

void tst_SyncNowInterrupted::terminalSignalsDoNotStopIt()
{
    // Ctrl+C, Ctrl+\, Ctrl+Z and a closed terminal reach every process of the foreground group.
    HelperRun run;
    std::unique_ptr<QProcess> helper = signalOnceSourceAdded({SIGINT, SIGQUIT, SIGTSTP, SIGHUP}, &run);
    QVERIFY2(helper, run.dump().constData());
    finish(*helper, &run);
    // It ran to its own end: chronyd never followed System 1 (maxdistance), so it says so.
    QVERIFY2(run.finished && run.exitCode == 5, run.dump().constData());
    QVERIFY2(run.step(u"follow"_s).contains(u"ok"_s) && !run.step(u"follow"_s).value(u"ok"_s).toBool(),
             run.dump().constData());
    QVERIFY2(run.step(u"remove-source"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY(!system2HasServer());
    QVERIFY(!QFile::exists(recordPath()));
}

void tst_SyncNowInterrupted::sigtermStopsAndRemovesTheSource()
{
    HelperRun run;
    std::unique_ptr<QProcess> helper = signalOnceSourceAdded({SIGTERM}, &run);
    QVERIFY2(helper, run.dump().constData());
    finish(*helper, &run);
    QVERIFY2(run.finished && run.exitCode == 5, run.dump().constData());
    QVERIFY2(run.step(u"interrupted"_s).value(u"message"_s).toString().contains(u"SIGTERM"_s), run.dump().constData());
    QVERIFY2(run.step(u"remove-source"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY(!run.step(u"step"_s).contains(u"ok"_s)); // it stopped before stepping
    QVERIFY(!system2HasServer());
    QVERIFY(!QFile::exists(recordPath()));
    QVERIFY2(replyDirectories().isEmpty(), qPrintable(replyDirectories().join(u' ')));
}

void tst_SyncNowInterrupted::killedRunIsCleanedUpByTheNextRun()
{
    HelperRun run;
    std::unique_ptr<QProcess> helper = signalOnceSourceAdded({SIGKILL}, &run);
    QVERIFY2(helper, run.dump().constData());
    QVERIFY(helper->waitForFinished(5000));
    // What a kill leaves: the reply socket's directory (which the next Tandem client to open the
    // command socket removes, even the test's own below), the source in chronyd and its note.
    QCOMPARE(replyDirectories().size(), 1);
    QVERIFY(system2HasServer());
    QVERIFY2(replyDirectories().isEmpty(), qPrintable(replyDirectories().join(u' ')));
    QVERIFY(QFile::exists(recordPath()));

    // Any next helper run removes them first; this one has nothing to sync with afterwards.
    const HelperRun next = runHelper(labHelperBinary(), {u"--root"_s, system2().root}, R"({"action":"sync-now"})");
    QVERIFY2(next.finished, next.dump().constData());
    const QJsonObject leftover = next.step(u"leftover"_s);
    QVERIFY2(leftover.value(u"ok"_s).toBool(), next.dump().constData());
    QCOMPARE(leftover.value(u"source"_s).toString(), server());
    QVERIFY(!system2HasServer());
    QVERIFY(!QFile::exists(recordPath()));
}

void tst_SyncNowInterrupted::leftoverOfARestartedChronydIsNotTouched()
{
    HelperRun run;
    std::unique_ptr<QProcess> helper = signalOnceSourceAdded({SIGKILL}, &run);
    QVERIFY2(helper, run.dump().constData());
    QVERIFY(helper->waitForFinished(5000));
    QVERIFY(QFile::exists(recordPath()));

    // The admin configures System 1 for good and restarts chronyd: the same address, now from the config.
    const QByteArray configured = "server "_ba + server().toLatin1() + " port "_ba +
                                  QByteArray::number(m_lab->settings().ntpPort) + " iburst minpoll 1 maxpoll 1\n"_ba;
    const QString failure = LabFiles::restartWithSources(m_lab->settings(), 2, configured);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(system2HasServer());

    const HelperRun next = runHelper(labHelperBinary(), {u"--root"_s, system2().root}, request());
    QVERIFY2(next.finished, next.dump().constData());
    QVERIFY2(next.step(u"leftover"_s).value(u"message"_s).toString().contains(u"restarted since"_s),
             next.dump().constData());
    QVERIFY2(next.step(u"add-source"_s).value(u"message"_s).toString().contains(u"already a source"_s),
             next.dump().constData());
    QVERIFY(system2HasServer());
    QVERIFY(!QFile::exists(recordPath()));
}

QTEST_GUILESS_MAIN(tst_SyncNowInterrupted)
#include "tst_SyncNowInterrupted.moc"

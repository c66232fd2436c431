#include "ClockChecks.h"
#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"
#include "config/ConfFile.h"
#include "privileged/AtomicFile.h"
#include "privileged/BackupStore.h"
#include "util/ProcessIdentity.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The helper end to end on a real lab (both daemons -x): apply as server and as client, restore,
// sync-now with and without a peer. Functions run in order and build on each other.
class tst_HelperLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyServer();
    void applyClient();
    void applySameAgainChangesNothing();
    void secondHelperWaitsForTheFirst();
    void restoreNewest();
    void restoreById();
    void syncNowConfiguredSources();
    void syncNowTemporaryPeer();
    void cliApplyShowsProgress();
    void cliRestoreUndoesTheApply();

private:
    LabSystemPaths paths(int index) const { return LabLayout::systemPaths(m_lab->directory(), index); }
    HelperRun helper(int index, const QByteArray& request)
    {
        return runHelper(labHelperBinary(), {u"--root"_s, paths(index).root}, request);
    }

    std::unique_ptr<LabFixture> m_lab;
    QByteArray m_originalClientConfig;
};

void tst_HelperLab::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    m_originalClientConfig = LabFiles::read(paths(2).configPath);
}

void tst_HelperLab::cleanupTestCase()
{
    m_lab.reset(); // ends whatever the pid files name, also the daemons the helper restarted
}

void tst_HelperLab::applyServer()
{
    const qint64 pidBefore = LabFiles::runningPid(paths(1));
    const QByteArray before = LabFiles::read(paths(1).configPath);
    const QString client = m_lab->settings().clientAddress.toString();
    const HelperRun run = helper(1, R"({"action":"apply","role":"server","peer":")"_ba + client.toLatin1() +
                                        R"(","pools":false,"stratum":8})");
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    for (const QString& step :
         {u"validate"_s, u"read"_s, u"render"_s, u"check"_s, u"backup"_s, u"write"_s, u"restart"_s, u"wait"_s})
        QVERIFY2(run.step(step).value(u"ok"_s).toBool(), qPrintable(step));
    QCOMPARE(run.result().value(u"result"_s).toString(), u"ok"_s);

    const QByteArray after = LabFiles::read(paths(1).configPath);
    QVERIFY(after.contains("local stratum 8"));
    // The lab's own lines outside Tandem's block are kept.
    QVERIFY(after.contains("pidfile "_ba + QFile::encodeName(paths(1).pidPath)));
    QVERIFY(after.contains("bindcmdaddress "_ba + m_lab->settings().serverAddress.toString().toLatin1()));
    // The backup holds the old config, by the ID the helper reported.
    const QString id = run.result().value(u"backup"_s).toString();
    QVERIFY(BackupStore::isValidId(id));
    QCOMPARE(BackupStore(paths(1).root + u"/var/lib/tandem/backups"_s).read(id).value(), before);
    // A new daemon runs, on the system's virtual clock like every lab daemon.
    const qint64 pidAfter = LabFiles::runningPid(paths(1));
    QVERIFY(pidAfter > 0);
    QVERIFY(pidAfter != pidBefore);
    const QString clock = virtualClockProblem(pidAfter, paths(1).clockPath);
    QVERIFY2(clock.isEmpty(), qPrintable(clock));
    QVERIFY(!QFileInfo::exists(paths(1).root + u"/etc/chrony/.chrony.conf.tandem-"_s));
}

void tst_HelperLab::applyClient()
{
    const QString server = m_lab->settings().serverAddress.toString();
    const HelperRun run = helper(2, R"({"action":"apply","role":"client","peer":")"_ba + server.toLatin1() +
                                        R"(","minpoll":0,"maxpoll":1})");
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QVERIFY(run.step(u"wait"_s).value(u"ok"_s).toBool());
    const QByteArray after = LabFiles::read(paths(2).configPath);
    // The peer's NTP port and the command address came from the lab's settings, not the request.
    QVERIFY2(after.contains("server "_ba + server.toLatin1() + " iburst minpoll 0 maxpoll 1 port "_ba +
                            QByteArray::number(m_lab->settings().ntpPort)),
             after.constData());
    // It waited until System 2 selected System 1.
    bool selected = false;
    const auto sources = LabFiles::sources(paths(2));
    QVERIFY(sources.ok());
    for (const SourceReport& source : *sources)
        selected |= source.state == SourceReport::State::Selected && source.name() == server;
    QVERIFY(selected);
}

void tst_HelperLab::applySameAgainChangesNothing()
{
    const qint64 pid = LabFiles::runningPid(paths(2));
    const int backups = BackupStore(paths(2).root + u"/var/lib/tandem/backups"_s).list().size();
    const QString server = m_lab->settings().serverAddress.toString();
    const HelperRun run = helper(2, R"({"action":"apply","role":"client","peer":")"_ba + server.toLatin1() +
                                        R"(","minpoll":0,"maxpoll":1})");
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QVERIFY(run.result().value(u"message"_s).toString().contains(u"Nothing to change"_s));
    QCOMPARE(LabFiles::runningPid(paths(2)), pid);
    QCOMPARE(BackupStore(paths(2).root + u"/var/lib/tandem/backups"_s).list().size(), backups);
}

// While another helper holds the system's lock (here a process of the test's, as a running helper
// holds it), a helper says whose it is and waits; once it is free, it applies. Without the lock, a
// helper rolling back after its 30 s wait undid another helper's successful apply.
void tst_HelperLab::secondHelperWaitsForTheFirst()
{
    const QString lockPath = paths(1).root + u"/var/lib/tandem/helper.lock"_s;
    QVERIFY(QDir().mkpath(QFileInfo(lockPath).absolutePath()));
    QProcess holder;
    // flock(1) holds the lock while its shell runs: it notes a pid as a helper does, says so, and
    // waits for the test's word to end.
    holder.start(u"flock"_s, {lockPath, u"-c"_s, u"echo 4242 >'%1'; echo held; read answer"_s.arg(lockPath)});
    QVERIFY(holder.waitForStarted(5000));
    QByteArray held;
    QTRY_VERIFY2_WITH_TIMEOUT((held += holder.readAllStandardOutput()).contains("held"),
                              held + holder.readAllStandardError(), 10000);

    QProcess helper;
    helper.start(labHelperBinary(), {u"--root"_s, paths(1).root});
    QVERIFY(helper.waitForStarted(5000));
    const QString client = m_lab->settings().clientAddress.toString();
    helper.write(R"({"action":"apply","role":"server","peer":")"_ba + client.toLatin1() +
                 R"(","pools":false,"stratum":7})");
    helper.closeWriteChannel();
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains(R"("step":"lock")"), 10000);
    QVERIFY2(output.contains("Another Tandem helper (pid 4242) is changing this system"), output.constData());
    QCOMPARE(helper.state(), QProcess::Running); // waiting, nothing written yet
    QVERIFY(!LabFiles::read(paths(1).configPath).contains("local stratum 7"));

    holder.write("\n"); // the other helper is done
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(5000));
    QVERIFY(helper.waitForFinished(60000));
    output += helper.readAllStandardOutput();
    QVERIFY2(helper.exitCode() == 0, output.constData());
    QVERIFY(LabFiles::read(paths(1).configPath).contains("local stratum 7"));
}

void tst_HelperLab::restoreNewest()
{
    const BackupStore store(paths(2).root + u"/var/lib/tandem/backups"_s);
    const QStringList ids = store.list();
    QCOMPARE(ids.size(), 1);
    const QByteArray applied = LabFiles::read(paths(2).configPath);
    const HelperRun run = helper(2, R"({"action":"restore"})"_ba);
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QCOMPARE(run.step(u"select"_s).value(u"restoring"_s).toString(), ids.first());
    QCOMPARE(LabFiles::read(paths(2).configPath), m_originalClientConfig);
    QVERIFY(LabFiles::runningPid(paths(2)) > 0);
    // The replaced config was backed up too, so the restore can be undone.
    const QString previous = run.result().value(u"previous"_s).toString();
    QCOMPARE(store.read(previous).value(), applied);
}

void tst_HelperLab::restoreById()
{
    const BackupStore store(paths(2).root + u"/var/lib/tandem/backups"_s);
    const QStringList ids = store.list();
    QCOMPARE(ids.size(), 2);
    const QString applied = ids.first(); // the backup of the applied config, taken by the restore
    const HelperRun run = helper(2, R"({"action":"restore","backup":")"_ba + applied.toLatin1() + "\"}");
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QCOMPARE(LabFiles::read(paths(2).configPath), store.read(applied).value());

    const HelperRun unknown = helper(2, R"({"action":"restore","backup":"19990101-000000-000"})"_ba);
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY(unknown.result().value(u"message"_s).toString().contains(u"no backup"_s));
}

void tst_HelperLab::syncNowConfiguredSources()
{
    // System 2 follows System 1 and agrees with it: measured, stepped by what little chronyd still
    // corrects, measured again (tst_SyncNowVirtualClock makes the clock wrong first).
    const HelperRun run = helper(2, R"({"action":"sync-now"})"_ba);
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QVERIFY2(run.step(u"burst"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"measure"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QCOMPARE(run.step(u"measure"_s).value(u"source"_s).toString(), m_lab->settings().serverAddress.toString());
    QVERIFY(run.step(u"measure"_s).value(u"offset"_s).isDouble());
    QVERIFY2(run.step(u"follow"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"step"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"verify"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY(run.result().value(u"systemTimeBefore"_s).isDouble());
    QVERIFY(run.result().value(u"systemTimeAfter"_s).isDouble());
    QVERIFY(std::abs(run.result().value(u"offsetAfter"_s).toDouble()) < 0.001);
    QCOMPARE(run.result().value(u"stepped"_s).toBool(), true);
}

void tst_HelperLab::syncNowTemporaryPeer()
{
    // System 2 without any source (only the lab's own lines), restarted by the test: the guide's
    // "one-time sync" against a server that is not configured.
    const LabSystemPaths system2 = paths(2);
    const QByteArray bare = "# no sources\n";
    const QString restarted = LabFiles::restartWithSources(m_lab->settings(), 2, bare);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    const QByteArray configBefore = LabFiles::read(system2.configPath);
    QVERIFY(LabFiles::sources(paths(2))->isEmpty());

    const QString server = m_lab->settings().serverAddress.toString();
    const HelperRun run = helper(2, R"({"action":"sync-now","peer":")"_ba + server.toLatin1() + "\"}");
    QVERIFY2(run.finished, run.dump().constData());
    QVERIFY2(run.step(u"add-source"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"measure"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"step"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.step(u"remove-source"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QCOMPARE(run.exitCode, 0);
    // The temporary source is gone again and the config was never touched.
    const auto after = LabFiles::sources(paths(2));
    QVERIFY(after.ok());
    QVERIFY(after->isEmpty());
    QCOMPARE(LabFiles::read(system2.configPath), configBefore);
}

void tst_HelperLab::cliApplyShowsProgress()
{
    // tandem-cli apply --root runs the helper built next to it, directly (a lab needs no password).
    const QString client = m_lab->settings().clientAddress.toString();
    const ProgramRun run =
        runProgram(QStringLiteral(TANDEM_CLI_BINARY), {u"apply"_s, u"--role"_s, u"server"_s, u"--peer"_s, client,
                                                       u"--stratum"_s, u"6"_s, u"--root"_s, paths(1).root});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"ok    backup kept"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"ok    chrony restarted"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Done: "_s), qPrintable(run.out));
    QVERIFY(LabFiles::read(paths(1).configPath).contains("local stratum 6"));

    const ProgramRun refused =
        runProgram(QStringLiteral(TANDEM_CLI_BINARY), {u"apply"_s, u"--role"_s, u"client"_s, u"--peer"_s,
                                                       u"1.2.3.4 prefer"_s, u"--root"_s, paths(2).root});
    QCOMPARE(refused.exitCode, 2);
    // Refused by the CLI's own check, with the same address rules as the helper's, before anything runs.
    QVERIFY2(refused.err.contains(u"'1.2.3.4 prefer' is not a valid address"_s), qPrintable(refused.err));
}

void tst_HelperLab::cliRestoreUndoesTheApply()
{
    // After cliApplyShowsProgress: the newest backup of System 1 is its config from before that apply.
    const BackupStore store(paths(1).root + u"/var/lib/tandem/backups"_s);
    const QString newest = store.list().value(0);
    QVERIFY(!newest.isEmpty());
    const QByteArray beforeApply = store.read(newest).value();
    QVERIFY(LabFiles::read(paths(1).configPath) != beforeApply);
    // --list: what the helper would choose from, without running it; each backup as readable as the
    // chrony.conf it copied (the lab's is 0644, so are its backups).
    QCOMPARE(QFileInfo(store.pathOf(newest)).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::ReadOther);
    const ProgramRun listed =
        runProgram(QStringLiteral(TANDEM_CLI_BINARY), {u"restore"_s, u"--list"_s, u"--root"_s, paths(1).root});
    QVERIFY2(listed.finished && listed.exitCode == 0, qPrintable(listed.out + listed.err));
    QVERIFY2(listed.out.startsWith(newest + u"  "_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"System 1, serving "_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"[oldest, kept for good]"_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"tandem-cli restore --backup ID"_s), qPrintable(listed.out));
    const ProgramRun json = runProgram(QStringLiteral(TANDEM_CLI_BINARY),
                                       {u"restore"_s, u"--list"_s, u"--json"_s, u"--root"_s, paths(1).root});
    QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.err));
    const QJsonObject first = QJsonDocument::fromJson(json.out.section(u'\n', 0, 0).toUtf8()).object();
    QCOMPARE(first.value(u"id"_s).toString(), newest);
    QCOMPARE(first.value(u"role"_s).toString(), u"system1"_s);
    QCOMPARE(first.value(u"readable"_s).toBool(), true);
    QCOMPARE(json.out.count(u'\n'), store.list().size());
    const ProgramRun run = runProgram(QStringLiteral(TANDEM_CLI_BINARY), {u"restore"_s, u"--root"_s, paths(1).root});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"ok    backup chosen (%1)"_s.arg(newest)), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"ok    chrony restarted"_s), qPrintable(run.out));
    QCOMPARE(LabFiles::read(paths(1).configPath), beforeApply);
    QVERIFY(LabFiles::runningPid(paths(1)) > 0);

    const ProgramRun unknown =
        runProgram(QStringLiteral(TANDEM_CLI_BINARY),
                   {u"restore"_s, u"--backup"_s, u"19990101-000000-000"_s, u"--root"_s, paths(1).root});
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY2(unknown.out.contains(u"no backup"_s), qPrintable(unknown.out));
    // A path is never a backup ID: refused before the helper runs.
    const ProgramRun path =
        runProgram(QStringLiteral(TANDEM_CLI_BINARY),
                   {u"restore"_s, u"--backup"_s, u"../../etc/passwd"_s, u"--root"_s, paths(1).root});
    QCOMPARE(path.exitCode, 2);
    QVERIFY2(path.err.contains(u"is not a backup ID"_s), qPrintable(path.err));
    QCOMPARE(LabFiles::read(paths(1).configPath), beforeApply);
}

QTEST_GUILESS_MAIN(tst_HelperLab)
#include "tst_HelperLab.moc"

#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "privileged/BackupStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// What the helper does to the files around chrony.conf, on System 1 of a real lab: a symlinked
// chrony.conf written and restored through its link, the pre-Tandem backup kept however many applies
// follow, a restore that keeps the backup it restores, and no backup for a write that failed.
class tst_HelperFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void symlinkedConfigIsWrittenThrough();
    void symlinkIntoAWritableDirectoryIsRefused();
    void preTandemBackupOutlivesManyApplies();
    void restoreKeepsWhatItRestores();
    void failedWriteLeavesNoBackup();
    void restoreThatWouldLeaveTheLabIsRolledBack();

private:
    LabSystemPaths system1() const { return LabLayout::systemPaths(m_lab->directory(), 1); }
    BackupStore backups() const { return BackupStore(system1().root + u"/var/lib/tandem/backups"_s); }
    QString siteDirectory() const { return system1().root + u"/etc/chrony/site"_s; }
    QByteArray applyRequest(int stratum) const;
    HelperRun helper(const QByteArray& request) const
    {
        return runHelper(labHelperBinary(), {u"--root"_s, system1().root}, request);
    }

    std::unique_ptr<LabFixture> m_lab;
    QByteArray m_original;
};

QByteArray tst_HelperFiles::applyRequest(int stratum) const
{
    return R"({"action":"apply","role":"server","peer":")"_ba + m_lab->settings().clientAddress.toString().toLatin1() +
           R"(","pools":false,"stratum":)"_ba + QByteArray::number(stratum) + "}";
}

void tst_HelperFiles::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    m_original = LabFiles::read(system1().configPath);
    // The site keeps its config elsewhere and links it into place, as some config managers do.
    QVERIFY(QDir().mkpath(siteDirectory()));
    QFile::setPermissions(siteDirectory(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ReadOther | QFileDevice::ExeOther);
    QVERIFY(QFile::rename(system1().configPath, siteDirectory() + u"/chrony.conf"_s));
    QVERIFY(QFile::link(u"site/chrony.conf"_s, system1().configPath));
}

void tst_HelperFiles::cleanupTestCase()
{
    m_lab.reset();
}

void tst_HelperFiles::symlinkedConfigIsWrittenThrough()
{
    const HelperRun applied = helper(applyRequest(7));
    QVERIFY2(applied.finished && applied.exitCode == 0, applied.dump().constData());
    QVERIFY(QFileInfo(system1().configPath).isSymLink());
    QCOMPARE(applied.step(u"write"_s).value(u"path"_s).toString(),
             QFileInfo(siteDirectory() + u"/chrony.conf"_s).canonicalFilePath());
    QVERIFY(LabFiles::read(siteDirectory() + u"/chrony.conf"_s).contains("local stratum 7"));

    const HelperRun restored = helper(R"({"action":"restore"})");
    QVERIFY2(restored.finished && restored.exitCode == 0, restored.dump().constData());
    QVERIFY(QFileInfo(system1().configPath).isSymLink());
    QCOMPARE(LabFiles::read(siteDirectory() + u"/chrony.conf"_s), m_original);
}

void tst_HelperFiles::symlinkIntoAWritableDirectoryIsRefused()
{
    // Anyone may write into the link's directory: the helper cannot know what the link leads to by
    // the time it writes, so it refuses, and says what to do.
    QVERIFY(QFile::setPermissions(siteDirectory(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                       QFileDevice::WriteOther | QFileDevice::ExeOther));
    const int backupsBefore = int(backups().list().size());
    const HelperRun run = helper(applyRequest(9));
    QFile::setPermissions(siteDirectory(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ReadOther | QFileDevice::ExeOther);
    QVERIFY2(run.finished && run.exitCode == 5, run.dump().constData());
    QVERIFY2(run.result().value(u"message"_s).toString().contains(u"others can write"_s), run.dump().constData());
    QCOMPARE(LabFiles::read(siteDirectory() + u"/chrony.conf"_s), m_original);
    QVERIFY(QFileInfo(system1().configPath).isSymLink());
    QCOMPARE(int(backups().list().size()), backupsBefore);
}

void tst_HelperFiles::preTandemBackupOutlivesManyApplies()
{
    // 30 earlier changes, the first one's backup being the config from before Tandem (each a config
    // this lab's chronyd runs with).
    const QDateTime longAgo(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    BackupStore store = backups();
    const QString preTandem = store.save(m_original + "# before Tandem\n", longAgo).value();
    for (int i = 1; i < 30; ++i)
        QVERIFY(store.save(m_original + "# change " + QByteArray::number(i) + '\n', longAgo.addDays(i)).ok());
    const HelperRun run = helper(applyRequest(11));
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    const QStringList ids = backups().list();
    QCOMPARE(ids.size(), 21); // the newest 20, and the first
    QCOMPARE(ids.last(), preTandem);
    QCOMPARE(ids.first(), run.result().value(u"backup"_s).toString());
}

void tst_HelperFiles::restoreKeepsWhatItRestores()
{
    // The second-oldest of 21: a restore takes one more backup, and pruning would have removed it.
    const QStringList before = backups().list();
    QCOMPARE(before.size(), 21);
    const QString restoring = before.at(19);
    const QByteArray contents = backups().read(restoring).value();
    const HelperRun run = helper(R"({"action":"restore","backup":")"_ba + restoring.toLatin1() + "\"}");
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QCOMPARE(LabFiles::read(siteDirectory() + u"/chrony.conf"_s), contents);
    QVERIFY2(backups().list().contains(restoring), run.dump().constData());
    QCOMPARE(backups().read(restoring).value(), contents);
    QVERIFY(backups().list().contains(before.last()));
}

void tst_HelperFiles::failedWriteLeavesNoBackup()
{
    if (::geteuid() != 0)
        QSKIP("needs root for a read-only bind mount in a mount namespace of its own");
    // The config's directory read-only, for the helper alone (a private mount namespace).
    const QStringList before = backups().list();
    const QByteArray config = LabFiles::read(siteDirectory() + u"/chrony.conf"_s);
    const QString script = u"mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\""_s;
    const HelperRun run = runHelper(u"unshare"_s,
                                    {u"--mount"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s, script, u"sh"_s,
                                     siteDirectory(), labHelperBinary(), u"--root"_s, system1().root},
                                    applyRequest(13));
    QVERIFY2(run.finished && run.exitCode == 5, run.dump().constData());
    QVERIFY2(!run.step(u"write"_s).value(u"ok"_s).toBool(), run.dump().constData());
    QVERIFY2(run.result().value(u"message"_s).toString().contains(u"Nothing was changed"_s), run.dump().constData());
    QCOMPARE(LabFiles::read(siteDirectory() + u"/chrony.conf"_s), config);
    QCOMPARE(backups().list(), before);
}

void tst_HelperFiles::restoreThatWouldLeaveTheLabIsRolledBack()
{
    // A backup without the lab's own lines (pid file, command socket): chronyd -p accepts it, but
    // started from it a lab daemon would use the machine's /run/chrony and command port. The lab's
    // restart refuses it, and the helper puts the config back.
    const QByteArray config = LabFiles::read(siteDirectory() + u"/chrony.conf"_s);
    const QString bare = backups().save("# a config of another machine\n").value();
    const HelperRun run = helper(R"({"action":"restore","backup":")"_ba + bare.toLatin1() + "\"}");
    QVERIFY2(run.finished && run.exitCode == 6, run.dump().constData());
    QVERIFY2(run.step(u"restart"_s).value(u"message"_s).toString().contains(u"/run/chrony"_s), run.dump().constData());
    QCOMPARE(LabFiles::read(siteDirectory() + u"/chrony.conf"_s), config);
    QVERIFY(LabFiles::runningPid(system1()) > 0);
}

QTEST_GUILESS_MAIN(tst_HelperFiles)
#include "tst_HelperFiles.moc"

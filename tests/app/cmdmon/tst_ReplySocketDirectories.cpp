#include "cmdmon/ReplySocketDirectories.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The reply-socket directories next to chronyd's socket: what a killed client leaves is removed by
// the next one; a live client's and anything that is not such a directory are left alone.
class tst_ReplySocketDirectories : public QObject
{
    Q_OBJECT

private slots:
    void createdWithThisPidAndMode0711();
    void onlyThoseOfEndedProcessesAreRemoved();
};

void tst_ReplySocketDirectories::createdWithThisPidAndMode0711()
{
    QTemporaryDir parent;
    QString created;
    QCOMPARE(ReplySocketDirectories::create(parent.path(), &created), 0);
    QVERIFY(QFileInfo(created).fileName().startsWith(u"tandem.%1."_s.arg(::getpid())));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(created).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0711));
    QCOMPARE(ReplySocketDirectories::create(parent.path() + u"/missing"_s, &created), ENOENT);
}

void tst_ReplySocketDirectories::onlyThoseOfEndedProcessesAreRemoved()
{
    QTemporaryDir parent;
    // The pid of a process that has ended and was collected (by the shell).
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, u"true & echo $!; wait"_s});
    QVERIFY(shell.waitForFinished(5000));
    const qint64 deadPid = shell.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(deadPid > 0);

    const QString dead = parent.path() + u"/tandem.%1.abcdef"_s.arg(deadPid);
    const QString live = parent.path() + u"/tandem.%1.ghijkl"_s.arg(::getpid());
    const QString foreign = parent.path() + u"/chronyc.%1.sock"_s.arg(deadPid);
    const QString notPid = parent.path() + u"/tandem.x.abcdef"_s;
    for (const QString& directory : {dead, live, foreign, notPid})
        QVERIFY(QDir().mkpath(directory));
    QFile socketStandIn(dead + u"/sock"_s);
    QVERIFY(socketStandIn.open(QIODevice::WriteOnly));
    socketStandIn.close();
    // A link named like a stale directory is never followed.
    const QString target = parent.path() + u"/target"_s;
    QVERIFY(QDir().mkpath(target));
    QFile kept(target + u"/sock"_s);
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.close();
    const QString link = parent.path() + u"/tandem.%1.linked"_s.arg(deadPid);
    QVERIFY(QFile::link(target, link));

    QCOMPARE(ReplySocketDirectories::removeStale(parent.path()), 1);
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(live));
    QVERIFY(QFileInfo::exists(foreign));
    QVERIFY(QFileInfo::exists(notPid));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo::exists(target + u"/sock"_s));
}

QTEST_GUILESS_MAIN(tst_ReplySocketDirectories)
#include "tst_ReplySocketDirectories.moc"

#include "lab/LabLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_LabLayout : public QObject
{
    Q_OBJECT
private slots:
    void pathsStayInsideTheLab()
    {
        const LabSystemPaths one = LabLayout::systemPaths(u"/tmp/lab"_s, 1);
        const LabSystemPaths two = LabLayout::systemPaths(u"/tmp/lab"_s, 2);
        QCOMPARE(one.root, u"/tmp/lab/system1"_s);
        QCOMPARE(two.root, u"/tmp/lab/system2"_s);
        QCOMPARE(one.configPath, u"/tmp/lab/system1/etc/chrony/chrony.conf"_s);
        QCOMPARE(one.socketPath, one.runDirectory + u"/chronyd.sock"_s);
        QCOMPARE(one.pidPath, one.runDirectory + u"/chronyd.pid"_s);
        for (const LabSystemPaths& paths : {one, two}) {
            for (const QString& path : {paths.configPath, paths.runDirectory, paths.socketPath, paths.pidPath,
                                        paths.logPath, paths.driftPath})
                QVERIFY2(path.startsWith(paths.root + u'/'), qPrintable(path));
        }
    }

    void prepareCreatesAPrivateRunDirectory()
    {
        QTemporaryDir dir;
        const LabSystemPaths paths = LabLayout::systemPaths(dir.path(), 1);
        const Status status = LabLayout::prepare(paths);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(QFileInfo(paths.configPath).dir().exists());
        QVERIFY(QFileInfo(paths.logPath).dir().exists());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(paths.runDirectory).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07007, 0u); // nothing for others, as chronyd requires
        QCOMPARE(info.st_uid, ::geteuid());
    }

    void prepareTightensAnOpenRunDirectory()
    {
        QTemporaryDir dir;
        const LabSystemPaths paths = LabLayout::systemPaths(dir.path(), 2);
        QVERIFY(QDir().mkpath(paths.runDirectory));
        QVERIFY(::chmod(QFile::encodeName(paths.runDirectory).constData(), 0777) == 0);
        QVERIFY(LabLayout::prepare(paths).ok());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(paths.runDirectory).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, 0770u);
    }

    void prepareRefusesAForeignRunDirectory()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give the directory to another user");
        QTemporaryDir dir;
        const LabSystemPaths paths = LabLayout::systemPaths(dir.path(), 1);
        QVERIFY(QDir().mkpath(paths.runDirectory));
        QVERIFY(::chown(QFile::encodeName(paths.runDirectory).constData(), 65534, 65534) == 0);
        const Status status = LabLayout::prepare(paths);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"disable its command socket"_s), qPrintable(status.error()));
    }

    void prepareRefusesATooLongSocketPath()
    {
        QTemporaryDir dir;
        const LabSystemPaths paths = LabLayout::systemPaths(dir.filePath(QString(80, u'x')), 1);
        const Status status = LabLayout::prepare(paths);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"107 bytes"_s), qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(tst_LabLayout)
#include "tst_LabLayout.moc"

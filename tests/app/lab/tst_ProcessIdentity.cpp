#include "util/ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_ProcessIdentity : public QObject
{
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<bool>("match");
        const QString config = u"/tmp/lab/system1/etc/chrony/chrony.conf"_s;
        QTest::addRow("lab child") << QStringList{u"chronyd"_s, u"-x"_s, u"-4"_s, u"-u"_s,
                                                  u"root"_s,    u"-d"_s, u"-f"_s, config}
                                   << true;
        QTest::addRow("absolute program") << QStringList{u"/usr/sbin/chronyd"_s, u"-x"_s, u"-f"_s, config} << true;
        QTest::addRow("system chronyd") << QStringList{u"/usr/sbin/chronyd"_s, u"-F"_s, u"1"_s} << false;
        QTest::addRow("other config") << QStringList{u"chronyd"_s, u"-f"_s, u"/etc/chrony/chrony.conf"_s} << false;
        QTest::addRow("config of another lab")
            << QStringList{u"chronyd"_s, u"-f"_s, u"/tmp/lab2/system1/etc/chrony/chrony.conf"_s} << false;
        QTest::addRow("-f last") << QStringList{u"chronyd"_s, u"-f"_s} << false;
        QTest::addRow("not chronyd") << QStringList{u"sleep"_s, u"-f"_s, config} << false;
        QTest::addRow("chronyc") << QStringList{u"chronyc"_s, u"-f"_s, config} << false;
        QTest::addRow("empty (zombie)") << QStringList{} << false;
    }
    void matches()
    {
        QFETCH(QStringList, argv);
        QFETCH(bool, match);
        QCOMPARE(ProcessIdentity::isChronydWithConfig(argv, u"/tmp/lab/system1/etc/chrony/chrony.conf"_s), match);
    }

    void ownCommandLine()
    {
        const QStringList argv = ProcessIdentity::commandLine(::getpid());
        QVERIFY(!argv.isEmpty());
        QCOMPARE(argv, QCoreApplication::arguments());
        QVERIFY(ProcessIdentity::commandLine(0).isEmpty());
        QVERIFY(ProcessIdentity::commandLine(-5).isEmpty());
    }

    void pidFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("pid");
        QTest::addRow("chronyd's format") << "4242\n"_ba << qint64(4242);
        QTest::addRow("no newline") << "17"_ba << qint64(17);
        QTest::addRow("empty") << QByteArray() << qint64(0);
        QTest::addRow("text") << "chronyd\n"_ba << qint64(0);
        QTest::addRow("negative") << "-1\n"_ba << qint64(0);
    }
    void pidFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, pid);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chronyd.pid"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(ProcessIdentity::readPidFile(path), pid);
        QCOMPARE(ProcessIdentity::readPidFile(dir.filePath(u"missing.pid"_s)), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_ProcessIdentity)
#include "tst_ProcessIdentity.moc"

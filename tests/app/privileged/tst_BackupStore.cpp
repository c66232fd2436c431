#include "privileged/BackupStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

class tst_BackupStore : public QObject
{
    Q_OBJECT

private slots:
    void validIds_data();
    void validIds();
    void savesListsNewestFirstAndReads();
    void backupIsAsReadableAsItsFile();
    void sameSecondGetsNewCounter();
    void concurrentSavesNeverShareAnId();
    void refusesUnlistedIds();
    void ignoresForeignFiles();
    void prunesOldest();
    void pruneKeepsTheOneBeingRestored();
};

void tst_BackupStore::validIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << u"20261126-063150-000"_s << true;
    QTest::addRow("traversal") << u"../20261126-063150-000"_s << false;
    QTest::addRow("suffix") << u"20261126-063150-000/x"_s << false;
    QTest::addRow("letters") << u"2026112a-063150-000"_s << false;
    QTest::addRow("newline") << u"20261126-063150-000\n"_s << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("arabic digits") << u"\u0662\u0660\u0662\u0666\u0661\u0661\u0662\u0666-063150-000"_s << false;
}

void tst_BackupStore::validIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(BackupStore::isValidId(id), valid);
}

void tst_BackupStore::savesListsNewestFirstAndReads()
{
    QTemporaryDir dir;
    BackupStore store(dir.filePath(u"var/lib/tandem/backups"_s));
    const QDateTime t1(QDate(2026, 11, 26), QTime(6, 31, 50), Qt::UTC);
    const auto first = store.save("one\n"_ba, t1);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(*first, u"20261126-063150-000"_s);
    const auto second = store.save("two\n"_ba, t1.addSecs(61));
    QVERIFY(second.ok());
    QCOMPARE(*second, u"20261126-063251-000"_s);

    QCOMPARE(store.list(), (QStringList{*second, *first}));
    QCOMPARE(BackupStore::timeOf(*first), t1);
    QVERIFY(!BackupStore::timeOf(u"../etc"_s).isValid());
    QCOMPARE(store.read(*first).value(), "one\n"_ba);
    QCOMPARE(store.read(*second).value(), "two\n"_ba);
    // By default (a config others may not read) only the owner reads a backup; the directory lists
    // timestamps to everyone, so the window can show the backups it may read.
    QCOMPARE(QFileInfo(store.pathOf(*first)).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile(store.directory()).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser | QFileDevice::ExeUser | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                 QFileDevice::ReadOther | QFileDevice::ExeOther);
}

void tst_BackupStore::backupIsAsReadableAsItsFile()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"chrony.conf"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pool 2.debian.pool.ntp.org iburst\n");
    file.close();
    BackupStore store(dir.filePath(u"backups"_s));
    // Debian's chrony.conf is 0644: its backups are too.
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    QCOMPARE(BackupStore::modeFor(config), 0644);
    const auto open = store.save("a\n"_ba, QDateTime::currentDateTimeUtc(), BackupStore::modeFor(config));
    QVERIFY(open.ok());
    QCOMPARE(QFileInfo(store.pathOf(*open)).permissions() & 0x0077, QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // One that others may not read keeps its backups to root.
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QCOMPARE(BackupStore::modeFor(config), 0600);
    const auto closed = store.save("b\n"_ba, QDateTime::currentDateTimeUtc(), BackupStore::modeFor(config));
    QVERIFY(closed.ok());
    QCOMPARE(QFileInfo(store.pathOf(*closed)).permissions() & 0x0077, QFileDevice::Permissions());
    // Anything else asked for is treated as 0600, never wider.
    const auto odd = store.save("c\n"_ba, QDateTime::currentDateTimeUtc(), 0666);
    QVERIFY(odd.ok());
    QCOMPARE(QFileInfo(store.pathOf(*odd)).permissions() & 0x0077, QFileDevice::Permissions());
}

void tst_BackupStore::sameSecondGetsNewCounter()
{
    QTemporaryDir dir;
    BackupStore store(dir.path());
    const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(store.save("a"_ba, t).value(), u"20260102-030405-000"_s);
    QCOMPARE(store.save("b"_ba, t).value(), u"20260102-030405-001"_s);
    QCOMPARE(store.list().first(), u"20260102-030405-001"_s);
}

// Two helpers backing up in the same second once got the same ID, and one backup silently replaced
// the other. Eight writers at once, on the same clock reading: eight IDs, each with its own contents.
void tst_BackupStore::concurrentSavesNeverShareAnId()
{
    QTemporaryDir dir;
    const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    constexpr int Writers = 8;
    QList<Result<QString>> ids(Writers, Error{u"not run"_s});
    std::vector<std::thread> threads;
    for (int i = 0; i < Writers; ++i)
        threads.emplace_back(
            [&, i] { ids[i] = BackupStore(dir.path()).save("backup "_ba + QByteArray::number(i), t); });
    for (std::thread& thread : threads)
        thread.join();
    QSet<QString> distinct;
    BackupStore store(dir.path());
    for (int i = 0; i < Writers; ++i) {
        QVERIFY2(ids[i].ok(), qPrintable(ids[i].error()));
        distinct.insert(*ids[i]);
        QCOMPARE(store.read(*ids[i]).value(), "backup "_ba + QByteArray::number(i));
    }
    QCOMPARE(distinct.size(), Writers);
    QCOMPARE(store.list().size(), Writers);
    // No temporary is left next to them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), Writers);
}

void tst_BackupStore::refusesUnlistedIds()
{
    QTemporaryDir dir;
    BackupStore store(dir.path());
    QVERIFY(store.save("a"_ba).ok());
    const auto missing = store.read(u"19990101-000000-000"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"no backup"_s));
    const auto traversal = store.read(u"../../etc/shadow"_s);
    QVERIFY(!traversal.ok());
    QVERIFY(!traversal.error().contains(u"shadow"_s));
}

void tst_BackupStore::ignoresForeignFiles()
{
    QTemporaryDir dir;
    BackupStore store(dir.path());
    for (const QString& name : {u"chrony.conf.evil"_s, u"chrony.conf.20261126-063150-000.bak"_s, u"notes"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(store.list().isEmpty());
}

void tst_BackupStore::prunesOldest()
{
    QTemporaryDir dir;
    BackupStore store(dir.path());
    const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.save(QByteArray::number(i), t.addSecs(i)).ok());
    store.prune(3);
    // The newest three, and the oldest: the config from before Tandem's first change.
    const QStringList ids = store.list();
    QCOMPARE(ids.size(), 4);
    QCOMPARE(store.read(ids.at(0)).value(), "4"_ba);
    QCOMPARE(store.read(ids.at(2)).value(), "2"_ba);
    QCOMPARE(store.read(ids.at(3)).value(), "0"_ba);
}

void tst_BackupStore::pruneKeepsTheOneBeingRestored()
{
    QTemporaryDir dir;
    BackupStore store(dir.path());
    const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QStringList saved;
    for (int i = 0; i < 6; ++i)
        saved.append(store.save(QByteArray::number(i), t.addSecs(i)).value());
    store.prune(2, {saved.at(1)});
    QCOMPARE(store.list(), (QStringList{saved.at(5), saved.at(4), saved.at(1), saved.at(0)}));
    store.remove(saved.at(4));
    store.remove(u"../../etc/passwd"_s); // not an ID: nothing
    QCOMPARE(store.list(), (QStringList{saved.at(5), saved.at(1), saved.at(0)}));
}

QTEST_GUILESS_MAIN(tst_BackupStore)
#include "tst_BackupStore.moc"

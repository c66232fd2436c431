#include "privileged/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_AtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void createsNewFileWithMode();
    void replacesAndKeepsModeAndOwner();
    void leavesNoTemporaryBehind();
    void refusesNonRegularTarget();
    void failsCleanlyInMissingDirectory();
    void removesStaleTemporaries();

private:
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }
    static struct stat statOf(const QString& path)
    {
        struct stat info
        {};
        ::stat(QFile::encodeName(path).constData(), &info);
        return info;
    }
};

void tst_AtomicFile::createsNewFileWithMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"chrony.conf"_s);
    QVERIFY(AtomicFile::write(path, "server a\n"_ba, 0600).ok());
    QCOMPARE(readAll(path), "server a\n"_ba);
    QCOMPARE(statOf(path).st_mode & 07777, mode_t(0600));
}

void tst_AtomicFile::replacesAndKeepsModeAndOwner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chrony.conf"_s);
    QVERIFY(AtomicFile::write(path, "old\n"_ba, 0640).ok());
    // A different owner is only possible as root (CI runs as root; elsewhere the mode is still checked).
    const bool root = ::geteuid() == 0;
    if (root)
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    const ino_t before = statOf(path).st_ino;

    QVERIFY(AtomicFile::write(path, "new\n"_ba).ok());
    QCOMPARE(readAll(path), "new\n"_ba);
    const struct stat after = statOf(path);
    QCOMPARE(after.st_mode & 07777, mode_t(0640));
    QVERIFY(after.st_ino != before); // replaced by rename, not rewritten in place
    if (root) {
        QCOMPARE(after.st_uid, uid_t(65534));
        QCOMPARE(after.st_gid, gid_t(65534));
    }
}

void tst_AtomicFile::leavesNoTemporaryBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chrony.conf"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(AtomicFile::write(path, QByteArray::number(i)).ok());
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries, QStringList{u"chrony.conf"_s});
}

void tst_AtomicFile::refusesNonRegularTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chrony.conf"_s);
    QVERIFY(QDir().mkpath(path));
    const Status status = AtomicFile::write(path, "x"_ba);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"not a regular file"_s), qPrintable(status.error()));
    QVERIFY(QFileInfo(path).isDir());
}

void tst_AtomicFile::failsCleanlyInMissingDirectory()
{
    QTemporaryDir dir;
    const Status status = AtomicFile::write(dir.filePath(u"missing/chrony.conf"_s), "x"_ba);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"temporary file"_s), qPrintable(status.error()));
}

void tst_AtomicFile::removesStaleTemporaries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chrony.conf"_s);
    QVERIFY(AtomicFile::write(path, "live\n"_ba).ok());
    const QString stale = AtomicFile::temporaryPrefix(path) + u"abc123"_s;
    QFile file(stale);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("half");
    file.close();
    QFile other(dir.filePath(u".other.tandem-x"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    AtomicFile::removeStaleTemporaries(path);
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(other.fileName())); // only this file's temporaries
    QCOMPARE(readAll(path), "live\n"_ba);
}

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_AtomicFile.moc"

#include "config/Profile.h"
#include "config/TandemBlock.h"
#include "monitor/SharedHistory.h"
#include "setup/MachineRole.h"
#include "setup/MachineRoleWatcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Who is who comes from chrony.conf's Tandem block, whoever wrote it: the block the config core
// renders for each role is read back as that role and peer; a file without a block is "not set up"
// with the wizard's guess beside it; the watcher follows the file when the helper replaces it.
class tst_MachineRole : public QObject
{
    Q_OBJECT

private slots:
    void fromRenderedBlock_data();
    void fromRenderedBlock();
    void withoutBlockIsNotSetUp();
    void removedBlockIsNotSetUp();
    void pairIdsDifferPerRoleAndPeer();
    void watcherFollowsReplacedFile();
    void sharedHistorySetAsideOnce();

private:
    static ConfFile debianBase();
    static void writeAtomically(const QString& path, const QByteArray& content);
};

ConfFile tst_MachineRole::debianBase()
{
    return ConfFile::parse("pool 2.debian.pool.ntp.org iburst\nkeyfile /etc/chrony/chrony.keys\n"
                           "driftfile /var/lib/chrony/chrony.drift\nmakestep 1 3\n"_ba,
                           u"chrony.conf"_s);
}

void tst_MachineRole::writeAtomically(const QString& path, const QByteArray& content)
{
    QSaveFile file(path); // a new file renamed over the old one, as the helper writes
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    QVERIFY(file.commit());
}

void tst_MachineRole::fromRenderedBlock_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QStringList>("peerAddresses");
    QTest::addColumn<bool>("monitoring");
    QTest::addColumn<int>("expectedIndex");
    QTest::addColumn<QString>("expectedPeer");
    QTest::addColumn<QString>("expectedAddress");

    QTest::addRow("System 1 for an address")
        << int(Role::Server) << u"192.168.1.3"_s << QStringList() << true << 1 << u"192.168.1.3"_s << u"192.168.1.3"_s;
    QTest::addRow("System 1, no monitoring")
        << int(Role::Server) << u"192.168.1.3"_s << QStringList() << false << 1 << u"192.168.1.3"_s << u"192.168.1.3"_s;
    QTest::addRow("System 1 for a subnet")
        << int(Role::Server) << u"192.168.1.0/24"_s << QStringList() << false << 1 << u"192.168.1.0/24"_s << QString();
    QTest::addRow("System 1 for a host name") << int(Role::Server) << u"client.lan"_s << QStringList{u"10.0.0.3"_s}
                                              << true << 1 << u"10.0.0.3"_s << u"10.0.0.3"_s;
    QTest::addRow("System 2 of an address")
        << int(Role::Client) << u"192.168.1.2"_s << QStringList() << true << 2 << u"192.168.1.2"_s << u"192.168.1.2"_s;
    QTest::addRow("System 2 of a host name, monitored")
        << int(Role::Client) << u"server.lan"_s << QStringList{u"10.0.0.2"_s} << true << 2 << u"server.lan"_s
        << u"10.0.0.2"_s;
    QTest::addRow("System 2 of a host name, not monitored")
        << int(Role::Client) << u"server.lan"_s << QStringList() << false << 2 << u"server.lan"_s << QString();
}

void tst_MachineRole::fromRenderedBlock()
{
    QFETCH(int, role);
    QFETCH(QString, peer);
    QFETCH(QStringList, peerAddresses);
    QFETCH(bool, monitoring);
    QFETCH(int, expectedIndex);
    QFETCH(QString, expectedPeer);
    QFETCH(QString, expectedAddress);

    Profile profile;
    profile.role = Role(role);
    profile.peer = peer;
    profile.peerAddresses = peerAddresses;
    profile.monitoring = monitoring;
    profile.commandBindAddress = profile.role == Role::Server ? u"192.168.1.2"_s : u"192.168.1.3"_s;
    const Result<ConfFile> written = applyProfile(debianBase(), profile);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    const MachineRole machine = MachineRole::fromConfig(*written);
    QCOMPARE(machine.systemIndex(), expectedIndex);
    QCOMPARE(machine.peer, expectedPeer);
    QCOMPARE(machine.peerAddress, expectedAddress.isEmpty() ? QHostAddress() : QHostAddress(expectedAddress));
    QCOMPARE(machine.pairKeyId, 0u);

    // The pair's key, as the block names it on either side (the window cannot read the key file).
    profile.keyId = 4242;
    const Result<ConfFile> keyed = applyProfile(debianBase(), profile);
    QVERIFY(keyed);
    QCOMPARE(MachineRole::fromConfig(*keyed).pairKeyId, 4242u);
    QCOMPARE(MachineRole::fromConfig(*keyed).systemIndex(), expectedIndex);
}

void tst_MachineRole::withoutBlockIsNotSetUp()
{
    // The the guide's System 2 written by hand: a follower by its directives, but nobody set it up with
    // Tandem, so the window must not call it System 2; the wizard's guess goes with it.
    const MachineRole machine = MachineRole::fromConfig(
        ConfFile::parse("server 192.168.1.2 iburst minpoll 1 maxpoll 1\nallow 192.168.1.2\n"_ba, u"chrony.conf"_s));
    QCOMPARE(machine.role, MachineRole::Role::NotSetUp);
    QCOMPARE(machine.systemIndex(), 0);
    QVERIFY(machine.peer.isEmpty());
    QCOMPARE(machine.guess.role, RoleGuess::Role::Client);
    QCOMPARE(MachineRole::read(u"/nonexistent/chrony.conf"_s).role, MachineRole::Role::NotSetUp);
}

void tst_MachineRole::removedBlockIsNotSetUp()
{
    Profile profile;
    profile.role = Role::Client;
    profile.peer = u"192.168.1.2"_s;
    profile.monitoring = false;
    const Result<ConfFile> written = applyProfile(debianBase(), profile);
    QVERIFY(written);
    QCOMPARE(MachineRole::fromConfig(*written).role, MachineRole::Role::System2);
    QCOMPARE(MachineRole::fromConfig(removeProfile(*written)).role, MachineRole::Role::NotSetUp);
    // A block whose END line was lost is plain text to Tandem: not a setup it can vouch for.
    QByteArray cut = written->render();
    cut.replace(TandemBlock::endLine(), "");
    QCOMPARE(MachineRole::fromConfig(ConfFile::parse(cut, u"chrony.conf"_s)).role, MachineRole::Role::NotSetUp);
    // The block as TandemBlock finds it (the same lines strip() removes).
    QVERIFY(!TandemBlock::body(ConfFile::parse(cut, u"chrony.conf"_s)).has_value());
    const std::optional<QList<ConfLine>> body = TandemBlock::body(*written);
    QVERIFY(body.has_value());
    QVERIFY(std::any_of(body->cbegin(), body->cend(),
                        [](const ConfLine& line) { return line.text().startsWith("server 192.168.1.2 "); }));
}

void tst_MachineRole::pairIdsDifferPerRoleAndPeer()
{
    MachineRole one;
    one.role = MachineRole::Role::System1;
    one.peer = u"fe80::1"_s;
    MachineRole two = one;
    two.role = MachineRole::Role::System2;
    MachineRole other = two;
    other.peer = u"192.168.1.9"_s;
    QCOMPARE(one.pairId(), u"machine-system1-fe80__1"_s);
    QVERIFY(one.pairId() != two.pairId());
    QVERIFY(two.pairId() != other.pairId());
    QCOMPARE(MachineRole().pairId(), u"machine-not-set-up"_s);
}

void tst_MachineRole::watcherFollowsReplacedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"chrony.conf"_s);
    writeAtomically(path, debianBase().render());
    MachineRoleWatcher watcher;
    watcher.watch(path);
    QCOMPARE(watcher.role().role, MachineRole::Role::NotSetUp);
    QSignalSpy changed(&watcher, &MachineRoleWatcher::changed);

    Profile profile;
    profile.role = Role::Client;
    profile.peer = u"192.168.1.2"_s;
    profile.monitoring = false;
    writeAtomically(path, applyProfile(debianBase(), profile)->render());
    QVERIFY(changed.wait(5000));
    QCOMPARE(watcher.role().role, MachineRole::Role::System2);
    QCOMPARE(watcher.role().peer, u"192.168.1.2"_s);

    // The rename replaced the watched file: the next change is still seen.
    profile.role = Role::Server;
    profile.peer = u"192.168.1.3"_s;
    writeAtomically(path, applyProfile(debianBase(), profile)->render());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QCOMPARE(watcher.role().role, MachineRole::Role::System1);

    // A rewrite that keeps role and peer (a comment added elsewhere) is no change.
    QFile append(path);
    QVERIFY(append.open(QIODevice::Append));
    append.write("# a comment\n");
    append.close();
    watcher.reread();
    QCOMPARE(changed.size(), 2);
}

void tst_MachineRole::sharedHistorySetAsideOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(SharedHistory::setAside(dir.path()).isEmpty()); // nothing to set aside
    for (const QByteArray& content : {"first"_ba, "second"_ba}) {
        QFile shared(dir.filePath(u"history-machine.bin"_s));
        QVERIFY(shared.open(QIODevice::WriteOnly));
        shared.write(content);
        shared.close();
        const QString aside = SharedHistory::setAside(dir.path());
        QVERIFY(!aside.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"history-machine.bin"_s)));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content); // the earlier set-aside file is not overwritten
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(tst_MachineRole)
#include "tst_MachineRole.moc"

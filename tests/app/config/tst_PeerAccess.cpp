#include "ChronydRunner.h"
#include "config/ConfFile.h"
#include "config/PeerAccess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What PeerAccess finds out on this machine. The two-machine case (the address facing the other
// system on a real link) is checked by tests/pair/tst_pair.sh; here only what every machine has:
// loopback, and /etc/hosts' localhost.
class tst_PeerAccess : public QObject
{
    Q_OBJECT

private slots:
    void facingLoopback();
    void serverSubnetFacesItsNetwork_data();
    void serverSubnetFacesItsNetwork();
    void hostNameBecomesAddresses();
    void unresolvableNameIsRefused();
    void everywhereIsAStatedChoice();
    void givenBindAddressIsKept();
};

namespace {

Profile profileFor(Role role, const QString& peer)
{
    Profile profile;
    profile.role = role;
    profile.peer = peer;
    return profile;
}

} // namespace

void tst_PeerAccess::facingLoopback()
{
    const Result<QHostAddress> facing = PeerAccess::addressFacing(QHostAddress(u"127.0.0.5"_s));
    QVERIFY2(facing.ok(), qPrintable(facing.error()));
    QVERIFY(facing->isLoopback());
}

void tst_PeerAccess::serverSubnetFacesItsNetwork_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addRow("address") << u"127.0.0.3"_s;
    QTest::addRow("subnet") << u"127.0.0.0/8"_s;
}

void tst_PeerAccess::serverSubnetFacesItsNetwork()
{
    QFETCH(QString, peer);
    const Result<Profile> resolved = PeerAccess::resolve(profileFor(Role::Server, peer));
    QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
    QVERIFY2(QHostAddress(resolved->commandBindAddress).isLoopback(), qPrintable(resolved->commandBindAddress));
    QVERIFY(resolved->peerAddresses.isEmpty()); // addresses and subnets are written as given
    QVERIFY2(validateProfile(*resolved).ok(), qPrintable(validateProfile(*resolved).error()));
}

void tst_PeerAccess::hostNameBecomesAddresses()
{
    const Result<Profile> resolved = PeerAccess::resolve(profileFor(Role::Server, u"localhost"_s));
    QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
    QVERIFY2(resolved->peerAddresses.contains(u"127.0.0.1"_s), qPrintable(resolved->peerAddresses.join(u' ')));
    QCOMPARE(resolved->peer, u"localhost"_s);

    // What chronyd reads: addresses in allow/cmdallow, the name in a comment; chronyd -p accepts it.
    const Result<ConfFile> applied = applyProfile(ConfFile::parse("rtcsync\n"_ba, {}), *resolved);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const QByteArray text = applied->render();
    QVERIFY(text.contains("\nallow 127.0.0.1\ncmdallow 127.0.0.1\n") ||
            text.contains("\nallow 127.0.0.1\nallow ::1\ncmdallow 127.0.0.1\n") ||
            text.contains("\nallow ::1\nallow 127.0.0.1\ncmdallow ::1\n"));
    QVERIFY(text.contains("# System 2 is localhost: its addresses when Tandem applied this"));
    QVERIFY(!text.contains("allow localhost"));
    if (!ChronydRunner::available())
        QSKIP("chronyd is not installed");
    QTemporaryDir dir;
    QVERIFY(ChronydRunner::check(*applied, dir.path()).isEmpty());
}

void tst_PeerAccess::unresolvableNameIsRefused()
{
    // .invalid never resolves (RFC 6761); chronyd would refuse "allow" with it and not start.
    const Result<Profile> resolved = PeerAccess::resolve(profileFor(Role::Server, u"system2.invalid"_s));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().contains(u"System 2's name system2.invalid does not resolve"_s),
             qPrintable(resolved.error()));

    // The client's server line keeps a name (chronyd retries it), but its cmdallow cannot.
    Profile client = profileFor(Role::Client, u"system1.invalid"_s);
    QVERIFY(!PeerAccess::resolve(client).ok());
    client.monitoring = false;
    const Result<Profile> unmonitored = PeerAccess::resolve(client);
    QVERIFY2(unmonitored.ok(), qPrintable(unmonitored.error()));
    QVERIFY(unmonitored->peerAddresses.isEmpty());
}

void tst_PeerAccess::everywhereIsAStatedChoice()
{
    Profile profile = profileFor(Role::Client, u"127.0.0.2"_s);
    profile.monitorOnAllInterfaces = true;
    const Result<Profile> resolved = PeerAccess::resolve(profile);
    QVERIFY(resolved.ok());
    QVERIFY(resolved->commandBindAddress.isEmpty());
    const QByteArray text = applyProfile(ConfFile::parse({}, {}), *resolved)->render();
    QVERIFY2(text.contains("\nbindcmdaddress 0.0.0.0\n"), text.constData());
}

void tst_PeerAccess::givenBindAddressIsKept()
{
    Profile profile = profileFor(Role::Client, u"127.0.0.2"_s);
    profile.commandBindAddress = u"127.0.0.3"_s; // the lab's own
    const Result<Profile> resolved = PeerAccess::resolve(profile);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->commandBindAddress, u"127.0.0.3"_s);
}

QTEST_GUILESS_MAIN(tst_PeerAccess)
#include "tst_PeerAccess.moc"

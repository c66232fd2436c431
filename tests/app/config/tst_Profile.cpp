#include "ChronydRunner.h"
#include "TestData.h"
#include "config/ChronyDirectives.h"
#include "config/Profile.h"
#include "config/TandemBlock.h"

#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Profile)

namespace {

const QStringList baseConfigs = {u"debian12.conf"_s,    u"fedora.conf"_s,      u"ubuntu.conf"_s,     u"arch.conf"_s,
                                 u"hand-edited.conf"_s, u"seed-server.conf"_s, u"seed-client.conf"_s};

// Profiles as PeerAccess::resolve leaves them on System 1 (192.168.1.2, 2001:db8::2) and System 2
// (.3): monitoring listens on the address that faces the peer.
Profile server(const QString& peer, ServerMode mode = ServerMode::LocalOnly)
{
    Profile profile;
    profile.role = Role::Server;
    profile.peer = peer;
    profile.mode = mode;
    profile.commandBindAddress = peer.contains(u':') ? u"2001:db8::2"_s : u"192.168.1.2"_s;
    return profile;
}

Profile client(const QString& peer)
{
    Profile profile;
    profile.role = Role::Client;
    profile.peer = peer;
    profile.commandBindAddress = peer.contains(u':') ? u"2001:db8::3"_s : u"192.168.1.3"_s;
    return profile;
}

// A peer given by name, with the addresses the name had at apply time.
Profile named(Profile profile, const QStringList& addresses)
{
    profile.peerAddresses = addresses;
    return profile;
}

// allow/cmdallow name the peer as written, or its addresses when it is a host name.
QByteArray accessArgument(const Profile& profile)
{
    return (profile.peerAddresses.isEmpty() ? profile.peer : profile.peerAddresses.first()).toUtf8();
}

// The profiles every base config is tried with: both roles, both modes, the guide's addresses, IPv6,
// host names ("localhost" because chronyd -p resolves allow/cmdallow names, and only /etc/hosts may
// answer in a test), a subnet for the server and the lab's loopback variant.
QList<std::pair<const char*, Profile>> profiles()
{
    Profile lab = client(u"127.0.0.2"_s);
    lab.commandBindAddress = u"127.0.0.3"_s;
    lab.peerNtpPort = 11123;
    Profile slowClient = client(u"192.168.1.2"_s);
    slowClient.minpoll = 4;
    slowClient.maxpoll = 6;
    Profile quietServer = server(u"192.168.1.3"_s);
    quietServer.monitoring = false;
    quietServer.stratum = 8;
    Profile everywhere = server(u"2001:db8::3"_s);
    everywhere.commandBindAddress.clear();
    everywhere.monitorOnAllInterfaces = true;
    Profile stepping = client(u"192.168.1.2"_s);
    stepping.stepAlways = true;
    return {
        {"server local-only", server(u"192.168.1.3"_s)},
        {"server local-and-pools", server(u"192.168.1.3"_s, ServerMode::LocalAndPools)},
        {"server subnet", server(u"192.168.1.0/24"_s)},
        {"server ipv6", server(u"2001:db8::3"_s)},
        {"server host name", named(server(u"localhost"_s, ServerMode::LocalAndPools), {u"127.0.0.1"_s, u"::1"_s})},
        {"server monitored everywhere", everywhere},
        {"server no monitoring", quietServer},
        {"client", client(u"192.168.1.2"_s)},
        {"client ipv6", client(u"2001:db8::2"_s)},
        {"client host name", named(client(u"localhost"_s), {u"127.0.0.1"_s})},
        {"client steps always", stepping},
        {"client slow polling", slowClient},
        {"client lab", lab},
    };
}

// Active directives that are not Tandem's own block lines.
QList<ConfDirective> activeOutsideBlock(const ConfFile& file)
{
    QList<ConfDirective> result;
    bool inBlock = false;
    for (qsizetype i = 0; i < file.lines().size(); ++i) {
        const ConfLine& line = file.lines().at(i);
        if (line.text() == TandemBlock::beginLine())
            inBlock = true;
        else if (line.text() == TandemBlock::endLine())
            inBlock = false;
        else if (!inBlock && line.isDirective())
            result.append(file.directiveAt(int(i + 1)));
    }
    return result;
}

QList<QByteArray> blockLines(const ConfFile& file)
{
    QList<QByteArray> result;
    bool inBlock = false;
    for (const ConfLine& line : file.lines()) {
        if (line.text() == TandemBlock::endLine())
            inBlock = false;
        if (inBlock && line.isDirective())
            result.append(line.text());
        if (line.text() == TandemBlock::beginLine())
            inBlock = true;
    }
    return result;
}

} // namespace

class tst_Profile : public QObject
{
    Q_OBJECT

private slots:
    void everyProfileOnEveryBase_data();
    void everyProfileOnEveryBase();
    void switchingRoles_data();
    void switchingRoles();
    void serverBlockContent();
    void clientBlockContent();
    void bindcmdaddressConflicts();
    void blockStaysWhereItWas();
    void strayMarkerIsRestored();
    void refusesBadProfiles_data();
    void refusesBadProfiles();
};

void tst_Profile::everyProfileOnEveryBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<Profile>("profile");
    for (const QString& base : baseConfigs) {
        for (const auto& [name, profile] : profiles())
            QTest::addRow("%s on %s", name, qPrintable(base)) << base << profile;
    }
}

void tst_Profile::everyProfileOnEveryBase()
{
    QFETCH(QString, base);
    QFETCH(Profile, profile);
    const QByteArray original = readTestData(u"conf/"_s + base);
    const ConfFile baseFile = ConfFile::parse(original, base);

    const Result<ConfFile> applied = applyProfile(baseFile, profile);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const QByteArray rendered = applied->render();
    QVERIFY(rendered != original);
    QCOMPARE(rendered.count(TandemBlock::beginLine()), 1);

    // Idempotent, and reversible to the exact original bytes.
    const Result<ConfFile> again = applyProfile(ConfFile::parse(rendered, base), profile);
    QVERIFY(again.ok());
    QCOMPARE(again->render(), rendered);
    QCOMPARE(removeProfile(ConfFile::parse(rendered, base)).render(), original);

    // What each role means for the active lines outside Tandem's block.
    const QList<ConfDirective> outside = activeOutsideBlock(*applied);
    for (const ConfDirective& directive : outside) {
        const bool source = directive.name == u"server"_s || directive.name == u"pool"_s || directive.name == u"peer"_s;
        if (source)
            QVERIFY2(!ChronyDirectives::isNtpdPseudoAddress(directive.arguments.value(0)), "127.127.x.x stays active");
        const bool keepsOnline = profile.role == Role::Server && profile.mode == ServerMode::LocalAndPools;
        if (!keepsOnline) {
            QVERIFY2(!source && directive.name != u"sourcedir"_s,
                     qPrintable(u"line %1 '%2' still active"_s.arg(directive.line).arg(directive.name)));
        }
        if (profile.role == Role::Server)
            QVERIFY2(directive.name != u"local"_s, "a second local line outside the block");
    }
    if (profile.role == Role::Server && profile.mode == ServerMode::LocalAndPools) {
        // Mode 2 keeps every real online source of the base.
        for (const ConfDirective& directive : baseFile.directives()) {
            if (directive.name == u"pool"_s || directive.name == u"sourcedir"_s)
                QCOMPARE(applied->directiveAt(directive.line).name, directive.name);
        }
    }

    const QList<QByteArray> block = blockLines(*applied);
    if (profile.role == Role::Server) {
        QCOMPARE(block.first(), "local stratum "_ba + QByteArray::number(profile.stratum));
    } else {
        QVERIFY(block.first().startsWith("server "_ba + profile.peer.toUtf8() + " iburst minpoll "_ba));
    }
    // Only System 1 serves NTP: System 2 allows nobody, so its NTP port stays closed.
    QCOMPARE(block.contains("allow "_ba + accessArgument(profile)), profile.role == Role::Server);
    QCOMPARE(block.contains("cmdallow "_ba + accessArgument(profile)), profile.monitoring);
    // A name never reaches allow/cmdallow: chronyd would resolve it once, or refuse to start.
    for (const QByteArray& line : block) {
        if (line.startsWith("allow ") || line.startsWith("cmdallow "))
            QVERIFY2(!QHostAddress(QString::fromUtf8(line.split(' ').at(1)).section(u'/', 0, 0)).isNull(),
                     line.constData());
    }
    QCOMPARE(block.contains("makestep 1 -1"_ba), profile.stepAlways);

    if (!ChronydRunner::available())
        QSKIP("chronyd is not installed; the acceptance check needs it");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<LintFinding> findings = ChronydRunner::check(*applied, dir.path());
    for (const LintFinding& finding : findings)
        qWarning("%s", qPrintable(finding.format()));
    QVERIFY2(findings.isEmpty(), "chronyd -p refused the rendered config");
}

void tst_Profile::switchingRoles_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<Profile>("first");
    QTest::addColumn<Profile>("second");
    for (const QString& base : baseConfigs) {
        QTest::addRow("server to client on %s", qPrintable(base))
            << base << server(u"192.168.1.3"_s) << client(u"192.168.1.2"_s);
        QTest::addRow("client to server on %s", qPrintable(base))
            << base << client(u"192.168.1.2"_s) << server(u"192.168.1.3"_s);
        QTest::addRow("mode 1 to mode 2 on %s", qPrintable(base))
            << base << server(u"192.168.1.3"_s) << server(u"192.168.1.3"_s, ServerMode::LocalAndPools);
        QTest::addRow("client to mode 2 on %s", qPrintable(base))
            << base << client(u"2001:db8::2"_s) << server(u"192.168.1.3"_s, ServerMode::LocalAndPools);
    }
}

// Switching replaces the other role's lines and restores what the new role keeps: the result is the
// same as applying the second profile to the untouched base.
void tst_Profile::switchingRoles()
{
    QFETCH(QString, base);
    QFETCH(Profile, first);
    QFETCH(Profile, second);
    const ConfFile baseFile = ConfFile::parse(readTestData(u"conf/"_s + base), base);
    const Result<ConfFile> once = applyProfile(baseFile, first);
    QVERIFY(once.ok());
    const Result<ConfFile> switched = applyProfile(*once, second);
    const Result<ConfFile> direct = applyProfile(baseFile, second);
    QVERIFY(switched.ok() && direct.ok());
    QCOMPARE(switched->render(), direct->render());
}

void tst_Profile::serverBlockContent()
{
    const ConfFile base = ConfFile::parse(readTestData(u"conf/debian12.conf"_s), u"chrony.conf"_s);
    const Result<ConfFile> applied = applyProfile(base, server(u"192.168.1.3"_s));
    QVERIFY(applied.ok());
    const QByteArray text = applied->render();
    QVERIFY(text.contains("\n#tandem-disabled# pool 2.debian.pool.ntp.org iburst\n"));
    QVERIFY(text.contains("\n#tandem-disabled# sourcedir /run/chrony-dhcp\n"));
    QVERIFY(text.contains("\n#tandem-disabled# sourcedir /etc/chrony/sources.d\n"));
    QVERIFY(text.contains("\nconfdir /etc/chrony/conf.d\n")); // not a source: untouched
    QVERIFY(text.endsWith("# BEGIN Tandem io.github.tandemtime.Tandem (managed block: edit with Tandem)\n"
                          "# System 1 (server): serves its own clock to System 2, no online time sources.\n"
                          "local stratum 10\n"
                          "allow 192.168.1.3\n"
                          "cmdallow 192.168.1.3\n"
                          "bindcmdaddress 192.168.1.2\n"
                          "# END Tandem\n"));
    QVERIFY(!text.contains("127.127"));
}

void tst_Profile::clientBlockContent()
{
    Profile profile = named(client(u"system1.lan"_s), {u"192.168.1.2"_s, u"fd00::2"_s});
    profile.stepAlways = true;
    profile.minpoll = 2;
    profile.maxpoll = 5;
    profile.peerNtpPort = 11123;
    const ConfFile base = ConfFile::parse(readTestData(u"conf/hand-edited.conf"_s), u"chrony.conf"_s);
    const Result<ConfFile> applied = applyProfile(base, profile);
    QVERIFY(applied.ok());
    const QByteArray text = applied->render();
    // The hand-edited file uses CRLF and has no final newline; Tandem's lines follow suit.
    QVERIFY(
        text.endsWith("\r\nrtcsync\r\n# BEGIN Tandem io.github.tandemtime.Tandem (managed block: edit with Tandem)\r\n"
                      "# System 2 (client): follows System 1 only.\r\n"
                      "server system1.lan iburst minpoll 2 maxpoll 5 port 11123\r\n"
                      "# Step whenever System 2 is more than 1 s off (System 1's clock may jump).\r\n"
                      "makestep 1 -1\r\n"
                      "# System 1 is system1.lan: its addresses when Tandem applied this (chronyd would resolve the "
                      "name once, and\r\n"
                      "# not start at all when it does not resolve).\r\n"
                      "cmdallow 192.168.1.2\r\n"
                      "cmdallow fd00::2\r\n"
                      "bindcmdaddress 192.168.1.3\r\n"
                      "# END Tandem"));
    QVERIFY(text.contains("#tandem-disabled# Server 127.127.1.1 prefer\r\n"));
    QVERIFY(text.contains("#tandem-disabled# makestep 1.0 -1\r\n")); // the block's own counts
    QVERIFY(text.contains("#tandem-disabled# \tserver   ntp1.example.org iburst   \r\n"));
    QVERIFY(text.contains("\r\nLOCAL stratum 8\r\n")); // a client's own local line is the admin's business
}

void tst_Profile::bindcmdaddressConflicts()
{
    const ConfFile base = ConfFile::parse(readTestData(u"conf/hand-edited.conf"_s), u"chrony.conf"_s);
    const QByteArray v4 = applyProfile(base, server(u"192.168.1.3"_s))->render();
    QVERIFY(v4.contains("#tandem-disabled# bindcmdaddress 127.0.0.1\r\n"));
    QVERIFY(v4.contains("\r\nbindcmdaddress ::1\r\n"));
    QVERIFY(v4.contains("\r\nbindcmdaddress /var/run/chrony/chronyd.sock\r\n")); // the Unix socket is its own family

    const QByteArray v6 = applyProfile(base, server(u"2001:db8::3"_s))->render();
    QVERIFY(v6.contains("\r\nbindcmdaddress 127.0.0.1\r\n"));
    QVERIFY(v6.contains("#tandem-disabled# bindcmdaddress ::1\r\n"));
    QVERIFY(v6.contains("\r\nbindcmdaddress 2001:db8::2\r\n"));

    Profile quiet = server(u"192.168.1.3"_s);
    quiet.monitoring = false;
    const QByteArray none = applyProfile(base, quiet)->render();
    QVERIFY(!none.contains("#tandem-disabled# bindcmdaddress"));
    QVERIFY(!none.contains("cmdallow"));
}

void tst_Profile::blockStaysWhereItWas()
{
    const QByteArray base = "a-first rtcsync\nrtcsync\n# BEGIN Tandem io.github.tandemtime.Tandem (managed block: edit "
                            "with Tandem)\nlocal stratum 10\n# END Tandem\nmakestep 1 3\n"_ba;
    const Result<ConfFile> applied = applyProfile(ConfFile::parse(base, {}), client(u"192.168.1.2"_s));
    QVERIFY(applied.ok());
    const QByteArray text = applied->render();
    QVERIFY(text.startsWith("a-first rtcsync\nrtcsync\n# BEGIN Tandem"));
    QVERIFY(text.endsWith("# END Tandem\nmakestep 1 3\n"));
    QVERIFY(text.contains("server 192.168.1.2 iburst minpoll 1 maxpoll 1\n"));
    QVERIFY(!text.contains("local stratum"));
    QCOMPARE(removeProfile(*applied).render(), "a-first rtcsync\nrtcsync\nmakestep 1 3\n"_ba);
}

void tst_Profile::strayMarkerIsRestored()
{
    // A disabled line without a block (someone deleted the block by hand) still comes back on removal.
    const ConfFile base = ConfFile::parse("#tandem-disabled# pool 2.debian.pool.ntp.org iburst\nrtcsync\n"_ba, {});
    QCOMPARE(removeProfile(base).render(), "pool 2.debian.pool.ntp.org iburst\nrtcsync\n"_ba);
    // A BEGIN without END is not Tandem's block: kept as text.
    const QByteArray broken = "# BEGIN Tandem io.github.tandemtime.Tandem (managed block: edit with Tandem)\nx\n"_ba;
    QCOMPARE(removeProfile(ConfFile::parse(broken, {})).render(), broken);
}

void tst_Profile::refusesBadProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("reason");
    QTest::addRow("the guide's pseudo server") << client(u"127.127.1.1"_s) << u"local stratum 10"_s;
    QTest::addRow("empty peer") << server(QString()) << u"empty"_s;
    QTest::addRow("peer with newline") << server(u"192.168.1.3\nallow all"_s) << u"line break"_s;
    QTest::addRow("peer with shell") << client(u"$(reboot)"_s) << u"'$'"_s;
    QTest::addRow("subnet for client") << client(u"192.168.1.0/24"_s) << u"subnet"_s;
    Profile p = server(u"192.168.1.3"_s);
    p.stratum = 16;
    QTest::addRow("stratum 16") << p << u"between 1 and 15"_s;
    p.stratum = 0;
    QTest::addRow("stratum 0") << p << u"between 1 and 15"_s;
    p = client(u"192.168.1.2"_s);
    p.minpoll = -8;
    QTest::addRow("minpoll -8") << p << u"-7 and 24"_s;
    p.minpoll = 1;
    p.maxpoll = 25;
    QTest::addRow("maxpoll 25") << p << u"-7 and 24"_s;
    p.minpoll = 6;
    p.maxpoll = 4;
    QTest::addRow("maxpoll below minpoll") << p << u"must not be smaller"_s;
    p = client(u"192.168.1.2"_s);
    p.peerNtpPort = 70000;
    QTest::addRow("port 70000") << p << u"65535"_s;
    p = server(u"192.168.1.3"_s);
    p.commandBindAddress = u"system1.lan"_s;
    QTest::addRow("bind to host name") << p << u"not a host name"_s;
    p.commandBindAddress = u"::"_s;
    QTest::addRow("bind family mismatch") << p << u"different IP versions"_s;
    p = server(u"192.168.1.3"_s);
    p.commandBindAddress.clear();
    QTest::addRow("monitoring address unknown") << p << u"faces 192.168.1.3 is not known"_s;
    QTest::addRow("host name not resolved") << server(u"system2.lan"_s) << u"must be resolved first"_s;
    QTest::addRow("addresses without a name")
        << named(server(u"192.168.1.3"_s), {u"192.168.1.4"_s}) << u"only go with a host name"_s;
    QTest::addRow("resolved to a subnet")
        << named(client(u"system1.lan"_s), {u"192.168.1.0/24"_s}) << u"address 192.168.1.0/24"_s;
    p = server(u"192.168.1.3"_s);
    p.stepAlways = true;
    QTest::addRow("makestep always on System 1") << p << u"System 2 setting"_s;
}

void tst_Profile::refusesBadProfiles()
{
    QFETCH(Profile, profile);
    QFETCH(QString, reason);
    const Status status = validateProfile(profile);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(reason), qPrintable(status.error()));
    const Result<ConfFile> applied = applyProfile(ConfFile::parse("rtcsync\n"_ba, {}), profile);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error(), status.error());
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_Profile.moc"

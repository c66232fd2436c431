#include "privileged/HelperRequestParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HelperAction)
Q_DECLARE_METATYPE(Role)

class tst_HelperRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEveryShape_data();
    void acceptsEveryShape();
    void refusesHostileInput_data();
    void refusesHostileInput();
    void readsEveryField();
};

void tst_HelperRequestParser::acceptsEveryShape_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<HelperAction>("action");

    const auto apply = HelperAction::Apply;
    QTest::addRow("server mode 1") << R"({"action":"apply","role":"server","peer":"192.168.1.3","pools":false})"_ba
                                   << apply;
    QTest::addRow("server mode 2") << R"({"action":"apply","role":"server","peer":"192.168.1.3","pools":true})"_ba
                                   << apply;
    QTest::addRow("server subnet")
        << R"({"action":"apply","role":"server","peer":"192.168.1.0/24","pools":false,"stratum":10})"_ba << apply;
    QTest::addRow("server ipv6 subnet")
        << R"({"action":"apply","role":"server","peer":"fd00::/64","pools":false,"monitoring":true})"_ba << apply;
    QTest::addRow("server all fields")
        << R"({"monitoring":false,"stratum":1,"pools":true,"peer":"10.0.0.2","role":"server","action":"apply"})"_ba
        << apply;
    QTest::addRow("server stratum 15")
        << R"({"action":"apply","role":"server","peer":"127.0.0.3","pools":false,"stratum":15})"_ba << apply;
    QTest::addRow("client") << R"({"action":"apply","role":"client","peer":"192.168.1.2"})"_ba << apply;
    QTest::addRow("client polls")
        << R"({"action":"apply","role":"client","peer":"192.168.1.2","minpoll":1,"maxpoll":1})"_ba << apply;
    QTest::addRow("client negative polls")
        << R"({"action":"apply","role":"client","peer":"192.168.1.2","minpoll":-7,"maxpoll":24})"_ba << apply;
    QTest::addRow("client only minpoll") << R"({"action":"apply","role":"client","peer":"192.168.1.2","minpoll":4})"_ba
                                         << apply;
    QTest::addRow("client host name")
        << R"({"action":"apply","role":"client","peer":"time-1.example.org","monitoring":true})"_ba << apply;
    QTest::addRow("client ipv6") << R"({"action":"apply","role":"client","peer":"::1"})"_ba << apply;
    // System 1 may name System 2: the helper resolves the name into addresses itself.
    QTest::addRow("server host name") << R"({"action":"apply","role":"server","peer":"system2.lan","pools":false})"_ba
                                      << apply;
    QTest::addRow("client steps always, monitored everywhere")
        << R"({"action":"apply","role":"client","peer":"10.0.0.1","stepAlways":true,"monitorEverywhere":true})"_ba
        << apply;
    QTest::addRow("sync-now") << R"({"action":"sync-now"})"_ba << HelperAction::SyncNow;
    QTest::addRow("sync-now peer") << R"({"action":"sync-now","peer":"127.0.0.2"})"_ba << HelperAction::SyncNow;
    QTest::addRow("sync-now host") << R"({"action":"sync-now","peer":"system1.lan"})"_ba << HelperAction::SyncNow;
    QTest::addRow("restore newest") << R"({"action":"restore"})"_ba << HelperAction::Restore;
    QTest::addRow("restore id") << R"({"action":"restore","backup":"20261126-063150-000"})"_ba << HelperAction::Restore;
    QTest::addRow("firewall-check ntp") << R"({"action":"firewall-check","peer":"192.168.77.3","port":123})"_ba
                                        << HelperAction::FirewallCheck;
    QTest::addRow("firewall-check monitoring ipv6")
        << R"({"port":323,"peer":"fd00::3","action":"firewall-check"})"_ba << HelperAction::FirewallCheck;
    QTest::addRow("firewall-open") << R"({"action":"firewall-open","peer":"192.168.77.3","port":123})"_ba
                                   << HelperAction::FirewallOpen;
    QTest::addRow("client with the pair's key")
        << R"({"action":"apply","role":"client","peer":"192.168.1.2","keyId":4242,"key":"00112233445566778899aabbccddeeff"})"_ba
        << apply;
    QTest::addRow("server with the pair's key")
        << R"({"action":"apply","role":"server","peer":"192.168.1.3","pools":false,"keyId":1,"key":"00112233445566778899AABBCCDDEEFF"})"_ba
        << apply;
    QTest::addRow("server keeping the pair's key")
        << R"({"action":"apply","role":"server","peer":"192.168.1.3","pools":true,"keepKeyId":4242})"_ba << apply;
    QTest::addRow("pretty printed") << "{\n  \"action\": \"restore\"\n}\n"_ba << HelperAction::Restore;
}

void tst_HelperRequestParser::acceptsEveryShape()
{
    QFETCH(QByteArray, input);
    QFETCH(HelperAction, action);
    const Result<HelperRequest> request = HelperRequestParser::parse(input);
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->action, action);
}

void tst_HelperRequestParser::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    const QByteArray server = R"({"action":"apply","role":"server","pools":false,"peer":)"_ba;
    const QByteArray client = R"({"action":"apply","role":"client","peer":)"_ba;

    // Config injection: anything that could end the line, start a comment or add an option.
    QTest::addRow("newline in peer") << server + R"("192.168.1.3\nallow all"})" << u"not a valid address"_s;
    QTest::addRow("carriage return in peer") << server + R"("192.168.1.3\rallow all"})" << u"not a valid address"_s;
    QTest::addRow("hash in peer") << client + R"("192.168.1.2#x"})" << u"not a valid address"_s;
    QTest::addRow("semicolon comment") << client + R"("192.168.1.2;x"})" << u"not a valid address"_s;
    QTest::addRow("space option") << client + R"("192.168.1.2 prefer"})" << u"not a valid address"_s;
    QTest::addRow("tab in peer") << client + R"("192.168.1.2\tport 1"})" << u"not a valid address"_s;
    QTest::addRow("leading space") << server + R"(" 192.168.1.3"})" << u"not a valid address"_s;
    QTest::addRow("unicode line separator") << client + R"("a\u2028b"})" << u"not a valid address"_s;
    QTest::addRow("non-ascii letters") << client + R"("sérver.lan"})" << u"not a valid address"_s;
    QTest::addRow("fullwidth digits") << client + R"("\uff11.2.3.4"})" << u"not a valid address"_s;
    // Shell metacharacters: there is no shell, but they must not reach anything either.
    QTest::addRow("command substitution") << client + R"json("$(reboot)"})json" << u"not a valid address"_s;
    QTest::addRow("backticks") << client + R"("`id`"})" << u"not a valid address"_s;
    QTest::addRow("pipe") << client + R"("a|b"})" << u"not a valid address"_s;
    QTest::addRow("ampersand") << client + R"("a&&b"})" << u"not a valid address"_s;
    QTest::addRow("redirect") << client + R"("a>/etc/passwd"})" << u"not a valid address"_s;
    QTest::addRow("quote") << client + R"("a\"b"})" << u"not a valid address"_s;
    QTest::addRow("glob") << client + R"("*"})" << u"not a valid address"_s;
    // Addresses that are malformed or the wrong kind.
    QTest::addRow("empty peer") << client + R"(""})" << u"empty"_s;
    QTest::addRow("octet out of range") << client + R"("192.168.1.300"})" << u"IPv4"_s;
    QTest::addRow("short ipv4") << server + R"("192.168.1"})" << u"four numbers"_s;
    QTest::addRow("octal ipv4") << server + R"("0300.0250.1.1"})" << u"not a valid address"_s;
    QTest::addRow("ipv6 scope") << client + R"("fe80::1%eth0"})" << u"not a valid address"_s;
    QTest::addRow("subnet as client peer") << client + R"("192.168.1.0/24"})" << u"subnet"_s;
    QTest::addRow("host name subnet") << server + R"("client.lan/24"})" << u"0 to 255"_s;
    QTest::addRow("stepAlways for server")
        << R"({"action":"apply","role":"server","pools":false,"peer":"10.0.0.2","stepAlways":true})"_ba
        << u"\"stepAlways\" is not accepted"_s;
    QTest::addRow("stepAlways as string") << client + R"("10.0.0.2","stepAlways":"yes"})" << u"true or false"_s;
    QTest::addRow("monitorEverywhere as number")
        << client + R"("10.0.0.2","monitorEverywhere":1})" << u"true or false"_s;
    QTest::addRow("bind address smuggled")
        << client + R"("10.0.0.2","commandBindAddress":"0.0.0.0"})" << u"not accepted"_s;
    QTest::addRow("prefix too long v4") << server + R"("192.168.1.0/33"})" << u"between 0 and 32"_s;
    QTest::addRow("prefix too long v6") << server + R"("fd00::/129"})" << u"between 0 and 128"_s;
    QTest::addRow("prefix leading zero") << server + R"("10.0.0.0/08"})" << u"write it as 10.0.0.0/8"_s;
    QTest::addRow("two slashes") << server + R"("10.0.0.0/8/8"})" << u"one '/'"_s;
    QTest::addRow("label starts with dash") << client + R"("-x.lan"})" << u"not starting or ending with a hyphen"_s;
    QTest::addRow("empty label") << client + R"("a..b"})" << u"labels"_s;
    QTest::addRow("label too long") << client + "\"" + QByteArray(64, 'a') + ".lan\"}" << u"at most 63 characters"_s;
    QTest::addRow("peer not a string") << client + "1}" << u"must be a string"_s;
    QTest::addRow("peer missing") << R"({"action":"apply","role":"client"})"_ba << u"needs the key \"peer\""_s;
    // Path traversal and other non-IDs as backup IDs.
    QTest::addRow("traversal") << R"({"action":"restore","backup":"../../etc/shadow"})"_ba << u"not a backup ID"_s;
    QTest::addRow("absolute path") << R"({"action":"restore","backup":"/etc/chrony/chrony.conf"})"_ba
                                   << u"not a backup ID"_s;
    QTest::addRow("id with slash") << R"({"action":"restore","backup":"20261126-063150-000/.."})"_ba
                                   << u"not a backup ID"_s;
    QTest::addRow("id with newline") << R"({"action":"restore","backup":"20261126-063150-000\n"})"_ba
                                     << u"not a backup ID"_s;
    QTest::addRow("id too short") << R"({"action":"restore","backup":"2026"})"_ba << u"not a backup ID"_s;
    QTest::addRow("id empty") << R"({"action":"restore","backup":""})"_ba << u"not a backup ID"_s;
    QTest::addRow("id number") << R"({"action":"restore","backup":20261126})"_ba << u"must be a string"_s;
    // Numbers out of range or of the wrong type.
    QTest::addRow("stratum 0") << server + R"("10.0.0.2","stratum":0})" << u"between 1 and 15"_s;
    QTest::addRow("stratum 16") << server + R"("10.0.0.2","stratum":16})" << u"between 1 and 15"_s;
    QTest::addRow("stratum huge") << server + R"("10.0.0.2","stratum":4294967306})" << u"between 1 and 15"_s;
    QTest::addRow("stratum string") << server + R"("10.0.0.2","stratum":"10"})" << u"whole number"_s;
    QTest::addRow("stratum bool") << server + R"("10.0.0.2","stratum":true})" << u"whole number"_s;
    QTest::addRow("stratum fraction") << server + R"("10.0.0.2","stratum":10.0})" << u"whole numbers"_s;
    QTest::addRow("minpoll -8") << client + R"("10.0.0.1","minpoll":-8})" << u"between -7 and 24"_s;
    QTest::addRow("maxpoll 25") << client + R"("10.0.0.1","maxpoll":25})" << u"between -7 and 24"_s;
    QTest::addRow("minpoll above maxpoll") << client + R"("10.0.0.1","minpoll":6,"maxpoll":4})" << u"larger than"_s;
    QTest::addRow("pools as string") << R"({"action":"apply","role":"server","peer":"10.0.0.2","pools":"false"})"_ba
                                     << u"true or false"_s;
    QTest::addRow("pools as number") << R"({"action":"apply","role":"server","peer":"10.0.0.2","pools":0})"_ba
                                     << u"true or false"_s;
    QTest::addRow("pools missing") << R"({"action":"apply","role":"server","peer":"10.0.0.2"})"_ba
                                   << u"needs the key \"pools\""_s;
    QTest::addRow("monitoring as string") << client + R"("10.0.0.1","monitoring":"yes"})" << u"true or false"_s;
    // Unknown actions and fields, fields of another action or role.
    QTest::addRow("no action") << R"({"role":"server"})"_ba << u"needs the key \"action\""_s;
    QTest::addRow("empty object") << "{}"_ba << u"needs the key \"action\""_s;
    QTest::addRow("unknown action") << R"({"action":"reboot"})"_ba << u"must be \"apply\""_s;
    QTest::addRow("action case") << R"({"action":"Apply"})"_ba << u"must be \"apply\""_s;
    QTest::addRow("action not a string") << R"({"action":true})"_ba << u"must be a string"_s;
    QTest::addRow("unknown role") << R"({"action":"apply","role":"peer","peer":"10.0.0.1"})"_ba
                                  << u"\"server\" or \"client\""_s;
    QTest::addRow("config text key") << client + R"("10.0.0.1","config":"allow all"})" << u"\"config\" is not"_s;
    QTest::addRow("path key") << R"({"action":"restore","path":"/etc/shadow"})"_ba << u"\"path\" is not"_s;
    QTest::addRow("pools on client") << client + R"("10.0.0.1","pools":true})" << u"\"pools\" is not"_s;
    QTest::addRow("minpoll on server") << server + R"("10.0.0.2","minpoll":1})" << u"\"minpoll\" is not"_s;
    QTest::addRow("stratum on client") << client + R"("10.0.0.1","stratum":3})" << u"\"stratum\" is not"_s;
    QTest::addRow("role on sync-now") << R"({"action":"sync-now","role":"client"})"_ba << u"\"role\" is not"_s;
    QTest::addRow("backup on apply") << client + R"("10.0.0.1","backup":"20261126-063150-000"})"
                                     << u"\"backup\" is not"_s;
    QTest::addRow("sync-now bad peer") << R"({"action":"sync-now","peer":"127.0.0.2 port 1"})"_ba
                                       << u"not a valid address"_s;
    QTest::addRow("escaped key name quoted safely") << R"({"action":"sync-now","x\ny":1})"_ba << u"\"x?y\""_s;
    // The firewall requests: one address (no name, no subnet that would open a whole network), one of
    // chrony's two ports, nothing else (no rule text, no chain, no table).
    const QByteArray open = R"({"action":"firewall-open","port":123,"peer":)"_ba;
    QTest::addRow("firewall subnet") << open + R"("192.168.77.0/24"})" << u"not a valid address"_s;
    QTest::addRow("firewall any") << open + R"("0.0.0.0/0"})" << u"not a valid address"_s;
    QTest::addRow("firewall host name") << open + R"("system2.lan"})" << u"not a valid address"_s;
    QTest::addRow("firewall rule injection")
        << open + R"("192.168.77.3 accept; flush ruleset"})" << u"not a valid address"_s;
    QTest::addRow("firewall nft set syntax") << open + R"("{ 0.0.0.0/0 }"})" << u"not a valid address"_s;
    QTest::addRow("firewall newline") << open + R"("192.168.77.3\ndrop"})" << u"not a valid address"_s;
    QTest::addRow("firewall empty peer") << open + R"(""})" << u"empty"_s;
    QTest::addRow("firewall peer missing")
        << R"({"action":"firewall-open","port":123})"_ba << u"needs the key \"peer\""_s;
    QTest::addRow("firewall port missing")
        << R"({"action":"firewall-check","peer":"192.168.77.3"})"_ba << u"needs the key \"port\""_s;
    QTest::addRow("firewall port 22") << R"({"action":"firewall-open","peer":"192.168.77.3","port":22})"_ba
                                      << u"123 (NTP) or 323"_s;
    QTest::addRow("firewall port 0") << R"({"action":"firewall-open","peer":"192.168.77.3","port":0})"_ba
                                     << u"between 1 and 65535"_s;
    QTest::addRow("firewall port range") << R"({"action":"firewall-open","peer":"192.168.77.3","port":"1-65535"})"_ba
                                         << u"whole number"_s;
    QTest::addRow("firewall port huge") << R"({"action":"firewall-open","peer":"192.168.77.3","port":65659})"_ba
                                        << u"between 1 and 65535"_s;
    QTest::addRow("firewall rule key") << open + R"("192.168.77.3","rule":"accept"})" << u"\"rule\" is not"_s;
    QTest::addRow("firewall chain key") << open + R"("192.168.77.3","chain":"input"})" << u"\"chain\" is not"_s;
    QTest::addRow("firewall role key")
        << R"({"action":"firewall-check","peer":"192.168.77.3","port":123,"role":"server"})"_ba << u"\"role\" is not"_s;
    QTest::addRow("port on sync-now") << R"({"action":"sync-now","port":123})"_ba << u"\"port\" is not"_s;
    // The pair's key: both parts, an ID chrony takes, exactly 32 hex digits, never quoted back.
    const QByteArray keyed = client + R"("10.0.0.1","keyId":)"_ba;
    QTest::addRow("key without ID") << client + R"("10.0.0.1","key":"00112233445566778899aabbccddeeff"})"
                                    << u"go together"_s;
    QTest::addRow("ID without key") << keyed + R"(7})" << u"go together"_s;
    QTest::addRow("key ID 0") << keyed + R"(0,"key":"00112233445566778899aabbccddeeff"})" << u"between 1 and"_s;
    QTest::addRow("key ID too large") << keyed + R"(65536,"key":"00112233445566778899aabbccddeeff"})"
                                      << u"between 1 and"_s;
    QTest::addRow("key ID as string") << keyed + R"("7","key":"00112233445566778899aabbccddeeff"})"
                                      << u"whole number"_s;
    QTest::addRow("key too short") << keyed + R"(7,"key":"00112233445566778899aabbccddee"})" << u"32 hexadecimal"_s;
    QTest::addRow("key too long") << keyed + R"(7,"key":"00112233445566778899aabbccddeeff00"})" << u"32 hexadecimal"_s;
    QTest::addRow("key not hex") << keyed + R"(7,"key":"0011223344556677889Xaabbccddeeff"})" << u"32 hexadecimal"_s;
    QTest::addRow("key with a newline") << keyed + R"(7,"key":"0011223344556677\n8899aabbccddeeff"})"
                                        << u"32 hexadecimal"_s;
    QTest::addRow("key with chrony's prefix")
        << keyed + R"(7,"key":"HEX:00112233445566778899aabbccdd"})" << u"32 hexadecimal"_s;
    QTest::addRow("key as number") << keyed + R"(7,"key":1234})" << u"must be a string"_s;
    QTest::addRow("key type key") << keyed + R"(7,"key":"00112233445566778899aabbccddeeff","type":"MD5"})"
                                  << u"\"type\" is not"_s;
    QTest::addRow("kept key with a new one")
        << keyed + R"(7,"key":"00112233445566778899aabbccddeeff","keepKeyId":7})" << u"does not go with"_s;
    QTest::addRow("kept key 0") << client + R"("10.0.0.1","keepKeyId":0})" << u"between 1 and"_s;
    QTest::addRow("kept key as string") << client + R"("10.0.0.1","keepKeyId":"7"})" << u"whole number"_s;
    QTest::addRow("key on sync-now") << R"({"action":"sync-now","key":"00112233445566778899aabbccddeeff"})"_ba
                                     << u"\"key\" is not"_s;
    // JSON-level refusals still come through the same function.
    QTest::addRow("duplicate action") << R"({"action":"restore","action":"apply"})"_ba << u"twice"_s;
    QTest::addRow("duplicate peer")
        << R"({"action":"apply","role":"client","peer":"10.0.0.1","peer":"10.0.0.1\nallow all"})"_ba << u"twice"_s;
    QTest::addRow("wrong shape") << R"(["apply"])"_ba << u"one JSON object"_s;
    QTest::addRow("invalid utf8") << "{\"action\":\"sync-now\",\"peer\":\"\xfe\"}"_ba << u"UTF-8"_s;
    QTest::addRow("nul") << QByteArray(R"({"action":"restore"})"_ba + '\0') << u"NUL"_s;
    QTest::addRow("oversize") << QByteArray(R"({"action":"restore"})"_ba + QByteArray(70000, ' ')) << u"larger"_s;
    QTest::addRow("nested") << R"({"action":"apply","role":{"$ne":1}})"_ba << u"nested"_s;
}

void tst_HelperRequestParser::refusesHostileInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const Result<HelperRequest> request = HelperRequestParser::parse(input);
    QVERIFY(!request.ok());
    QVERIFY2(request.error().contains(reason), qPrintable(request.error()));
    // A refusal is one line an admin can read, and never repeats a key.
    QVERIFY(!request.error().contains(u'\n'));
    QVERIFY(!request.error().contains(u"8899aabbcc"_s, Qt::CaseInsensitive));
}

void tst_HelperRequestParser::readsEveryField()
{
    const auto server = HelperRequestParser::parse(
        R"({"action":"apply","role":"server","peer":"192.168.1.0/24","pools":true,"stratum":8,"monitoring":true})"_ba);
    QVERIFY(server.ok());
    QCOMPARE(server->role, Role::Server);
    QCOMPARE(server->peer, u"192.168.1.0/24"_s);
    QCOMPARE(server->pools, true);
    QCOMPARE(server->stratum, std::optional<int>(8));
    QCOMPARE(server->monitoring, std::optional<bool>(true));
    QVERIFY(!server->minpoll);

    const auto client = HelperRequestParser::parse(
        R"({"action":"apply","role":"client","peer":"192.168.1.2","minpoll":-2,"maxpoll":3})"_ba);
    QVERIFY(client.ok());
    QCOMPARE(client->role, Role::Client);
    QCOMPARE(client->minpoll, std::optional<int>(-2));
    QCOMPARE(client->maxpoll, std::optional<int>(3));
    QVERIFY(!client->monitoring);
    QVERIFY(!client->stratum);
    QVERIFY(!client->stepAlways);
    QVERIFY(!client->monitorEverywhere);

    const auto stepping = HelperRequestParser::parse(
        R"({"action":"apply","role":"client","peer":"192.168.1.2","stepAlways":true,"monitorEverywhere":false})"_ba);
    QVERIFY(stepping.ok());
    QCOMPARE(stepping->stepAlways, std::optional<bool>(true));
    QCOMPARE(stepping->monitorEverywhere, std::optional<bool>(false));

    const auto keyed = HelperRequestParser::parse(
        R"({"action":"apply","role":"client","peer":"192.168.1.2","keyId":4242,"key":"00112233445566778899aabbccddeeff"})"_ba);
    QVERIFY(keyed.ok());
    QVERIFY(keyed->key);
    QCOMPARE(keyed->key->id, 4242u);
    QCOMPARE(keyed->key->secret, QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    QCOMPARE(profileFor(*keyed).keyId, 4242u);
    const auto kept =
        HelperRequestParser::parse(R"({"action":"apply","role":"client","peer":"192.168.1.2","keepKeyId":4242})"_ba);
    QVERIFY(kept.ok());
    QVERIFY(!kept->key);
    QCOMPARE(kept->keepKeyId, std::optional<quint32>(4242));
    QCOMPARE(profileFor(*kept).keyId, 4242u);
    QVERIFY(!client->key);

    const auto restore = HelperRequestParser::parse(R"({"action":"restore","backup":"20261126-063150-007"})"_ba);
    QVERIFY(restore.ok());
    QCOMPARE(restore->backupId, u"20261126-063150-007"_s);

    const auto sync = HelperRequestParser::parse(R"({"action":"sync-now"})"_ba);
    QVERIFY(sync.ok());
    QVERIFY(sync->peer.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HelperRequestParser)
#include "tst_HelperRequestParser.moc"

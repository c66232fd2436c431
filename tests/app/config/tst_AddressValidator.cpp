#include "config/AddressValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Use = AddressValidator::Use;
using Kind = AddressValidator::Kind;

class tst_AddressValidator : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
};

void tst_AddressValidator::accepts_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("use");
    QTest::addColumn<int>("kind");
    // chrony reads it; false: only chrony's spelling, which Tandem neither writes nor sends the helper.
    QTest::addColumn<bool>("tandemToo");
    const int host = int(Use::Host);
    const int subnet = int(Use::HostOrSubnet);
    const int ip = int(Use::IpOnly);
    QTest::addRow("seed server") << u"192.168.1.2"_s << host << int(Kind::IPv4) << true;
    QTest::addRow("seed client") << u"192.168.1.3"_s << subnet << int(Kind::IPv4) << true;
    QTest::addRow("ipv6") << u"2001:db8::3"_s << host << int(Kind::IPv6) << true;
    QTest::addRow("ipv6 any for bind") << u"::"_s << ip << int(Kind::IPv6) << true;
    QTest::addRow("ipv4 any for bind") << u"0.0.0.0"_s << ip << int(Kind::IPv4) << true;
    QTest::addRow("host name") << u"system1.lan"_s << host << int(Kind::HostName) << true;
    QTest::addRow("single label") << u"timeserver"_s << host << int(Kind::HostName) << true;
    QTest::addRow("fqdn with root dot") << u"ntp.example.org."_s << host << int(Kind::HostName) << false;
    QTest::addRow("digits and hyphen") << u"a-1.b2.example"_s << host << int(Kind::HostName) << true;
    QTest::addRow("63-char label") << QString(63, u'a') + u".example"_s << host << int(Kind::HostName) << true;
    QTest::addRow("subnet v4") << u"1.2.3.0/24"_s << subnet << int(Kind::SubnetIPv4) << true;
    QTest::addRow("subnet v6") << u"2001:db8::/32"_s << subnet << int(Kind::SubnetIPv6) << true;
    QTest::addRow("short form 3") << u"1.2.3"_s << subnet << int(Kind::SubnetIPv4) << false;
    QTest::addRow("short form 1") << u"10"_s << subnet << int(Kind::SubnetIPv4) << false;
    QTest::addRow("all v4") << u"0/0"_s << subnet << int(Kind::SubnetIPv4) << false;
    QTest::addRow("all v6") << u"::/0"_s << subnet << int(Kind::SubnetIPv6) << true;
    QTest::addRow("host in allow") << u"system2.lan"_s << subnet << int(Kind::HostName) << true;
}

void tst_AddressValidator::accepts()
{
    QFETCH(QString, address);
    QFETCH(int, use);
    QFETCH(int, kind);
    QFETCH(bool, tandemToo);
    const auto checked = AddressValidator::check(address, Use(use), AddressValidator::Dialect::Chrony);
    QVERIFY2(checked.ok(), qPrintable(checked.error()));
    QCOMPARE(int(checked->kind), kind);
    QCOMPARE(checked->text, address);
    const auto written = AddressValidator::check(address, Use(use), AddressValidator::Dialect::Tandem);
    QVERIFY2(written.ok() == tandemToo, qPrintable(written.ok() ? u"accepted"_s : written.error()));
}

void tst_AddressValidator::refuses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("use");
    QTest::addColumn<QString>("reason"); // a part of the message the admin must see
    const int host = int(Use::Host);
    const int subnet = int(Use::HostOrSubnet);
    const int ip = int(Use::IpOnly);
    QTest::addRow("empty") << QString() << host << u"empty"_s;
    QTest::addRow("space") << u"192.168.1.2 iburst"_s << host << u"whitespace"_s;
    QTest::addRow("newline injects a directive") << u"192.168.1.2\nallow all"_s << subnet << u"line break"_s;
    QTest::addRow("tab") << u"a\tb"_s << host << u"whitespace"_s;
    QTest::addRow("comment char") << u"host#1"_s << host << u"'#'"_s;
    QTest::addRow("semicolon") << u"a;reboot"_s << host << u"';'"_s;
    QTest::addRow("dollar") << u"$(id)"_s << host << u"'$'"_s;
    QTest::addRow("backtick") << u"`id`"_s << host << u"'`'"_s;
    QTest::addRow("pipe") << u"a|b"_s << host << u"'|'"_s;
    QTest::addRow("ampersand") << u"a&b"_s << host << u"'&'"_s;
    QTest::addRow("quote") << u"\"a\""_s << host << u"'\"'"_s;
    QTest::addRow("too long") << (QString(60, u'a') + u'.').repeated(5) + u"com"_s << host << u"253"_s;
    QTest::addRow("ntpd pseudo") << u"127.127.1.1"_s << host << u"local stratum 10"_s;
    QTest::addRow("ntpd pseudo any use") << u"127.127.1.0"_s << subnet << u"ntpd"_s;
    QTest::addRow("bad octet") << u"192.168.1.300"_s << host << u"IPv4"_s;
    QTest::addRow("three octets as host") << u"192.168.1"_s << host << u"four numbers"_s;
    QTest::addRow("subnet where host") << u"192.168.1.0/24"_s << host << u"subnet is not allowed"_s;
    QTest::addRow("bad prefix v4") << u"1.2.3.0/33"_s << subnet << u"between 0 and 32"_s;
    QTest::addRow("bad prefix v6") << u"2001:db8::/129"_s << subnet << u"between 0 and 128"_s;
    QTest::addRow("prefix not number") << u"1.2.3.0/x"_s << subnet << u"number"_s;
    QTest::addRow("two slashes") << u"1.2.3.0/24/8"_s << subnet << u"one '/'"_s;
    QTest::addRow("bad ipv6") << u"2001:db8:::1"_s << host << u"IPv6"_s;
    QTest::addRow("hyphen start") << u"-bad.example"_s << host << u"hyphen"_s;
    QTest::addRow("empty label") << u"a..b"_s << host << u"labels"_s;
    QTest::addRow("label too long") << QString(64, u'a') + u".example"_s << host << u"63"_s;
    QTest::addRow("underscore") << u"my_host"_s << host << u"'_'"_s;
    QTest::addRow("non-ascii") << u"t\u00e9st"_s << host << u"non-ASCII"_s;
    QTest::addRow("host name for bind") << u"system1.lan"_s << ip << u"not a host name"_s;
    QTest::addRow("scope id") << u"fe80::1%eth0"_s << host << u"'%'"_s;
}

void tst_AddressValidator::refuses()
{
    QFETCH(QString, address);
    QFETCH(int, use);
    QFETCH(QString, reason);
    const auto checked = AddressValidator::check(address, Use(use));
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(reason), qPrintable(checked.error()));
    QVERIFY2(!checked.error().contains(u'\n'), "messages are one line, even for an address with a newline");
}

QTEST_GUILESS_MAIN(tst_AddressValidator)
#include "tst_AddressValidator.moc"

#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"
#include "lab/LabLayout.h"
#include "setup/LocalCommandEndpoint.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// How this machine's own tools reach chronyd once chrony.conf binds the command port to the address
// facing the peer (which replaces the 127.0.0.1 default). The pair bed checks it on a real link
// (tests/pair/tst_pair.sh: tandem-cli sources as an unprivileged user on System 2); here on a lab
// system, whose chronyd binds its own 127.x address.
class tst_LocalCommandEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void fromConfig_data();
    void fromConfig();
    void unreadableFileIsTheDefault();
    void answersWhereTheConfigBinds();
};

void tst_LocalCommandEndpoint::fromConfig_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("source"); // empty: any
    QTest::addRow("no bindcmdaddress") << "rtcsync\n"_ba << u"127.0.0.1"_s << QString();
    QTest::addRow("every interface") << "bindcmdaddress 0.0.0.0\n"_ba << u"127.0.0.1"_s << QString();
    QTest::addRow("loopback") << "bindcmdaddress 127.0.0.1\n"_ba << u"127.0.0.1"_s << QString();
    QTest::addRow("facing the peer") << "bindcmdaddress 192.168.77.3\n"_ba << u"192.168.77.3"_s << u"127.0.0.1"_s;
    QTest::addRow("another loopback") << "bindcmdaddress 127.0.0.5\n"_ba << u"127.0.0.5"_s << u"127.0.0.1"_s;
    QTest::addRow("the last one counts") << "bindcmdaddress 192.168.1.2\nbindcmdaddress 0.0.0.0\n"_ba << u"127.0.0.1"_s
                                         << QString();
    QTest::addRow("IPv6 and the socket leave IPv4 alone")
        << "bindcmdaddress ::\nbindcmdaddress /run/chrony/chronyd.sock\n"_ba << u"127.0.0.1"_s << QString();
    QTest::addRow("disabled by Tandem") << "#tandem-disabled# bindcmdaddress 10.0.0.1\n"_ba << u"127.0.0.1"_s
                                        << QString();
}

void tst_LocalCommandEndpoint::fromConfig()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, host);
    QFETCH(QString, source);
    const CmdmonEndpoint endpoint = LocalCommandEndpoint::fromConfig(ConfFile::parse(config, u"chrony.conf"_s));
    QCOMPARE(endpoint.host.toString(), host);
    QCOMPARE(endpoint.sourceAddress.isNull() ? QString() : endpoint.sourceAddress.toString(), source);
    QVERIFY(!endpoint.isUnixSocket());
}

void tst_LocalCommandEndpoint::unreadableFileIsTheDefault()
{
    const CmdmonEndpoint endpoint = LocalCommandEndpoint::fromFile(u"/nonexistent/chrony.conf"_s);
    QCOMPARE(endpoint.host, QHostAddress(QHostAddress::LocalHost));
}

void tst_LocalCommandEndpoint::answersWhereTheConfigBinds()
{
    LabFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const LabSystemPaths paths = LabLayout::systemPaths(fixture.directory(), 1);
    CmdmonEndpoint endpoint = LocalCommandEndpoint::fromFile(paths.configPath);
    QCOMPARE(endpoint.host, fixture.settings().serverAddress);
    endpoint.port = fixture.settings().cmdPort; // the lab's own port; chrony.conf's cmdport is the lab's too

    const auto tracked = [](const CmdmonEndpoint& where) {
        CmdmonClient client(where);
        client.setRetries(1);
        std::unique_ptr<CmdmonCallOf<TrackingReport>> call(client.tracking());
        if (!QTest::qWaitFor([&call] { return call->isFinished(); }, 10000))
            return u"no result within 10 s"_s;
        return call->result().error();
    };
    // Sent from 127.0.0.1, chronyd counts it as localhost: no cmdallow for this machine is needed.
    const QString error = tracked(endpoint);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // What the default (127.0.0.1) gets from a chronyd bound elsewhere: nothing.
    CmdmonEndpoint loopback;
    loopback.port = endpoint.port;
    QVERIFY(!tracked(loopback).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LocalCommandEndpoint)
#include "tst_LocalCommandEndpoint.moc"

#include "helperprotocol/HelperProgressText.h"
#include "helperprotocol/HelperRequestWriter.h"
#include "privileged/HelperRequestParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HelperRequest)

// What the CLI and GUI send is exactly what the helper accepts, field for field.
class tst_HelperRequestWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void onlyTheActionsKeys();
    void progressText();
};

void tst_HelperRequestWriter::roundTrip_data()
{
    QTest::addColumn<HelperRequest>("request");
    HelperRequest server;
    server.peer = u"192.168.1.0/24"_s;
    server.pools = true;
    server.stratum = 7;
    server.monitoring = false;
    QTest::addRow("server") << server;
    HelperRequest client;
    client.role = Role::Client;
    client.peer = u"192.168.1.2"_s;
    client.minpoll = -1;
    client.maxpoll = 4;
    QTest::addRow("client") << client;
    client.stepAlways = true;
    client.monitorEverywhere = true;
    QTest::addRow("client stepping, monitored everywhere") << client;
    client.key = PairKey::generate();
    QTest::addRow("client with the pair's key") << client;
    server.key = PairKey::generate();
    QTest::addRow("server with the pair's key") << server;
    server.key.reset();
    server.keepKeyId = 4242;
    QTest::addRow("server keeping the pair's key") << server;
    HelperRequest sync;
    sync.action = HelperAction::SyncNow;
    QTest::addRow("sync-now") << sync;
    sync.peer = u"ntp.example.org"_s;
    QTest::addRow("sync-now peer") << sync;
    HelperRequest restore;
    restore.action = HelperAction::Restore;
    QTest::addRow("restore") << restore;
    restore.backupId = u"20261126-063150-001"_s;
    QTest::addRow("restore id") << restore;
}

void tst_HelperRequestWriter::roundTrip()
{
    QFETCH(HelperRequest, request);
    const Result<HelperRequest> parsed = HelperRequestParser::parse(HelperRequestWriter::toJson(request));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->action, request.action);
    QCOMPARE(parsed->peer, request.peer);
    QCOMPARE(parsed->backupId, request.backupId);
    if (request.action == HelperAction::Apply) {
        QCOMPARE(parsed->role, request.role);
        QCOMPARE(parsed->minpoll, request.minpoll);
        QCOMPARE(parsed->maxpoll, request.maxpoll);
        QCOMPARE(parsed->monitoring, request.monitoring);
        QCOMPARE(parsed->monitorEverywhere, request.monitorEverywhere);
        QCOMPARE(parsed->stepAlways, request.stepAlways);
        QCOMPARE(parsed->key, request.key);
        QCOMPARE(parsed->keepKeyId, request.keepKeyId);
        if (request.role == Role::Server) {
            QCOMPARE(parsed->pools, request.pools);
            QCOMPARE(parsed->stratum, request.stratum);
        }
    }
}

void tst_HelperRequestWriter::onlyTheActionsKeys()
{
    // Fields of another role or action never leak into a request (the helper would refuse it).
    HelperRequest client;
    client.role = Role::Client;
    client.peer = u"10.0.0.1"_s;
    client.stratum = 3;
    client.backupId = u"20261126-063150-001"_s;
    const QByteArray json = HelperRequestWriter::toJson(client);
    QVERIFY(!json.contains("stratum"));
    QVERIFY(!json.contains("pools"));
    QVERIFY(!json.contains("backup"));
    QVERIFY(HelperRequestParser::parse(json).ok());
}

void tst_HelperRequestWriter::progressText()
{
    QCOMPARE(HelperProgressText::describeStep({{u"step"_s, u"backup"_s}, {u"ok"_s, true}, {u"backup"_s, u"X"_s}}),
             u"  ok    backup kept (X)"_s);
    QCOMPARE(HelperProgressText::describeStep({{u"step"_s, u"restart"_s}, {u"ok"_s, false}, {u"message"_s, u"boom"_s}}),
             u"  FAIL  chrony restarted: boom"_s);
    // Offsets in the same words and units as the panel, not "-1.67173e-06 s (positive: ...)".
    QCOMPARE(
        HelperProgressText::describeStep(
            {{u"step"_s, u"measure"_s}, {u"ok"_s, true}, {u"source"_s, u"127.0.0.2"_s}, {u"offset"_s, -1.67173e-06}}),
        u"  ok    measured (NTP exchange): this clock is 1.672 µs behind 127.0.0.2"_s);
    QCOMPARE(HelperProgressText::describeStep({{u"step"_s, u"before"_s}, {u"ok"_s, true}, {u"systemTime"_s, 0.25}}),
             u"  ok    tracking before: this clock is 250.0 ms slow by chronyd's estimate"_s);
    QCOMPARE(HelperProgressText::describeResult(6, {{u"message"_s, u"rolled back"_s}}), u"Failed (6): rolled back"_s);
    QCOMPARE(HelperProgressText::describeResult(0, {{u"message"_s, u"fine"_s}}), u"Done: fine"_s);
}

QTEST_GUILESS_MAIN(tst_HelperRequestWriter)
#include "tst_HelperRequestWriter.moc"

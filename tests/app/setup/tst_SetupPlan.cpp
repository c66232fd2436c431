#include "setup/SetupPlan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The plan for this machine (no lab): the request, the new config and its diff, the other system's
// config. Nothing here writes a file or starts a process; the plan reads only what the config
// includes (confdir/include).
class tst_SetupPlan : public QObject
{
    Q_OBJECT

private slots:
    void serverModeOne();
    void serverModeTwoKeepsPools();
    void client();
    void peerAccessIsResolvedHere();
    void includedSourcesAreWarnedAbout();
    void sameConfigChangesNothing();
    void oneTimeSyncHasNoPlan();
    void invalidPeerIsRefused();
    void presets_data();
    void presets();
};

void tst_SetupPlan::serverModeOne()
{
    SetupChoices choices;
    choices.path = SetupChoices::Path::Server;
    choices.peer = u"192.168.1.3"_s;
    choices.stratum = 9;
    choices.ownAddress = u"192.168.1.2"_s;
    choices.monitorEverywhere = true; // which address faces 192.168.1.3 depends on the test machine
    const Result<SetupPlan> plan = SetupPlan::make(choices, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->request.action, HelperAction::Apply);
    QCOMPARE(plan->request.role, Role::Server);
    QCOMPARE(plan->request.pools, false);
    QCOMPARE(plan->request.stratum.value_or(0), 9);
    QCOMPARE(plan->request.monitoring.value_or(false), true);
    const QString diff = QString::fromUtf8(plan->diff);
    QVERIFY2(diff.contains(u"\n+local stratum 9\n"_s), qPrintable(diff));
    QVERIFY(diff.contains(u"\n+allow 192.168.1.3\n"_s));
    QVERIFY(diff.contains(u"\n+cmdallow 192.168.1.3\n"_s));
    QVERIFY(diff.contains(u"\n+bindcmdaddress 0.0.0.0\n"_s));
    QVERIFY(diff.contains(u"\n-pool 2.debian.pool.ntp.org iburst\n"_s)); // mode 1: no online sources
    QVERIFY(plan->newConfig.contains("#tandem-disabled# pool 2.debian.pool.ntp.org iburst\n"));
    QVERIFY(!plan->changesNothing());
    QCOMPARE(plan->otherSystemTitle, u"System 2"_s);
    QVERIFY2(plan->otherSystemConfig.contains("server 192.168.1.2 iburst minpoll 1 maxpoll 1\n"),
             plan->otherSystemConfig.constData());
    QVERIFY(plan->otherSystemConfig.contains("#tandem-disabled# pool 2.debian.pool.ntp.org iburst\n"));
}

void tst_SetupPlan::serverModeTwoKeepsPools()
{
    SetupChoices choices;
    choices.path = SetupChoices::Path::Server;
    choices.peer = u"192.168.1.0/24"_s;
    choices.mode = ServerMode::LocalAndPools;
    choices.monitoring = false;
    const Result<SetupPlan> plan = SetupPlan::make(choices, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->request.pools, true);
    QVERIFY(plan->newConfig.contains("\npool 2.debian.pool.ntp.org iburst\n"));
    QVERIFY(plan->newConfig.contains("allow 192.168.1.0/24\n"));
    QVERIFY(!plan->newConfig.contains("cmdallow"));
    // No address for this system given: no config for the other one.
    QVERIFY(plan->otherSystemConfig.isEmpty());
}

void tst_SetupPlan::client()
{
    SetupChoices choices;
    choices.path = SetupChoices::Path::Client;
    choices.peer = u"192.168.1.2"_s;
    choices.minpoll = 4;
    choices.maxpoll = 6;
    choices.ownAddress = u"192.168.1.3"_s;
    choices.monitorEverywhere = true;
    const Result<SetupPlan> plan = SetupPlan::make(choices, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->request.role, Role::Client);
    QCOMPARE(plan->request.minpoll.value_or(0), 4);
    QCOMPARE(plan->request.maxpoll.value_or(0), 6);
    QVERIFY(plan->diff.contains("\n+server 192.168.1.2 iburst minpoll 4 maxpoll 6\n"));
    QCOMPARE(plan->otherSystemTitle, u"System 1"_s);
    QVERIFY(plan->otherSystemConfig.contains("local stratum 10\nallow 192.168.1.3\n"));
    // Lint runs over the new file: the guide's client config has nothing to complain about.
    for (const LintFinding& finding : plan->findings)
        QVERIFY2(finding.severity != LintFinding::Severity::Error, qPrintable(finding.format()));
}

// The plan resolves what the helper resolves, on this machine: the address facing the peer for the
// command port, and a peer's name into the addresses allow/cmdallow get.
void tst_SetupPlan::peerAccessIsResolvedHere()
{
    SetupChoices client;
    client.path = SetupChoices::Path::Client;
    client.peer = u"127.0.0.2"_s;
    client.ownAddress = u"127.0.0.3"_s;
    const Result<SetupPlan> clientPlan =
        SetupPlan::make(client, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY2(clientPlan.ok(), qPrintable(clientPlan.error()));
    QVERIFY2(clientPlan->diff.contains("\n+cmdallow 127.0.0.2\n+bindcmdaddress 127.0.0.1\n"),
             clientPlan->diff.constData());
    // System 1 listens where System 2 reaches it.
    QVERIFY2(clientPlan->otherSystemConfig.contains("\ncmdallow 127.0.0.3\nbindcmdaddress 127.0.0.2\n"),
             clientPlan->otherSystemConfig.constData());

    SetupChoices server;
    server.path = SetupChoices::Path::Server;
    server.peer = u"localhost"_s;
    const Result<SetupPlan> serverPlan =
        SetupPlan::make(server, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY2(serverPlan.ok(), qPrintable(serverPlan.error()));
    QVERIFY(serverPlan->diff.contains("\n+allow 127.0.0.1\n"));
    QVERIFY(!serverPlan->diff.contains("allow localhost"));

    server.peer = u"system2.invalid"_s;
    const Result<SetupPlan> unresolved = SetupPlan::make(server, SetupTarget::machine(), {});
    QVERIFY(!unresolved.ok());
    QVERIFY2(unresolved.error().contains(u"does not resolve"_s), qPrintable(unresolved.error()));
}

void tst_SetupPlan::includedSourcesAreWarnedAbout()
{
    // A cloud image's drop-in pool would keep System 2 following the internet, and System 1 in mode
    // 1 too: Tandem disables the main file's pool but cannot disable this one, so it says so.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir().mkpath(root.filePath(u"conf.d"_s)));
    QFile dropIn(root.filePath(u"conf.d/cloud.conf"_s));
    QVERIFY(dropIn.open(QIODevice::WriteOnly));
    dropIn.write("pool time.cloud.example iburst\n");
    dropIn.close();
    const QByteArray base =
        "confdir "_ba + QFile::encodeName(root.filePath(u"conf.d"_s)) + "\npool 2.debian.pool.ntp.org iburst\n"_ba;
    const auto includedSources = [](const SetupPlan& plan) {
        QList<LintFinding> found;
        for (const LintFinding& finding : plan.findings) {
            if (finding.rule == u"included-source"_s)
                found.append(finding);
        }
        return found;
    };

    SetupChoices client;
    client.path = SetupChoices::Path::Client;
    client.peer = u"192.168.1.2"_s;
    client.monitoring = false;
    const Result<SetupPlan> clientPlan = SetupPlan::make(client, SetupTarget::machine(), base);
    QVERIFY2(clientPlan.ok(), qPrintable(clientPlan.error()));
    const QList<LintFinding> warned = includedSources(*clientPlan);
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.constFirst().severity, LintFinding::Severity::Warning);
    QCOMPARE(warned.constFirst().fileName, dropIn.fileName());
    QCOMPARE(warned.constFirst().line, 1);

    SetupChoices serverWithPools;
    serverWithPools.path = SetupChoices::Path::Server;
    serverWithPools.peer = u"192.168.1.3"_s;
    serverWithPools.mode = ServerMode::LocalAndPools;
    serverWithPools.monitoring = false;
    const Result<SetupPlan> serverPlan = SetupPlan::make(serverWithPools, SetupTarget::machine(), base);
    QVERIFY2(serverPlan.ok(), qPrintable(serverPlan.error()));
    QVERIFY(includedSources(*serverPlan).isEmpty()); // mode 2 wants online sources
}

void tst_SetupPlan::sameConfigChangesNothing()
{
    SetupChoices choices;
    choices.path = SetupChoices::Path::Client;
    choices.peer = u"192.168.1.2"_s;
    choices.monitorEverywhere = true;
    const Result<SetupPlan> first = SetupPlan::make(choices, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY(first.ok());
    const Result<SetupPlan> again = SetupPlan::make(choices, SetupTarget::machine(), first->newConfig);
    QVERIFY(again.ok());
    QVERIFY(again->changesNothing());
    QCOMPARE(again->newConfig, first->newConfig);
}

void tst_SetupPlan::oneTimeSyncHasNoPlan()
{
    SetupChoices choices;
    choices.path = SetupChoices::Path::OneTimeSync;
    choices.peer = u"192.168.1.2"_s;
    QVERIFY(!SetupPlan::make(choices, SetupTarget::machine(), {}).ok());
    const HelperRequest request = choices.helperRequest();
    QCOMPARE(request.action, HelperAction::SyncNow);
    QCOMPARE(request.peer, u"192.168.1.2"_s);
}

void tst_SetupPlan::invalidPeerIsRefused()
{
    SetupChoices choices;
    choices.path = SetupChoices::Path::Client;
    choices.peer = u"192.168.1.0/24"_s; // a client follows one server, not a subnet
    const Result<SetupPlan> plan = SetupPlan::make(choices, SetupTarget::machine(), SetupPlan::debianDefaultConfig());
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(u"System 1"_s), qPrintable(plan.error()));
}

void tst_SetupPlan::presets_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("minpoll");
    QTest::addColumn<int>("maxpoll");
    QTest::addColumn<int>("perDay");
    QTest::addRow("fast (the guide's)") << int(PollingPreset::Id::Fast) << 1 << 1 << 43200;
    QTest::addRow("balanced") << int(PollingPreset::Id::Balanced) << 4 << 6 << 5400;
    QTest::addRow("chrony default") << int(PollingPreset::Id::ChronyDefault) << 6 << 10 << 1350;
}

void tst_SetupPlan::presets()
{
    QFETCH(int, id);
    QFETCH(int, minpoll);
    QFETCH(int, maxpoll);
    QFETCH(int, perDay);
    const PollingPreset preset = pollingPreset(PollingPreset::Id(id));
    QCOMPARE(preset.minpoll, minpoll);
    QCOMPARE(preset.maxpoll, maxpoll);
    QCOMPARE(requestsPerDay(preset.minpoll), perDay);
}

QTEST_GUILESS_MAIN(tst_SetupPlan)
#include "tst_SetupPlan.moc"

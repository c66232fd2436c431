#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"

#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

// Against real chronyd 4.3 daemons (the lab): every field Tandem decodes equals what chronyc -c
// prints for the same daemon, over UDP from the other lab system and over the Unix socket; the
// privileged commands are refused over UDP and reported as chronyd's failure on a -x daemon.
class tst_CmdmonLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tracking_data();
    void tracking();
    void sources_data();
    void sources();
    void sourceStats_data();
    void sourceStats();
    void activity_data();
    void activity();
    void privilegedOverUdpIsRefused();
    void makeStepOnXDaemonFails();
    void addAndDeleteSourceOverUnixSocket();
    void pollLoopRecoversWhenDaemonReturns();

private:
    void addTransportRows();
    CmdmonEndpoint endpointFor(const QString& transport) const;
    QStringList chronyc(const QString& command);
    template<typename T>
    Result<T> wait(CmdmonCallOf<T>* call);

    std::unique_ptr<LabFixture> m_lab;
};

void tst_CmdmonLab::initTestCase()
{
    m_lab = std::make_unique<LabFixture>();
    // On this machine's clock (-x): chronyd answers as it does everywhere, and refuses to step.
    m_lab->configure([](LabSettings& settings) { settings.virtualClocks = false; });
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

void tst_CmdmonLab::addTransportRows()
{
    QTest::addColumn<QString>("transport");
    QTest::addRow("udp from system 1") << u"udp"_s;
    QTest::addRow("unix socket") << u"unix"_s;
}

// System 2 (the client) is the interesting daemon: it has a source, statistics and a reference.
CmdmonEndpoint tst_CmdmonLab::endpointFor(const QString& transport) const
{
    const LabSystemInfo system2 = m_lab->lab().system2();
    CmdmonEndpoint endpoint;
    if (transport == u"unix"_s) {
        endpoint.socketPath = system2.socketPath;
    } else {
        endpoint.host = system2.address;
        endpoint.port = system2.cmdPort;
        // System 2 only answers UDP commands from System 1's address (its cmdallow).
        endpoint.sourceAddress = m_lab->lab().system1().address;
    }
    return endpoint;
}

QStringList tst_CmdmonLab::chronyc(const QString& command)
{
    const LabSystemInfo system2 = m_lab->lab().system2();
    const ProgramRun run = runProgram(
        u"chronyc"_s,
        {u"-c"_s, u"-h"_s, system2.address.toString(), u"-p"_s, QString::number(system2.cmdPort), command}, 10000);
    if (!run.finished || run.exitCode != 0)
        qWarning("chronyc %s failed: %s", qPrintable(command), qPrintable(run.err));
    return run.out.split(u'\n', Qt::SkipEmptyParts);
}

template<typename T>
Result<T> tst_CmdmonLab::wait(CmdmonCallOf<T>* call)
{
    std::unique_ptr<CmdmonCallOf<T>> owner(call);
    if (!QTest::qWaitFor([call] { return call->isFinished(); }, 15000))
        return Error{u"the call did not finish within 15 s"_s};
    return call->result();
}

// chronyc rounds to the decimals it prints; equal means within half of its last digit (+ `drift` for
// values that change while time passes between the two queries).
static bool matches(double ours, const QString& printed, double drift = 0)
{
    bool ok = false;
    const double theirs = printed.toDouble(&ok);
    if (!ok)
        return false;
    const qsizetype dot = printed.indexOf(u'.');
    const int decimals = dot < 0 ? 0 : int(printed.size() - dot - 1);
    return std::fabs(ours - theirs) <= 0.5 * std::pow(10.0, -decimals) * 1.001 + drift;
}

static bool between(double first, double second, const QString& printed)
{
    const double middle = (first + second) / 2;
    return matches(middle, printed, std::fabs(second - first) / 2);
}

#define COMPARE_PRINTED(ours, printed, drift)                                                                          \
    QVERIFY2(                                                                                                          \
        matches(ours, printed, drift),                                                                                 \
        qPrintable(u"%1: ours %2, chronyc %3"_s.arg(QString::fromLatin1(#ours)).arg(ours, 0, 'g', 12).arg(printed)))

void tst_CmdmonLab::tracking_data()
{
    addTransportRows();
}

void tst_CmdmonLab::tracking()
{
    QFETCH(QString, transport);
    CmdmonClient client(endpointFor(transport));
    // Bracket chronyc between two of our queries; only a round without a clock update in between
    // (same ref_time on both sides) is comparable field by field.
    for (int round = 0; round < 10; ++round) {
        const Result<TrackingReport> before = wait(client.tracking());
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QStringList lines = chronyc(u"tracking"_s);
        const Result<TrackingReport> after = wait(client.tracking());
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(lines.size(), 1);
        const QStringList f = lines.first().split(u',');
        QCOMPARE(f.size(), 14);
        if (before->referenceTime != after->referenceTime || f[3] != after->referenceTime.toString())
            continue;
        const TrackingReport& r = *after;
        QCOMPARE(r.referenceIdHex(), f[0]);
        QCOMPARE(r.referenceName(), f[1]);
        QCOMPARE(QString::number(r.stratum), f[2]);
        QCOMPARE(r.referenceTime.toString(), f[3]);
        // The correction being slewed away and the dispersion change continuously: chronyc's value
        // lies between ours before and after it.
        QVERIFY2(between(before->systemTime, r.systemTime, f[4]), qPrintable(f[4]));
        COMPARE_PRINTED(r.lastOffset, f[5], 0);
        COMPARE_PRINTED(r.rmsOffset, f[6], 0);
        COMPARE_PRINTED(r.frequency, f[7], 0);
        COMPARE_PRINTED(r.residualFrequency, f[8], 0);
        COMPARE_PRINTED(r.skew, f[9], 0);
        COMPARE_PRINTED(r.rootDelay, f[10], 0);
        QVERIFY2(between(before->rootDispersion, r.rootDispersion, f[11]), qPrintable(f[11]));
        COMPARE_PRINTED(r.updateInterval, f[12], 0);
        QCOMPARE(r.leapStatusText(), f[13]);
        QCOMPARE(r.stratum, quint16(11)); // System 2 follows System 1 (stratum 10)
        QCOMPARE(r.referenceAddress.ip, m_lab->lab().system1().address);
        return;
    }
    QFAIL("no quiet moment between two clock updates in 10 rounds");
}

void tst_CmdmonLab::sources_data()
{
    addTransportRows();
}

void tst_CmdmonLab::sources()
{
    QFETCH(QString, transport);
    CmdmonClient client(endpointFor(transport));
    for (int round = 0; round < 10; ++round) {
        const auto before = wait(client.sources());
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QStringList lines = chronyc(u"sources"_s);
        const auto after = wait(client.sources(true));
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->size(), lines.size());
        QCOMPARE(after->size(), 1);
        const SourceReport& s = after->first();
        const QStringList f = lines.first().split(u',');
        QCOMPARE(f.size(), 10);
        // A new sample between the queries changes the offsets: only compare a quiet round.
        if (before->first().measuredOffset != s.measuredOffset || before->first().reachability != s.reachability)
            continue;
        QCOMPARE(QString(s.modeChar()), f[0]);
        QCOMPARE(QString(s.stateChar()), f[1]);
        QCOMPARE(s.name(), f[2]);
        QCOMPARE(QString::number(s.stratum), f[3]);
        QCOMPARE(QString::number(s.poll), f[4]);
        QCOMPARE(QString::number(s.reachability, 8), f[5]);
        QVERIFY2(qAbs(qint64(s.sinceSample) - f[6].toLongLong()) <= 1, qPrintable(f[6]));
        COMPARE_PRINTED(s.adjustedOffset, f[7], 0);
        COMPARE_PRINTED(s.measuredOffset, f[8], 0);
        COMPARE_PRINTED(s.error, f[9], 0);
        QCOMPARE(s.name(), m_lab->lab().system1().address.toString());
        QCOMPARE(s.sourceName, m_lab->lab().system1().address.toString()); // NTP_SOURCE_NAME
        return;
    }
    QFAIL("no quiet moment between two samples in 10 rounds");
}

void tst_CmdmonLab::sourceStats_data()
{
    addTransportRows();
}

void tst_CmdmonLab::sourceStats()
{
    QFETCH(QString, transport);
    CmdmonClient client(endpointFor(transport));
    for (int round = 0; round < 10; ++round) {
        const auto before = wait(client.allSourceStats());
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QStringList lines = chronyc(u"sourcestats"_s);
        const auto after = wait(client.allSourceStats());
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->size(), 1);
        QCOMPARE(lines.size(), 1);
        const SourceStatsReport& s = after->first();
        const QStringList f = lines.first().split(u',');
        QCOMPARE(f.size(), 8);
        if (before->first().samples != s.samples || before->first().spanSeconds != s.spanSeconds)
            continue;
        QCOMPARE(s.name(), f[0]);
        QCOMPARE(QString::number(s.samples), f[1]);
        QCOMPARE(QString::number(s.runs), f[2]);
        QCOMPARE(QString::number(s.spanSeconds), f[3]);
        COMPARE_PRINTED(s.residualFrequency, f[4], 0);
        COMPARE_PRINTED(s.skew, f[5], 0);
        // The offset is extrapolated to the moment of the query, so it moves between queries.
        QVERIFY2(between(before->first().offset, s.offset, f[6]), qPrintable(f[6]));
        COMPARE_PRINTED(s.stdDev, f[7], 0);
        return;
    }
    QFAIL("no quiet moment between two samples in 10 rounds");
}

void tst_CmdmonLab::activity_data()
{
    addTransportRows();
}

void tst_CmdmonLab::activity()
{
    QFETCH(QString, transport);
    CmdmonClient client(endpointFor(transport));
    auto text = [](const ActivityReport& a) {
        return u"%1,%2,%3,%4,%5"_s.arg(a.online)
            .arg(a.offline)
            .arg(a.burstOnline)
            .arg(a.burstOffline)
            .arg(a.unresolved);
    };
    // Right after the lab started, the source may leave its initial burst between two queries.
    for (int round = 0; round < 10; ++round) {
        const Result<ActivityReport> before = wait(client.activity());
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QStringList lines = chronyc(u"activity"_s);
        const Result<ActivityReport> after = wait(client.activity());
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(lines.size(), 1);
        if (text(*before) != text(*after))
            continue;
        QCOMPARE(text(*after), lines.first());
        // The lab's one source: online, or still in its initial burst.
        QCOMPARE(after->online + after->burstOnline, 1);
        return;
    }
    QFAIL("activity kept changing for 10 rounds");
}

void tst_CmdmonLab::privilegedOverUdpIsRefused()
{
    CmdmonClient client(endpointFor(u"udp"_s));
    for (CmdmonCallOf<Done>* call :
         {client.makeStep(), client.burst(1, 2), client.reloadSources(), client.modifyMakeStep(0.1, 1)}) {
        const Result<Done> result = wait(call);
        QVERIFY(!result.ok());
        QCOMPARE(call == nullptr, false);
        QVERIFY2(result.error().contains(u"needs the local Unix socket, as root"_s), qPrintable(result.error()));
    }
    auto* typed = client.makeStep();
    QTRY_VERIFY_WITH_TIMEOUT(typed->isFinished(), 15000);
    QCOMPARE(typed->error(), CmdmonError::Unauthorised);
    delete typed;
}

void tst_CmdmonLab::makeStepOnXDaemonFails()
{
    CmdmonClient client(endpointFor(u"unix"_s));
    auto* call = client.makeStep();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 15000);
    // The lab runs chronyd with -x: it may not touch the clock, and says so with status 1.
    QCOMPARE(call->error(), CmdmonError::Failed);
    QVERIFY2(call->errorString().contains(u"could not step the clock"_s), qPrintable(call->errorString()));
    delete call;
    // The reply socket's private directory is gone again once the client is.
}

void tst_CmdmonLab::addAndDeleteSourceOverUnixSocket()
{
    const LabSystemInfo system2 = m_lab->lab().system2();
    // An address in the lab's own loopback /24 that nothing listens on; chronyd only adds it.
    QHostAddress extra(system2.address.toIPv4Address() + 6);
    AddSourceParameters parameters;
    parameters.name = extra.toString().toLatin1();
    parameters.port = system2.ntpPort;
    {
        CmdmonClient client(endpointFor(u"unix"_s));
        const Result<Done> added = wait(client.addSource(parameters));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        auto* again = client.addSource(parameters);
        QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 15000);
        QCOMPARE(again->error(), CmdmonError::AlreadyKnown);
        delete again;
        const auto listed = wait(client.sources());
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        const Result<Done> deleted = wait(client.deleteSource(extra));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
        auto* twice = client.deleteSource(extra);
        QTRY_VERIFY_WITH_TIMEOUT(twice->isFinished(), 15000);
        QCOMPARE(twice->error(), CmdmonError::NoSuchSource);
        delete twice;
    }
    // No reply socket directory is left behind next to chronyd's socket.
    const QDir socketDirectory = QFileInfo(system2.socketPath).dir();
    QCOMPARE(socketDirectory.entryList({u"tandem.*"_s}, QDir::AllEntries | QDir::System).size(), 0);
}

void tst_CmdmonLab::pollLoopRecoversWhenDaemonReturns()
{
    // System 1 over UDP from System 2's address, polled every 100 ms by one long-lived client.
    const LabSystemInfo system1 = m_lab->lab().system1();
    CmdmonEndpoint endpoint;
    endpoint.host = system1.address;
    endpoint.port = system1.cmdPort;
    endpoint.sourceAddress = m_lab->lab().system2().address;
    CmdmonClient client(endpoint);
    client.setInitialTimeout(100);
    client.setRetries(1);

    QList<CmdmonError> outcomes;
    QTimer ticker;
    ticker.setInterval(100);
    bool inFlight = false;
    connect(&ticker, &QTimer::timeout, this, [&]() {
        if (inFlight)
            return;
        inFlight = true;
        client.tracking()->then(&client, [&](const CmdmonCallOf<TrackingReport>& call) {
            outcomes.append(call.error());
            inFlight = false;
        });
    });
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcomes.contains(CmdmonError::None), 10000);

    QVERIFY2(m_lab->stop(), qPrintable(m_lab->failure()));
    outcomes.clear();
    QTRY_VERIFY_WITH_TIMEOUT(outcomes.contains(CmdmonError::NoAnswer), 10000);
    QVERIFY(!outcomes.contains(CmdmonError::None));

    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    outcomes.clear();
    QTRY_VERIFY_WITH_TIMEOUT(outcomes.contains(CmdmonError::None), 10000);
    ticker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!inFlight, 5000);
}

QTEST_GUILESS_MAIN(tst_CmdmonLab)
#include "tst_CmdmonLab.moc"

#include "LabFixture.h"
#include "config/PairKey.h"
#include "helperprotocol/HelperRunner.h"
#include "lab/LabLayout.h"
#include "monitor/PairDefinition.h"
#include "monitor/SystemPoller.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Polls until `trust` is seen or the deadline passes; the last value seen.
SourceTrust pollUntil(SystemPoller& poller, SourceTrust trust, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    SourceTrust seen = SourceTrust::Unknown;
    while (waited.elapsed() < timeoutMs) {
        QSignalSpy polled(&poller, &SystemPoller::polled);
        if (!poller.poll() || !polled.wait(5000))
            continue;
        seen = poller.snapshot().referenceTrust;
        if (seen == trust)
            return seen;
        QTest::qWait(200);
    }
    return seen;
}

bool applyKeyed(HelperRunner& runner, const LabSettings& settings, int index, const PairKey& key)
{
    HelperRequest request;
    request.action = HelperAction::Apply;
    request.monitoring = true;
    request.key = key;
    if (index == 1) {
        request.role = Role::Server;
        request.peer = settings.clientAddress.toString();
    } else {
        request.role = Role::Client;
        request.peer = settings.serverAddress.toString();
        request.minpoll = 1;
        request.maxpoll = 1;
    }
    QSignalSpy finished(&runner, &HelperRunner::finished);
    runner.start(request, LabLayout::systemPaths(settings.directory, index).root);
    return finished.wait(60000) && finished.first().first().toInt() == 0;
}

} // namespace

// The panel's "Its server's replies" line from a real lab: System 2's poller asks NTP_DATA on the
// lab's Unix socket (as the window does for this machine) and sees "not authenticated" until the
// helper gives both systems the pair's key, then "authenticated".
class tst_SourceTrustLab : public QObject
{
    Q_OBJECT

private slots:
    void trustFollowsThePairKey();
    void remoteAndClosedSocketsSayWhy();
};

void tst_SourceTrustLab::trustFollowsThePairKey()
{
    // Detached: the daemons the helper restarts are no children of this test; the fixture ends them
    // by their pid files.
    LabFixture lab(Lab::Ownership::Detached);
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    const PairDefinition pair = PairDefinition::forLab(lab.settings());
    QVERIFY(pair.system2 && pair.system2->localSocket);
    SystemPoller poller(2, pair.system2->title, pair.system2->endpoint, SystemClock::instance(), nullptr,
                        pair.system2->localSocket);
    QCOMPARE(pollUntil(poller, SourceTrust::NotAuthenticated, 30000), SourceTrust::NotAuthenticated);

    HelperRunner runner;
    runner.setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    const PairKey key = PairKey::generate();
    QVERIFY(applyKeyed(runner, lab.settings(), 1, key));
    QVERIFY(applyKeyed(runner, lab.settings(), 2, key));
    QCOMPARE(pollUntil(poller, SourceTrust::Authenticated, 30000), SourceTrust::Authenticated);
}

void tst_SourceTrustLab::remoteAndClosedSocketsSayWhy()
{
    LabFixture lab;
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    const PairDefinition pair = PairDefinition::forLab(lab.settings());
    // Watched over the network only: nothing to say.
    SystemPoller remote(2, pair.system2->title, pair.system2->endpoint, SystemClock::instance());
    QSignalSpy polled(&remote, &SystemPoller::polled);
    QVERIFY(QTest::qWaitFor(
        [&] {
            polled.clear();
            return remote.poll() && polled.wait(5000) && !remote.snapshot().sources.isEmpty() &&
                   remote.snapshot().sources.first().state == SourceReport::State::Selected;
        },
        30000));
    QCOMPARE(remote.snapshot().referenceTrust, SourceTrust::Unknown);
    // A socket this user cannot use (as /run/chrony's for a normal user): "not shown", not "not authenticated".
    CmdmonEndpoint closed;
    closed.socketPath = lab.directory() + u"/no-such-directory/chronyd.sock"_s;
    SystemPoller local(2, pair.system2->title, pair.system2->endpoint, SystemClock::instance(), nullptr, closed);
    QCOMPARE(pollUntil(local, SourceTrust::NotShown, 20000), SourceTrust::NotShown);
}

QTEST_GUILESS_MAIN(tst_SourceTrustLab)
#include "tst_SourceTrustLab.moc"

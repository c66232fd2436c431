#include "LabFixture.h"
#include "history/HistoryCsv.h"
#include "lab/LabLayout.h"
#include "monitor/PairMonitor.h"
#include "util/Clock.h"
#include "util/ProcessIdentity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;

// The pair monitor against a real lab (two chronyd -x on loopback), polling at the default 1 s:
// System 2 follows System 1, the history gains the polled values and exports them as CSV, a killed
// daemon is unreachable within 3 s and reachable again within 3 s of its restart, and the history
// survives a restart of the monitor. Functions run in order on one lab.
class tst_PairMonitorLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void system2FollowsSystem1();
    void csvHoldsThePolledValues();
    void killedDaemonIsUnreachableAndRecovers();
    void historySurvivesARestart();
    void syncNowOnlyWhereItCanStep();
    void cleanupTestCase();

private:
    std::unique_ptr<PairMonitor> makeMonitor() const;

    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<PairMonitor> m_monitor;
    QTemporaryDir m_data;
};

// The lab's System 1 serves its local clock with no source (mode 1): Sync now there has nothing to
// step to and says so before any password; on System 2 it has System 1.
void tst_PairMonitorLab::syncNowOnlyWhereItCanStep()
{
    std::unique_ptr<PairMonitor> onSystem2 = makeMonitor(); // this machine as System 2, as MainWindow sets a lab
    onSystem2->start();
    QTRY_VERIFY_WITH_TIMEOUT(onSystem2->snapshot(2)->link.everAnswered() && onSystem2->roundsCompleted() > 0, 15000);
    QVERIFY2(onSystem2->syncNowBlocker().isEmpty(), qPrintable(onSystem2->syncNowBlocker()));
    const LabSettings& s = m_lab->settings();
    PairDefinition onSystem1;
    onSystem1.system1 = MonitoredSystem{u"System 1"_s, {s.serverAddress, s.cmdPort, {}, {}}, {}};
    onSystem1.localSystem = 1;
    onSystem1.pairId = u"lab-test-system1"_s;
    PairMonitor fromSystem1(onSystem1, SystemClock::instance(), MonitorSettings());
    fromSystem1.start();
    QTRY_VERIFY_WITH_TIMEOUT(fromSystem1.snapshot(1)->link.everAnswered() && fromSystem1.roundsCompleted() > 0, 15000);
    QVERIFY(fromSystem1.snapshot(1)->sources.isEmpty());
    QVERIFY2(fromSystem1.syncNowBlocker().contains(u"no time source to step to"_s),
             qPrintable(fromSystem1.syncNowBlocker()));
    PairDefinition elsewhere = onSystem1;
    elsewhere.localSystem = 0;
    QVERIFY(
        PairMonitor(elsewhere, SystemClock::instance(), MonitorSettings()).syncNowBlocker().contains(u"not one of"_s));
}

std::unique_ptr<PairMonitor> tst_PairMonitorLab::makeMonitor() const
{
    const LabSettings& s = m_lab->settings();
    PairDefinition pair;
    pair.system1 = MonitoredSystem{u"System 1"_s, {s.serverAddress, s.cmdPort, {}, {}}, {}};
    pair.system2 = MonitoredSystem{u"System 2"_s, {s.clientAddress, s.cmdPort, {}, {}}, {}};
    pair.system1Addresses = {s.serverAddress};
    pair.localSystem = 2;
    pair.lab = true;
    pair.pairId = u"lab-test"_s;
    return std::make_unique<PairMonitor>(pair, SystemClock::instance(), MonitorSettings());
}

void tst_PairMonitorLab::initTestCase()
{
    // Detached: the daemons are found by their pid files, so the test can end one and start it again.
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    m_monitor = makeMonitor();
    QVERIFY(m_monitor->setHistoryDirectory(m_data.path()));
    m_monitor->start();
}

void tst_PairMonitorLab::system2FollowsSystem1()
{
    // The sources arrive right after the tracking report of the same poll.
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->system2FollowsSystem1() && !m_monitor->snapshot(2)->sources.isEmpty(), 15000);
    const SystemSnapshot one = *m_monitor->snapshot(1);
    const SystemSnapshot two = *m_monitor->snapshot(2);
    QVERIFY(one.reachable() && two.reachable());
    QCOMPARE(one.tracking->stratum, 10);
    QCOMPARE(two.tracking->stratum, 11);
    QCOMPARE(two.tracking->referenceAddress.ip, m_lab->settings().serverAddress);
    // System 2's sources: System 1, polled every 2 s.
    QCOMPARE(two.sources.size(), 1);
    QCOMPARE(two.sources.at(0).address.ip, m_lab->settings().serverAddress);
    QCOMPARE(two.sources.at(0).poll, 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->pairOffset().valid(), 5000);
    QCOMPARE(m_monitor->pairOffset().method, PairOffset::Method::Tracking);
    // Both daemons read this machine's one clock: they agree to well under a millisecond.
    QVERIFY2(std::abs(m_monitor->pairOffset().seconds) < 1e-3,
             qPrintable(QString::number(m_monitor->pairOffset().seconds)));
}

void tst_PairMonitorLab::csvHoldsThePolledValues()
{
    QList<double> seen;
    QSignalSpy rounds(m_monitor.get(), &PairMonitor::roundCompleted);
    connect(m_monitor.get(), &PairMonitor::roundCompleted, this, [&] {
        if (m_monitor->snapshot(2)->reachable())
            seen.append(m_monitor->snapshot(2)->tracking->systemTime);
    });
    const qsizetype before = m_monitor->history().series(HistorySeries::System2SystemTime).size();
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 8000);
    QVERIFY(m_monitor->history().series(HistorySeries::System2SystemTime).size() >= before + 3);
    disconnect(m_monitor.get(), &PairMonitor::roundCompleted, this, nullptr);

    const QString path = m_data.filePath(u"export.csv"_s);
    QVERIFY(m_monitor->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), HistoryCsv::header());
    QStringList column;
    for (const QString& line : lines.mid(1))
        column.append(line.split(u',').value(4));
    // + = ahead in the export: chronyd's System time (+ = slow) with the opposite sign.
    for (double value : seen)
        QVERIFY2(column.contains(QString::number(-value, 'f', 9)), qPrintable(QString::number(-value, 'f', 9)));
    // Leap status of both systems is in every row that answered.
    QVERIFY(lines.last().endsWith(u",Normal,Normal"_s));
}

void tst_PairMonitorLab::killedDaemonIsUnreachableAndRecovers()
{
    const LabSystemPaths paths = LabLayout::systemPaths(m_lab->directory(), 2);
    const qint64 pid = ProcessIdentity::readPidFile(paths.pidPath);
    QVERIFY(pid > 0);
    QVERIFY(chronydPidsUsing(m_lab->directory()).contains(pid)); // our lab's daemon, nobody else's
    QVERIFY(m_monitor->snapshot(2)->reachable());

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
    // Unreachable after Reachability::LostAfter polls in a row without an answer (1 s apart).
    QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->snapshot(2)->reachable(), 8000);
    qInfo("System 2 unreachable after %lld ms", clock.elapsed());
    const SystemSnapshot down = *m_monitor->snapshot(2);
    QVERIFY(!down.link.reason().isEmpty());
    QVERIFY(down.link.unreachableSinceMs() > 0);
    // System 1 keeps answering meanwhile: a dead peer does not stall the other.
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot(1)->reachable() &&
                                 m_monitor->snapshot(1)->lastAnswerMs > down.link.unreachableSinceMs(),
                             3000);
    const EventMarkers& markers = m_monitor->history().markers();
    QVERIFY(!markers.isEmpty());
    QCOMPARE(markers.at(markers.size() - 1).kind, EventMarker::Kind::ContactLost);
    QCOMPARE(markers.at(markers.size() - 1).system, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(pid), 5000);

    const QString restartFailure = restartLabDaemon(paths);
    QVERIFY2(restartFailure.isEmpty(), qPrintable(restartFailure));
    clock.restart();
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot(2)->reachable(), 3000);
    qInfo("System 2 reachable %lld ms after its restart", clock.elapsed());
    QCOMPARE(markers.at(markers.size() - 1).kind, EventMarker::Kind::ContactRegained);
    // The outage is a gap in System 2's series, not a line across it.
    const SampleSeries& series = m_monitor->history().series(HistorySeries::System2SystemTime);
    bool gap = false;
    for (qsizetype i = series.lowerBound(down.link.unreachableSinceMs() - 1); i < series.size(); ++i)
        gap = gap || std::isnan(series.at(i).value);
    QVERIFY(gap);
}

void tst_PairMonitorLab::historySurvivesARestart()
{
    const qsizetype samples = m_monitor->history().series(HistorySeries::System1SystemTime).size();
    QVERIFY(samples > 0);
    m_monitor.reset(); // saves
    std::unique_ptr<PairMonitor> again = makeMonitor();
    QVERIFY(again->setHistoryDirectory(m_data.path()));
    // Restored, plus the gap marking the time the monitor was not running.
    QVERIFY(again->history().series(HistorySeries::System1SystemTime).size() >= samples);
    QVERIFY(again->history().markers().size() >= 2);
}

void tst_PairMonitorLab::cleanupTestCase()
{
    m_monitor.reset();
    m_lab.reset();
}

QTEST_GUILESS_MAIN(tst_PairMonitorLab)
#include "tst_PairMonitorLab.moc"

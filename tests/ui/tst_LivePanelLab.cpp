#include "ClockChecks.h"
#include "DarkPalette.h"
#include "LabFixture.h"
#include "ScriptedDialogs.h"
#include "lab/LabClocks.h"
#include "lab/LabLayout.h"
#include "panel/AlertBanner.h"
#include "panel/AlertLogView.h"
#include "panel/LeapBadge.h"
#include "panel/LivePanel.h"
#include "panel/OffsetChartView.h"
#include "panel/SourcesTable.h"
#include "panel/SourcesTableModel.h"
#include "panel/SystemCard.h"
#include "util/ProcessIdentity.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;

// The live panel, offscreen, against a real lab on virtual clocks polled at 1 Hz: the cards show
// that System 2 follows System 1, the chart gains points, CSV and PNG exports go through the dialog
// seam, Sync now steps System 2's clock back after it was made 100 s wrong (with a step marker on the
// chart), a killed daemon's card turns unreachable within 3 s (with an alert) and recovers within 3 s
// of its restart. Functions run in order on one lab; the last one uses a second lab with -x, whose
// chronyd refuses the step. This machine's clock never moves.
class tst_LivePanelLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsShowTheFollowing();
    void chartGainsPoints();
    void exportsGoThroughTheDialogs();
    void syncNowCanBeDeclined();
    void syncNowNotOfferedWithoutASource();
    void historySaveFailureIsShown();
    void syncNowStepsAWrongClock();
    void killedDaemonTurnsItsCardUnreachable();
    void syncNowReportsTheRefusalUnderMinusX();
    void cleanupTestCase();

private:
    static PairDefinition labPair(const LabFixture& lab, const QString& pairId);
    void saveScreenshot();

    MachineClockWatch m_machineClock;
    std::unique_ptr<LabFixture> m_lab;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<LivePanel> m_panel;
    QTemporaryDir m_data;
};

void tst_LivePanelLab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_LivePanelLab"_s);
    QSettings().clear(); // default polling (1 s) and alert settings
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    QVERIFY(m_lab->settings().virtualClocks); // the default
    if (qEnvironmentVariableIsSet("TANDEM_SCREENSHOT_DARK")) {
        // For the dark-palette screenshot: Fusion with a dark palette, as a dark desktop theme gives.
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
    }
    m_panel = std::make_unique<LivePanel>(&m_dialogs);
    m_panel->setSyncNowProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setPair(labPair(*m_lab, u"lab-ui-test"_s), m_data.path());
}

PairDefinition tst_LivePanelLab::labPair(const LabFixture& lab, const QString& pairId)
{
    // The window's own lab pair, with titles the assertions name and a history of the test's own.
    PairDefinition pair = PairDefinition::forLab(lab.settings());
    pair.system1->title = u"Lab System 1"_s;
    pair.system2->title = u"Lab System 2"_s;
    pair.pairId = pairId;
    return pair;
}

// On System 1 serving only its local clock (the lab's System 1) Sync now has nothing to step to: the
// A history that can no longer be saved (its directory gone, a file in its place: even root cannot
// write there) is said on the panel, not lost in silence.
void tst_LivePanelLab::historySaveFailureIsShown()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString directory = data.filePath(u"history"_s);
    QVERIFY(QDir().mkpath(directory));
    ScriptedDialogs dialogs;
    LivePanel panel(&dialogs);
    panel.setPair(labPair(*m_lab, u"lab-ui-test-save"_s), directory);
    QVERIFY(panel.syncStatus().isEmpty());
    QVERIFY(QDir(directory).removeRecursively());
    QFile blocker(directory);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    panel.monitor()->saveHistoryNow();
    QVERIFY2(panel.syncStatus().contains(u"The history could not be saved"_s), qPrintable(panel.syncStatus()));
}

// button is disabled with the reason beside it, and clicking it anyway asks nothing.
void tst_LivePanelLab::syncNowNotOfferedWithoutASource()
{
    PairDefinition onSystem1 = labPair(*m_lab, u"lab-ui-test-system1"_s);
    onSystem1.localSystem = 1;
    onSystem1.syncRoot = m_lab->directory() + u"/system1"_s;
    onSystem1.syncPeer.clear();
    ScriptedDialogs dialogs;
    LivePanel panel(&dialogs);
    panel.setPair(onSystem1, QString());
    auto* button = panel.findChild<QPushButton*>(u"syncNowButton"_s);
    auto* reason = panel.findChild<QLabel*>(u"syncNowReasonLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!button->isEnabled(), 15000);
    QVERIFY2(reason->text().contains(u"no time source to step to"_s), qPrintable(reason->text()));
    QVERIFY(!reason->isHidden());
    QCOMPARE(button->toolTip(), reason->text());
    panel.syncNow();
    QVERIFY(dialogs.syncNowPreviews.isEmpty()); // nothing asked
    // The same panel on System 2 offers it (it has System 1 to step to).
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QPushButton*>(u"syncNowButton"_s)->isEnabled(), 15000);
    QVERIFY(m_panel->findChild<QLabel*>(u"syncNowReasonLabel"_s)->isHidden());
}

void tst_LivePanelLab::cardsShowTheFollowing()
{
    SystemCard* one = m_panel->card(1);
    SystemCard* two = m_panel->card(2);
    QTRY_VERIFY_WITH_TIMEOUT(one->state() == u"ok"_s && two->state() == u"ok"_s, 10000);
    const QString server = m_lab->settings().serverAddress.toString();
    QTRY_COMPARE_WITH_TIMEOUT(two->findChild<QLabel*>(u"referenceValue"_s)->text().section(u' ', 0, 0), server, 15000);
    QCOMPARE(one->findChild<QLabel*>(u"stratumValue"_s)->text(), u"10"_s);
    QCOMPARE(two->findChild<QLabel*>(u"stratumValue"_s)->text(), u"11"_s);
    QCOMPARE(one->findChild<LeapBadge*>()->status(), LeapStatus::Normal);
    QCOMPARE(two->findChild<LeapBadge*>()->text(), u"Normal"_s);
    // System 1 serves its local clock: its reference is the local reference ID 7F7F0101.
    QVERIFY(one->findChild<QLabel*>(u"referenceValue"_s)->text().contains(u"7F7F0101"_s));
    // The lab's pair has no key: lab System 2's chronyd (asked on its Unix socket) says so; System 1,
    // watched over the network, has nothing to say.
    QTRY_COMPARE_WITH_TIMEOUT(two->findChild<QLabel*>(u"sourceTrustValue"_s)->text(),
                              SystemCard::trustText(SourceTrust::NotAuthenticated), 10000);
    QCOMPARE(one->findChild<QLabel*>(u"sourceTrustValue"_s)->text(), SystemCard::trustText(SourceTrust::Unknown));
    // System time with a unit and a direction.
    const QString systemTime = two->findChild<QLabel*>(u"systemTimeValue"_s)->text();
    // With a unit and the one direction word Tandem uses everywhere (+ = ahead), not chronyc's slow/fast.
    QVERIFY2(QRegularExpression(u"^(0 s|[0-9.]+ (ns|µs|ms|s) (ahead|behind))$"_s).match(systemTime).hasMatch(),
             qPrintable(systemTime));
    auto* pairOffset = two->findChild<QLabel*>(u"pairOffsetValue"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pairOffset->text().contains(u"ahead"_s) || pairOffset->text().contains(u"behind"_s) ||
                                 pairOffset->text() == u"0 s"_s,
                             5000);
    QVERIFY(pairOffset->toolTip().contains(u"System 2 follows System 1"_s));
    // System 2's sources: one row, System 1, reached on the last polls.
    SourcesTable* table = m_panel->sourcesTable(2);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
    QCOMPARE(table->model()->index(0, SourcesTableModel::Name).data().toString(), server);
    QVERIFY(table->model()->index(0, SourcesTableModel::Reach).data().toString().endsWith(u'1'));
    QCOMPARE(table->model()->index(0, SourcesTableModel::Reach).data().toString().size(), 8);
    QCOMPARE(m_panel->sourcesTable(1)->model()->rowCount(), 0);
    QVERIFY(!m_panel->alertBanner()->isVisible());
}

void tst_LivePanelLab::chartGainsPoints()
{
    OffsetChartView* chart = m_panel->chart();
    QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount(HistorySeries::System2SystemTime) >= 2, 5000);
    const qsizetype before = chart->pointCount(HistorySeries::System2ToSystem1);
    QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount(HistorySeries::System2ToSystem1) >= before + 2, 5000);
    QCOMPARE(chart->segmentCount(HistorySeries::System1SystemTime), 1);
    // The chart follows live: its window ends now and spans the chosen 5 minutes.
    QCOMPARE(chart->frame().toMs - chart->frame().fromMs, 5 * 60 * 1000);
    QVERIFY(std::abs(chart->frame().toMs - QDateTime::currentMSecsSinceEpoch()) < 3000);
    // Paused, the window stays put while polling goes on.
    m_panel->setFollowing(false);
    const qint64 frozen = chart->frame().toMs;
    const int rounds = m_panel->monitor()->roundsCompleted();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->monitor()->roundsCompleted() >= rounds + 2, 5000);
    QCOMPARE(chart->frame().toMs, frozen);
    // Paused, Earlier and Later move the window by half its width, never past now.
    auto* earlier = m_panel->findChild<QPushButton*>(u"earlierButton"_s);
    auto* later = m_panel->findChild<QPushButton*>(u"laterButton"_s);
    QVERIFY(earlier->isVisible() && later->isVisible());
    QVERIFY(!later->isEnabled());
    QTest::mouseClick(earlier, Qt::LeftButton);
    QCOMPARE(chart->frame().toMs, frozen - 150'000);
    QCOMPARE(chart->frame().toMs - chart->frame().fromMs, 5 * 60 * 1000);
    QVERIFY(later->isEnabled());
    QTest::mouseClick(later, Qt::LeftButton);
    QCOMPARE(chart->frame().toMs, frozen);
    m_panel->scrollPaused(10);
    QVERIFY(chart->frame().toMs >= frozen && chart->frame().toMs <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!later->isEnabled());
    m_panel->setFollowing(true);
    QVERIFY(!earlier->isVisible() && !later->isVisible());
    m_panel->setWindow(LivePanel::Window::SevenDays);
    QCOMPARE(chart->frame().toMs - chart->frame().fromMs, qint64(7) * 24 * 3600 * 1000);
    QVERIFY(chart->pointCount(HistorySeries::System2SystemTime) <= 2 * chart->plotColumns() + 2);
    m_panel->setWindow(LivePanel::Window::FiveMinutes);
}

void tst_LivePanelLab::exportsGoThroughTheDialogs()
{
    m_dialogs.savePath = m_data.filePath(u"history.csv"_s);
    m_panel->findChild<QAbstractButton*>(u"exportCsvButton"_s)->click();
    QFile csv(m_dialogs.savePath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines.constFirst().startsWith(u"time_utc,epoch_s"_s));
    QVERIFY(lines.constLast().endsWith(u",Normal,Normal"_s));
    // The last row holds the latest polled System time of System 2, with + = ahead (chronyc -c prints
    // the same number with + = slow).
    const double latest = m_panel->monitor()->history().series(HistorySeries::System2SystemTime).last().value;
    QCOMPARE(lines.constLast().split(u',').value(4), QString::number(-latest, 'f', 9));
    // The alert log goes next to it (its header at least: no alert has been raised yet).
    QFile alerts(m_data.filePath(u"history-alerts.csv"_s));
    QVERIFY(alerts.open(QIODevice::ReadOnly));
    QVERIFY(alerts.readAll().startsWith("since_utc,raised_utc,cleared_utc,"));

    m_dialogs.savePath = m_data.filePath(u"chart.png"_s);
    m_panel->findChild<QAbstractButton*>(u"exportPngButton"_s)->click();
    QImage image(m_dialogs.savePath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_panel->chart()->size());
    QVERIFY(m_dialogs.errors.isEmpty());

    // Cancelled: nothing written, nothing shown.
    m_dialogs.savePath.clear();
    m_panel->findChild<QAbstractButton*>(u"exportCsvButton"_s)->click();
    QVERIFY(m_dialogs.errors.isEmpty());
}

void tst_LivePanelLab::syncNowCanBeDeclined()
{
    QSignalSpy finished(m_panel.get(), &LivePanel::syncNowFinished);
    m_dialogs.syncNowAnswer = false;
    m_panel->findChild<QAbstractButton*>(u"syncNowButton"_s)->click();
    QCOMPARE(m_dialogs.syncNowPreviews.size(), 1);
    const SyncNowPreview& preview = m_dialogs.syncNowPreviews.constFirst();
    QCOMPARE(preview.source, m_lab->settings().serverAddress.toString());
    QVERIFY(preview.lab);
    QVERIFY(preview.offsetKnown);
    QVERIFY(std::abs(preview.offsetS) < 1e-2);
    QVERIFY(m_panel->syncStatus().isEmpty());
    QVERIFY(m_panel->findChild<QAbstractButton*>(u"syncNowButton"_s)->isEnabled());
    QVERIFY(finished.isEmpty()); // declined: nothing was started
}

void tst_LivePanelLab::syncNowStepsAWrongClock()
{
    // System 2's clock jumps 100 s ahead after its chronyd made its start-up steps (Debian's
    // `makestep 1 3`): from then on chronyd only slews, so only Sync now can set it right at once.
    const QString waited = waitForClockUpdates(LabLayout::systemPaths(m_lab->directory(), 2).socketPath, 3);
    QVERIFY2(waited.isEmpty(), qPrintable(waited));
    Result<LabClocks> clocks = LabClocks::open(m_lab->settings());
    QVERIFY2(clocks, qPrintable(clocks.error()));
    clocks.value().system(2).step(100.0);
    const double wrong = clocks.value().system2Ahead();
    qInfo("true offset before Sync now: System 2 %.6f s ahead of System 1", wrong);
    QVERIFY2(std::abs(wrong - 100.0) < 0.01, qPrintable(QString::number(wrong)));

    QSignalSpy finished(m_panel.get(), &LivePanel::syncNowFinished);
    m_dialogs.syncNowAnswer = true;
    m_dialogs.syncNowPreviews.clear();
    auto* button = m_panel->findChild<QAbstractButton*>(u"syncNowButton"_s);
    QElapsedTimer took;
    took.start();
    button->click();
    QVERIFY(!button->isEnabled()); // one at a time
    QCOMPARE(m_dialogs.syncNowPreviews.size(), 1);
    QVERIFY(m_dialogs.syncNowPreviews.constFirst().lab);
    QVERIFY(!m_dialogs.syncNowPreviews.constFirst().clockFixed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
    qInfo("Sync now took %lld ms in the panel", took.elapsed());
    const SyncNowOutcome outcome = finished.at(0).at(0).value<SyncNowOutcome>();
    const double after = clocks.value().system2Ahead();
    qInfo("true offset after Sync now: System 2 %.9f s ahead of System 1", after);
    QVERIFY2(outcome.reason == SyncNowOutcome::Reason::Stepped, qPrintable(outcome.summary));
    QVERIFY(outcome.clockChanged);
    QVERIFY(outcome.measuredOffset && std::abs(*outcome.measuredOffset - 100.0) < 1.0);
    QVERIFY(outcome.offsetAfter && std::abs(*outcome.offsetAfter) < 1e-3);
    QVERIFY2(std::abs(after) < 1e-3, qPrintable(QString::number(after)));

    const QString status = m_panel->syncStatus();
    QVERIFY2(status.contains(u"The clock was stepped"_s), qPrintable(status));
    QVERIFY2(QRegularExpression(u"it was (99\\.|100\\.)[0-9]* s ahead, now it is [0-9.]+ (ns|µs) (ahead|behind)"_s)
                 .match(status)
                 .hasMatch(),
             qPrintable(status));
    QVERIFY(!status.contains(u"-x"_s));
    QVERIFY(button->isEnabled());
    // The step is on the chart, with the helper's measurements before and after.
    const EventMarkers& markers = m_panel->monitor()->history().markers();
    QList<EventMarker> steps;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        if (markers.at(i).kind == EventMarker::Kind::Step)
            steps << markers.at(i);
    }
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.constFirst().beforeS, *outcome.measuredOffset);
    QCOMPARE(steps.constFirst().afterS, *outcome.offsetAfter);
    const QList<EventMarker> drawn = m_panel->chart()->frame().markers;
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(),
                        [](const EventMarker& marker) { return marker.kind == EventMarker::Kind::Step; }));
    // The cards see System 2 follow System 1 again.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->card(2)
                                 ->findChild<QLabel*>(u"referenceValue"_s)
                                 ->text()
                                 .startsWith(m_lab->settings().serverAddress.toString()),
                             15000);
    saveScreenshot();
}

void tst_LivePanelLab::killedDaemonTurnsItsCardUnreachable()
{
    // Alerts at once (grace 0) so the banner can be checked within the same seconds.
    m_panel->findChild<QSpinBox*>(u"graceSpin"_s)->setValue(0);
    QCOMPARE(m_panel->monitor()->settings().graceMs, 0);
    const int notifications = m_panel->notificationsShown();

    const LabSystemPaths paths = LabLayout::systemPaths(m_lab->directory(), 2);
    const qint64 pid = ProcessIdentity::readPidFile(paths.pidPath);
    QVERIFY(chronydPidsUsing(m_lab->directory()).contains(pid));
    SystemCard* two = m_panel->card(2);
    QCOMPARE(two->state(), u"ok"_s);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
    // After Reachability::LostAfter polls in a row without an answer (1 s apart).
    QTRY_COMPARE_WITH_TIMEOUT(two->state(), u"unreachable"_s, 8000);
    qInfo("card unreachable after %lld ms", clock.elapsed());
    const QString text = two->findChild<QLabel*>(u"unreachableLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"^Unreachable since \\d\\d:\\d\\d:\\d\\d \\(3 polls in a row lost\\): .+"_s)
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
    // It answered before: the card names what changed (daemon or network), not cmdallow.
    QVERIFY2(text.contains(u"answered before"_s), qPrintable(text));
    QCOMPARE(m_panel->card(1)->state(), u"ok"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->alertBanner()->isVisible(), 3000);
    QVERIFY2(m_panel->alertBanner()->text().contains(u"System 2 does not answer"_s),
             qPrintable(m_panel->alertBanner()->text()));
    QVERIFY(m_panel->notificationsShown() > notifications);
    QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(pid), 5000);

    const QString restartFailure = restartLabDaemon(paths);
    QVERIFY2(restartFailure.isEmpty(), qPrintable(restartFailure));
    clock.restart();
    // Back, but its last eight polls include the lost ones: degraded (like chronyd's reach) until
    // eight polls in a row have answered.
    QTRY_COMPARE_WITH_TIMEOUT(two->state(), u"degraded"_s, 5000);
    qInfo("card reachable %lld ms after the restart", clock.elapsed());
    const QString degraded = two->findChild<QLabel*>(u"unreachableLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"^Degraded: [3-8] of the last 8 polls got no answer"_s).match(degraded).hasMatch(),
             qPrintable(degraded));
    QTRY_COMPARE_WITH_TIMEOUT(two->state(), u"ok"_s, 15000);
    QVERIFY(!two->findChild<QLabel*>(u"unreachableLabel"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->alertBanner()->isVisible(), 3000);
    // Lost and regained contact are marked on the chart.
    m_panel->refreshChart();
    // The Alerts tab keeps the record after the banner has gone: raised, for System 2, cleared.
    // (Newest first; the restarted chronyd may have raised a leap status alert since, grace being 0.)
    AlertLogView* log = m_panel->alertLog();
    int row = 0;
    while (row < log->rowCount() && log->item(row, AlertLogView::Rule)->text() != u"Unreachable"_s)
        ++row;
    QVERIFY(row < log->rowCount());
    QCOMPARE(log->item(row, AlertLogView::System)->text(), u"System 2"_s);
    QVERIFY2(log->item(row, AlertLogView::Cleared)->text().contains(u"(after "_s),
             qPrintable(log->item(row, AlertLogView::Cleared)->text()));
    // ... as one span, not two lines.
    const QList<OutageSpan> outages = m_panel->chart()->frame().outages;
    QCOMPARE(outages.size(), 1);
    QCOMPARE(outages.constFirst().system, 2);
    QVERIFY(!outages.constFirst().ongoing);
    QVERIFY(outages.constFirst().durationMs > 0);
}

void tst_LivePanelLab::saveScreenshot()
{
    // A look at it (manual runs): TANDEM_SCREENSHOT=path saves the panel as it is now.
    const QString screenshot = qEnvironmentVariable("TANDEM_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QTest::qWait(qEnvironmentVariableIntValue("TANDEM_SCREENSHOT_WAIT_MS"));
        m_panel->grab().save(screenshot);
    }
}

void tst_LivePanelLab::syncNowReportsTheRefusalUnderMinusX()
{
    // A lab with -x runs on this machine's clock, which its chronyd may not change: it measures and
    // refuses the step, and the panel says so instead of claiming a step.
    LabFixture fixed(Lab::Ownership::Detached);
    fixed.configure([](LabSettings& settings) { settings.virtualClocks = false; });
    QVERIFY2(fixed.start(), qPrintable(fixed.failure()));
    m_panel->setPair(labPair(fixed, u"lab-ui-test-x"_s), m_data.path());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->card(2)->findChild<QLabel*>(u"referenceValue"_s)->text().section(u' ', 0, 0),
                              fixed.settings().serverAddress.toString(), 15000);

    QSignalSpy finished(m_panel.get(), &LivePanel::syncNowFinished);
    m_dialogs.syncNowAnswer = true;
    m_dialogs.syncNowPreviews.clear();
    auto* button = m_panel->findChild<QAbstractButton*>(u"syncNowButton"_s);
    button->click();
    QCOMPARE(m_dialogs.syncNowPreviews.size(), 1);
    QVERIFY(m_dialogs.syncNowPreviews.constFirst().clockFixed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
    const SyncNowOutcome outcome = finished.at(0).at(0).value<SyncNowOutcome>();
    QVERIFY2(outcome.reason == SyncNowOutcome::Reason::ClockControlDisabled, qPrintable(outcome.summary));
    QVERIFY(!outcome.clockChanged);
    const QString status = m_panel->syncStatus();
    QVERIFY2(status.contains(u"refused to step the clock"_s), qPrintable(status));
    QVERIFY2(status.contains(u"-x"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Measured against %1"_s.arg(fixed.settings().serverAddress.toString())),
             qPrintable(status));
    QVERIFY2(status.contains(u"(not stepped)"_s), qPrintable(status));
    QVERIFY(button->isEnabled());
    // Not stepped, so no step marker.
    const EventMarkers& markers = m_panel->monitor()->history().markers();
    for (qsizetype i = 0; i < markers.size(); ++i)
        QVERIFY(markers.at(i).kind != EventMarker::Kind::Step);
}

void tst_LivePanelLab::cleanupTestCase()
{
    m_panel.reset();
    m_lab.reset();
    // Every step above went to a lab clock: this machine's wall clock did not move.
    const double moved = m_machineClock.movedSeconds();
    qInfo("this machine's clock moved %.6f s against its monotonic clock", moved);
    QVERIFY2(std::abs(moved) < 0.05, qPrintable(QString::number(moved)));
}

QTEST_MAIN(tst_LivePanelLab)
#include "tst_LivePanelLab.moc"

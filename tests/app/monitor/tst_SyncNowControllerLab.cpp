#include "ClockChecks.h"
#include "LabFixture.h"
#include "lab/LabClocks.h"
#include "monitor/SyncNowController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Sync now through the real tandem-helper-sync-now with --root on a lab System 2: on virtual clocks
// it steps a wrong clock back, under -x chronyd refuses the step; the outcome says so in plain words.
class tst_SyncNowControllerLab : public QObject
{
    Q_OBJECT

private slots:
    void wrongClockIsStepped();
    void labRefusesTheStep();
    void missingDaemonIsReported();
};

void tst_SyncNowControllerLab::wrongClockIsStepped()
{
    LabFixture lab;
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    const QString waited = waitForClockUpdates(lab.lab().system2().socketPath, 3);
    QVERIFY2(waited.isEmpty(), qPrintable(waited));
    Result<LabClocks> clocks = LabClocks::open(lab.settings());
    QVERIFY(clocks.ok());
    clocks.value().system(2).step(-100);
    SyncNowController controller;
    controller.setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    QSignalSpy progress(&controller, &SyncNowController::progress);
    QSignalSpy finished(&controller, &SyncNowController::finished);
    QVERIFY(controller.start(lab.directory() + u"/system2"_s, lab.settings().serverAddress.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
    const SyncNowOutcome outcome = finished.at(0).at(0).value<SyncNowOutcome>();
    QVERIFY2(outcome.stepped(), qPrintable(outcome.summary + u' ' + outcome.helperMessage));
    QVERIFY(outcome.clockChanged);
    QVERIFY(std::abs(*outcome.measuredOffset + 100) < 1);
    QVERIFY(std::abs(*outcome.offsetAfter) < 0.001);
    QVERIFY2(std::abs(clocks->system2Ahead()) < 0.001, qPrintable(QString::number(clocks->system2Ahead())));
    QVERIFY2(outcome.summary.contains(u" s behind, now it is "_s), qPrintable(outcome.summary));
    QStringList lines;
    for (const QList<QVariant>& args : progress)
        lines << args.at(0).toString();
    QVERIFY2(lines.join(u'\n').contains(u"chronyd follows the server"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.join(u'\n').contains(u"measured again after the step"_s), qPrintable(lines.join(u'\n')));
}

void tst_SyncNowControllerLab::labRefusesTheStep()
{
    LabFixture lab;
    lab.configure([](LabSettings& settings) { settings.virtualClocks = false; });
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    SyncNowController controller;
    controller.setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    QSignalSpy progress(&controller, &SyncNowController::progress);
    QSignalSpy finished(&controller, &SyncNowController::finished);
    QVERIFY(controller.start(lab.directory() + u"/system2"_s, lab.settings().serverAddress.toString()));
    QVERIFY(controller.isRunning());
    QVERIFY(!controller.start(lab.directory() + u"/system2"_s, {})); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
    const SyncNowOutcome outcome = finished.at(0).at(0).value<SyncNowOutcome>();
    QCOMPARE(outcome.reason, SyncNowOutcome::Reason::ClockControlDisabled);
    QVERIFY(!outcome.stepped());
    QVERIFY(outcome.measuredOffset.has_value());
    QVERIFY(std::abs(*outcome.measuredOffset) < 1e-2);
    QCOMPARE(outcome.source, lab.settings().serverAddress.toString());
    QVERIFY(outcome.systemTimeBefore.has_value() && outcome.systemTimeAfter.has_value());
    QVERIFY2(outcome.summary.contains(u"refused to step the clock"_s), qPrintable(outcome.summary));
    QVERIFY(progress.size() >= 4);
    QStringList lines;
    for (const QList<QVariant>& args : progress)
        lines << args.at(0).toString();
    QVERIFY2(lines.join(u'\n').contains(u"measured (NTP exchange)"_s), qPrintable(lines.join(u'\n')));
}

void tst_SyncNowControllerLab::missingDaemonIsReported()
{
    // A lab directory whose System 2 is not running: chronyd does not answer on its socket.
    LabFixture lab;
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    QVERIFY(lab.stop());
    SyncNowController controller;
    controller.setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    QSignalSpy finished(&controller, &SyncNowController::finished);
    QVERIFY(controller.start(lab.directory() + u"/system2"_s, {}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const SyncNowOutcome outcome = finished.at(0).at(0).value<SyncNowOutcome>();
    QVERIFY(!outcome.stepped());
    QCOMPARE(outcome.reason, SyncNowOutcome::Reason::NoAnswer);
    QVERIFY2(outcome.summary.contains(u"does not answer"_s), qPrintable(outcome.summary));
}

QTEST_GUILESS_MAIN(tst_SyncNowControllerLab)
#include "tst_SyncNowControllerLab.moc"

#include "monitor/AlertRules.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The alert rules with the ManualClock: a condition raises only after the whole grace period,
// clears only after a whole grace period of recovery, and a value hovering around the threshold
// does not flap (hysteresis).
class tst_AlertRules : public QObject
{
    Q_OBJECT

private slots:
    void offsetSequences_data();
    void offsetSequences();
    void leapStatusLeavesNormal();
    void unknownDoesNotResetTheGracePeriod();
    void unreachableSystem();
    void degradedLinkHasItsOwnGrace();
    void sinceIsWhenTheConditionStarted();
};

namespace {

MonitorSettings settings(double thresholdS, qint64 graceMs)
{
    MonitorSettings s;
    s.offsetThresholdS = thresholdS;
    s.graceMs = graceMs;
    s.clearRatio = 0.8;
    return s;
}

// "t:offset" pairs, t in seconds since the start; one evaluation per pair.
QList<QPair<qint64, double>> parse(const QString& sequence)
{
    QList<QPair<qint64, double>> steps;
    for (const QString& item : sequence.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        steps.append(
            {qint64(parts.at(0).toDouble() * 1000), parts.at(1) == u"nan"_s ? std::nan("") : parts.at(1).toDouble()});
    }
    return steps;
}

} // namespace

void tst_AlertRules::offsetSequences_data()
{
    QTest::addColumn<qint64>("graceMs");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<int>("raised");
    QTest::addColumn<int>("cleared");
    QTest::addColumn<bool>("activeAtEnd");

    // Threshold 0.1 s (clears below 0.08 s).
    QTest::addRow("below threshold never fires") << qint64(10000) << u"0:0.05 5:0.09 20:-0.099"_s << 0 << 0 << false;
    QTest::addRow("shorter than grace does not fire")
        << qint64(10000) << u"0:0.2 5:0.2 9.9:0.2 10.5:0.01"_s << 0 << 0 << false;
    QTest::addRow("fires after grace") << qint64(10000) << u"0:0.2 5:0.3 10:0.2"_s << 1 << 0 << true;
    QTest::addRow("negative offsets count too") << qint64(10000) << u"0:-0.2 10:-0.2"_s << 1 << 0 << true;
    QTest::addRow("grace zero fires at once") << qint64(0) << u"0:0.2"_s << 1 << 0 << true;
    QTest::addRow("interrupted condition restarts the grace")
        << qint64(10000) << u"0:0.2 6:0.01 8:0.2 14:0.2 17.9:0.2"_s << 0 << 0 << false;
    QTest::addRow("clears after a whole grace of recovery")
        << qint64(10000) << u"0:0.2 10:0.2 11:0.01 20:0.01 21:0.01"_s << 1 << 1 << false;
    QTest::addRow("short recovery does not clear")
        << qint64(10000) << u"0:0.2 10:0.2 11:0.01 15:0.2 26:0.01"_s << 1 << 0 << true;
    // Hovering between 0.08 and 0.1 after firing: still the same condition, no clear, no second raise.
    QTest::addRow("hysteresis holds the alert")
        << qint64(10000) << u"0:0.2 10:0.2 11:0.09 20:0.095 30:0.085 40:0.09"_s << 1 << 0 << true;
    QTest::addRow("flapping around the threshold never fires")
        << qint64(5000) << u"0:0.11 1:0.09 2:0.11 3:0.09 4:0.11 5:0.09 6:0.11 7:0.09"_s << 0 << 0 << false;
    QTest::addRow("fires and clears twice")
        << qint64(2000) << u"0:0.2 2:0.2 3:0 5:0 6:0.3 8:0.3 9:0 11:0"_s << 2 << 2 << false;
}

void tst_AlertRules::offsetSequences()
{
    QFETCH(qint64, graceMs);
    QFETCH(QString, sequence);
    QFETCH(int, raised);
    QFETCH(int, cleared);
    QFETCH(bool, activeAtEnd);

    ManualClock clock(1'790'000'000'000, 0);
    AlertRules rules(clock, settings(0.1, graceMs));
    QSignalSpy raisedSpy(&rules, &AlertRules::raised);
    QSignalSpy clearedSpy(&rules, &AlertRules::cleared);
    qint64 now = 0;
    for (const auto& [t, offset] : parse(sequence)) {
        clock.advance(t - now);
        now = t;
        AlertInputs inputs;
        inputs.offsetS = offset;
        rules.evaluate(inputs);
    }
    QCOMPARE(raisedSpy.size(), raised);
    QCOMPARE(clearedSpy.size(), cleared);
    QCOMPARE(rules.isActive(Alert::Kind::OffsetTooLarge, 2), activeAtEnd);
    QCOMPARE(rules.active().size(), activeAtEnd ? 1 : 0);
}

void tst_AlertRules::leapStatusLeavesNormal()
{
    ManualClock clock(1'790'000'000'000, 0);
    AlertRules rules(clock, settings(0.1, 5000));
    QSignalSpy raisedSpy(&rules, &AlertRules::raised);
    QSignalSpy clearedSpy(&rules, &AlertRules::cleared);
    AlertInputs inputs;
    inputs.leap1 = LeapStatus::Normal;
    inputs.leap2 = LeapStatus::NotSynchronised;
    rules.evaluate(inputs);
    clock.advance(4999);
    rules.evaluate(inputs);
    QCOMPARE(raisedSpy.size(), 0);
    clock.advance(1);
    rules.evaluate(inputs);
    QCOMPARE(raisedSpy.size(), 1);
    const Alert alert = raisedSpy.at(0).at(0).value<Alert>();
    QCOMPARE(alert.kind, Alert::Kind::LeapNotNormal);
    QCOMPARE(alert.system, 2);
    QVERIFY2(alert.text.contains(u"not synchronised"_s), qPrintable(alert.text));
    QVERIFY(!rules.isActive(Alert::Kind::LeapNotNormal, 1));

    // An announced leap second on System 1 is its own alert.
    inputs.leap1 = LeapStatus::InsertSecond;
    rules.evaluate(inputs);
    clock.advance(5000);
    rules.evaluate(inputs);
    QVERIFY(rules.isActive(Alert::Kind::LeapNotNormal, 1));
    QVERIFY(rules.active().at(0).text.contains(u"Insert second"_s) ||
            rules.active().at(1).text.contains(u"Insert second"_s));

    inputs.leap1 = LeapStatus::Normal;
    inputs.leap2 = LeapStatus::Normal;
    rules.evaluate(inputs);
    clock.advance(5000);
    rules.evaluate(inputs);
    QCOMPARE(clearedSpy.size(), 2);
    QVERIFY(rules.active().isEmpty());
}

void tst_AlertRules::unknownDoesNotResetTheGracePeriod()
{
    ManualClock clock(1'790'000'000'000, 0);
    AlertRules rules(clock, settings(0.1, 10000));
    AlertInputs bad;
    bad.offsetS = 0.5;
    rules.evaluate(bad);
    clock.advance(6000);
    rules.evaluate(AlertInputs{}); // not measured: neither resets nor proves anything
    clock.advance(4000);
    rules.evaluate(bad);
    QVERIFY(rules.isActive(Alert::Kind::OffsetTooLarge, 2));
    QCOMPARE(rules.active().constFirst().text,
             u"System 2 is 500.0 ms ahead of System 1, more than the 100.0 ms allowed."_s);
}

void tst_AlertRules::unreachableSystem()
{
    ManualClock clock(1'790'000'000'000, 0);
    AlertRules rules(clock, settings(0.1, 3000));
    AlertInputs inputs;
    inputs.reachable1 = true;
    inputs.reachable2 = false;
    rules.evaluate(inputs);
    clock.advance(3000);
    rules.evaluate(inputs);
    QVERIFY(rules.isActive(Alert::Kind::Unreachable, 2));
    QVERIFY(!rules.isActive(Alert::Kind::Unreachable, 1));
    QVERIFY(rules.active().constFirst().text.contains(u"System 2 does not answer"_s));
    inputs.reachable2 = true;
    rules.evaluate(inputs);
    clock.advance(3000);
    rules.evaluate(inputs);
    QVERIFY(rules.active().isEmpty());
}

void tst_AlertRules::degradedLinkHasItsOwnGrace()
{
    ManualClock clock(1'790'000'000'000, 0);
    MonitorSettings s = settings(0.1, 3000);
    s.degradedGraceMs = 60'000;
    AlertRules rules(clock, s);
    AlertInputs inputs;
    inputs.reachable1 = true;
    inputs.degraded1 = true;
    inputs.reachable2 = true;
    for (int second = 0; second < 59; ++second) { // past the other rules' grace, not this one's
        rules.evaluate(inputs);
        clock.advance(1000);
    }
    QVERIFY(rules.active().isEmpty());
    clock.advance(1000);
    rules.evaluate(inputs);
    QVERIFY(rules.isActive(Alert::Kind::LinkDegraded, 1));
    QVERIFY(!rules.isActive(Alert::Kind::Unreachable, 1));
    QVERIFY2(rules.active().constFirst().text.contains(u"link to System 1 is degraded"_s),
             qPrintable(rules.active().constFirst().text));
    // Down is not "degraded": the unreachable alert speaks then, and this one recovers.
    inputs.reachable1 = false;
    rules.evaluate(inputs);
    clock.advance(3000);
    rules.evaluate(inputs);
    QVERIFY(rules.isActive(Alert::Kind::Unreachable, 1));
    inputs.reachable1 = true;
    inputs.degraded1 = false;
    for (int second = 0; second <= 60; ++second) {
        rules.evaluate(inputs);
        clock.advance(1000);
    }
    QVERIFY(rules.active().isEmpty());
}

void tst_AlertRules::sinceIsWhenTheConditionStarted()
{
    ManualClock clock(1'790'000'000'000, 0);
    AlertRules rules(clock, settings(0.1, 10000));
    QSignalSpy raisedSpy(&rules, &AlertRules::raised);
    AlertInputs inputs;
    inputs.offsetS = -0.25;
    rules.evaluate(inputs);
    clock.advance(10000);
    rules.evaluate(inputs);
    QCOMPARE(raisedSpy.size(), 1);
    const Alert alert = raisedSpy.at(0).at(0).value<Alert>();
    QCOMPARE(alert.sinceMs, qint64(1'790'000'000'000));
    QVERIFY2(alert.text.contains(u"250.0 ms behind"_s), qPrintable(alert.text));
}

QTEST_GUILESS_MAIN(tst_AlertRules)
#include "tst_AlertRules.moc"

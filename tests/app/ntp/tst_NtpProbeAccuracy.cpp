// The probe measures like chronyd: its offset to the lab's System 1 agrees with what System 2's
// chronyd reports for the same pair (`chronyc ntpdata`, kernel timestamps) within 50 µs, also when
// the event loop is busy while the reply arrives (a GUI painting), which is where a timestamp taken
// when the reply is read goes wrong by half the wait.
#include "ClockChecks.h"
#include "LabFixture.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class tst_NtpProbeAccuracy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_lab.reset(); }
    void agreesWithChronyd_data();
    void agreesWithChronyd();

private:
    // System 2's chronyd's offset to System 1 from its last sample (RFC 5905 sign, as NtpMeasurement).
    std::optional<double> chronydOffset();

    std::unique_ptr<LabFixture> m_lab;
};

void tst_NtpProbeAccuracy::initTestCase()
{
    m_lab = std::make_unique<LabFixture>();
    // Both daemons and the probe on this machine's one clock (-x), so all three measure one pair.
    m_lab->configure([](LabSettings& settings) { settings.virtualClocks = false; });
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    QTRY_VERIFY_WITH_TIMEOUT(chronydOffset().has_value(), 10000);
}

std::optional<double> tst_NtpProbeAccuracy::chronydOffset()
{
    return chronycNtpdataOffset(m_lab->lab().system2().socketPath, m_lab->settings().serverAddress.toString());
}

void tst_NtpProbeAccuracy::agreesWithChronyd_data()
{
    QTest::addColumn<int>("busyMs");
    QTest::addRow("idle event loop") << 0;
    QTest::addRow("event loop busy for 5 ms") << 5;
}

void tst_NtpProbeAccuracy::agreesWithChronyd()
{
    QFETCH(int, busyMs);
    QList<double> differences;
    for (int round = 0; round < 7; ++round) {
        const std::optional<double> probe = probeSystem1WhileBusy(m_lab->settings(), busyMs);
        const std::optional<double> chronyd = chronydOffset();
        QVERIFY(probe && chronyd);
        differences.append(std::abs(*probe - *chronyd));
    }
    std::sort(differences.begin(), differences.end());
    const double median = differences.at(differences.size() / 2);
    qInfo("probe vs chronyc ntpdata: median %.1f µs, worst %.1f µs", median * 1e6, differences.last() * 1e6);
    QVERIFY2(median < 50e-6, qPrintable(u"median difference %1 µs"_s.arg(median * 1e6)));
}

QTEST_GUILESS_MAIN(tst_NtpProbeAccuracy)
#include "tst_NtpProbeAccuracy.moc"

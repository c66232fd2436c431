#include "util/Clock.h"

#include <QDateTime>
#include <QTest>

class tst_Clock : public QObject
{
    Q_OBJECT
private slots:
    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(1'000'000, 50);
        QCOMPARE(clock.nowMs(), 1'000'000);
        QCOMPARE(clock.monotonicMs(), 50);
        clock.advance(1500);
        QCOMPARE(clock.nowMs(), 1'001'500);
        QCOMPARE(clock.monotonicMs(), 1550);
        // A step of the wall clock leaves the monotonic reading alone.
        clock.setNowMs(10);
        QCOMPARE(clock.nowMs(), 10);
        QCOMPARE(clock.monotonicMs(), 1550);
    }

    void systemClockReadsTheRealClocks()
    {
        const Clock& clock = SystemClock::instance();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = clock.nowMs();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(now >= before && now <= after);
        const qint64 m1 = clock.monotonicMs();
        const qint64 m2 = clock.monotonicMs();
        QVERIFY(m1 >= 0);
        QVERIFY(m2 >= m1);
    }
};

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_Clock.moc"

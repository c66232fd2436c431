#include "history/EventMarkers.h"

#include <QTest>

class tst_EventMarkers : public QObject
{
    Q_OBJECT
private slots:
    void keepsOrderAndRefusesInvalid()
    {
        EventMarkers markers;
        EventMarker m;
        m.timeMs = 1000;
        QVERIFY(markers.add(m));
        m.kind = EventMarker::Kind::ContactLost;
        m.system = 1;
        QVERIFY(markers.add(m)); // same ms is fine: a step and a lost contact can coincide
        m.timeMs = 999;
        QVERIFY(!markers.add(m));
        m.timeMs = 2000;
        m.system = 3;
        QVERIFY(!markers.add(m));
        m.system = 0;
        QVERIFY(!markers.add(m));
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.at(1).kind, EventMarker::Kind::ContactLost);
    }

    void capacityEvictsOldest()
    {
        EventMarkers markers(4);
        for (int i = 0; i < 11; ++i) {
            EventMarker m;
            m.timeMs = i * 1000;
            m.beforeS = i;
            QVERIFY(markers.add(m));
        }
        QCOMPARE(markers.size(), 4);
        QCOMPARE(markers.at(0).timeMs, 7000);
        QCOMPARE(markers.at(3).beforeS, 10.0);
        QCOMPARE(markers.lowerBound(8500), 2);
        QCOMPARE(markers.lowerBound(0), 0);
        QCOMPARE(markers.lowerBound(11'000), 4);
    }

    void evictBefore()
    {
        EventMarkers markers;
        for (int i = 0; i < 5; ++i) {
            EventMarker m;
            m.timeMs = i * 1000;
            QVERIFY(markers.add(m));
        }
        markers.evictBefore(2000);
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers.at(0).timeMs, 2000);
        markers.evictBefore(10'000);
        QVERIFY(markers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EventMarkers)
#include "tst_EventMarkers.moc"

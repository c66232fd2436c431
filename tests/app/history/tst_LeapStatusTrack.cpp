#include "history/LeapStatusTrack.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Observations = QList<std::pair<qint64, LeapStatus>>;
using Runs = QList<std::tuple<qint64, qint64, LeapStatus>>;

Q_DECLARE_METATYPE(LeapStatus)

class tst_LeapStatusTrack : public QObject
{
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<quint16>("wire");
        QTest::addColumn<LeapStatus>("status");
        QTest::addColumn<QString>("word");
        QTest::addRow("0") << quint16(0) << LeapStatus::Normal << u"Normal"_s;
        QTest::addRow("1") << quint16(1) << LeapStatus::InsertSecond << u"Insert second"_s;
        QTest::addRow("2") << quint16(2) << LeapStatus::DeleteSecond << u"Delete second"_s;
        QTest::addRow("3") << quint16(3) << LeapStatus::NotSynchronised << u"Not synchronised"_s;
        QTest::addRow("4 is not chrony's") << quint16(4) << LeapStatus::Unknown << QString();
        QTest::addRow("garbage") << quint16(0xffff) << LeapStatus::Unknown << QString();
    }
    void words()
    {
        QFETCH(quint16, wire);
        QFETCH(LeapStatus, status);
        QFETCH(QString, word);
        QCOMPARE(leapStatusFromWire(wire), status);
        QCOMPARE(leapStatusWord(status), word);
    }

    void runsMerge_data()
    {
        QTest::addColumn<Observations>("observations");
        QTest::addColumn<Runs>("runs");
        const auto N = LeapStatus::Normal;
        const auto I = LeapStatus::InsertSecond;
        const auto U = LeapStatus::Unknown;
        const auto X = LeapStatus::NotSynchronised;
        QTest::addRow("nothing") << Observations{} << Runs{};
        QTest::addRow("one observation") << Observations{{10, N}} << Runs{{10, 10, N}};
        QTest::addRow("a week of Normal is one run")
            << Observations{{10, N}, {20, N}, {30, N}, {40, N}} << Runs{{10, 40, N}};
        QTest::addRow("a change starts a run")
            << Observations{{10, X}, {20, X}, {30, N}, {40, N}, {50, I}} << Runs{{10, 20, X}, {30, 40, N}, {50, 50, I}};
        QTest::addRow("back to the same status is a new run")
            << Observations{{10, N}, {20, U}, {30, N}} << Runs{{10, 10, N}, {20, 20, U}, {30, 30, N}};
        QTest::addRow("out-of-order observations are refused")
            << Observations{{10, N}, {30, N}, {20, I}, {30, I}, {40, N}} << Runs{{10, 40, N}};
    }
    void runsMerge()
    {
        QFETCH(Observations, observations);
        QFETCH(Runs, runs);
        LeapStatusTrack track;
        for (const auto& [t, s] : observations)
            (void)track.record(t, s);
        QCOMPARE(track.size(), runs.size());
        for (int i = 0; i < runs.size(); ++i) {
            QCOMPARE(track.at(i).startMs, std::get<0>(runs[i]));
            QCOMPARE(track.at(i).endMs, std::get<1>(runs[i]));
            QCOMPARE(track.at(i).status, std::get<2>(runs[i]));
        }
    }

    void statusAt()
    {
        LeapStatusTrack track;
        QVERIFY(track.record(10, LeapStatus::NotSynchronised));
        QVERIFY(track.record(20, LeapStatus::NotSynchronised));
        QVERIFY(track.record(30, LeapStatus::Normal));
        QVERIFY(!track.statusAt(9).has_value());
        QCOMPARE(track.statusAt(10), LeapStatus::NotSynchronised);
        QCOMPARE(track.statusAt(20), LeapStatus::NotSynchronised);
        // Between the last sighting of one status and the first of the next: not known.
        QVERIFY(!track.statusAt(25).has_value());
        QCOMPARE(track.statusAt(30), LeapStatus::Normal);
        QVERIFY(!track.statusAt(31).has_value());
        QCOMPARE(track.firstEndingAtOrAfter(21), 1);
    }

    void capacityEvictsOldestRuns()
    {
        LeapStatusTrack track(3);
        for (int i = 0; i < 10; ++i)
            QVERIFY(track.record(i * 100, i % 2 ? LeapStatus::Normal : LeapStatus::Unknown));
        QCOMPARE(track.size(), 3);
        QCOMPARE(track.at(0).startMs, 700);
        QCOMPARE(track.at(2).startMs, 900);
    }

    void evictBeforeClipsTheFirstRun()
    {
        LeapStatusTrack track;
        for (qint64 t = 0; t <= 1000; t += 10)
            QVERIFY(track.record(t, t < 500 ? LeapStatus::NotSynchronised : LeapStatus::Normal));
        QCOMPARE(track.size(), 2);
        track.evictBefore(300);
        QCOMPARE(track.size(), 2);
        QCOMPARE(track.at(0).startMs, 300);
        QCOMPARE(track.at(0).endMs, 490);
        track.evictBefore(495);
        QCOMPARE(track.size(), 1);
        QCOMPARE(track.at(0).startMs, 500);
        QCOMPARE(track.at(0).status, LeapStatus::Normal);
        track.evictBefore(2000);
        QVERIFY(track.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LeapStatusTrack)
#include "tst_LeapStatusTrack.moc"

#include "history/HistoryCsv.h"
#include "history/OffsetHistory.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_HistoryCsv : public QObject
{
    Q_OBJECT
private slots:
    void exactText()
    {
        ManualClock clock(1'767'225'600'000); // 2026-01-01T00:00:00Z
        OffsetHistory history(clock);
        QVERIFY(history.append(
            OffsetReading{0.000123, 0.0, -0.000001198, LeapStatus::Normal, LeapStatus::NotSynchronised}));
        clock.advance(1000);
        // System 2 did not answer: its values are empty cells, its leap status unknown.
        QVERIFY(history.append(
            OffsetReading{std::nan(""), 0.000000001, std::nan(""), LeapStatus::Normal, LeapStatus::Unknown}));
        clock.advance(1500);
        QVERIFY(
            history.append(OffsetReading{-0.5, 1.25, 0.000002, LeapStatus::InsertSecond, LeapStatus::DeleteSecond}));
        QVERIFY(history.markStep(-0.5, 0.000001)); // markers are not rows

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const Status s = HistoryCsv::write(history, buffer);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QByteArray expected =
            "time_utc,epoch_s,system2_ahead_of_system1_s,system1_ahead_s,system2_ahead_s,system1_leap,"
            "system2_leap\n"
            // One sign, + = ahead: the system times are chronyd's "System time" (+ = slow) negated.
            "2026-01-01T00:00:00.000Z,1767225600.000,0.000123000,0.000000000,0.000001198,Normal,Not synchronised\n"
            "2026-01-01T00:00:01.000Z,1767225601.000,,-0.000000001,,Normal,\n"
            "2026-01-01T00:00:02.500Z,1767225602.500,-0.500000000,-1.250000000,-0.000002000,Insert second,Delete "
            "second\n"_ba;
        QCOMPARE(buffer.data(), expected);
    }

    void emptyHistoryIsJustTheHeader()
    {
        ManualClock clock(0);
        OffsetHistory history(clock);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(HistoryCsv::write(history, buffer).ok());
        QCOMPARE(buffer.data(), HistoryCsv::header().toUtf8() + '\n');
    }

    void exportToAFile()
    {
        QTemporaryDir dir;
        ManualClock clock(1'767'225'600'000);
        OffsetHistory history(clock);
        for (int i = 0; i < 5000; ++i) {
            QVERIFY(history.append(OffsetReading{i * 1e-6, 0, 0, LeapStatus::Normal, LeapStatus::Normal}));
            clock.advance(1000);
        }
        const QString path = dir.filePath(u"history.csv"_s);
        QVERIFY(HistoryCsv::exportTo(history, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 5002); // header, 5000 rows, empty after the last newline
        QCOMPARE(lines[4999],
                 "2026-01-01T01:23:18.000Z,1767230598.000,0.004998000,0.000000000,0.000000000,Normal,Normal"_ba);

        const Status bad = HistoryCsv::exportTo(history, dir.filePath(u"missing/sub/history.csv"_s));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().startsWith(u"Could not export the history to "_s));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCsv)
#include "tst_HistoryCsv.moc"

// The one seconds formatter the CLI, the panel, the wizard and the helper's progress share.
#include "util/SecondsText.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

class tst_SecondsText : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero") << 0.0 << u"0 s"_s;
        QTest::addRow("negative zero") << -0.0 << u"0 s"_s;
        QTest::addRow("nanoseconds") << 4.2e-8 << u"42.00 ns"_s;
        QTest::addRow("one nanosecond") << 1e-9 << u"1.000 ns"_s;
        QTest::addRow("below a nanosecond") << 3e-11 << u"0.030 ns"_s;
        QTest::addRow("smallest digit shown") << 6e-13 << u"0.001 ns"_s;
        QTest::addRow("rounds to nothing") << -3e-13 << u"0 s"_s;
        QTest::addRow("hundreds of nanoseconds") << -2.97e-7 << u"-297.0 ns"_s;
        QTest::addRow("chronyc's -1.67173e-06") << -1.67173e-06 << u"-1.672 µs"_s;
        QTest::addRow("exactly a microsecond") << 1e-6 << u"1.000 µs"_s;
        QTest::addRow("tens of microseconds") << 1.2346e-5 << u"12.35 µs"_s;
        QTest::addRow("milliseconds") << 0.25 << u"250.0 ms"_s;
        QTest::addRow("seconds") << -3.0 << u"-3.000 s"_s;
        QTest::addRow("hours in seconds") << 3600.0 << u"3600.0 s"_s;
        QTest::addRow("NaN") << std::nan("") << u"—"_s;
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << u"—"_s;
    }

    void format()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        QCOMPARE(SecondsText::format(seconds), expected);
    }

    void withDirection_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero has no direction") << 0.0 << u"0 s"_s;
        QTest::addRow("neither has a rounding error") << 2e-13 << u"0 s"_s;
        QTest::addRow("ahead") << 4.2e-8 << u"42.00 ns ahead"_s;
        QTest::addRow("behind") << -1.5e-6 << u"1.500 µs behind"_s;
        QTest::addRow("milliseconds") << 0.25 << u"250.0 ms ahead"_s;
        QTest::addRow("not measured") << std::nan("") << u"—"_s;
    }

    void withDirection()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        QCOMPARE(SecondsText::withDirection(seconds, u"ahead"_s, u"behind"_s), expected);
    }

    void unitFor_data()
    {
        QTest::addColumn<double>("maxAbs");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("symbol");
        QTest::addRow("flat zero line") << 0.0 << 1e9 << u"ns"_s;
        QTest::addRow("sub-microsecond") << 9.99e-7 << 1e9 << u"ns"_s;
        QTest::addRow("microseconds") << 1e-6 << 1e6 << u"µs"_s;
        QTest::addRow("milliseconds") << 0.5 << 1e3 << u"ms"_s;
        QTest::addRow("seconds") << 2.0 << 1.0 << u"s"_s;
        QTest::addRow("no data yet") << std::nan("") << 1.0 << u"s"_s;
    }

    void unitFor()
    {
        QFETCH(double, maxAbs);
        QFETCH(double, factor);
        QFETCH(QString, symbol);
        const SecondsText::Unit unit = SecondsText::unitFor(maxAbs);
        QCOMPARE(unit.factor, factor);
        QCOMPARE(unit.symbol, symbol);
    }
};

QTEST_GUILESS_MAIN(tst_SecondsText)
#include "tst_SecondsText.moc"

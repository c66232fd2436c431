#include "DarkPalette.h"
#include "panel/OffsetChartView.h"
#include "widgets/TandemPalette.h"

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using TandemPalette::Role;

// Every colour Tandem draws with, against the light palette of a default desktop and a dark one:
// text and lines readable on the window and on their own fills (WCAG AA, 4.5:1 for text, 3:1 for
// chart lines), white text readable on badges, and the chart following the theme instead of staying
// a white box on a dark desktop.
// Fusion's own light palette, what a desktop without a theme of its own gives.
QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

class tst_Palette : public QObject
{
    Q_OBJECT

private slots:
    void readable_data();
    void readable();
    void chartFollowsTheTheme();
};

void tst_Palette::readable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::addRow("light (Fusion)") << lightPalette() << false;
    QTest::addRow("dark") << darkPalette() << true;
}

void tst_Palette::readable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(TandemPalette::isDark(palette), dark);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const auto atLeast = [](double ratio, double needed, const char* what) {
        QVERIFY2(ratio >= needed,
                 qPrintable(u"%1: contrast %2 < %3"_s.arg(QLatin1StringView(what)).arg(ratio).arg(needed)));
    };
    for (const Role role : {Role::Ok, Role::Warning, Role::Alarm, Role::Info, Role::Neutral, Role::Step}) {
        const QColor text = TandemPalette::text(role, palette);
        atLeast(TandemPalette::contrast(text, window), 4.5, "text on the window");
        atLeast(TandemPalette::contrast(text, base), 4.5, "text on a text field");
        atLeast(TandemPalette::contrast(text, TandemPalette::fill(role, palette)), 4.5, "text on its fill");
        atLeast(TandemPalette::contrast(Qt::white, TandemPalette::badge(role)), 4.5, "white on a badge");
    }
    for (int series = 0; series < 3; ++series)
        atLeast(TandemPalette::contrast(TandemPalette::series(series, palette), base), 3, "a chart line");
    atLeast(TandemPalette::contrast(TandemPalette::labText(), TandemPalette::labFill()), 4.5, "the lab marker");
}

void tst_Palette::chartFollowsTheTheme()
{
    OffsetChartView chart;
    chart.setPalette(lightPalette());
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    chart.setPalette(darkPalette());
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    // The theme must not take the lines' own colours away.
    const auto* line = qobject_cast<QLineSeries*>(chart.chart()->series().constFirst());
    QVERIFY(line);
    QCOMPARE(line->pen().color(), TandemPalette::series(0, darkPalette()));
}

QTEST_MAIN(tst_Palette)
#include "tst_Palette.moc"

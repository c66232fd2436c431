#include "dialogs/SyncNowDialog.h"
#include "panel/AlertBanner.h"
#include "panel/LeapBadge.h"
#include "panel/MonitorSettingsForm.h"
#include "panel/OffsetChartView.h"
#include "panel/PanelFormat.h"
#include "panel/SourcesTable.h"
#include "panel/SourcesTableModel.h"
#include "panel/SystemCard.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The live panel's widgets on synthetic data (offscreen): units and directions, the leap badge,
// the sources table's reach bits and numeric sorting, the alert banner, the Sync now dialog's text,
// and the chart's bound of ~2 points per pixel column for 7 days of 1 Hz history.
class tst_PanelWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsFormSavesEachChange();
    void reachBits_data();
    void reachBits();
    void leapBadge();
    void sourcesSortByNumbers();
    void alertBanner();
    void syncNowDialogSaysWhatHappens();
    void chartKeepsToTwoPointsPerColumn();
    void namesFromTheNetworkAreText();
};

void tst_PanelWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_PanelWidgets"_s);
    QSettings().clear();
}

void tst_PanelWidgets::settingsFormSavesEachChange()
{
    MonitorSettingsForm form(MonitorSettings::load());
    QCOMPARE(form.findChild<QSpinBox*>(u"pollIntervalSpin"_s)->value(), 1); // the default: 1 s
    QSignalSpy changed(&form, &MonitorSettingsForm::changed);
    form.findChild<QSpinBox*>(u"graceSpin"_s)->setValue(45);
    form.findChild<QDoubleSpinBox*>(u"thresholdSpin"_s)->setValue(2.5);
    QCOMPARE(changed.size(), 2);
    const MonitorSettings last = changed.last().at(0).value<MonitorSettings>();
    QCOMPARE(last.graceMs, 45'000);
    QCOMPARE(last.offsetThresholdS, 0.0025);
    // Kept for the next start.
    QCOMPARE(MonitorSettings::load().graceMs, 45'000);
    QCOMPARE(MonitorSettings::load().offsetThresholdS, 0.0025);
}

void tst_PanelWidgets::reachBits_data()
{
    QTest::addColumn<int>("reach");
    QTest::addColumn<QString>("bits");
    QTest::addRow("never") << 0 << u"00000000"_s;
    QTest::addRow("first answer") << 1 << u"00000001"_s;
    QTest::addRow("all eight (chronyc 377)") << 0377 << u"11111111"_s;
    QTest::addRow("one lost (chronyc 357)") << 0357 << u"11101111"_s;
}

void tst_PanelWidgets::reachBits()
{
    QFETCH(int, reach);
    QFETCH(QString, bits);
    QCOMPARE(SourcesTableModel::reachBits(quint16(reach)), bits);
}

void tst_PanelWidgets::leapBadge()
{
    LeapBadge badge;
    QCOMPARE(badge.text(), u"Unknown"_s);
    badge.setStatus(LeapStatus::NotSynchronised);
    QCOMPARE(badge.text(), u"Not synchronised"_s);
    QVERIFY(badge.accessibleName().contains(u"Not synchronised"_s));
    QVERIFY(badge.styleSheet().contains(PanelFormat::leapColor(LeapStatus::NotSynchronised).name()));
    QVERIFY(PanelFormat::leapColor(LeapStatus::Normal) != PanelFormat::leapColor(LeapStatus::NotSynchronised));
    QVERIFY(PanelFormat::leapColor(LeapStatus::InsertSecond) != PanelFormat::leapColor(LeapStatus::Normal));
}

void tst_PanelWidgets::sourcesSortByNumbers()
{
    SourcesTable table;
    QList<SourceReport> sources;
    for (const auto& [address, offset] :
         QList<QPair<QString, double>>{{u"10.0.0.1"_s, 2e-3}, {u"10.0.0.2"_s, -5e-1}, {u"10.0.0.3"_s, 1e-6}}) {
        SourceReport s;
        s.address = CmdmonWire::Address::fromHostAddress(QHostAddress(address));
        s.adjustedOffset = offset;
        s.sinceSample = 4;
        s.reachability = 0377;
        s.state = address.endsWith(u'3') ? SourceReport::State::Selected : SourceReport::State::Selectable;
        sources.append(s);
    }
    table.setSources(sources);
    table.sortByColumn(SourcesTableModel::Offset, Qt::AscendingOrder);
    const auto nameAt = [&](int row) { return table.model()->index(row, SourcesTableModel::Name).data().toString(); };
    // Numerically (-0.5 s < 1 µs < 2 ms), not by the text "500.0 ms behind".
    QCOMPARE(nameAt(0), u"10.0.0.2"_s);
    QCOMPARE(nameAt(1), u"10.0.0.3"_s);
    QCOMPARE(nameAt(2), u"10.0.0.1"_s);
    QCOMPARE(table.model()->index(0, SourcesTableModel::State).data().toString(), u"^-"_s);
    QCOMPARE(table.model()->index(1, SourcesTableModel::State).data().toString(), u"^*"_s);
    // A new poll with the same rows keeps the order.
    sources[0].adjustedOffset = 1.0;
    table.setSources(sources);
    QCOMPARE(nameAt(2), u"10.0.0.1"_s);
    QCOMPARE(table.model()->index(2, SourcesTableModel::Offset).data().toString(), u"1.000 s ahead"_s);
    // The names chronyd was given: a pool member shows its pool and address, an unresolved one its
    // name instead of the placeholder "ID#0000000004", an address given as such just the address.
    sources[0].sourceName = u"2.debian.pool.ntp.org"_s;
    sources[1].sourceName = u"10.0.0.2"_s;
    SourceReport unresolved;
    unresolved.address.family = CmdmonWire::Address::Family::Id;
    unresolved.address.id = 4;
    unresolved.sourceName = u"unresolvable.invalid"_s;
    unresolved.sinceSample = SourceReport::NeverSampled;
    sources.append(unresolved);
    table.setSources(sources);
    table.sortByColumn(SourcesTableModel::Name, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        names << nameAt(row);
    QVERIFY2(names.contains(u"2.debian.pool.ntp.org (10.0.0.1)"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"10.0.0.2"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"unresolvable.invalid (not resolved yet)"_s), qPrintable(names.join(u", "_s)));
}

void tst_PanelWidgets::alertBanner()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bannerWidget = new AlertBanner(&window);
    layout->addWidget(bannerWidget);
    window.show();
    AlertBanner& banner = *bannerWidget;
    QVERIFY(!banner.isVisible());
    Alert alert;
    alert.kind = Alert::Kind::OffsetTooLarge;
    alert.text = u"System 2 is 250.0 ms behind System 1, more than the 100.0 ms allowed."_s;
    alert.sinceMs = QDateTime(QDate(2026, 1, 2), QTime(14, 3, 7)).toMSecsSinceEpoch();
    banner.setAlerts({alert});
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.text(), u"Since 14:03:07: "_s + alert.text);
    QVERIFY(banner.accessibleName().contains(u"250.0 ms behind"_s));
    banner.setAlerts({});
    QVERIFY(!banner.isVisible());
}

void tst_PanelWidgets::syncNowDialogSaysWhatHappens()
{
    SyncNowPreview preview;
    preview.systemTitle = u"Lab System 2"_s;
    preview.source = u"127.0.0.2"_s;
    preview.offsetS = -0.0042;
    preview.offsetKnown = true;
    preview.lab = true;
    SyncNowDialog dialog(preview);
    const QString text = dialog.message();
    QVERIFY(text.contains(u"Lab System 2"_s));
    QVERIFY(text.contains(u"4.200 ms behind"_s));
    QVERIFY(text.contains(u"127.0.0.2"_s));
    QVERIFY(text.contains(u"jump"_s));
    // A lab on virtual clocks really steps (its own clock); one with -x refuses, and only that one says so.
    QVERIFY(text.contains(u"virtual clock"_s));
    QVERIFY(!text.contains(u"-x"_s));
    preview.clockFixed = true;
    const QString fixed = SyncNowDialog(preview).message();
    QVERIFY(fixed.contains(u"-x"_s));
    QVERIFY(!fixed.contains(u"virtual clock"_s));
    preview.lab = false;
    preview.clockFixed = false;
    const QString machine = SyncNowDialog(preview).message();
    QVERIFY(!machine.contains(u"-x"_s) && !machine.contains(u"virtual clock"_s));
    // Cancel is the default: Enter does not step a clock by accident.
    const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
    QPushButton* step = dialog.findChild<QPushButton*>(u"stepButton"_s);
    QVERIFY(step && !step->isDefault());
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [&](QPushButton* b) { return b != step && b->isDefault(); }));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_PanelWidgets::chartKeepsToTwoPointsPerColumn()
{
    constexpr qint64 Start = 1'790'000'000'000;
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    const int seconds = 7 * 24 * 3600;
    for (int i = 0; i < seconds; ++i) {
        OffsetReading r;
        r.system2ToSystem1 = 1e-5 * std::sin(i / 600.0);
        r.system1SystemTime = 1e-6;
        r.system2SystemTime = i == seconds / 2 ? 9e-3 : -1e-6; // one spike in a week
        // Half an hour without System 2 on day 3.
        if (i >= 3 * 86400 && i < 3 * 86400 + 1800)
            r.system2SystemTime = r.system2ToSystem1 = std::nan("");
        r.system1Leap = r.system2Leap = LeapStatus::Normal;
        history.append(r);
        clock.advance(1000);
    }
    OffsetChartView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int columns = view.plotColumns();
    QVERIFY(columns > 500);
    view.showFrame(ChartFrame::build(history, Start, Start + qint64(seconds) * 1000, columns));
    for (HistorySeries s :
         {HistorySeries::System2ToSystem1, HistorySeries::System1SystemTime, HistorySeries::System2SystemTime}) {
        QVERIFY(view.pointCount(s) > 0);
        QVERIFY2(view.pointCount(s) <= 2 * columns + 2, qPrintable(QString::number(view.pointCount(s))));
    }
    QCOMPARE(view.segmentCount(HistorySeries::System2SystemTime), 2);
    QCOMPARE(view.segmentCount(HistorySeries::System2ToSystem1), 2);
    QCOMPARE(view.segmentCount(HistorySeries::System1SystemTime), 1);
    // The spike survives decimation (the axis is in ms then: 9 ms at the bottom, since a system time
    // of +9 ms is chronyd's "slow", drawn as 9 ms behind).
    QVERIFY(view.frame().yMin <= -9e-3);
    // One legend entry per series, however many segments.
    const auto visibleEntries = [&] {
        int visible = 0;
        for (QLegendMarker* marker : view.chart()->legend()->markers())
            visible += marker->isVisible();
        return visible;
    };
    QCOMPARE(view.chart()->legend()->markers().size(), 5); // two series were cut by the gap
    QTRY_COMPARE(visibleEntries(), 3);
    // A shorter window then drops the extra segment again.
    view.showFrame(ChartFrame::build(history, Start, Start + 3600 * 1000, columns));
    QCOMPARE(view.segmentCount(HistorySeries::System2SystemTime), 1);
}

void tst_PanelWidgets::namesFromTheNetworkAreText()
{
    // A reference id is four bytes chosen by whoever answers: "<b>X" must show as those characters.
    SystemSnapshot snapshot;
    snapshot.index = 2;
    snapshot.link.succeeded(0); // it answered
    TrackingReport tracking;
    tracking.referenceId = 0x3C623E58; // "<b>X"
    tracking.stratum = 1;
    snapshot.tracking = tracking;
    SystemCard card(2);
    card.showSnapshot(snapshot);
    auto* reference = card.findChild<QLabel*>(u"referenceValue"_s);
    QVERIFY(reference);
    QCOMPARE(reference->textFormat(), Qt::PlainText);
    QVERIFY2(reference->text().startsWith(u"<b>X ("_s), qPrintable(reference->text()));
}

QTEST_MAIN(tst_PanelWidgets)
#include "tst_PanelWidgets.moc"

#include "ClockChecks.h"
#include "LabFixture.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TandemVersion.h"
#include "config/TandemBlock.h"
#include "dialogs/LabClockDialog.h"
#include "dialogs/RestoreDialog.h"
#include "helperprotocol/HelperRunner.h"
#include "lab/LabClocks.h"
#include "panel/LeapBadge.h"
#include "panel/LivePanel.h"
#include "panel/OffsetChartView.h"
#include "panel/SourcesTable.h"
#include "panel/SystemCard.h"
#include "util/ProcessIdentity.h"
#include "widgets/ReasonLabel.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The window: on this machine (no system chronyd runs here) it says so with the command and offers
// the lab; with --lab it attaches to a running lab, shows the Lab marker and both systems' tracking;
// its Lab menu makes System 2's clock wrong and restarts the lab for a leap second rehearsal, whose
// "Insert second" comes from the real chronyd. This machine's clock never moves.
class tst_MainWindowLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void machineWithoutChronyd();
    void smallerWindowDetails();
    void attachesToALab();
    void restoreUndoesALabApply();
    void makesSystem2sClockWrong();
    void rehearsesALeapSecond();
    void cleanupTestCase();

private:
    MachineClockWatch m_machineClock;
};

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the real helper on a lab system, as the wizard's Apply does, and returns its exit code.
int runLabHelper(const HelperRequest& request, const QString& root)
{
    HelperRunner runner;
    runner.setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    QSignalSpy finished(&runner, &HelperRunner::finished);
    runner.start(request, root);
    if (!finished.wait(60000))
        return -100;
    return finished.constFirst().constFirst().toInt();
}

// The window attached to a lab, as File -> Open lab does; true once the lab is ready.
bool openLabIn(MainWindow& window, const QString& directory)
{
    QSignalSpy ready(&window, &MainWindow::labReady);
    window.openLab(directory);
    window.show();
    return ready.wait(15000);
}

} // namespace

void tst_MainWindowLab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_MainWindowLab"_s);
}

void tst_MainWindowLab::machineWithoutChronyd()
{
    // The one history file an earlier version kept for "this machine", whatever role the settings said.
    const QString history = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history"_s;
    QDir(history).removeRecursively(); // this test's own (test mode) data directory, from an earlier run
    QVERIFY(QDir().mkpath(history));
    QFile shared(history + u"/history-machine.bin"_s);
    QVERIFY(shared.open(QIODevice::WriteOnly));
    shared.write("an earlier version's samples");
    shared.close();
    ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    window.showMachine();
    window.show();
    // Set aside (kept, renamed), and the window says so.
    QVERIFY(!QFile::exists(shared.fileName()));
    QVERIFY(QFile::exists(history + u"/history-machine.roles-unknown.bin"_s));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"was set aside as"_s),
             qPrintable(window.statusBar()->currentMessage()));
    auto* banner = window.findChild<QWidget*>(u"chronyBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    const QString text = window.findChild<QLabel*>(u"bannerText"_s)->text();
    QVERIFY2(text.contains(u"chronyd is not running"_s), qPrintable(text));
    // The command this machine takes: systemctl only where systemd runs (not in most containers).
    const bool systemd = QFileInfo(u"/run/systemd/system"_s).isDir();
    QVERIFY2(text.contains(systemd ? u"systemctl enable --now chrony"_s : u"service chrony start"_s), qPrintable(text));
    QVERIFY(window.findChild<QAbstractButton*>(u"openLabButton"_s)->isVisible());
    QVERIFY(!window.findChild<QLabel*>(u"labMarker"_s)->isVisible());
    // No lab, no lab clocks to change.
    QVERIFY(!window.findChild<QAction*>(u"labClockAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction*>(u"leapRehearsalAction"_s)->isEnabled());
    // This machine's chrony.conf (the package's) has no Tandem block: no made-up role. Both cards say
    // "not set up", Sync now is not offered, and the progress line says what the config makes of it.
    const QByteArray conf = readFile(SetupTarget::machine().configPath());
    if (conf.contains(TandemBlock::beginLine()))
        QSKIP("this machine's chrony.conf was set up by Tandem; the test needs a machine that was not");
    LivePanel* panel = window.livePanel();
    QVERIFY(!panel->monitor()->snapshot(1).has_value());
    QVERIFY(!panel->monitor()->snapshot(2).has_value());
    QCOMPARE(panel->card(1)->state(), u"not-configured"_s);
    QCOMPARE(panel->card(2)->state(), u"not-configured"_s);
    QVERIFY(!panel->findChild<QPushButton*>(u"syncNowButton"_s)->isEnabled());
    auto* progress = window.findChild<QLabel*>(u"progressLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(u"neither System 1 nor System 2 yet"_s), 10000);
    qInfo("progress line: %s", qPrintable(progress->text()));
}

// Help has the manual (F1) and the version; the sources tables are one Tab stop each; a window run
// as root says so.
void tst_MainWindowLab::smallerWindowDetails()
{
    ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    QVERIFY(MainWindow::aboutText().contains(QStringLiteral(TANDEM_VERSION)));
    QVERIFY(MainWindow::aboutText().contains(u"man tandem"_s));
    auto* manual = window.findChild<QAction*>(u"manualAction"_s);
    QVERIFY(manual);
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    for (int index : {1, 2})
        QVERIFY(!window.livePanel()->sourcesTable(index)->tabKeyNavigation());
    QCOMPARE(window.findChild<QLabel*>(u"runningAsRootLabel"_s) != nullptr, ::geteuid() == 0);
    // A second window of the same user keeps no history of its own and says so; the first keeps it.
    QVERIFY(!window.isSecondInstance());
    QVERIFY(!window.findChild<QLabel*>(u"secondInstanceLabel"_s));
    {
        MainWindow second(&dialogs);
        QVERIFY(second.isSecondInstance());
        auto* note = second.findChild<QLabel*>(u"secondInstanceLabel"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(note->text()));
    }
}

void tst_MainWindowLab::attachesToALab()
{
    LabFixture lab(Lab::Ownership::Detached);
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    const qint64 pid1 = ProcessIdentity::readPidFile(LabLayout::systemPaths(lab.directory(), 1).pidPath);

    ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    QVERIFY(openLabIn(window, lab.directory()));
    QVERIFY(window.isLab());
    auto* marker = window.findChild<QLabel*>(u"labMarker"_s);
    QVERIFY(marker->isVisible());
    QVERIFY(marker->text().contains(lab.directory()));
    // Attached: the same daemons, not a second lab.
    QCOMPARE(ProcessIdentity::readPidFile(LabLayout::systemPaths(lab.directory(), 1).pidPath), pid1);
    QVERIFY(window.findChild<QLabel*>(u"progressLabel"_s)->text().contains(u"Attached"_s));

    const QList<SystemCard*> boxes{window.livePanel()->card(1), window.livePanel()->card(2)};
    QVERIFY(window.livePanel()->monitor()->snapshot(1) && window.livePanel()->monitor()->snapshot(2));
    QTRY_VERIFY_WITH_TIMEOUT(boxes.at(0)->state() == u"ok"_s && boxes.at(1)->state() == u"ok"_s, 10000);
    QCOMPARE(boxes.at(0)->findChild<QLabel*>(u"stratumValue"_s)->text(), u"10"_s);
    QCOMPARE(boxes.at(1)->findChild<QLabel*>(u"stratumValue"_s)->text(), u"11"_s);
    QTRY_COMPARE_WITH_TIMEOUT(boxes.at(1)->findChild<QLabel*>(u"referenceValue"_s)->text().section(u' ', 0, 0),
                              lab.settings().serverAddress.toString(), 10000);

    SetupWizard* wizard = window.openWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isLab());
    QVERIFY(wizard->windowTitle().contains(u"lab"_s));
    wizard->reject();
}

void tst_MainWindowLab::restoreUndoesALabApply()
{
    LabFixture lab(Lab::Ownership::Detached);
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    const LabSystemPaths system2 = LabLayout::systemPaths(lab.directory(), 2);
    const QByteArray original = readFile(system2.configPath);
    HelperRequest apply;
    apply.action = HelperAction::Apply;
    apply.role = Role::Client;
    apply.peer = lab.settings().serverAddress.toString();
    apply.minpoll = 2;
    apply.maxpoll = 3;
    QCOMPARE(runLabHelper(apply, system2.root), 0);
    QVERIFY(readFile(system2.configPath).contains("minpoll 2 maxpoll 3"));

    ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    QVERIFY(openLabIn(window, lab.directory()));
    window.findChild<QAction*>(u"restoreLabSystem2Action"_s)->trigger();
    auto* dialog = window.findChild<RestoreDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(u"restoreIntro"_s)->text().contains(u"lab System 2"_s));
    // The backups as a list, newest selected, with what each holds and the diff against the current
    // file; Cancel, not Restore, is what Enter presses.
    QCOMPARE(dialog->backups().size(), 1);
    const BackupEntry& backup = dialog->backups().constFirst();
    QVERIFY(backup.readable);
    QVERIFY(backup.oldest);
    QCOMPARE(backup.summary(), u"System 2, following %1"_s.arg(lab.settings().serverAddress.toString()));
    auto* list = dialog->findChild<QListWidget*>(u"backupList"_s);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY2(list->item(0)->text().contains(backup.summary()), qPrintable(list->item(0)->text()));
    const QString diff = dialog->findChild<QPlainTextEdit*>(u"backupDiff"_s)->toPlainText();
    QVERIFY2(diff.contains(u"\n-server "_s) && diff.contains(u"minpoll 2 maxpoll 3"_s) &&
                 diff.contains(u"\n+server "_s) && diff.contains(u"minpoll 1 maxpoll 1"_s),
             qPrintable(diff));
    QVERIFY(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(!dialog->findChild<QPushButton*>(u"restoreButton"_s)->isDefault());
    dialog->runner()->setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"restoreButton"_s), Qt::LeftButton);
    // Escape while the helper runs would hide how it ended: the dialog stays.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    auto* outcome = dialog->findChild<ReasonLabel*>(u"restoreOutcome"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!outcome->text().isEmpty(), 60000);
    QVERIFY2(!dialog->findChild<QPushButton*>(u"restoreButton"_s)->isEnabled(), qPrintable(outcome->text()));
    QCOMPARE(readFile(system2.configPath), original);
    // The config it replaced is the newest backup now; nothing is selected, so no second click swaps back.
    QCOMPARE(dialog->backups().size(), 2);
    QVERIFY(dialog->backups().constFirst().contents.contains("minpoll 2 maxpoll 3"));
    QCOMPARE(list->currentRow(), -1);
    const qint64 pid = ProcessIdentity::readPidFile(system2.pidPath);
    QVERIFY(ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), system2.configPath));
}

void tst_MainWindowLab::makesSystem2sClockWrong()
{
    LabFixture lab(Lab::Ownership::Detached);
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    QVERIFY(openLabIn(window, lab.directory()));
    auto* action = window.findChild<QAction*>(u"labClockAction"_s);
    QVERIFY(action->isEnabled());
    QVERIFY(action->text().contains(u"&w"_s)); // Alt+W in the Lab menu
    action->trigger();
    QPointer<LabClockDialog> dialog = window.findChild<LabClockDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    // +100 s by default; the oscillator stays as it is unless asked.
    QCOMPARE(dialog->findChild<QDoubleSpinBox*>(u"stepSpin"_s)->value(), 100.0);
    QVERIFY(!dialog->findChild<QCheckBox*>(u"oscillatorCheck"_s)->isChecked());
    QVERIFY(!dialog->findChild<QDoubleSpinBox*>(u"oscillatorSpin"_s)->isEnabled());
    dialog->findChild<QCheckBox*>(u"oscillatorCheck"_s)->setChecked(true);
    dialog->findChild<QDoubleSpinBox*>(u"oscillatorSpin"_s)->setValue(25.0);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"applyClockButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed (and deleted) once applied

    Result<LabClocks> clocks = LabClocks::open(lab.settings());
    QVERIFY2(clocks, qPrintable(clocks.error()));
    const double ahead = clocks.value().system2Ahead();
    qInfo("true offset after the dialog: System 2 %.6f s ahead of System 1", ahead);
    // chronyd slews a clock made wrong after its start-up steps by at most 83 ms per second.
    QVERIFY2(ahead > 95.0 && ahead < 100.01, qPrintable(QString::number(ahead)));
    QCOMPARE(clocks.value().system(2).oscillatorPpm(), 25.0);
    const QString progress = window.findChild<QLabel*>(u"progressLabel"_s)->text();
    QVERIFY2(progress.contains(u"stepped by 100.0 s"_s) && progress.contains(u"25 ppm"_s), qPrintable(progress));
}

void tst_MainWindowLab::rehearsesALeapSecond()
{
    LabFixture lab(Lab::Ownership::Detached);
    QVERIFY2(lab.start(), qPrintable(lab.failure()));
    ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    QVERIFY(openLabIn(window, lab.directory()));
    QVERIFY(!window.lab()->date.isValid());

    // Declined: nothing restarts.
    const qint64 pid2 = ProcessIdentity::readPidFile(LabLayout::systemPaths(lab.directory(), 2).pidPath);
    dialogs.confirmAnswer = false;
    window.findChild<QAction*>(u"leapRehearsalAction"_s)->trigger();
    QCOMPARE(dialogs.asked, QStringList{u"Rehearse a leap second"_s});
    QCOMPARE(ProcessIdentity::readPidFile(LabLayout::systemPaths(lab.directory(), 2).pidPath), pid2);

    dialogs.confirmAnswer = true;
    QSignalSpy ready(&window, &MainWindow::labReady); // the restarted lab
    window.findChild<QAction*>(u"leapRehearsalAction"_s)->trigger();
    QVERIFY(ready.wait(40000));
    const QDateTime date(QDate(2016, 12, 31), QTime(23, 0), Qt::UTC);
    QCOMPARE(window.lab()->date, date);
    QVERIFY(window.findChild<QLabel*>(u"progressLabel"_s)->text().contains(u"2016-12-31 23:00:00 UTC"_s));
    // The restarted daemons run on clocks that read the last hour of 2016.
    Result<LabClocks> clocks = LabClocks::open(lab.settings());
    QVERIFY2(clocks, qPrintable(clocks.error()));
    const qint64 system2Ms = clocks.value().system(2).nowNs() / 1000000;
    QVERIFY2(system2Ms >= date.toMSecsSinceEpoch() && system2Ms < date.toMSecsSinceEpoch() + 10 * 60 * 1000,
             qPrintable(QDateTime::fromMSecsSinceEpoch(system2Ms, Qt::UTC).toString(Qt::ISODate)));

    // System 2's chronyd announces the leap second (leap status 1), on its card and in the chart's band.
    LivePanel* panel = window.livePanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->card(2)->findChild<LeapBadge*>()->status(), LeapStatus::InsertSecond, 30000);
    QCOMPARE(panel->card(2)->findChild<LeapBadge*>()->text(), u"Insert second"_s);
    QTRY_COMPARE_WITH_TIMEOUT(panel->monitor()->snapshot(2)->tracking->leapStatus, LeapStatus::InsertSecond, 5000);
    const auto bandSays = [panel](LeapStatus status) {
        panel->refreshChart();
        const QList<LeapRun>& system2Band = panel->chart()->frame().leapRuns[1];
        return !system2Band.isEmpty() && system2Band.constLast().status == status;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bandSays(LeapStatus::InsertSecond), 5000);
}

void tst_MainWindowLab::cleanupTestCase()
{
    const double moved = m_machineClock.movedSeconds();
    qInfo("this machine's clock moved %.6f s against its monotonic clock", moved);
    QVERIFY2(std::abs(moved) < 0.05, qPrintable(QString::number(moved)));
}

QTEST_MAIN(tst_MainWindowLab)
#include "tst_MainWindowLab.moc"

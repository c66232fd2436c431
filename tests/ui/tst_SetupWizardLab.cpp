#include "ClockChecks.h"
#include "DarkPalette.h"
#include "LabFixture.h"
#include "ScriptedDialogs.h"
#include "WizardDriver.h"
#include "helperprotocol/HelperRunner.h"
#include "lab/LabClocks.h"
#include "setup/PairBundle.h"
#include "util/ProcessIdentity.h"
#include "widgets/HelperStepList.h"
#include "wizard/ApplyPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SyncConfirmPage.h"
#include "wizard/SyncRunPage.h"
#include "wizard/VerifyPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// Every path of the wizard against a real lab on virtual clocks, through the real tandem-helper with
// --root: what is written, that the restarted daemon runs (on its virtual clock), what the Verify page
// shows, and that the one-time sync steps a System 2 made 100 s wrong back to System 1's time. The
// functions run in order on one lab (System 1's config changes twice, then System 2's). This
// machine's clock never moves.
class tst_SetupWizardLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void serverModeOne();
    void serverModeTwo();
    void client();
    void oneTimeSync();
    void oneTimeSyncRefusedUnderMinusX();

private:
    // With TANDEM_SCREENSHOT_DIR set (run under Xvfb), saves the wizard as it looks now.
    void shot(const QString& name);
    void chooseRole(const char* radio);
    void applyAndVerify(int labIndex);
    QByteArray config(int index) const;
    qint64 daemonPid(int index) const;

    MachineClockWatch m_machineClock;
    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<LabFixture> m_fixedLab; // with -x, on this machine's clock
    ScriptedDialogs m_dialogs;
    SetupWizard* m_wizard = nullptr;
    QString m_pairCode; // the code of the key the last server apply wrote into System 1's key file
};

void tst_SetupWizardLab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_SetupWizardLab"_s);
    if (qEnvironmentVariableIsSet("TANDEM_SCREENSHOT_DARK")) {
        // For the dark-palette screenshots: Fusion with a dark palette, as a dark desktop theme gives.
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
    }
    // Detached, like the daemons the helper starts when it restarts a lab system.
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

void tst_SetupWizardLab::cleanupTestCase()
{
    m_lab.reset(); // ends whatever the pid files name, the helper's restarts included
    m_fixedLab.reset();
    const double moved = m_machineClock.movedSeconds();
    qInfo("this machine's clock moved %.6f s against its monotonic clock", moved);
    QVERIFY2(std::abs(moved) < 0.05, qPrintable(QString::number(moved)));
}

void tst_SetupWizardLab::init()
{
    const LabFixture* lab = m_lab.get();
    if (qstrcmp(QTest::currentTestFunction(), "oneTimeSyncRefusedUnderMinusX") == 0) {
        m_fixedLab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
        m_fixedLab->configure([](LabSettings& settings) { settings.virtualClocks = false; });
        QVERIFY2(m_fixedLab->start(), qPrintable(m_fixedLab->failure()));
        lab = m_fixedLab.get();
    }
    m_wizard = new SetupWizard(lab->settings(), &m_dialogs);
    m_wizard->runner()->setLabProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 10000);
    // Both lab daemons answer, and the Detect page reads their roles from their configs.
    const QString daemon = m_wizard->currentPage()->findChild<QLabel*>(u"daemonValueLabel1"_s)->text();
    QVERIFY2(daemon.startsWith(u"running"_s), qPrintable(daemon));
    QVERIFY(m_wizard->currentPage()->findChild<QLabel*>(u"roleValueLabel1"_s)->text().contains(u"System 1"_s));
    QVERIFY(m_wizard->currentPage()->findChild<QLabel*>(u"roleValueLabel2"_s)->text().contains(u"System 2"_s));
    shot(u"1-detect"_s);
    QVERIFY(WizardDriver::goOn(m_wizard));
}

void tst_SetupWizardLab::cleanup()
{
    if (m_wizard && m_wizard->runner()->isRunning())
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->runner()->isRunning(), 60000);
    delete m_wizard;
    m_wizard = nullptr;
}

QByteArray tst_SetupWizardLab::config(int index) const
{
    QFile file(LabLayout::systemPaths(m_lab->directory(), index).configPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 tst_SetupWizardLab::daemonPid(int index) const
{
    const LabSystemPaths paths = LabLayout::systemPaths(m_lab->directory(), index);
    const qint64 pid = ProcessIdentity::readPidFile(paths.pidPath);
    return ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), paths.configPath) ? pid : 0;
}

void tst_SetupWizardLab::shot(const QString& name)
{
    const QString directory = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QTest::qWait(150); // screenshots only: let the last repaint land; never used as synchronisation
    m_wizard->grab().save(directory + u'/' + name + u".png"_s);
}

void tst_SetupWizardLab::chooseRole(const char* radio)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::RolePageId));
    m_wizard->currentPage()->findChild<QRadioButton*>(QString::fromLatin1(radio))->click();
    shot(u"2-role-"_s + QString::fromLatin1(radio));
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PeerPageId));
}

void tst_SetupWizardLab::applyAndVerify(int labIndex)
{
    const qint64 pidBefore = daemonPid(labIndex);
    QVERIFY(WizardDriver::goOn(m_wizard)); // Apply
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ApplyPageId));
    auto* apply = qobject_cast<ApplyPage*>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(apply->exitCode() != -2, 60000);
    QVERIFY2(apply->exitCode() == 0, qPrintable(apply->result().value(u"message"_s).toString()));
    if (labIndex == 1 && m_wizard->choices().key)
        m_pairCode = m_wizard->choices().key->code();
    shot(u"7-apply-%1"_s.arg(labIndex));
    QVERIFY(apply->isComplete());
    // Every step of the helper shows as done, in order.
    auto* steps = apply->findChild<QListWidget*>(u"helperStepList"_s);
    QCOMPARE(steps->count(), 8);
    QVERIFY(steps->item(7)->text().startsWith(u"Wait until chrony runs"_s));
    // Details tell the same in words; the raw JSON Lines are behind a checkbox.
    auto* stepList = apply->findChild<HelperStepList*>();
    QVERIFY2(stepList->detailsText().contains(u"done: Write the new config"_s), qPrintable(stepList->detailsText()));
    QVERIFY(stepList->detailsText().contains(u"finished with exit code 0"_s));
    QVERIFY(!stepList->detailsText().contains(u"{\"step\""_s));
    apply->findChild<QCheckBox*>(u"rawJsonCheck"_s)->setChecked(true);
    QVERIFY(stepList->detailsText().contains(u"{\"step\":\"write\""_s) ||
            stepList->detailsText().contains(u"\"step\":\"write\""_s));
    const qint64 pidAfter = daemonPid(labIndex);
    QVERIFY(pidAfter > 0);
    QVERIFY(pidAfter != pidBefore); // restarted
    // ... on its virtual clock, as the lab started it: without -x.
    QVERIFY(!ProcessIdentity::commandLine(pidAfter).contains(u"-x"_s));

    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::VerifyPageId));
    auto* verify = qobject_cast<VerifyPage*>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(verify->isFinished(), 30000);
    QVERIFY2(verify->report().success(),
             qPrintable(verify->findChild<QWidget*>(u"verifyOutcome"_s)->findChild<QLabel*>(u"reasonText"_s)->text()));
    QCOMPARE(verify->findChild<QLabel*>(u"followsValueLabel"_s)->text(), u"yes"_s);
    QVERIFY(verify->findChild<QLabel*>(u"stateValueLabel"_s)->text().startsWith(u"* selected"_s));
    QCOMPARE(verify->findChild<QLabel*>(u"leapValueLabel"_s)->text(), u"Normal"_s);
    QVERIFY(verify->findChild<QLabel*>(u"reasonText"_s)->text().startsWith(u"It works"_s));
    // System 1 confirms from its own chronyd that it serves (the lab has no online sources: its clock).
    const QString serving = verify->findChild<QLabel*>(u"servingValueLabel"_s)->text();
    if (labIndex == 1) {
        const QRegularExpressionMatch stratum =
            QRegularExpression(u"\nlocal stratum (\\d+)\n"_s).match(QString::fromUtf8(config(1)));
        QVERIFY(stratum.hasMatch());
        QCOMPARE(serving, u"yes, its own clock at stratum %1"_s.arg(stratum.captured(1)));
    } else
        QCOMPARE(serving, u"not checked from here"_s);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    shot(u"8-verify-%1"_s.arg(labIndex));
}

void tst_SetupWizardLab::serverModeOne()
{
    chooseRole("serverRoleRadio");
    const QString system2 = m_lab->settings().clientAddress.toString();
    QCOMPARE(m_wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s)->text(), system2);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ServerModePageId));
    QVERIFY(m_wizard->currentPage()->findChild<QRadioButton*>(u"localOnlyRadio"_s)->isChecked());
    m_wizard->currentPage()->findChild<QSpinBox*>(u"stratumSpin"_s)->setValue(8);
    shot(u"4-server-mode"_s);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::MonitoringPageId));
    QVERIFY(m_wizard->currentPage()->findChild<QCheckBox*>(u"monitoringCheck"_s)->isChecked());
    shot(u"5-monitoring"_s);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ReviewPageId));
    auto* review = qobject_cast<ReviewPage*>(m_wizard->currentPage());
    const QString diff = review->findChild<QPlainTextEdit*>(u"diffView"_s)->toPlainText();
    QVERIFY2(diff.contains(u"\n-local stratum 10\n"_s) && diff.contains(u"\n+local stratum 8\n"_s), qPrintable(diff));
    shot(u"6-review"_s);
    // System 2's matching config follows this system's lab address.
    const QString other = review->findChild<QPlainTextEdit*>(u"otherConfigView"_s)->toPlainText();
    QVERIFY2(
        other.contains(u"server %1 iburst minpoll 1 maxpoll 1 port %2"_s.arg(m_lab->settings().serverAddress.toString())
                           .arg(m_lab->settings().ntpPort)),
        qPrintable(other));
    // Export goes through the dialog seam.
    QTemporaryDir exportDir;
    m_dialogs.savePath = exportDir.filePath(u"system2.conf"_s);
    review->findChild<QAbstractButton*>(u"exportOtherConfigButton"_s)->click();
    QFile exported(m_dialogs.savePath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    // With the pair's key on, it is the pairing file: the code System 2 types and its config, for
    // the owner's eyes only.
    const QByteArray bundle = exported.readAll();
    const PairKey key = *review->plan()->request.key;
    QCOMPARE(PairBundle::read(bundle).value(), key);
    QVERIFY(bundle.contains(other.split(u'\n').constFirst().toUtf8()));
    QCOMPARE(int(exported.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
    QVERIFY2(other.contains(u" key %1"_s.arg(key.id)), qPrintable(other));
    const QString code = review->findChild<QLabel*>(u"pairingCodeLabel"_s)->text();
    QVERIFY2(code.contains(key.code()), qPrintable(code));
    auto* tabs = review->findChild<QTabWidget*>(u"reviewTabs"_s);
    tabs->setCurrentIndex(1);
    shot(u"6-review-other"_s);
    tabs->setCurrentIndex(0);

    const QByteArray expected = review->plan()->newConfig;
    applyAndVerify(1);
    // The helper wrote exactly what the Review page showed.
    QCOMPARE(config(1), expected);
    QVERIFY(config(1).contains("local stratum 8\nallow "_ba + system2.toLatin1() + '\n'));
    QVERIFY(config(1).contains("no online time sources"));
}

void tst_SetupWizardLab::serverModeTwo()
{
    chooseRole("serverRoleRadio");
    QVERIFY(WizardDriver::goOn(m_wizard));
    m_wizard->currentPage()->findChild<QRadioButton*>(u"withPoolsRadio"_s)->click();
    // Mode 2 says when the local clock takes over: only once the root distance reaches local's
    // distance (1 s), hours after the pools are lost, not at once.
    QStringList texts;
    for (const QLabel* label : m_wizard->currentPage()->findChildren<QLabel*>())
        texts << label->text();
    QVERIFY2(texts.join(u' ').contains(u"takes over only once its estimated error (root distance) reaches 1 s"_s),
             qPrintable(texts.join(u" | "_s)));
    QVERIFY(WizardDriver::goOn(m_wizard));
    // Run again on a set-up System 1, the wizard keeps the pair's key by default: System 2 needs
    // nothing new (client() then types the code of serverModeOne's key).
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::MonitoringPageId));
    auto* keep = m_wizard->currentPage()->findChild<QRadioButton*>(u"keepPairKeyRadio"_s);
    QVERIFY(keep->isVisible() && keep->isChecked());
    QVERIFY2(keep->text().contains(QString::number(PairKey::fromCode(m_pairCode)->id)), qPrintable(keep->text()));
    const auto keyFile = [this] {
        QFile file(m_lab->directory() + u"/system1/etc/chrony/chrony.keys"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray keysBefore = keyFile();
    QVERIFY(!keysBefore.isEmpty());
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ReviewPageId));
    const QString diff = m_wizard->currentPage()->findChild<QPlainTextEdit*>(u"diffView"_s)->toPlainText();
    QVERIFY2(diff.contains(u"+# System 1 (server): follows online time sources"_s), qPrintable(diff));
    QVERIFY(!m_wizard->choices().key);
    applyAndVerify(1);
    QCOMPARE(keyFile(), keysBefore);
    QVERIFY(config(1).contains("follows online time sources, its own clock is the fallback"));
    QVERIFY(config(1).contains("local stratum 10\n"));
}

void tst_SetupWizardLab::client()
{
    chooseRole("clientRoleRadio");
    const QString system1 = m_lab->settings().serverAddress.toString();
    QCOMPARE(m_wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s)->text(), system1);
    // The Test button: System 1 answers NTP from System 2's address and its command port answers.
    m_wizard->currentPage()->findChild<QAbstractButton*>(u"testPeerButton"_s)->click();
    auto* result = m_wizard->currentPage()->findChild<QLabel*>(u"peerTestResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"command port"_s), 10000);
    QVERIFY2(result->text().contains(u"NTP answers"_s) && result->text().contains(u"stratum 10"_s),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(u"Its command port %1 answers"_s.arg(m_lab->settings().cmdPort)));
    shot(u"3-peer-test"_s);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PollingPageId));
    m_wizard->currentPage()->findChild<QRadioButton*>(u"balancedPollRadio"_s)->click();
    // System 1 runs on its own clock (mode 1), which an admin may set by hand: follow its jumps.
    m_wizard->currentPage()->findChild<QCheckBox*>(u"stepAlwaysCheck"_s)->setChecked(true);
    shot(u"4-polling"_s);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::MonitoringPageId));
    const QString listening = m_wizard->currentPage()->findChild<QLabel*>(u"monitoringListenLabel"_s)->text();
    QVERIFY2(listening.contains(m_lab->settings().clientAddress.toString()), qPrintable(listening));
    QVERIFY(!m_wizard->currentPage()->findChild<QCheckBox*>(u"monitorEverywhereCheck"_s)->isEnabled());
    // Authenticated by default: System 2 goes on only with System 1's pairing code, typed as shown there.
    QVERIFY(m_wizard->currentPage()->findChild<QCheckBox*>(u"authenticateCheck"_s)->isChecked());
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    QVERIFY(!m_pairCode.isEmpty());
    m_wizard->currentPage()->findChild<QLineEdit*>(u"pairingCodeEdit"_s)->setText(m_pairCode.toLower());
    shot(u"5-monitoring"_s);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ReviewPageId));
    const QString diff = m_wizard->currentPage()->findChild<QPlainTextEdit*>(u"diffView"_s)->toPlainText();
    QVERIFY2(diff.contains(u"\n+makestep 1 -1\n"_s), qPrintable(diff));
    applyAndVerify(2);
    // chronyd checked System 1's MAC before Apply finished, and Verify says so.
    const QString authenticated = m_wizard->currentPage()->findChild<QLabel*>(u"authenticatedValueLabel"_s)->text();
    QVERIFY2(authenticated.startsWith(u"authenticated with key"_s), qPrintable(authenticated));
    QVERIFY2(config(2).contains("\nmakestep 1 -1\n"), config(2).constData());
    QVERIFY2(config(2).contains("server "_ba + system1.toLatin1() + " iburst minpoll 4 maxpoll 6 port "_ba +
                                QByteArray::number(m_lab->settings().ntpPort)),
             config(2).constData());
}

void tst_SetupWizardLab::oneTimeSync()
{
    const QByteArray before = config(2);
    // System 2's clock jumps 100 s ahead once its chronyd (restarted by client()) made its start-up
    // steps (`makestep 1 3`): from then on chronyd would only slew it, for many minutes.
    const QString waited = waitForClockUpdates(LabLayout::systemPaths(m_lab->directory(), 2).socketPath, 3, 90000);
    QVERIFY2(waited.isEmpty(), qPrintable(waited));
    Result<LabClocks> clocks = LabClocks::open(m_lab->settings());
    QVERIFY2(clocks, qPrintable(clocks.error()));
    clocks.value().system(2).step(100.0);
    const double wrong = clocks.value().system2Ahead();
    qInfo("true offset before the one-time sync: System 2 %.6f s ahead of System 1", wrong);
    QVERIFY2(std::abs(wrong - 100.0) < 0.01, qPrintable(QString::number(wrong)));

    chooseRole("syncRoleRadio");
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SyncConfirmPageId));
    auto* confirm = qobject_cast<SyncConfirmPage*>(m_wizard->currentPage());
    auto* measured = confirm->findChild<QLabel*>(u"measuredOffsetLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(measured->text().contains(u"The clock will jump"_s), 10000);
    // Measured on System 2's own clock, not this machine's: System 1 is about 100 s behind it.
    QVERIFY(confirm->measurement());
    QVERIFY2(std::abs(confirm->measurement()->offset + 100.0) < 1.0,
             qPrintable(QString::number(confirm->measurement()->offset)));
    QVERIFY2(measured->text().contains(u"behind"_s), qPrintable(measured->text()));
    const QString warning = confirm->findChild<QLabel*>(u"jumpWarningLabel"_s)->text();
    QVERIFY2(warning.contains(u"virtual clock"_s) && !warning.contains(u"-x"_s), qPrintable(warning));
    QVERIFY(!WizardDriver::canGoOn(m_wizard)); // not before the jump is confirmed
    confirm->findChild<QCheckBox*>(u"confirmJumpCheck"_s)->setChecked(true);
    shot(u"9-sync-confirm"_s);
    QElapsedTimer took;
    took.start();
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SyncRunPageId));
    auto* run = qobject_cast<SyncRunPage*>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000);
    qInfo("the one-time sync took %lld ms in the wizard", took.elapsed());
    const double after = clocks.value().system2Ahead();
    qInfo("true offset after the one-time sync: System 2 %.9f s ahead of System 1", after);
    const QString reason = run->findChild<QLabel*>(u"reasonText"_s)->text();
    QVERIFY2(run->exitCode() == 0, qPrintable(reason));
    QVERIFY(run->outcome() && run->outcome()->stepped());
    QVERIFY(run->outcome()->clockChanged);
    QVERIFY(std::abs(*run->outcome()->measuredOffset - 100.0) < 1.0);
    QVERIFY(std::abs(*run->outcome()->offsetAfter) < 1e-3);
    QVERIFY2(std::abs(after) < 1e-3, qPrintable(QString::number(after)));
    // Before and after as the helper measured them; no -x excuse.
    const QString beforeAfter = run->findChild<QLabel*>(u"beforeAfterLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"^Before: this clock was (99\\.|100\\.)[0-9]* s ahead of System 1"_s)
                 .match(beforeAfter)
                 .hasMatch(),
             qPrintable(beforeAfter));
    QVERIFY2(beforeAfter.contains(u"After: this clock is"_s) &&
                 beforeAfter.contains(u"measured again after the step"_s),
             qPrintable(beforeAfter));
    QVERIFY2(reason.startsWith(u"The clock was stepped"_s) && !reason.contains(u"-x"_s), qPrintable(reason));
    // Every step of the run is done, the step included.
    auto* steps = run->findChild<QListWidget*>(u"helperStepList"_s);
    QStringList notDone;
    for (int i = 0; i < steps->count(); ++i) {
        const QString text = steps->item(i)->data(Qt::AccessibleTextRole).toString();
        if (!text.contains(u": done"_s))
            notDone << text;
    }
    // System 1 is already one of System 2's sources: nothing to add, so nothing to remove.
    QVERIFY2(notDone == QStringList({u"Remove the temporary source: not done"_s}), qPrintable(notDone.join(u" | "_s)));
    shot(u"10-sync-run"_s);
    // No configuration change.
    QCOMPARE(config(2), before);
}

void tst_SetupWizardLab::oneTimeSyncRefusedUnderMinusX()
{
    // A lab with -x runs on this machine's clock: its chronyd measures and refuses the step, and the
    // page says why (wrapped, not cut off), without claiming a step or an "after" it did not measure.
    chooseRole("syncRoleRadio");
    QVERIFY(WizardDriver::goOn(m_wizard));
    QWizardPage* confirm = m_wizard->currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        confirm->findChild<QLabel*>(u"measuredOffsetLabel"_s)->text().contains(u"The clock will jump"_s), 10000);
    QVERIFY(confirm->findChild<QLabel*>(u"jumpWarningLabel"_s)->text().contains(u"-x"_s));
    confirm->findChild<QCheckBox*>(u"confirmJumpCheck"_s)->setChecked(true);
    QVERIFY(WizardDriver::goOn(m_wizard));
    auto* run = qobject_cast<SyncRunPage*>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000);
    QCOMPARE(run->exitCode(), 5);
    QVERIFY(run->outcome());
    QCOMPARE(run->outcome()->reason, SyncNowOutcome::Reason::ClockControlDisabled);
    QVERIFY(!run->outcome()->clockChanged);
    const QString reason = run->findChild<QLabel*>(u"reasonText"_s)->text();
    QVERIFY2(reason.startsWith(u"Measured, not stepped"_s) && reason.contains(u"-x"_s), qPrintable(reason));
    const QString beforeAfter = run->findChild<QLabel*>(u"beforeAfterLabel"_s)->text();
    QVERIFY2(beforeAfter.startsWith(u"Before: "_s) && beforeAfter.contains(u"it was not stepped"_s) &&
                 !beforeAfter.contains(u"After:"_s),
             qPrintable(beforeAfter));
    // The refused step is red, and its long reason wraps onto more lines instead of being cut off.
    auto* steps = run->findChild<QListWidget*>(u"helperStepList"_s);
    QListWidgetItem* step = steps->findItems(u"Step the clock"_s, Qt::MatchStartsWith).value(0);
    QVERIFY(step);
    QVERIFY(step->data(Qt::AccessibleTextRole).toString().contains(u"failed"_s));
    QVERIFY2(step->text().contains(u"refused to step the clock"_s), qPrintable(step->text()));
    const int lineHeight = steps->fontMetrics().height();
    QVERIFY2(steps->visualItemRect(step).height() >= 2 * lineHeight,
             qPrintable(u"%1 px for a line of %2 px"_s.arg(steps->visualItemRect(step).height()).arg(lineHeight)));
    QVERIFY(steps->visualItemRect(step).width() <= steps->viewport()->width());
    shot(u"11-sync-run-refused"_s);
}

QTEST_MAIN(tst_SetupWizardLab)
#include "tst_SetupWizardLab.moc"

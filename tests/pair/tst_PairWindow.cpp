#include "MainWindow.h"
#include "PairWindowRun.h"
#include "ScriptedDialogs.h"
#include "WizardDriver.h"
#include "dialogs/RestoreDialog.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperRunner.h"
#include "panel/LivePanel.h"
#include "panel/SystemCard.h"
#include "widgets/ReasonLabel.h"
#include "wizard/ApplyPage.h"
#include "wizard/FirewallPanel.h"
#include "wizard/ReviewPage.h"
#include "wizard/SyncConfirmPage.h"
#include "wizard/SyncRunPage.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// After a helper step of a scenario: its failed QVERIFY returned from the helper, not the scenario.
#define RETURN_IF_FAILED()                                                                                             \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// The real window on the pair test bed (issue 11): run by tests/pair/tst_pair_window.sh as the bed's
// unprivileged user inside System 1 or System 2, one scenario (test function) per run. The wizard, the
// live panel and File -> Restore are the real widgets offscreen, with the real HelperRunner, so every
// change reaches tandem-helper only through pkexec and the bed's polkitd, and chronyd is restarted by
// that system's init script. The script checks the same results from outside (files, clocks, chronyc).
class tst_PairWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    // In the order tst_pair_window.sh runs them; each states which system it runs on.
    void clientBeforeServer();
    void serverLocalOnly();
    void client();
    void panelSaysWhoIsWho();
    void syncNowFromPanel();
    void oneTimeSync();
    void restoreFromMenu();
    void helperKilledMidApply();
    void serverWithPools();
    void testNamesSystem1Firewall();
    void verifyOpensFirewall();

private:
    void requireSystem(int index);
    // Opens the wizard on this machine, waits for the Detect page, chooses the role and types the
    // peer in as a user would: the Peer page, ready for Test or Next.
    void startWizardAs(const char* roleRadio, const QString& peer);
    // Peer page's Test: its result once the probe has answered (or given up).
    QString testPeer();
    // On System 2: the wizard as System 2 with System 1's address typed in, and its Test's result.
    QString testSystem1FromWizard();
    // From the page after Peer to Review, with the defaults of each page on the way.
    void nextUntilReview();
    void nextUntilMonitoring();
    // Apply (the Commit button) and wait until the helper has ended.
    ApplyPage* applyAndWait(int timeoutMs);
    // Apply from the Review page: the helper succeeds and chrony.conf is what the page showed.
    void applyAsPlanned(QByteArray* written);
    VerifyPage* verifyAndWait();
    // System 1 in the given mode (its radio button) from the wizard's start through Apply.
    void applyServer(const char* modeRadio, QByteArray* written);
    static QString reasonText(const QWidget* page, const char* reasonName);

    PairWindowRun m_run;
    ScriptedDialogs m_dialogs;
    SetupWizard* m_wizard = nullptr;
};

void tst_PairWindow::initTestCase()
{
    if (!m_run.load())
        QSKIP(qPrintable(m_run.problem()));
    // The window's own names, so the wizard's choices land where the real window reads them.
    QCoreApplication::setOrganizationName(u"Tandem"_s);
    QCoreApplication::setApplicationName(u"tandem"_s);
    qInfo("this is System %d (%s); System 1 %s, System 2 %s", m_run.thisSystem(), qPrintable(m_run.ownAddress()),
          qPrintable(m_run.system1()), qPrintable(m_run.system2()));
}

void tst_PairWindow::cleanup()
{
    if (m_wizard && m_wizard->runner()->isRunning())
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->runner()->isRunning(), 120000);
    delete m_wizard;
    m_wizard = nullptr;
}

void tst_PairWindow::requireSystem(int index)
{
    QVERIFY2(m_run.thisSystem() == index, qPrintable(u"%1 runs on System %2; this is System %3"_s
                                                         .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                         .arg(index)
                                                         .arg(m_run.thisSystem())));
}

void tst_PairWindow::startWizardAs(const char* roleRadio, const QString& peer)
{
    m_wizard = new SetupWizard(std::nullopt, &m_dialogs);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 20000);
    const QString daemon = m_wizard->currentPage()->findChild<QLabel*>(u"daemonValueLabel1"_s)->text();
    qInfo("Detect: chronyd %s; role: %s", qPrintable(daemon),
          qPrintable(m_wizard->currentPage()->findChild<QLabel*>(u"roleValueLabel1"_s)->text()));
    QVERIFY2(daemon.startsWith(u"running"_s), qPrintable(daemon));
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::RolePageId));
    m_wizard->currentPage()->findChild<QRadioButton*>(QString::fromLatin1(roleRadio))->click();
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PeerPageId));
    auto* edit = m_wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, peer);
    QVERIFY(m_wizard->currentPage()->isComplete());
}

QString tst_PairWindow::testPeer()
{
    auto* button = m_wizard->currentPage()->findChild<QPushButton*>(u"testPeerButton"_s);
    auto* result = m_wizard->currentPage()->findChild<QLabel*>(u"peerTestResultLabel"_s);
    if (!button->isEnabled())
        return {};
    button->click();
    // The button is disabled while the probe runs and enabled again with its result.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && !result->text().startsWith(u"Asking"_s), 30000); }();
    const QString text = result->accessibleName();
    qInfo("Test: %s", qPrintable(text));
    return text;
}

QString tst_PairWindow::testSystem1FromWizard()
{
    requireSystem(2);
    if (QTest::currentTestFailed())
        return {};
    startWizardAs("clientRoleRadio", m_run.system1());
    if (QTest::currentTestFailed())
        return {};
    return testPeer();
}

void tst_PairWindow::nextUntilMonitoring()
{
    for (int pages = 0; m_wizard->currentId() != SetupWizard::MonitoringPageId && pages < 3; ++pages)
        QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::MonitoringPageId));
}

void tst_PairWindow::nextUntilReview()
{
    for (int pages = 0; m_wizard->currentId() != SetupWizard::ReviewPageId && pages < 4; ++pages)
        QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ReviewPageId));
    auto* review = qobject_cast<ReviewPage*>(m_wizard->currentPage());
    QVERIFY2(review->plan().has_value(), qPrintable(reasonText(review, "reviewReason")));
}

ApplyPage* tst_PairWindow::applyAndWait(int timeoutMs)
{
    if (!WizardDriver::goOn(m_wizard) || m_wizard->currentId() != SetupWizard::ApplyPageId)
        return nullptr;
    auto* apply = qobject_cast<ApplyPage*>(m_wizard->currentPage());
    QElapsedTimer timer;
    timer.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(apply->exitCode() != -2, timeoutMs); }();
    if (QTest::currentTestFailed())
        return nullptr;
    qInfo("Apply ended after %.1f s: exit code %d; \"%s\" / \"%s\"", timer.elapsed() / 1000.0, apply->exitCode(),
          qPrintable(apply->findChild<QLabel*>(u"applyStatusLabel"_s)->text()),
          qPrintable(reasonText(apply, "applyOutcome")));
    return apply;
}

void tst_PairWindow::applyAsPlanned(QByteArray* written)
{
    *written = qobject_cast<ReviewPage*>(m_wizard->currentPage())->plan()->newConfig;
    ApplyPage* apply = applyAndWait(60000);
    QVERIFY(apply);
    QCOMPARE(apply->exitCode(), HelperExitCode::Ok);
    QCOMPARE(PairWindowRun::chronyConf(), *written);
}

void tst_PairWindow::applyServer(const char* modeRadio, QByteArray* written)
{
    startWizardAs("serverRoleRadio", m_run.system2());
    RETURN_IF_FAILED();
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ServerModePageId));
    m_wizard->currentPage()->findChild<QRadioButton*>(QString::fromLatin1(modeRadio))->click();
    nextUntilReview();
    RETURN_IF_FAILED();
    applyAsPlanned(written);
}

VerifyPage* tst_PairWindow::verifyAndWait()
{
    if (!WizardDriver::goOn(m_wizard) || m_wizard->currentId() != SetupWizard::VerifyPageId)
        return nullptr;
    auto* verify = qobject_cast<VerifyPage*>(m_wizard->currentPage());
    QElapsedTimer timer;
    timer.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(verify->isFinished(), 40000); }();
    if (QTest::currentTestFailed())
        return nullptr;
    qInfo("Verify finished after %.1f s: follows \"%s\", state \"%s\"; \"%s\"", timer.elapsed() / 1000.0,
          qPrintable(verify->findChild<QLabel*>(u"followsValueLabel"_s)->text()),
          qPrintable(verify->findChild<QLabel*>(u"stateValueLabel"_s)->text()),
          qPrintable(reasonText(verify, "verifyOutcome")));
    return verify;
}

QString tst_PairWindow::reasonText(const QWidget* page, const char* reasonName)
{
    const auto* reason = page->findChild<ReasonLabel*>(QString::fromLatin1(reasonName));
    return reason ? reason->text() : QString();
}

// a. System 2 set up before System 1 serves: the Test says so beforehand; Apply waits for System 1,
// gives up, rolls back and says so; chrony.conf is as before.
void tst_PairWindow::clientBeforeServer()
{
    const QByteArray before = PairWindowRun::chronyConf();
    const QString test = testSystem1FromWizard();
    RETURN_IF_FAILED();
    QVERIFY2(test.contains(u"No NTP answer"_s), qPrintable(test));
    QVERIFY2(test.contains(u"command port 323 does not answer"_s), qPrintable(test));
    // System 1 has no key yet, so there is no pairing code to type: this admin goes on without one.
    nextUntilMonitoring();
    RETURN_IF_FAILED();
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    m_wizard->currentPage()->findChild<QCheckBox*>(u"authenticateCheck"_s)->setChecked(false);
    nextUntilReview();
    RETURN_IF_FAILED();
    ApplyPage* apply = applyAndWait(120000);
    QVERIFY(apply);
    QCOMPARE(apply->exitCode(), HelperExitCode::RolledBack);
    QVERIFY(apply->findChild<QLabel*>(u"applyStatusLabel"_s)->text().contains(u"Rolled back"_s));
    QVERIFY(!reasonText(apply, "applyOutcome").isEmpty());
    // No way on to Verify: nothing was set up.
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    QCOMPARE(PairWindowRun::chronyConf(), before);
}

// b. System 1 first, mode 1 (local clock only), through Apply to Verify. System 2 is not set up yet,
// so Verify cannot reach its chronyd: that is the truth at this point of the guide's order.
void tst_PairWindow::serverLocalOnly()
{
    requireSystem(1);
    RETURN_IF_FAILED();
    startWizardAs("serverRoleRadio", m_run.system2());
    RETURN_IF_FAILED();
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ServerModePageId));
    m_wizard->currentPage()->findChild<QRadioButton*>(u"localOnlyRadio"_s)->click();
    nextUntilReview();
    RETURN_IF_FAILED();
    auto* review = qobject_cast<ReviewPage*>(m_wizard->currentPage());
    // The address System 2 reaches this system at, guessed from this system's interfaces.
    QCOMPARE(review->findChild<QLineEdit*>(u"ownAddressEdit"_s)->text(), m_run.system1());
    // The pair's key goes to System 2 as a pairing file, readable by the admin only (c. imports it).
    m_dialogs.savePath = m_run.sharedFile(u"system2.tandem-pair"_s);
    QFile::remove(m_dialogs.savePath);
    review->findChild<QAbstractButton*>(u"exportOtherConfigButton"_s)->click();
    QFile pairing(m_dialogs.savePath);
    QVERIFY(pairing.open(QIODevice::ReadOnly));
    QVERIFY(pairing.readAll().contains("pairing-code: "));
    QCOMPARE(int(pairing.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
    QByteArray expected;
    applyAsPlanned(&expected);
    RETURN_IF_FAILED();
    QVERIFY(expected.contains("\nlocal stratum 10\nallow "_ba + m_run.system2().toLatin1() + '\n'));
    // The guide's order: System 1 first. Verify confirms it serves at stratum 10 and lets Finish go
    // on while it still asks System 2, which is not set up yet.
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::VerifyPageId));
    auto* verify = qobject_cast<VerifyPage*>(m_wizard->currentPage());
    auto* serving = verify->findChild<QLabel*>(u"servingValueLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 20000);
    QCOMPARE(serving->text(), u"yes, its own clock at stratum 10"_s);
    QVERIFY2(!verify->isFinished(), "Finish waited for System 2's check");
    QTRY_VERIFY_WITH_TIMEOUT(verify->isFinished(), 40000);
    QVERIFY(!verify->report().answered);
    const QString outcome = reasonText(verify, "verifyOutcome");
    qInfo("Verify on System 1 first: %s", qPrintable(outcome));
    QVERIFY2(outcome.startsWith(u"System 1 is ready: it serves its clock now."_s), qPrintable(outcome));
    QVERIFY2(outcome.contains(u"enter this system's address, %1"_s.arg(m_run.system1())), qPrintable(outcome));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    m_wizard->button(QWizard::FinishButton)->click();
}

// c. System 2 follows System 1: the Test finds System 1 serving, Apply restarts chrony, Verify sees
// System 2 select System 1; Finish keeps the choices for the window (syncNowFromPanel reads them).
void tst_PairWindow::client()
{
    const QString test = testSystem1FromWizard();
    RETURN_IF_FAILED();
    QVERIFY2(test.contains(u"NTP answers"_s), qPrintable(test));
    QVERIFY2(test.contains(u"Its command port 323 answers"_s), qPrintable(test));
    // System 1's pairing file, carried across by the admin: imported, not typed.
    nextUntilMonitoring();
    RETURN_IF_FAILED();
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    m_dialogs.openPath = m_run.sharedFile(u"system2.tandem-pair"_s);
    m_wizard->currentPage()->findChild<QAbstractButton*>(u"importPairKeyButton"_s)->click();
    QVERIFY2(WizardDriver::canGoOn(m_wizard), qPrintable(m_dialogs.errors.join(u"; "_s)));
    nextUntilReview();
    RETURN_IF_FAILED();
    QByteArray expected;
    applyAsPlanned(&expected);
    RETURN_IF_FAILED();
    QVERIFY(expected.contains("\nserver "_ba + m_run.system1().toLatin1() + ' '));
    VerifyPage* verify = verifyAndWait();
    QVERIFY(verify);
    QVERIFY2(verify->report().success(), qPrintable(reasonText(verify, "verifyOutcome")));
    QCOMPARE(verify->findChild<QLabel*>(u"followsValueLabel"_s)->text(), u"yes"_s);
    const QString authenticated = verify->findChild<QLabel*>(u"authenticatedValueLabel"_s)->text();
    qInfo("Verify: System 1's replies: %s", qPrintable(authenticated));
    QVERIFY2(authenticated.startsWith(u"authenticated with key"_s), qPrintable(authenticated));
    QVERIFY(verify->findChild<QLabel*>(u"stateValueLabel"_s)->text().startsWith(u"* selected"_s));
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

// h. What the panel says about which system is which, opened by a user whose window never ran the
// wizard (another admin, or a system set up with tandem-cli). The truth is in chrony.conf.
void tst_PairWindow::panelSaysWhoIsWho()
{
    const int self = m_run.thisSystem();
    const int other = 3 - self;
    MainWindow window(&m_dialogs);
    window.resize(1120, 840);
    window.showMachine();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LivePanel* panel = window.livePanel();
    QSignalSpy rounds(panel, &LivePanel::refreshed);
    QVERIFY(rounds.wait(15000));
    const QString expected[3] = {{}, u"System 1 (%1)"_s.arg(m_run.system1()), u"System 2 (%1)"_s.arg(m_run.system2())};
    const QString selfTitle = u"System %1: this system"_s.arg(self);
    qInfo("System %d's panel: card 1 \"%s\" (%s), card 2 \"%s\" (%s)", self, qPrintable(panel->card(1)->title()),
          qPrintable(panel->card(1)->state()), qPrintable(panel->card(2)->title()),
          qPrintable(panel->card(2)->state()));
    // A user who never ran the wizard here: the roles come from chrony.conf's Tandem block.
    QCOMPARE(panel->card(self)->title(), selfTitle);
    QCOMPARE(panel->card(other)->title(), expected[other]);
    // System 2 requires the pair's key (c.); chronyd shows its check only to root, and this user is not.
    if (self == 2) {
        const QString trust = panel->card(2)->findChild<QLabel*>(u"sourceTrustValue"_s)->text();
        qInfo("System 2's panel: its server's replies: %s", qPrintable(trust));
        QVERIFY2(trust.startsWith(u"key "_s) && trust.contains(u"required"_s), qPrintable(trust));
    }
    // A picture of it for the script to keep (manual runs wait for the chart to fill; not a sync).
    if (const int waitMs = qEnvironmentVariableIntValue("TANDEM_PAIR_SCREENSHOT_WAIT_MS"); waitMs > 0)
        QTest::qWait(waitMs);
    m_run.keepScreenshot(&window, u"panel-system%1"_s.arg(self));
}

// d. Sync now from the panel on System 2, whose virtual clock the script made 100 s wrong; the window
// opened by the user who ran the wizard (client). The script checks the clocks afterwards.
void tst_PairWindow::syncNowFromPanel()
{
    requireSystem(2);
    RETURN_IF_FAILED();
    MainWindow window(&m_dialogs);
    window.showMachine();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LivePanel* panel = window.livePanel();
    QCOMPARE(panel->card(2)->title(), u"System 2: this system"_s);
    QCOMPARE(panel->card(1)->title(), u"System 1 (%1)"_s.arg(m_run.system1()));
    m_dialogs.syncNowPreviews.clear();
    QSignalSpy rounds(panel, &LivePanel::refreshed);
    QVERIFY(rounds.wait(15000));
    QSignalSpy finished(panel, &LivePanel::syncNowFinished);
    auto* button = panel->findChild<QPushButton*>(u"syncNowButton"_s);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(m_dialogs.syncNowPreviews.size(), 1);
    qInfo("Sync now asked first: %s, offset %s%.6f s to %s", qPrintable(m_dialogs.syncNowPreviews.first().systemTitle),
          m_dialogs.syncNowPreviews.first().offsetKnown ? "" : "(unknown) ", m_dialogs.syncNowPreviews.first().offsetS,
          qPrintable(m_dialogs.syncNowPreviews.first().source));
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.first().first().value<SyncNowOutcome>();
    qInfo("Sync now: exit code %d, clock changed %d; the panel says: %s", outcome.exitCode, outcome.clockChanged,
          qPrintable(panel->syncStatus()));
    QCOMPARE(outcome.exitCode, HelperExitCode::Ok);
    QVERIFY2(outcome.clockChanged, qPrintable(outcome.summary));
    QVERIFY(panel->syncStatus().contains(outcome.summary));
    // What the window was told matches the clocks (the script made System 2 100 s fast): the prompt's
    // offset, and the helper's own measurements on System 2's clock before and after the step.
    QVERIFY(m_dialogs.syncNowPreviews.first().offsetKnown);
    QVERIFY2(qAbs(m_dialogs.syncNowPreviews.first().offsetS - 100) < 1,
             qPrintable(QString::number(m_dialogs.syncNowPreviews.first().offsetS)));
    QVERIFY(outcome.measuredOffset && outcome.offsetAfter);
    QVERIFY2(qAbs(*outcome.measuredOffset - 100) < 1, qPrintable(QString::number(*outcome.measuredOffset)));
    QVERIFY2(qAbs(*outcome.offsetAfter) < 0.001, qPrintable(QString::number(*outcome.offsetAfter)));
}

// e. File -> Restore on System 2: the newest backup (the package's config, kept by the client apply)
// comes back through pkexec; the script compares the file with the package's.
void tst_PairWindow::restoreFromMenu()
{
    requireSystem(2);
    RETURN_IF_FAILED();
    const QByteArray before = PairWindowRun::chronyConf();
    MainWindow window(&m_dialogs);
    window.showMachine();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(u"restoreMachineAction"_s)->trigger();
    auto* dialog = window.findChild<RestoreDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    // The newest backup, selected, is the package's config (from before the client apply): readable
    // without a password (as readable as chrony.conf) and said to be without Tandem's setup.
    QVERIFY(!dialog->backups().isEmpty());
    const BackupEntry& newest = dialog->backups().constFirst();
    qInfo("Restore offers %lld backup(s); the newest: %s", qlonglong(dialog->backups().size()),
          qPrintable(newest.summary()));
    QVERIFY(newest.readable);
    QVERIFY2(newest.summary().startsWith(u"without Tandem's setup"_s), qPrintable(newest.summary()));
    QVERIFY(!dialog->findChild<QPlainTextEdit*>(u"backupDiff"_s)->toPlainText().isEmpty());
    auto* restore = dialog->findChild<QPushButton*>(u"restoreButton"_s);
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!reasonText(dialog, "restoreOutcome").isEmpty(), 90000);
    qInfo("Restore: \"%s\"", qPrintable(reasonText(dialog, "restoreOutcome")));
    // Restore stays disabled only after a success.
    QVERIFY2(!restore->isEnabled(), qPrintable(reasonText(dialog, "restoreOutcome")));
    QVERIFY(PairWindowRun::chronyConf() != before);
    // The window reads chrony.conf again: the package's config has no Tandem block, so this system is
    // neither System 1 nor System 2 any more, and the panel says so instead of keeping the old roles.
    auto* progress = window.findChild<QLabel*>(u"progressLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(u"neither System 1 nor System 2 yet"_s), 10000);
    QCOMPARE(window.livePanel()->card(2)->state(), u"not-configured"_s);
}

// f. The helper killed (by the script, as root: SIGKILL) right after it reported writing the new
// config. The window must not claim that nothing changed; the file is the old or the new one in full.
void tst_PairWindow::helperKilledMidApply()
{
    requireSystem(2);
    RETURN_IF_FAILED();
    const QByteArray before = PairWindowRun::chronyConf();
    startWizardAs("clientRoleRadio", m_run.system1());
    RETURN_IF_FAILED();
    // e.'s restore took the pair's key out of System 2 and the pairing file is gone: this run is
    // about a killed helper, so it goes on without a key.
    nextUntilMonitoring();
    RETURN_IF_FAILED();
    m_wizard->currentPage()->findChild<QCheckBox*>(u"authenticateCheck"_s)->setChecked(false);
    nextUntilReview();
    RETURN_IF_FAILED();
    const QByteArray expected = qobject_cast<ReviewPage*>(m_wizard->currentPage())->plan()->newConfig;
    QVERIFY(expected != before);
    QString signalProblem;
    connect(m_wizard->runner(), &HelperRunner::step, this, [&](const QJsonObject& step) {
        if (step.value(u"step"_s).toString() == u"write"_s && step.value(u"ok"_s).toBool())
            signalProblem = m_run.askToKillHelper();
    });
    ApplyPage* apply = applyAndWait(90000);
    QVERIFY(apply);
    QVERIFY2(signalProblem.isEmpty(), qPrintable(signalProblem));
    QVERIFY2(apply->exitCode() != HelperExitCode::Ok, "the helper finished before it was killed");
    const QString status = apply->findChild<QLabel*>(u"applyStatusLabel"_s)->text();
    QVERIFY2(!status.contains(u"Nothing was changed"_s), qPrintable(status));
    QVERIFY2(status.contains(u"may already be in place"_s), qPrintable(status));
    const QByteArray after = PairWindowRun::chronyConf();
    QVERIFY2(after == before || after == expected, after.constData());
    qInfo("chrony.conf after the kill: the %s file", after == expected ? "new" : "old");
    // Then the page looks whether chronyd runs (the kill may fall between the restart's stop and
    // start, which the restart outlives); the script checks what it says against the system.
    auto* label = apply->findChild<QLabel*>(u"applyStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"chronyd runs now"_s) ||
                                 label->text().contains(u"chronyd is not running now"_s),
                             30000);
    qInfo("the page says: %s", qPrintable(label->text()));
    // The bed, like most containers, has no systemd: the command must be the one that works there.
    if (label->text().contains(u"chronyd is not running now"_s))
        QVERIFY2(label->text().contains(u"<code>sudo service chrony start</code>"_s), qPrintable(label->text()));
    const QString told = m_run.tellScript(u"chronyd-after-kill"_s,
                                          label->text().contains(u"chronyd runs now"_s) ? "running\n" : "stopped\n");
    QVERIFY2(told.isEmpty(), qPrintable(told));
}

// g. System 1 in mode 2 (local clock and online pools). The bed has no internet: only what is written
// and that chronyd comes back are checked here; the script checks that it serves at stratum 10.
void tst_PairWindow::serverWithPools()
{
    requireSystem(1);
    RETURN_IF_FAILED();
    QByteArray expected;
    applyServer("withPoolsRadio", &expected);
    RETURN_IF_FAILED();
    QVERIFY(expected.contains("# System 1 (server): follows online time sources"));
    QVERIFY(verifyAndWait());
}

// i. System 1's firewall drops System 2's NTP (the script added the rule); its chronyd still answers
// monitoring. System 2's Test names the firewall on System 1 and the check to run there.
void tst_PairWindow::testNamesSystem1Firewall()
{
    const QString test = testSystem1FromWizard();
    RETURN_IF_FAILED();
    QVERIFY2(test.contains(u"No NTP answer"_s), qPrintable(test));
    QVERIFY2(test.contains(u"a firewall on %1 drops UDP 123 from %2"_s.arg(m_run.system1(), m_run.system2())),
             qPrintable(test));
    QVERIFY2(test.contains(u"tandem-cli firewall check --peer %1 --port 123"_s.arg(m_run.system2())), qPrintable(test));
    m_run.keepScreenshot(m_wizard, u"peer-test-firewall"_s);
}

// j. On System 1, Verify's firewall check (through pkexec, its own polkit action) names the rule that
// drops System 2's NTP, offers to open just that port for just System 2, and opens it.
void tst_PairWindow::verifyOpensFirewall()
{
    requireSystem(1);
    RETURN_IF_FAILED();
    QByteArray written;
    applyServer("localOnlyRadio", &written);
    RETURN_IF_FAILED();
    VerifyPage* verify = verifyAndWait();
    QVERIFY(verify);
    auto* panel = verify->findChild<FirewallPanel*>();
    QVERIFY(panel && panel->isVisible());
    auto* result = panel->findChild<QLabel*>(u"firewallResultLabel"_s);
    // A failed Verify has started the check already; a passed one leaves it to the button.
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
    if (result->text().isEmpty())
        panel->findChild<QPushButton*>(u"firewallCheckButton"_s)->click();
    const QString drops = u"drops NTP requests (UDP 123) from %1"_s.arg(m_run.system2());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && result->text().contains(drops), 30000);
    qInfo("firewall: %s", qPrintable(result->text()));
    QVERIFY(result->text().contains(
        u"nft insert rule inet tandem_bed input ip saddr %1 udp dport 123 accept"_s.arg(m_run.system2())));
    auto* open = panel->findChild<QPushButton*>(u"firewallOpenButton"_s);
    QVERIFY(open->isVisible());
    m_run.keepScreenshot(m_wizard, u"verify-firewall"_s);
    QCOMPARE(open->text(), u"&Open UDP 123 for %1"_s.arg(m_run.system2()));
    QSignalSpy opened(panel, &FirewallPanel::opened);
    open->click();
    QVERIFY(opened.wait(60000));
    const QString lets = u"lets NTP requests (UDP 123) from %1 in"_s.arg(m_run.system2());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && result->text().contains(lets), 30000);
    QVERIFY(!open->isVisible());
    qInfo("firewall after opening: %s", qPrintable(result->text()));
}

// k. The guide's method 2 through the wizard on System 2, whose clock the script made 100 s fast: the
// confirm page measures System 1 on System 2's clock, the run steps it once and says what it measured.
void tst_PairWindow::oneTimeSync()
{
    requireSystem(2);
    RETURN_IF_FAILED();
    const QByteArray before = PairWindowRun::chronyConf();
    startWizardAs("syncRoleRadio", m_run.system1());
    RETURN_IF_FAILED();
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SyncConfirmPageId));
    auto* confirm = qobject_cast<SyncConfirmPage*>(m_wizard->currentPage());
    auto* measured = confirm->findChild<QLabel*>(u"measuredOffsetLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(measured->text().contains(u"The clock will jump"_s), 20000);
    QVERIFY(confirm->measurement());
    qInfo("confirm: %s", qPrintable(measured->text()));
    QVERIFY2(qAbs(confirm->measurement()->offset + 100.0) < 1.0,
             qPrintable(QString::number(confirm->measurement()->offset)));
    QVERIFY(!WizardDriver::canGoOn(m_wizard)); // not before the jump is confirmed
    confirm->findChild<QCheckBox*>(u"confirmJumpCheck"_s)->setChecked(true);
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SyncRunPageId));
    auto* run = qobject_cast<SyncRunPage*>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 120000);
    const QString reason = run->findChild<QLabel*>(u"reasonText"_s)->text();
    qInfo("run: exit code %d: %s", run->exitCode(), qPrintable(reason));
    QCOMPARE(run->exitCode(), HelperExitCode::Ok);
    QVERIFY(run->outcome() && run->outcome()->stepped() && run->outcome()->clockChanged);
    QVERIFY2(qAbs(*run->outcome()->measuredOffset - 100.0) < 1.0,
             qPrintable(QString::number(*run->outcome()->measuredOffset)));
    QVERIFY2(qAbs(*run->outcome()->offsetAfter) < 1e-3, qPrintable(QString::number(*run->outcome()->offsetAfter)));
    QVERIFY2(reason.startsWith(u"The clock was stepped"_s), qPrintable(reason));
    QCOMPARE(PairWindowRun::chronyConf(), before); // no configuration change
}

QTEST_MAIN(tst_PairWindow)
#include "tst_PairWindow.moc"

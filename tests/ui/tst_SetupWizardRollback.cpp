#include "LabFixture.h"
#include "ScriptedDialogs.h"
#include "WizardDriver.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperRunner.h"
#include "wizard/ApplyPage.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A failing apply shows the rollback: System 2 told to follow an address where nothing answers.
// chronyd restarts with the new config but never selects that server, so the helper puts the old
// config back (after its 30 s deadline) and the Apply page must say so, step by step.
class tst_SetupWizardRollback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void failingApplyShowsTheRollback();
    void killedHelperIsNotNothingChanged();

private:
    // Detect to Apply as System 2 of the lab, following `peer`; Apply pressed.
    void applyAsClient(SetupWizard& wizard, const QString& peer,
                       const QString& helper = QStringLiteral(TANDEM_LAB_HELPER_BINARY));
    QByteArray system2Config() const;

    std::unique_ptr<LabFixture> m_lab;
};

void tst_SetupWizardRollback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_SetupWizardRollback"_s);
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

void tst_SetupWizardRollback::cleanupTestCase()
{
    m_lab.reset();
}

QByteArray tst_SetupWizardRollback::system2Config() const
{
    QFile file(LabLayout::systemPaths(m_lab->directory(), 2).configPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_SetupWizardRollback::applyAsClient(SetupWizard& wizard, const QString& peer, const QString& helper)
{
    wizard.runner()->setLabProgram(helper);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
    QVERIFY(WizardDriver::goOn(&wizard));
    wizard.currentPage()->findChild<QRadioButton*>(u"clientRoleRadio"_s)->click();
    QVERIFY(WizardDriver::goOn(&wizard));
    wizard.currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s)->setText(peer);
    QVERIFY(WizardDriver::goOn(&wizard)); // polling
    QVERIFY(WizardDriver::goOn(&wizard)); // monitoring
    // These System 1s hold no pair key: the rollback is about other failures.
    wizard.currentPage()->findChild<QCheckBox*>(u"authenticateCheck"_s)->setChecked(false);
    QVERIFY(WizardDriver::goOn(&wizard)); // review
    QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
    QVERIFY(WizardDriver::goOn(&wizard)); // apply
    QCOMPARE(wizard.currentId(), int(SetupWizard::ApplyPageId));
}

void tst_SetupWizardRollback::failingApplyShowsTheRollback()
{
    const QByteArray old = system2Config();

    ScriptedDialogs dialogs;
    SetupWizard wizard(m_lab->settings(), &dialogs);
    // An address in the lab's own loopback /24 where no chronyd listens.
    const quint32 server = m_lab->settings().serverAddress.toIPv4Address();
    applyAsClient(wizard, QHostAddress((server & ~0xffu) | 9u).toString());
    if (QTest::currentTestFailed())
        return;
    auto* apply = qobject_cast<ApplyPage*>(wizard.currentPage());
    // The Cancel button of the wizard is off while the helper works: closing would hide the outcome.
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(apply->exitCode() != -2, 90000);
    QCOMPARE(apply->exitCode(), 6);
    QVERIFY(!apply->isComplete());
    QVERIFY(!WizardDriver::canGoOn(&wizard));
    QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());

    const QString status = apply->findChild<QLabel*>(u"applyStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"Rolled back"_s), qPrintable(status));
    const QString outcome = apply->findChild<QLabel*>(u"reasonText"_s)->text();
    QVERIFY2(outcome.contains(u"previous config was put back"_s), qPrintable(outcome));
    // The rollback steps appear after the failed wait, each done.
    auto* steps = apply->findChild<QListWidget*>(u"helperStepList"_s);
    QStringList texts;
    for (int i = 0; i < steps->count(); ++i)
        texts << steps->item(i)->text();
    QVERIFY2(texts.size() == 11, qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.at(7).startsWith(u"Wait until chrony runs"_s));
    QVERIFY(steps->item(7)->data(Qt::AccessibleTextRole).toString().contains(u"failed"_s));
    QVERIFY(texts.at(8).startsWith(u"Roll back: put the previous config back"_s));
    QVERIFY(texts.at(9).startsWith(u"Roll back: restart chrony"_s));
    QVERIFY(texts.at(10).startsWith(u"Roll back: wait"_s));
    QVERIFY(steps->item(10)->data(Qt::AccessibleTextRole).toString().contains(u"done"_s));

    QCOMPARE(system2Config(), old);
}

// A helper killed after it reported writing the new config (a crash, an OOM kill, an admin's kill -9):
// the page must not say that nothing was changed. A stand-in helper reports the steps up to "write"
// and kills itself, so the moment is exact; the real helper killed through pkexec is tst_pair_window's.
void tst_SetupWizardRollback::killedHelperIsNotNothingChanged()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString helper = directory.filePath(u"killed-after-write"_s);
    QFile script(helper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n"
                 "cat >/dev/null\n"
                 "for step in validate read render check backup write; do\n"
                 "    printf '{\"step\":\"%s\",\"ok\":true}\\n' \"$step\"\n"
                 "done\n"
                 "kill -KILL $$\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    ScriptedDialogs dialogs;
    SetupWizard wizard(m_lab->settings(), &dialogs);
    applyAsClient(wizard, m_lab->settings().serverAddress.toString(), helper);
    if (QTest::currentTestFailed())
        return;
    auto* apply = qobject_cast<ApplyPage*>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(apply->exitCode() != -2, 10000);
    QCOMPARE(apply->exitCode(), HelperExitCode::Crashed);
    QVERIFY(!apply->isComplete());
    const QString status = apply->findChild<QLabel*>(u"applyStatusLabel"_s)->text();
    QVERIFY2(!status.contains(u"Nothing was changed"_s), qPrintable(status));
    QVERIFY2(status.contains(u"may already be in place"_s), qPrintable(status));
    // The stand-in never touched the lab's chronyd: the page looks and says it runs.
    QTRY_VERIFY_WITH_TIMEOUT(apply->findChild<QLabel*>(u"applyStatusLabel"_s)->text().endsWith(u"chronyd runs now."_s),
                             10000);
}

QTEST_MAIN(tst_SetupWizardRollback)
#include "tst_SetupWizardRollback.moc"

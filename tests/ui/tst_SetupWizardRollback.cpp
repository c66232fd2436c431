#include "LabFixture.h"
#include "ScriptedDialogs.h"
#include "WizardDriver.h"
#include "setup/HelperRunner.h"
#include "wizard/ApplyPage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStandardPaths>
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

private:
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

void tst_SetupWizardRollback::failingApplyShowsTheRollback()
{
    const LabSystemPaths system2 = LabLayout::systemPaths(m_lab->directory(), 2);
    QFile file(system2.configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll();
    file.close();

    ScriptedDialogs dialogs;
    SetupWizard wizard(m_lab->settings(), &dialogs);
    wizard.runner()->setLabProgram(QStringLiteral(TANDEM_HELPER_BINARY), QStringLiteral(TANDEM_SYNC_NOW_HELPER_BINARY));
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
    QVERIFY(WizardDriver::goOn(&wizard));
    wizard.currentPage()->findChild<QRadioButton*>(u"clientRoleRadio"_s)->click();
    QVERIFY(WizardDriver::goOn(&wizard));
    // An address in the lab's own loopback /24 where no chronyd listens.
    const quint32 server = m_lab->settings().serverAddress.toIPv4Address();
    const QString nobody = QHostAddress((server & ~0xffu) | 9u).toString();
    wizard.currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s)->setText(nobody);
    QVERIFY(WizardDriver::goOn(&wizard)); // polling
    QVERIFY(WizardDriver::goOn(&wizard)); // monitoring
    QVERIFY(WizardDriver::goOn(&wizard)); // review
    QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
    QVERIFY(WizardDriver::goOn(&wizard)); // apply
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

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
}

QTEST_MAIN(tst_SetupWizardRollback)
#include "tst_SetupWizardRollback.moc"

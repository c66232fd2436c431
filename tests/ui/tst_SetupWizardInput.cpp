#include "ScriptedDialogs.h"
#include "WizardDriver.h"
#include "config/PairKey.h"
#include "widgets/ReasonLabel.h"
#include "wizard/PollingPage.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The wizard's input checks, offscreen and without daemons: Next stays disabled on invalid input
// and the page says why; every control has an accessible name and the pages can be used by keyboard.
// The "lab" here is only settings in a temporary directory: nothing runs there.
class tst_SetupWizardInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void peerValidation_data();
    void peerValidation();
    void labRefusesNonLoopbackPeers();
    void pollingCustomRange();
    void branchesByRole_data();
    void branchesByRole();
    void everyControlHasAnAccessibleName();
    void keyboardOnly();
    void mnemonicsAreUniquePerPage();

private:
    void goToPeerPage(const char* roleRadio);
    QString peerReason() const;

    QTemporaryDir m_dir;
    LabSettings m_lab;
    ScriptedDialogs m_dialogs;
    SetupWizard* m_wizard = nullptr;
};

void tst_SetupWizardInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_SetupWizardInput"_s);
    m_lab.directory = m_dir.path();
    // Nothing listens here: the Detect page sees chronyd "not answering", which is fine for these tests.
    m_lab.serverAddress = QHostAddress(u"127.250.1.2"_s);
    m_lab.clientAddress = QHostAddress(u"127.250.1.3"_s);
    m_lab.ntpPort = 1; // nothing could answer, and nothing is sent unless Test is pressed
    m_lab.cmdPort = 9;
}

void tst_SetupWizardInput::init()
{
    m_wizard = new SetupWizard(m_lab, &m_dialogs);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    // Detect finishes once chronyd --version and the (unanswered) tracking request are done.
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 10000);
}

void tst_SetupWizardInput::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
}

void tst_SetupWizardInput::goToPeerPage(const char* roleRadio)
{
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::RolePageId));
    auto* radio = m_wizard->currentPage()->findChild<QRadioButton*>(QString::fromLatin1(roleRadio));
    QVERIFY(radio);
    radio->click();
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PeerPageId));
}

QString tst_SetupWizardInput::peerReason() const
{
    auto* reason = m_wizard->currentPage()->findChild<ReasonLabel*>(u"peerReason"_s);
    return reason && reason->isVisible() ? reason->text() : QString();
}

void tst_SetupWizardInput::peerValidation_data()
{
    QTest::addColumn<QByteArray>("role");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reasonContains");

    QTest::addRow("client, empty") << "clientRoleRadio"_ba << QString() << false << u"Enter System 1"_s;
    QTest::addRow("client, address") << "clientRoleRadio"_ba << u"127.250.1.2"_s << true << QString();
    QTest::addRow("client, subnet") << "clientRoleRadio"_ba << u"127.250.1.0/24"_s << false << u"not a subnet"_s;
    QTest::addRow("client, injection") << "clientRoleRadio"_ba << u"127.250.1.2 cmdallow all"_s << false
                                       << u"not an address"_s;
    QTest::addRow("client, bad octet") << "clientRoleRadio"_ba << u"127.250.1.300"_s << false << u"not an address"_s;
    QTest::addRow("server, subnet") << "serverRoleRadio"_ba << u"127.250.1.0/24"_s << true << QString();
    QTest::addRow("server, empty") << "serverRoleRadio"_ba << u"   "_s << false << u"Enter System 2"_s;
    QTest::addRow("sync, subnet") << "syncRoleRadio"_ba << u"127.250.0.0/16"_s << false << u"not a subnet"_s;
    QTest::addRow("sync, ipv6 loopback") << "syncRoleRadio"_ba << u"::1"_s << true << QString();
}

void tst_SetupWizardInput::peerValidation()
{
    QFETCH(QByteArray, role);
    QFETCH(QString, peer);
    QFETCH(bool, accepted);
    QFETCH(QString, reasonContains);

    goToPeerPage(role.constData());
    auto* edit = m_wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, peer);
    QCOMPARE(WizardDriver::canGoOn(m_wizard), accepted);
    if (accepted) {
        QVERIFY2(peerReason().isEmpty(), qPrintable(peerReason()));
    } else {
        QVERIFY2(peerReason().contains(reasonContains, Qt::CaseInsensitive), qPrintable(peerReason()));
        QVERIFY(!WizardDriver::goOn(m_wizard));
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PeerPageId));
    }
}

void tst_SetupWizardInput::labRefusesNonLoopbackPeers()
{
    goToPeerPage("clientRoleRadio");
    auto* edit = m_wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s);
    // The lab's other system is suggested.
    QCOMPARE(edit->text(), u"127.250.1.2"_s);
    QVERIFY(WizardDriver::canGoOn(m_wizard));
    edit->setText(u"192.168.1.2"_s);
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    QVERIFY2(peerReason().contains(u"loopback"_s), qPrintable(peerReason()));
    auto* test = m_wizard->currentPage()->findChild<QAbstractButton*>(u"testPeerButton"_s);
    QVERIFY(!test->isEnabled()); // nothing is ever sent off this machine from the lab
}

void tst_SetupWizardInput::pollingCustomRange()
{
    goToPeerPage("clientRoleRadio");
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PollingPageId));
    QWizardPage* page = m_wizard->currentPage();
    auto* minpoll = page->findChild<QSpinBox*>(u"minpollSpin"_s);
    auto* maxpoll = page->findChild<QSpinBox*>(u"maxpollSpin"_s);
    QVERIFY(!minpoll->isEnabled()); // presets fix the values
    // The guide's polling (every 2 s): 43200 requests a day, in a unit that suits (not "7776 KB").
    const QString cost = page->findChild<QLabel*>(u"pollCostLabel"_s)->text();
    QVERIFY2(cost.contains(u"43200 requests a day, about 7.8 MB of traffic"_s), qPrintable(cost));
    page->findChild<QRadioButton*>(u"balancedPollRadio"_s)->click();
    QCOMPARE(minpoll->value(), 4);
    QCOMPARE(maxpoll->value(), 6);
    QVERIFY(page->findChild<QLabel*>(u"pollCostLabel"_s)->text().contains(u"5400"_s));
    page->findChild<QRadioButton*>(u"customPollRadio"_s)->click();
    QVERIFY(minpoll->isEnabled());
    minpoll->setValue(8);
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    auto* reason = page->findChild<ReasonLabel*>();
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"maxpoll"_s));
    maxpoll->setValue(9);
    QVERIFY(WizardDriver::canGoOn(m_wizard));
    QVERIFY(!reason->isVisible());
}

void tst_SetupWizardInput::branchesByRole_data()
{
    QTest::addColumn<QByteArray>("role");
    QTest::addColumn<int>("afterPeer");
    QTest::addRow("System 1") << "serverRoleRadio"_ba << int(SetupWizard::ServerModePageId);
    QTest::addRow("System 2") << "clientRoleRadio"_ba << int(SetupWizard::PollingPageId);
    QTest::addRow("one-time sync") << "syncRoleRadio"_ba << int(SetupWizard::SyncConfirmPageId);
}

void tst_SetupWizardInput::branchesByRole()
{
    QFETCH(QByteArray, role);
    QFETCH(int, afterPeer);
    goToPeerPage(role.constData());
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), afterPeer);
    if (afterPeer == SetupWizard::SyncConfirmPageId) {
        // Nobody answers NTP on port 1: no measurement, so no sync; the page says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()
                                     ->findChild<QLabel*>(u"measuredOffsetLabel"_s)
                                     ->text()
                                     .contains(u"does not answer"_s),
                                 10000);
        m_wizard->currentPage()->findChild<QCheckBox*>(u"confirmJumpCheck"_s)->setChecked(true);
        QVERIFY(!WizardDriver::canGoOn(m_wizard));
        return;
    }
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::MonitoringPageId));
    if (afterPeer == SetupWizard::PollingPageId) {
        // System 2 needs System 1's pairing code, or authentication turned off.
        QVERIFY(!WizardDriver::canGoOn(m_wizard));
        m_wizard->currentPage()->findChild<QLineEdit*>(u"pairingCodeEdit"_s)->setText(u"AAAA-BBBB"_s);
        QVERIFY(!WizardDriver::canGoOn(m_wizard));
        m_wizard->currentPage()->findChild<QLineEdit*>(u"pairingCodeEdit"_s)->setText(PairKey::generate().code());
        QVERIFY(WizardDriver::canGoOn(m_wizard));
    }
    QVERIFY(WizardDriver::goOn(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ReviewPageId));
    // There is no config in this fake lab: the review says so and Apply stays disabled.
    QVERIFY(!WizardDriver::canGoOn(m_wizard));
    auto* reason = m_wizard->currentPage()->findChild<ReasonLabel*>();
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"Cannot read"_s), qPrintable(reason->text()));
}

void tst_SetupWizardInput::everyControlHasAnAccessibleName()
{
    QStringList missing;
    for (const int id : m_wizard->pageIds()) {
        QWizardPage* page = m_wizard->page(id);
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                               qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QListWidget*>(widget);
            auto* button = qobject_cast<QAbstractButton*>(widget);
            if (!input && !button)
                continue;
            if (qobject_cast<QAbstractSpinBox*>(widget->parent()) || qobject_cast<QLineEdit*>(widget->parent()))
                continue; // a spin box's own editor, a line edit's clear button
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (!named)
                missing << page->objectName() + u'/' + widget->objectName() + u'(' +
                               QString::fromLatin1(widget->metaObject()->className()) + u')';
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void tst_SetupWizardInput::keyboardOnly()
{
    // Enter presses Next, Tab and Space choose the role, Enter again, Escape closes the wizard.
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::RolePageId));
    auto* client = m_wizard->currentPage()->findChild<QRadioButton*>(u"clientRoleRadio"_s);
    for (int i = 0; i < 12 && QApplication::focusWidget() != client; ++i) {
        QWidget* focus = QApplication::focusWidget();
        // Radio buttons of one group share a tab stop; arrows move inside it.
        QTest::keyClick(focus, qobject_cast<QRadioButton*>(focus) ? Qt::Key_Down : Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), client);
    QTest::keyClick(client, Qt::Key_Space);
    QVERIFY(client->isChecked());
    QTest::keyClick(client, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PeerPageId));
    auto* edit = m_wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
}

void tst_SetupWizardInput::mnemonicsAreUniquePerPage()
{
    QStringList clashes;
    for (const int id : m_wizard->pageIds()) {
        QWizardPage* page = m_wizard->page(id);
        QMap<QKeySequence, QString> seen;
        QStringList texts;
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
            texts << button->text();
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton})
            texts << m_wizard->buttonText(which);
        for (const QString& text : texts) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (mnemonic.isEmpty())
                continue;
            if (seen.contains(mnemonic))
                clashes << page->objectName() + u": "_s + seen.value(mnemonic) + u" / "_s + text;
            seen.insert(mnemonic, text);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

QTEST_MAIN(tst_SetupWizardInput)
#include "tst_SetupWizardInput.moc"

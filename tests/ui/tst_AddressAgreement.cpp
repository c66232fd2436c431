#include "ScriptedDialogs.h"
#include "WizardDriver.h"
#include "privileged/HelperRequestParser.h"
#include "wizard/SetupWizard.h"

#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// One table of addresses, typed into the real wizard's peer page (this machine's wizard, not a lab's,
// which also wants loopback) and sent to the real request parser of tandem-helper: both must agree on
// every row, for both roles, and agree with the expected verdict. Before they shared AddressValidator,
// the wizard took "192.168.1" or "system1.lan." and the helper refused them at Apply. Nothing is
// applied: the wizard stops at its peer page.
class tst_AddressAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wizardAndHelperAgree_data();
    void wizardAndHelperAgree();

private:
    // A wizard of this machine on its peer page with the role chosen, kept for every row.
    SetupWizard* wizardOnPeerPage(const char* roleRadio);
    static bool wizardAccepts(SetupWizard* wizard, const QString& peer);
    static bool helperAccepts(const QString& role, const QString& peer);

    ScriptedDialogs m_dialogs;
    SetupWizard* m_server = nullptr;
    SetupWizard* m_client = nullptr;
};

void tst_AddressAgreement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-tests"_s);
    QCoreApplication::setApplicationName(u"tst_AddressAgreement"_s);
    m_server = wizardOnPeerPage("serverRoleRadio");
    m_client = wizardOnPeerPage("clientRoleRadio");
    QVERIFY(m_server && m_client);
}

void tst_AddressAgreement::cleanupTestCase()
{
    delete m_server;
    delete m_client;
}

SetupWizard* tst_AddressAgreement::wizardOnPeerPage(const char* roleRadio)
{
    auto* wizard = new SetupWizard(std::nullopt, &m_dialogs);
    wizard->show();
    // Detect reads this machine's chrony files and asks its chronyd (which may not run): read-only.
    const bool detected = QTest::qWaitForWindowExposed(wizard) &&
                          QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 10000);
    auto* radio = detected && WizardDriver::goOn(wizard) && wizard->currentId() == int(SetupWizard::RolePageId)
                      ? wizard->currentPage()->findChild<QRadioButton*>(QString::fromLatin1(roleRadio))
                      : nullptr;
    if (radio)
        radio->click();
    if (!radio || !WizardDriver::goOn(wizard) || wizard->currentId() != int(SetupWizard::PeerPageId)) {
        delete wizard;
        return nullptr;
    }
    return wizard;
}

bool tst_AddressAgreement::wizardAccepts(SetupWizard* wizard, const QString& peer)
{
    auto* edit = wizard->currentPage()->findChild<QLineEdit*>(u"peerAddressEdit"_s);
    if (!edit)
        qFatal("no peer field");
    edit->clear();
    QTest::keyClicks(edit, peer);
    return WizardDriver::canGoOn(wizard);
}

bool tst_AddressAgreement::helperAccepts(const QString& role, const QString& peer)
{
    QByteArray request = R"({"action":"apply","role":")" + role.toLatin1() + R"(","peer":")" + peer.toLatin1() + '"';
    if (role == u"server"_s)
        request += R"(,"pools":false)";
    return HelperRequestParser::parse(request + '}').ok();
}

void tst_AddressAgreement::wizardAndHelperAgree_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<bool>("serverAccepts"); // System 1 naming the System 2 it serves
    QTest::addColumn<bool>("clientAccepts"); // System 2 naming the System 1 it follows

    QTest::addRow("the guide's System 1") << u"192.168.1.2"_s << true << true;
    QTest::addRow("ipv6") << u"fd00::2"_s << true << true;
    QTest::addRow("host name") << u"system1.lan"_s << true << true;
    QTest::addRow("single label") << u"timeserver"_s << true << true;
    QTest::addRow("subnet") << u"192.168.1.0/24"_s << true << false;
    QTest::addRow("ipv6 subnet") << u"fd00::/64"_s << true << false;
    QTest::addRow("chrony's short subnet") << u"192.168.1"_s << false << false;
    QTest::addRow("chrony's whole internet") << u"0/0"_s << false << false;
    QTest::addRow("leading zeros") << u"192.168.001.002"_s << false << false;
    QTest::addRow("subnet with leading zeros") << u"192.168.001.0/24"_s << false << false;
    QTest::addRow("root's dot") << u"system1.lan."_s << false << false;
    QTest::addRow("numeric last label") << u"host.123"_s << false << false;
    QTest::addRow("bad octet") << u"192.168.1.300"_s << false << false;
    QTest::addRow("ntpd pseudo-address") << u"127.127.1.0"_s << false << false;
    QTest::addRow("prefix too long") << u"192.168.1.0/33"_s << false << false;
    QTest::addRow("underscore") << u"my_host"_s << false << false;
    QTest::addRow("a second directive") << u"192.168.1.2 cmdallow"_s << false << false;
}

void tst_AddressAgreement::wizardAndHelperAgree()
{
    QFETCH(QString, peer);
    QFETCH(bool, serverAccepts);
    QFETCH(bool, clientAccepts);

    QCOMPARE(wizardAccepts(m_server, peer), serverAccepts);
    QCOMPARE(helperAccepts(u"server"_s, peer), serverAccepts);
    QCOMPARE(wizardAccepts(m_client, peer), clientAccepts);
    QCOMPARE(helperAccepts(u"client"_s, peer), clientAccepts);
}

QTEST_MAIN(tst_AddressAgreement)
#include "tst_AddressAgreement.moc"

#include "PeerPage.h"

#include "SetupWizard.h"
#include "config/AddressValidator.h"
#include "setup/PeerFirewallHint.h"
#include "setup/WizardMemory.h"
#include "util/LocalRoute.h"
#include "util/Loopback.h"
#include "util/SecondsText.h"
#include "widgets/ReasonLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>

namespace {} // namespace

PeerPage::PeerPage(QWidget* parent)
    : QWizardPage(parent)
    , m_prompt(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_reason(new ReasonLabel(this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("peerPage"));
    setTitle(tr("The other system"));
    m_edit->setObjectName(QStringLiteral("peerAddressEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("The other system's address"));
    m_prompt->setBuddy(m_edit);
    m_testButton->setObjectName(QStringLiteral("testPeerButton"));
    m_testButton->setAccessibleName(tr("Test the other system"));
    m_testButton->setAutoDefault(false);
    m_testResult->setObjectName(QStringLiteral("peerTestResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("peerReason"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    auto* row = new QHBoxLayout();
    row->addWidget(m_edit, 1);
    row->addWidget(m_testButton);
    layout->addLayout(row);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    setTabOrder(m_edit, m_testButton);

    registerField(QStringLiteral("peer*"), m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PeerPage::validate);
    connect(m_testButton, &QPushButton::clicked, this, &PeerPage::test);
}

void PeerPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const SetupChoices::Path path = wizard->path();
    const QString other = wizard->peerSystemName();
    if (path == SetupChoices::Path::Server) {
        setSubTitle(tr("System 2 will set its clock from this system."));
        m_prompt->setText(tr("System 2's &address (or a subnet such as 192.168.1.0/24 for several clients):"));
    } else {
        setSubTitle(path == SetupChoices::Path::Client ? tr("This system will follow System 1.")
                                                       : tr("This system's clock will be set once from System 1."));
        m_prompt->setText(tr("System 1's &address or host name:"));
    }
    m_edit->setAccessibleName(tr("%1's address").arg(other));
    m_edit->setPlaceholderText(path == SetupChoices::Path::Server ? tr("e.g. 192.168.1.3") : tr("e.g. 192.168.1.2"));
    // The lab's other system, else what the config or the last run said.
    QString suggestion = wizard->target().suggestedPeer(wizard->target().labIndex());
    if (suggestion.isEmpty() && wizard->detectReport()) {
        const RoleGuess& guess = wizard->detectReport()->guess;
        const bool matches = (guess.role == RoleGuess::Role::Server && path == SetupChoices::Path::Server) ||
                             (guess.role == RoleGuess::Role::Client && path != SetupChoices::Path::Server);
        if (matches)
            suggestion = guess.peer;
    }
    if (suggestion.isEmpty())
        suggestion = WizardMemory::load().peer;
    if (wizard->isLab() || m_edit->text().isEmpty())
        m_edit->setText(suggestion);
    m_testResult->clear();
    validate();
}

void PeerPage::validate()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const QString text = m_edit->text().trimmed();
    const bool server = wizard && wizard->path() == SetupChoices::Path::Server;
    m_valid = false;
    m_subnet = false;
    QString reason;
    if (text.isEmpty()) {
        reason = server ? tr("Enter System 2's address to continue.") : tr("Enter System 1's address to continue.");
    } else {
        const auto checked =
            AddressValidator::check(text, server ? AddressValidator::Use::HostOrSubnet : AddressValidator::Use::Host);
        if (!checked) {
            reason = tr("This is not an address Tandem can use: %1").arg(checked.error());
            if (!server && text.contains(QLatin1Char('/')))
                reason = tr("System 1 is one machine: enter its address, not a subnet.");
        } else if (wizard && wizard->isLab() && !isLoopbackAddress(QHostAddress(checked->text.section(u'/', 0, 0)))) {
            // The lab never sends a packet off this machine.
            reason = tr("In the lab the other system is on this machine: use a loopback address such as %1.")
                         .arg(wizard->target().suggestedPeer(wizard->target().labIndex()));
        } else {
            m_valid = true;
            m_subnet = checked->isSubnet();
        }
    }
    m_reason->setReason(reason);
    m_testButton->setEnabled(m_valid && !m_subnet && !(m_tester && m_tester->property("busy").toBool()));
    m_testButton->setToolTip(m_subnet ? tr("A subnet cannot be tested; test from System 2 once it is set up.")
                                      : QString());
    emit completeChanged();
}

bool PeerPage::isComplete() const
{
    return m_valid;
}

void PeerPage::test()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    delete m_tester;
    m_tester = new PeerTester(this);
    m_tester->setProperty("busy", true);
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Asking %1 for the time…").arg(m_edit->text().trimmed().toHtmlEscaped()));
    connect(m_tester, &PeerTester::finished, this, &PeerPage::showTest);
    m_tester->start(m_edit->text().trimmed(), wizard->target());
}

void PeerPage::showTest(const PeerTestReport& report)
{
    m_tester->setProperty("busy", false);
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const bool server = wizard->path() == SetupChoices::Path::Server;
    const QString peer = report.peer.toHtmlEscaped();
    QStringList lines;
    if (!report.resolved()) {
        lines << tr("✗ %1 cannot be resolved: %2. Check the spelling, or use the IP address.")
                     .arg(peer, report.resolveError.toHtmlEscaped());
    } else {
        if (report.ntp) {
            const NtpMeasurement& m = *report.ntp;
            const QString direction = m.offset >= 0 ? tr("ahead of") : tr("behind");
            lines << tr("✓ <b>NTP answers</b> on UDP port %1: its clock is %2 %3 this one; delay %4; stratum %5 "
                        "(reference: %6).")
                         .arg(report.ntpPort)
                         .arg(SecondsText::format(std::abs(m.offset)), direction, SecondsText::format(m.delay))
                         .arg(m.stratum)
                         .arg(describeReferenceId(m.referenceId, m.stratum).toHtmlEscaped());
            if (!m.synchronised())
                lines << tr("⚠ It answers but says it is not synchronised (leap status: unsynchronised): on System 1, "
                            "chrony needs a <code>local stratum</code> line to serve its own clock.");
        } else {
            lines << tr("✗ <b>No NTP answer</b> from %1 on UDP port %2 (%3). Either chronyd is not running there, its "
                        "<code>allow</code> line does not include this system, or a firewall blocks UDP port %2.")
                         .arg(peer)
                         .arg(report.ntpPort)
                         .arg(report.ntpError.toHtmlEscaped());
            if (server)
                lines << tr("That is expected while System 2 is not set up yet: System 2 does not have to serve "
                            "time.");
        }
        if (report.tracking) {
            lines << tr("✓ <b>Its command port %1 answers</b>: this system can watch its chronyd.").arg(report.cmdPort);
        } else {
            lines << tr("✗ <b>Its command port %1 does not answer</b> (%2). Watching it from here needs "
                        "<code>cmdallow</code> and <code>bindcmdaddress</code> there and UDP port %1 open in its "
                        "firewall. The setup itself works without it.")
                         .arg(report.cmdPort)
                         .arg(report.cmdError.toHtmlEscaped());
        }
        // chronyd answers there, its NTP port does not: name the firewall (or allow) and the check to run.
        if (!server) {
            const QHostAddress own =
                wizard->target().isLab() ? wizard->target().ownAddress() : LocalRoute::towards(report.address).address;
            if (const QString hint = PeerFirewallHint::forReport(report, own); !hint.isEmpty())
                lines << tr("⚠ %1").arg(hint.toHtmlEscaped());
        }
    }
    m_testResult->setText(lines.join(QStringLiteral("<br>")));
    m_testResult->setAccessibleName(m_testResult->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    validate();
}

#include "VerifyPage.h"

#include "ApplyPage.h"
#include "FirewallPanel.h"
#include "SetupWizard.h"
#include "setup/PeerFirewallHint.h"
#include "setup/PeerTester.h"
#include "util/LocalRoute.h"
#include "util/SecondsText.h"
#include "widgets/ReasonLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <bit>

namespace {

QLabel* valueField(QWidget* parent, const char* name, const QString& accessible)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(accessible);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString stateText(QChar state)
{
    switch (state.unicode()) {
    case u'*':
        return VerifyPage::tr("* selected: System 2 sets its clock from it");
    case u'+':
        return VerifyPage::tr("+ combined with the selected source");
    case u'-':
        return VerifyPage::tr("- acceptable but not used");
    case u'?':
        return VerifyPage::tr("? not usable yet (no or too few answers)");
    case u'x':
        return VerifyPage::tr("x a falseticker: it disagrees with the other sources");
    case u'~':
        return VerifyPage::tr("~ too variable to use");
    default:
        return QString(state);
    }
}

// What chronyd proved about the pair's key: the helper's wait asked System 2's chronyd (NTP_DATA,
// over its Unix socket, which only root and chronyd's user may use) before it reported success.
QString authenticationText(const SetupChoices& choices, const QWizard* wizard)
{
    const std::optional<quint32> keyId = choices.key ? std::optional<quint32>(choices.key->id) : choices.keepKeyId;
    if (!keyId)
        return VerifyPage::tr("not authenticated: System 2 believes any reply from System 1's address");
    if (choices.path == SetupChoices::Path::Server)
        return VerifyPage::tr("System 2 must use key %1: its own Verify page shows whether it does").arg(*keyId);
    const auto* apply = static_cast<const ApplyPage*>(wizard->page(SetupWizard::ApplyPageId));
    if (apply->result().value(QStringLiteral("authenticated")).toBool())
        return VerifyPage::tr("authenticated with key %1: chronyd checked System 1's MAC before Apply finished")
            .arg(*keyId);
    return VerifyPage::tr("key %1 is required, but chronyd has not reported an authenticated reply yet (nothing "
                          "was changed or restarted this time)")
        .arg(*keyId);
}

} // namespace

VerifyPage::VerifyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_servingCheck(new ServingCheck(this))
    , m_verifier(new SyncVerifier(this))
    , m_status(new QLabel(this))
    , m_serving(valueField(this, "servingValueLabel", tr("This system serves")))
    , m_selected(valueField(this, "followsValueLabel", tr("System 2 follows System 1")))
    , m_state(valueField(this, "stateValueLabel", tr("Source state")))
    , m_reach(valueField(this, "reachValueLabel", tr("Reach")))
    , m_offset(valueField(this, "offsetValueLabel", tr("Last offset")))
    , m_leap(valueField(this, "leapValueLabel", tr("Leap status")))
    , m_stratum(valueField(this, "stratumValueLabel", tr("Stratum")))
    , m_authenticated(valueField(this, "authenticatedValueLabel", tr("System 1's replies")))
    , m_outcome(new ReasonLabel(this))
    , m_again(new QPushButton(tr("Check &again"), this))
    , m_firewall(new FirewallPanel(this))
    , m_peerTester(new PeerTester(this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Does System 2 follow System 1?"));
    m_status->setObjectName(QStringLiteral("verifyStatusLabel"));
    m_status->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("verifyOutcome"));
    m_again->setObjectName(QStringLiteral("verifyAgainButton"));
    m_again->setAccessibleName(tr("Check again"));
    m_again->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    auto* form = new QFormLayout();
    form->addRow(tr("System 1 (this system) serves:"), m_serving);
    form->addRow(tr("System 2 follows System 1:"), m_selected);
    form->addRow(tr("System 1's state at System 2:"), m_state);
    form->addRow(tr("Reach:"), m_reach);
    form->addRow(tr("Last offset:"), m_offset);
    form->addRow(tr("System 2's leap status:"), m_leap);
    form->addRow(tr("System 2's stratum:"), m_stratum);
    form->addRow(tr("System 1's replies:"), m_authenticated);
    m_authenticated->setWordWrap(true);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_outcome);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(m_again);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_firewall);
    layout->addStretch(1);
    connect(m_servingCheck, &ServingCheck::finished, this, &VerifyPage::servingChecked);
    connect(m_verifier, &SyncVerifier::updated, this, &VerifyPage::show);
    connect(m_verifier, &SyncVerifier::finished, this, &VerifyPage::finished);
    connect(m_again, &QPushButton::clicked, this, &VerifyPage::start);
    connect(m_firewall, &FirewallPanel::opened, this, &VerifyPage::start);
    connect(m_peerTester, &PeerTester::finished, this, &VerifyPage::explainSilentSystem1);
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    m_servingCheck->stop();
    m_verifier->stop();
}

void VerifyPage::start()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const SetupChoices choices = wizard->choices();
    const SetupTarget target = wizard->target();
    m_finished = false;
    m_report = VerifyReport();
    m_outcome->clear();
    m_again->setEnabled(false);
    for (QLabel* label : {m_selected, m_state, m_reach, m_offset, m_leap, m_stratum})
        label->setText(tr("…"));
    // What must reach this system: System 2's NTP requests (System 1), the other's monitoring.
    QList<quint16> ports;
    if (choices.path == SetupChoices::Path::Server)
        ports << 123;
    if (choices.monitoring)
        ports << 323;
    const QHostAddress peer(choices.peer);
    m_firewall->setPeer(peer, ports);
    m_firewall->setVisible(!target.isLab() && !peer.isNull() && !ports.isEmpty());
    const bool server = choices.path == SetupChoices::Path::Server;
    m_authenticated->setText(authenticationText(choices, wizard));
    m_servingConfirmed = false;
    m_serving->setText(server ? tr("…") : tr("not checked from here"));
    if (!server) {
        setSubTitle(tr("Asking this system's chronyd (System 2)."));
        m_verifier->start(target.ownEndpoint(), choices.peer);
        m_status->setText(tr("Waiting for System 2 to select System 1 (this takes a few seconds after a restart)…"));
        return;
    }
    setSubTitle(tr("Asking this system's chronyd whether it serves, then System 2's."));
    m_status->setText(tr("Checking that this system serves its clock now…"));
    m_servingCheck->start(target.ownEndpoint());
}

void VerifyPage::servingChecked(const ServingReport& report)
{
    if (report.serving()) {
        const TrackingReport& t = *report.tracking;
        m_serving->setText(report.fromLocalClock()
                               ? tr("yes, its own clock at stratum %1").arg(t.stratum)
                               : tr("yes, at stratum %1 (following %2)")
                                     .arg(t.stratum)
                                     .arg(t.referenceName().isEmpty() ? t.referenceIdHex() : t.referenceName()));
        m_servingConfirmed = true;
        emit completeChanged(); // System 1's part is done: Finish need not wait for System 2
    } else {
        m_serving->setText(report.answered ? tr("not yet (leap status: %1)").arg(report.tracking->leapStatusText())
                                           : tr("no answer: %1").arg(report.problem));
    }
    startSystem2Check();
}

void VerifyPage::startSystem2Check()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const SetupChoices choices = wizard->choices();
    const SetupTarget target = wizard->target();
    const QHostAddress system2(choices.peer);
    if (system2.isNull() || choices.ownAddress.isEmpty()) {
        // A subnet or a name: there is no single System 2 to ask from here.
        setSubTitle(QString());
        m_status->setText(tr("System 2 is %1: run Tandem there (or \"tandem-cli status\") to see that it "
                             "follows this system.")
                              .arg(choices.peer));
        for (QLabel* label : {m_selected, m_state, m_reach, m_offset, m_leap, m_stratum})
            label->setText(tr("not checked from here"));
        m_finished = true;
        m_again->setEnabled(true);
        emit completeChanged();
        return;
    }
    setSubTitle(tr("Asking System 2's chronyd at %1 (its monitoring port).").arg(choices.peer));
    m_verifier->start(target.peerEndpoint(system2), choices.ownAddress);
    m_status->setText(tr("Waiting for System 2 to select System 1 (this takes a few seconds after a restart)…"));
}

void VerifyPage::show(const VerifyReport& report)
{
    m_report = report;
    if (!report.answered) {
        for (QLabel* label : {m_selected, m_state, m_reach, m_offset, m_leap, m_stratum})
            label->setText(tr("no answer"));
        return;
    }
    m_selected->setText(report.selected ? tr("yes") : report.sourceKnown ? tr("not yet") : tr("no: not a source"));
    m_state->setText(report.sourceKnown ? stateText(report.state) : tr("—"));
    m_reach->setText(report.sourceKnown ? tr("%1 (%2 of the last 8 requests answered)")
                                              .arg(QString::number(report.reach, 8))
                                              .arg(std::popcount(unsigned(report.reach & 0xff)))
                                        : tr("—"));
    m_offset->setText(report.sourceKnown && report.sinceSample != SourceReport::NeverSampled
                          ? tr("System 2 is %1 (± %2)")
                                .arg(SecondsText::withDirection(report.offset, tr("ahead"), tr("behind")),
                                     SecondsText::format(report.offsetError))
                          : tr("no measurement yet"));
    m_leap->setText(report.tracking ? report.tracking->leapStatusText() : tr("unknown"));
    m_stratum->setText(report.tracking ? QString::number(report.tracking->stratum) : tr("unknown"));
}

void VerifyPage::finished(const VerifyReport& report)
{
    show(report);
    m_finished = true;
    m_again->setEnabled(true);
    m_status->setText(QString());
    if (report.success()) {
        m_outcome->setReason(tr("It works: System 2 follows System 1 (%1), and its leap status is %2.")
                                 .arg(report.system1, report.tracking->leapStatusText()),
                             ReasonLabel::Kind::Ok);
    } else if (!report.answered && m_servingConfirmed) {
        // The guide sets up System 1 first: System 2 not answering yet is the next step, not a fault.
        auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
        m_outcome->setReason(
            tr("System 1 is ready: it serves its clock now. System 2 (%1) does not answer yet, which is expected while "
               "it is not set up. Next, on System 2: run Tandem, choose \"System 2\" and enter this system's address, "
               "%2. Then \"Check again\" here shows it following.")
                .arg(report.system2, wizard->choices().ownAddress),
            ReasonLabel::Kind::Warning);
    } else if (!report.answered) {
        m_outcome->setReason(tr("System 2's chronyd does not answer at %1 (%2). Check that chronyd runs there, that "
                                "its config has cmdallow for this system and a bindcmdaddress, and that UDP port 323 "
                                "is open in its firewall.")
                                 .arg(report.system2, report.problem));
    } else if (!report.sourceKnown) {
        m_outcome->setReason(tr("System 2 does not have %1 as a source. Check System 2's config: apply the matching "
                                "config there (Review page, \"The other system\").")
                                 .arg(report.system1));
    } else if (report.reach == 0) {
        m_outcome->setReason(tr("System 1 (%1) does not answer System 2. Check that chronyd runs on System 1, that "
                                "its allow line includes System 2, and that UDP port 123 is open in System 1's "
                                "firewall.")
                                 .arg(report.system1));
        // From System 2: if System 1's chronyd answers monitoring, its NTP port is what is silent.
        auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
        if (wizard->path() == SetupChoices::Path::Client)
            m_peerTester->start(wizard->choices().peer, wizard->target());
    } else {
        m_outcome->setReason(tr("System 2 hears System 1 but has not selected it yet (%1). Give it a minute and "
                                "check again; if other sources outvote System 1, remove them on System 2.")
                                 .arg(stateText(report.state)),
                             ReasonLabel::Kind::Warning);
    }
    // A failure may be this system's firewall: look (no password for an active local session).
    if (!report.success() && m_firewall->isVisibleTo(this))
        m_firewall->check();
    emit completeChanged();
}

void VerifyPage::explainSilentSystem1(const PeerTestReport& report)
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const QHostAddress own =
        wizard->target().isLab() ? wizard->target().ownAddress() : LocalRoute::towards(report.address).address;
    const QString hint = PeerFirewallHint::forReport(report, own);
    if (!hint.isEmpty() && m_finished && !m_report.success())
        m_outcome->setReason(hint);
}

bool VerifyPage::isComplete() const
{
    return m_finished || m_servingConfirmed;
}

#include "MonitoringPage.h"

#include "PairKeyBox.h"
#include "SetupWizard.h"
#include "config/PeerAccess.h"
#include "config/Profile.h"

#include <QCheckBox>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QVBoxLayout>

MonitoringPage::MonitoringPage(QWidget* parent)
    : QWizardPage(parent)
    , m_monitoring(new QCheckBox(this))
    , m_explanation(new QLabel(this))
    , m_everywhere(new QCheckBox(tr("Listen on &every interface (0.0.0.0), not only on the one facing the peer"), this))
    , m_listening(new QLabel(this))
    , m_pairKey(new PairKeyBox(this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    setTitle(tr("Monitoring and trust"));
    m_monitoring->setObjectName(QStringLiteral("monitoringCheck"));
    m_monitoring->setChecked(true);
    m_monitoring->setText(tr("&Let the other system watch this system's chronyd"));
    m_monitoring->setAccessibleName(tr("Let the other system watch this system's chronyd"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setObjectName(QStringLiteral("monitoringExplanationLabel"));
    m_everywhere->setObjectName(QStringLiteral("monitorEverywhereCheck"));
    m_everywhere->setAccessibleName(tr("Listen for monitoring on every interface"));
    m_listening->setObjectName(QStringLiteral("monitoringListenLabel"));
    m_listening->setWordWrap(true);
    m_listening->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_monitoring);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_everywhere);
    layout->addWidget(m_listening);
    layout->addSpacing(8);
    layout->addWidget(m_pairKey);
    layout->addStretch(1);
    connect(m_pairKey, &PairKeyBox::changed, this, &MonitoringPage::completeChanged);
    registerField(QStringLiteral("monitoring"), m_monitoring);
    registerField(QStringLiteral("monitorEverywhere"), m_everywhere);
    connect(m_monitoring, &QCheckBox::toggled, this, &MonitoringPage::updateListening);
    connect(m_everywhere, &QCheckBox::toggled, this, &MonitoringPage::updateListening);
}

void MonitoringPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const QString peer = wizard->choices().peer.toHtmlEscaped();
    const QString other = wizard->peerSystemName();
    setSubTitle(tr("Whether %1 may watch this system's chronyd, and how System 2 knows that its time comes from "
                   "System 1.")
                    .arg(other));
    m_monitoring->setText(tr("&Let %1 watch this system's chronyd").arg(other));
    m_monitoring->setAccessibleName(tr("Let %1 watch this system's chronyd").arg(other));
    m_explanation->setText(
        tr("Adds <code>cmdallow %1</code> and a <code>bindcmdaddress</code> line: chronyd's command port (UDP 323) "
           "then answers %2 as well as this system. Remote hosts only get the read-only monitoring commands "
           "(tracking, sources); nothing can be changed from there. Open UDP port 323 for %1 in the firewall if there "
           "is one.<br><br>Tandem's live view of both systems needs this on both sides. Leave it off if this "
           "system's chrony details should stay private.")
            .arg(peer, other));
    // A route lookup for an address (no packet is sent); a name is looked up when the plan is made.
    m_facing.clear();
    const QHostAddress peerAddress(wizard->choices().peer);
    if (wizard->target().isLab()) {
        m_facing = wizard->target().ownAddress().toString();
    } else if (!peerAddress.isNull()) {
        if (const Result<QHostAddress> facing = PeerAccess::addressFacing(peerAddress))
            m_facing = facing->toString();
    }
    // The key Tandem's block names on this system already (chrony.conf is readable by all; the key
    // file is not): a few KB from a local disk, read here.
    QFile config(wizard->target().configPath());
    const quint32 existing =
        config.open(QIODevice::ReadOnly) ? pairKeyIdInBlock(ConfFile::parse(config.readAll(), config.fileName())) : 0;
    m_pairKey->setServerSide(wizard->path() == SetupChoices::Path::Server, wizard->dialogs(), existing);
    updateListening();
}

bool MonitoringPage::isComplete() const
{
    return m_pairKey->isComplete();
}

void MonitoringPage::updateListening()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const QString other = wizard ? wizard->peerSystemName() : QString();
    const bool lab = wizard && wizard->target().isLab();
    m_everywhere->setEnabled(m_monitoring->isChecked() && !lab);
    if (!m_monitoring->isChecked()) {
        m_listening->setText(tr("chronyd's command port stays on this system's loopback."));
    } else if (lab) {
        m_listening->setText(
            tr("In the lab, chronyd listens on its own loopback address, <code>%1</code>.").arg(m_facing));
    } else if (m_everywhere->isChecked()) {
        m_listening->setText(tr("chronyd will answer monitoring on <b>every</b> network this system is on "
                                "(<code>bindcmdaddress 0.0.0.0</code>); only %1 is allowed to ask, but the port is "
                                "open to all of them.")
                                 .arg(other));
    } else if (!m_facing.isEmpty()) {
        m_listening->setText(tr("chronyd will listen only on <code>%1</code>, the address this system reaches %2 "
                                "from (<code>bindcmdaddress %1</code>). If that address changes (DHCP), monitoring "
                                "stops until Tandem is run again; choose every interface then.")
                                 .arg(m_facing, other));
    } else {
        m_listening->setText(tr("chronyd will listen only on the address this system reaches %1 from, worked out "
                                "when the plan is made.")
                                 .arg(other));
    }
}

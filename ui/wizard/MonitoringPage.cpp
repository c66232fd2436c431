#include "MonitoringPage.h"

#include "SetupWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

MonitoringPage::MonitoringPage(QWidget* parent)
    : QWizardPage(parent)
    , m_monitoring(new QCheckBox(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    setTitle(tr("Monitoring"));
    m_monitoring->setObjectName(QStringLiteral("monitoringCheck"));
    m_monitoring->setChecked(true);
    m_monitoring->setText(tr("&Let the other system watch this system's chronyd"));
    m_monitoring->setAccessibleName(tr("Let the other system watch this system's chronyd"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setObjectName(QStringLiteral("monitoringExplanationLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_monitoring);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    registerField(QStringLiteral("monitoring"), m_monitoring);
}

void MonitoringPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const QString peer = wizard->choices().peer.toHtmlEscaped();
    const QString other = wizard->peerSystemName();
    setSubTitle(tr("Whether %1 may watch this system's chronyd.").arg(other));
    m_monitoring->setText(tr("&Let %1 watch this system's chronyd").arg(other));
    m_monitoring->setAccessibleName(tr("Let %1 watch this system's chronyd").arg(other));
    m_explanation->setText(
        tr("Adds <code>cmdallow %1</code> and a <code>bindcmdaddress</code> line: chronyd's command port (UDP 323) "
           "then answers %2 as well as this system. Remote hosts only get the read-only monitoring commands "
           "(tracking, sources); nothing can be changed from there. Open UDP port 323 for %1 in the firewall if there "
           "is one.<br><br>Tandem's live view of both systems needs this on both sides. Leave it off if this "
           "system's chrony details should stay private.")
            .arg(peer, other));
}

#include "SyncConfirmPage.h"

#include "SetupWizard.h"
#include "util/SecondsText.h"
#include "widgets/ReasonLabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>

SyncConfirmPage::SyncConfirmPage(QWidget* parent)
    : QWizardPage(parent)
    , m_measurementLabel(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QCheckBox(tr("I &understand that this clock will jump"), this))
    , m_reason(new ReasonLabel(this))
{
    setObjectName(QStringLiteral("syncConfirmPage"));
    setTitle(tr("Set this clock once from System 1"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Sync now"));
    m_measurementLabel->setObjectName(QStringLiteral("measuredOffsetLabel"));
    m_measurementLabel->setWordWrap(true);
    m_measurementLabel->setTextFormat(Qt::RichText);
    m_warning->setObjectName(QStringLiteral("jumpWarningLabel"));
    m_warning->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmJumpCheck"));
    m_confirm->setAccessibleName(tr("I understand that this clock will jump"));
    m_reason->setObjectName(QStringLiteral("syncConfirmReason"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_measurementLabel);
    layout->addSpacing(8);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addWidget(m_reason);
    layout->addStretch(1);
    connect(m_confirm, &QCheckBox::toggled, this, &SyncConfirmPage::completeChanged);
    connect(this, &SyncConfirmPage::completeChanged, this, [this] {
        if (m_measuring)
            m_reason->setReason(tr("Measuring System 1's offset first…"), ReasonLabel::Kind::Warning);
        else if (!m_measurement)
            m_reason->setReason(tr("System 1 must answer before this clock can be set from it."));
        else
            m_reason->setReason(m_confirm->isChecked() ? QString() : tr("Confirm the jump to continue."),
                                ReasonLabel::Kind::Warning);
    });
}

void SyncConfirmPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const QString peer = wizard->choices().peer;
    m_measurement.reset();
    m_confirm->setChecked(false);
    m_measuring = true;
    setSubTitle(tr("Nothing in chrony.conf changes; chronyd takes %1 as a temporary source, measures, steps the "
                   "clock and forgets it again.")
                    .arg(peer));
    m_measurementLabel->setText(tr("Measuring the offset to %1…").arg(peer.toHtmlEscaped()));
    if (!wizard->isLab())
        m_warning->setText(tr("The clock is stepped, not slewed: programs see the time jump at once, forwards or "
                              "backwards. Logs, timers and running measurements may notice."));
    else if (wizard->lab()->virtualClocks)
        m_warning->setText(tr("In the lab, System 2 runs on a virtual clock of its own: chronyd steps that clock for "
                              "real, as it would on a real system, and this machine's clock stays as it is."));
    else
        m_warning->setText(tr("In this lab, the daemons run with -x: chronyd measures, but it never steps this "
                              "machine's clock, so the step is reported as refused."));
    delete m_tester;
    m_tester = new PeerTester(this);
    connect(m_tester, &PeerTester::finished, this, &SyncConfirmPage::measured);
    m_tester->start(peer, wizard->target());
    emit completeChanged();
}

void SyncConfirmPage::measured(const PeerTestReport& report)
{
    m_measuring = false;
    if (report.ntp) {
        m_measurement = report.ntp;
        const double offset = report.ntp->offset;
        m_measurementLabel->setText(
            tr("System 1 (%1) is <b>%2 %3</b> this clock (delay %4, stratum %5). The clock will jump by about "
               "that much.")
                .arg(report.peer.toHtmlEscaped(), SecondsText::format(std::abs(offset)),
                     offset >= 0 ? tr("ahead of") : tr("behind"), SecondsText::format(report.ntp->delay))
                .arg(report.ntp->stratum));
    } else {
        m_measurementLabel->setText(
            tr("%1 does not answer NTP (%2). Check that chronyd runs there and allows this system, and the firewall "
               "(UDP port %3).")
                .arg(report.peer.toHtmlEscaped(),
                     (report.resolved() ? report.ntpError : report.resolveError).toHtmlEscaped())
                .arg(report.ntpPort));
    }
    m_measurementLabel->setAccessibleName(
        m_measurementLabel->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    emit completeChanged();
}

bool SyncConfirmPage::isComplete() const
{
    return m_measurement.has_value() && m_confirm->isChecked();
}

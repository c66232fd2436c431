#include "SystemStatusBox.h"

#include "cmdmon/CmdmonClient.h"
#include "ntp/NtpMeasurement.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace {

QLabel* value(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SystemStatusBox::SystemStatusBox(const QString& title, const CmdmonEndpoint& endpoint, QWidget* parent)
    : QGroupBox(title, parent)
    , m_client(new CmdmonClient(endpoint, this))
    , m_reference(value(this, QStringLiteral("referenceValue"), tr("Reference")))
    , m_stratum(value(this, QStringLiteral("stratumValue"), tr("Stratum")))
    , m_systemTime(value(this, QStringLiteral("systemTimeValue"), tr("System time")))
    , m_lastOffset(value(this, QStringLiteral("lastOffsetValue"), tr("Last offset")))
    , m_frequency(value(this, QStringLiteral("frequencyValue"), tr("Frequency")))
    , m_leap(value(this, QStringLiteral("leapValue"), tr("Leap status")))
    , m_error(new QLabel(this))
{
    setAccessibleName(title);
    m_client->setInitialTimeout(500);
    m_client->setRetries(1);
    m_error->setObjectName(QStringLiteral("statusErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("Stratum:"), m_stratum);
    form->addRow(tr("System time:"), m_systemTime);
    form->addRow(tr("Last offset:"), m_lastOffset);
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Leap status:"), m_leap);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &SystemStatusBox::refresh);
    m_timer.start();
    refresh();
}

void SystemStatusBox::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        m_busy = false;
        const Result<TrackingReport> tracking = call.result();
        if (!tracking) {
            m_state = QStringLiteral("error");
            m_error->setText(
                tr("chronyd does not answer at %1: %2").arg(m_client->endpoint().describe(), tracking.error()));
            m_error->setVisible(true);
            for (QLabel* label : {m_reference, m_stratum, m_systemTime, m_lastOffset, m_frequency, m_leap})
                label->setText(QStringLiteral("—"));
            emit refreshed();
            return;
        }
        const TrackingReport& t = *tracking;
        m_state = QStringLiteral("ok");
        m_error->setVisible(false);
        m_reference->setText(tr("%1 (%2)").arg(describeReferenceId(t.referenceId, t.stratum), t.referenceIdHex()));
        if (!t.referenceName().isEmpty() && t.referenceAddress.isIp())
            m_reference->setText(tr("%1 (%2)").arg(t.referenceName(), t.referenceIdHex()));
        m_stratum->setText(QString::number(t.stratum));
        m_systemTime->setText(
            tr("%1 s %2").arg(std::abs(t.systemTime), 0, 'f', 9).arg(t.systemTime >= 0 ? tr("slow") : tr("fast")));
        m_lastOffset->setText(tr("%1 s").arg(t.lastOffset, 0, 'f', 9));
        m_frequency->setText(
            tr("%1 ppm %2").arg(std::abs(t.frequency), 0, 'f', 3).arg(t.frequency >= 0 ? tr("fast") : tr("slow")));
        m_leap->setText(t.leapStatusText());
        emit refreshed();
    });
}

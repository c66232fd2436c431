#include "MonitorSettingsForm.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

MonitorSettingsForm::MonitorSettingsForm(const MonitorSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings.normalised())
    , m_poll(new QSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_grace(new QSpinBox(this))
    , m_degradedGrace(new QSpinBox(this))
{
    setObjectName(QStringLiteral("monitorSettingsForm"));
    m_poll->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_poll->setRange(1, MonitorSettings::MaxPollIntervalMs / 1000);
    m_poll->setSuffix(tr(" s"));
    m_poll->setValue(std::max(1, m_settings.pollIntervalMs / 1000));
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setDecimals(3);
    m_threshold->setRange(0.001, 100000);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setValue(m_settings.offsetThresholdS * 1e3);
    m_grace->setObjectName(QStringLiteral("graceSpin"));
    m_grace->setRange(0, 3600);
    m_grace->setSuffix(tr(" s"));
    m_grace->setValue(int(m_settings.graceMs / 1000));
    m_degradedGrace->setObjectName(QStringLiteral("degradedGraceSpin"));
    m_degradedGrace->setRange(0, 24 * 3600);
    m_degradedGrace->setSuffix(tr(" s"));
    m_degradedGrace->setValue(int(m_settings.degradedGraceMs / 1000));

    auto* form = new QFormLayout(this);
    const auto addRow = [&](const QString& label, QAbstractSpinBox* field, const QString& accessibleName) {
        form->addRow(label, field);
        field->setAccessibleName(accessibleName);
    };
    addRow(tr("Poll &both systems every:"), m_poll, tr("Poll interval"));
    addRow(tr("Alert when System 2 is &off System 1 by more than:"), m_threshold, tr("Offset alert threshold"));
    addRow(tr("…or leap status is not Normal, for longer than (&grace period):"), m_grace, tr("Grace period"));
    addRow(tr("Alert when a system's link &loses some polls for longer than:"), m_degradedGrace,
           tr("Degraded link grace period"));
    auto* note = new QLabel(tr("An alert clears once the condition has been gone for the same grace period; an "
                               "offset alert only below 80 % of the threshold, so it does not flap."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);

    connect(m_poll, &QSpinBox::valueChanged, this, &MonitorSettingsForm::readFields);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &MonitorSettingsForm::readFields);
    connect(m_grace, &QSpinBox::valueChanged, this, &MonitorSettingsForm::readFields);
    connect(m_degradedGrace, &QSpinBox::valueChanged, this, &MonitorSettingsForm::readFields);
}

void MonitorSettingsForm::readFields()
{
    m_settings.pollIntervalMs = m_poll->value() * 1000;
    m_settings.offsetThresholdS = m_threshold->value() / 1e3;
    m_settings.graceMs = qint64(m_grace->value()) * 1000;
    m_settings.degradedGraceMs = qint64(m_degradedGrace->value()) * 1000;
    m_settings.save();
    emit changed(m_settings);
}

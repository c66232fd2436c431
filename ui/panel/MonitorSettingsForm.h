#pragma once

#include "monitor/MonitorSettings.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

// The panel's "Alerts and polling" page: poll interval, offset threshold and the grace periods. Each
// change is saved and announced at once; there is no Apply button to forget.
class MonitorSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorSettingsForm(const MonitorSettings& settings, QWidget* parent = nullptr);

    MonitorSettings settings() const { return m_settings; }

signals:
    void changed(const MonitorSettings& settings);

private:
    void readFields();

    MonitorSettings m_settings;
    QSpinBox* m_poll;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_grace;
    QSpinBox* m_degradedGrace;
};

#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QSpinBox;
class ReasonLabel;

// Page 4 for System 2: how often it asks System 1. Presets (the guide's every-2-seconds, balanced,
// chrony's default) or custom values, each with what it costs; and whether System 2 steps whenever
// it is over 1 s off (makestep 1 -1), for a System 1 whose clock may jump.
class PollingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PollingPage(QWidget* parent = nullptr);

    bool isComplete() const override;

private:
    void presetChosen(int id);
    void update();

    QButtonGroup* m_presets;
    QSpinBox* m_minpoll;
    QSpinBox* m_maxpoll;
    QLabel* m_cost;
    ReasonLabel* m_reason;
    QCheckBox* m_stepAlways;
};

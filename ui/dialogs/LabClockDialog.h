#pragma once

#include "lab/LabSettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class ReasonLabel;

// "Make System 2's clock wrong": jumps the running lab's System 2 clock (a virtual clock, never this
// machine's) behind chronyd's back, as a wrong `date -s` would, and optionally gives its oscillator an
// error, through LabClocks. Says the true offset now, so the admin sees what chronyd has to undo.
class LabClockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LabClockDialog(const LabSettings& settings, QWidget* parent = nullptr);

    // Applies the step and the oscillator error, as the dialog's button does; false (with the reason
    // shown) when the lab's clocks cannot be opened.
    bool apply();

signals:
    // The clock was changed; `summary` says how, and how far System 2 is from System 1 now.
    void applied(const QString& summary);

private:
    LabSettings m_settings;
    QLabel* m_intro;
    QLabel* m_now;
    QDoubleSpinBox* m_step;
    QCheckBox* m_changeOscillator;
    QDoubleSpinBox* m_oscillator;
    QLabel* m_hint;
    ReasonLabel* m_error;
};

#include "LabClockDialog.h"

#include "lab/LabClocks.h"
#include "util/SecondsText.h"
#include "widgets/ReasonLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LabClockDialog::LabClockDialog(const LabSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_intro(new QLabel(this))
    , m_now(new QLabel(this))
    , m_step(new QDoubleSpinBox(this))
    , m_changeOscillator(new QCheckBox(tr("Change its &oscillator error"), this))
    , m_oscillator(new QDoubleSpinBox(this))
    , m_hint(new QLabel(this))
    , m_error(new ReasonLabel(this))
{
    setObjectName(QStringLiteral("labClockDialog"));
    setWindowTitle(tr("Make System 2's clock wrong (lab)"));
    m_intro->setObjectName(QStringLiteral("labClockIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Jumps System 2's virtual clock now, behind chronyd's back, as a wrong date command would. "
                        "This machine's clock is not touched."));
    m_now->setObjectName(QStringLiteral("labClockNow"));
    m_now->setWordWrap(true);
    QFont bold = m_now->font();
    bold.setBold(true);
    m_now->setFont(bold);
    double ppm = 0.0;
    if (Result<LabClocks> clocks = LabClocks::open(settings)) {
        //: "System 2 is now 12.30 µs ahead of System 1."
        m_now->setText(
            tr("System 2 is now %1 System 1.")
                .arg(SecondsText::withDirection(clocks.value().system2Ahead(), tr("ahead of"), tr("behind"))));
        ppm = clocks.value().system(2).oscillatorPpm();
    }
    m_now->setVisible(!m_now->text().isEmpty());
    m_hint->setObjectName(QStringLiteral("labClockHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("chronyd made its start-up steps already, so it only slews the error away, by at most 83 ms "
                       "a second: the chart shows it for minutes. Sync now steps it back at once."));

    m_step->setObjectName(QStringLiteral("stepSpin"));
    m_step->setAccessibleName(tr("Step System 2's clock by, in seconds"));
    m_step->setRange(-MaxLabClockOffsetSeconds, MaxLabClockOffsetSeconds);
    m_step->setDecimals(3);
    m_step->setSingleStep(1.0);
    m_step->setSuffix(tr(" s"));
    m_step->setValue(100.0);
    m_step->setToolTip(tr("Positive: System 2's clock jumps ahead; negative: back."));
    m_changeOscillator->setObjectName(QStringLiteral("oscillatorCheck"));
    m_oscillator->setObjectName(QStringLiteral("oscillatorSpin"));
    m_oscillator->setAccessibleName(tr("Oscillator error of System 2, in ppm"));
    m_oscillator->setRange(-MaxLabClockFrequencyPpm, MaxLabClockFrequencyPpm);
    m_oscillator->setDecimals(3);
    m_oscillator->setSuffix(tr(" ppm"));
    m_oscillator->setValue(ppm);
    m_oscillator->setEnabled(false);
    m_oscillator->setToolTip(tr("How fast System 2's clock runs from now on (positive: fast); chronyd learns to "
                                "correct up to 500 ppm."));
    m_error->setObjectName(QStringLiteral("labClockError"));
    connect(m_changeOscillator, &QCheckBox::toggled, m_oscillator, &QWidget::setEnabled);

    auto* form = new QFormLayout();
    auto* stepLabel = new QLabel(tr("&Step it by:"), this);
    stepLabel->setBuddy(m_step);
    form->addRow(stepLabel, m_step);
    form->addRow(m_changeOscillator, m_oscillator);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->addButton(tr("&Make it wrong"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyClockButton"));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (this->apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_now);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool LabClockDialog::apply()
{
    Result<LabClocks> clocks = LabClocks::open(m_settings);
    if (!clocks) {
        m_error->setReason(tr("The lab's clocks cannot be changed: %1").arg(clocks.error()));
        return false;
    }
    VirtualClock& system2 = clocks.value().system(2);
    const double step = m_step->value();
    if (step != 0.0)
        system2.step(step);
    if (m_changeOscillator->isChecked())
        system2.setOscillatorPpm(m_oscillator->value());
    m_error->clear();
    const QString ahead = SecondsText::withDirection(clocks.value().system2Ahead(), tr("ahead of"), tr("behind"));
    emit applied(m_changeOscillator->isChecked()
                     ? tr("System 2's clock was stepped by %1 and its oscillator set to %2 ppm: it is %3 System 1 "
                          "now. Watch chronyd slew it, or use Sync now.")
                           .arg(SecondsText::format(step), QString::number(m_oscillator->value()), ahead)
                     : tr("System 2's clock was stepped by %1: it is %2 System 1 now. Watch chronyd slew it, or use "
                          "Sync now.")
                           .arg(SecondsText::format(step), ahead));
    return true;
}

#include "SyncRunPage.h"

#include "SetupWizard.h"
#include "helperprotocol/HelperRunner.h"
#include "helperprotocol/HelperSteps.h"
#include "util/SecondsText.h"
#include "widgets/HelperStepList.h"
#include "widgets/ReasonLabel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>

SyncRunPage::SyncRunPage(QWidget* parent)
    : QWizardPage(parent)
    , m_steps(new HelperStepList(this))
    , m_beforeAfter(new QLabel(this))
    , m_outcomeLabel(new ReasonLabel(this))
{
    setObjectName(QStringLiteral("syncRunPage"));
    setTitle(tr("Setting the clock"));
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfterLabel"));
    m_beforeAfter->setWordWrap(true);
    m_beforeAfter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeLabel->setObjectName(QStringLiteral("syncOutcome"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_beforeAfter);
    layout->addWidget(m_outcomeLabel);
}

void SyncRunPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    m_done = false;
    m_exitCode = -2;
    m_result = {};
    m_outcome.reset();
    m_stepsSeen.clear();
    m_outcomeLabel->clear();
    m_beforeAfter->clear();
    m_steps->reset(HelperStep::expectedFor(HelperAction::SyncNow));
    HelperRunner* runner = wizard->runner();
    m_active = true;
    connect(runner, &HelperRunner::step, this, &SyncRunPage::addStep, Qt::UniqueConnection);
    connect(runner, &HelperRunner::finished, this, &SyncRunPage::finished, Qt::UniqueConnection);
    wizard->button(QWizard::CancelButton)->setEnabled(false);
    runner->start(wizard->choices().helperRequest(), wizard->target().helperRoot());
}

void SyncRunPage::cleanupPage()
{
    m_active = false;
}

void SyncRunPage::addStep(const QJsonObject& step)
{
    if (!m_active)
        return;
    m_stepsSeen.append(step);
    m_steps->addStep(step);
}

void SyncRunPage::finished(int exitCode, const QJsonObject& result)
{
    if (!m_active)
        return;
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    wizard->button(QWizard::CancelButton)->setEnabled(true);
    m_steps->addResult(exitCode, result);
    m_exitCode = exitCode;
    m_result = result;
    m_outcome = SyncNowOutcome::interpret(exitCode, result, m_stepsSeen);
    m_done = true;
    // Only a lab without virtual clocks runs chronyd with -x, on this machine's clock.
    const bool clockFixed = wizard->isLab() && !wizard->lab()->virtualClocks;
    showOutcome(*m_outcome, clockFixed);
    emit completeChanged();
}

QString SyncRunPage::beforeAfterText(const SyncNowOutcome& outcome)
{
    const auto offset = [](double seconds) {
        //: "100.0 s ahead of System 1" / "3.200 ms behind System 1"
        return SecondsText::withDirection(seconds, tr("ahead of"), tr("behind"));
    };
    QStringList lines;
    if (outcome.measuredOffset)
        lines << tr("Before: this clock was %1 System 1 (%2), by an NTP measurement.")
                     .arg(offset(*outcome.measuredOffset), outcome.source);
    if (outcome.offsetAfter) {
        lines << (outcome.clockChanged ? tr("After: this clock is %1 System 1, measured again after the step.")
                                       : tr("Measured again: this clock is %1 System 1; it was not stepped."))
                     .arg(offset(*outcome.offsetAfter));
    } else if (outcome.clockChanged) {
        lines << tr("After: not known. The clock was stepped, but it was not measured again.");
    }
    return lines.join(u'\n');
}

void SyncRunPage::showOutcome(const SyncNowOutcome& outcome, bool clockFixed)
{
    m_beforeAfter->setText(beforeAfterText(outcome));
    m_beforeAfter->setVisible(!m_beforeAfter->text().isEmpty());
    switch (outcome.reason) {
    case SyncNowOutcome::Reason::Stepped:
        m_outcomeLabel->setReason(outcome.summary, ReasonLabel::Kind::Ok);
        return;
    case SyncNowOutcome::Reason::SteppedNotClose:
        m_outcomeLabel->setReason(outcome.summary, ReasonLabel::Kind::Warning);
        return;
    case SyncNowOutcome::Reason::ClockControlDisabled:
        if (clockFixed) {
            m_outcomeLabel->setReason(tr("Measured, not stepped: this lab's chronyd runs with -x and never touches "
                                         "the clock. On a real system, or in a lab on virtual clocks, this step "
                                         "sets the clock."),
                                      ReasonLabel::Kind::Warning);
            return;
        }
        break;
    case SyncNowOutcome::Reason::Other:
        if (!outcome.helperMessage.isEmpty()) {
            m_outcomeLabel->setReason(tr("%1 (%2)").arg(outcome.summary, outcome.helperMessage));
            return;
        }
        break;
    default:
        break;
    }
    m_outcomeLabel->setReason(outcome.summary);
}

bool SyncRunPage::isComplete() const
{
    return m_done;
}

#include "SyncRunPage.h"

#include "HelperStepList.h"
#include "ReasonLabel.h"
#include "SetupWizard.h"
#include "privileged/HelperExitCode.h"
#include "setup/HelperRunner.h"
#include "util/SecondsText.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>

SyncRunPage::SyncRunPage(QWidget* parent)
    : QWizardPage(parent)
    , m_steps(new HelperStepList(this))
    , m_beforeAfter(new QLabel(this))
    , m_outcome(new ReasonLabel(this))
{
    setObjectName(QStringLiteral("syncRunPage"));
    setTitle(tr("Setting the clock"));
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfterLabel"));
    m_beforeAfter->setWordWrap(true);
    m_beforeAfter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setObjectName(QStringLiteral("syncOutcome"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_beforeAfter);
    layout->addWidget(m_outcome);
}

void SyncRunPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    m_done = false;
    m_exitCode = -2;
    m_result = {};
    m_outcome->clear();
    m_beforeAfter->clear();
    m_steps->reset({QStringLiteral("validate"), QStringLiteral("before"), QStringLiteral("add-source"),
                    QStringLiteral("burst"), QStringLiteral("measure"), QStringLiteral("step"), QStringLiteral("after"),
                    QStringLiteral("remove-source")});
    HelperRunner* runner = wizard->runner();
    m_active = true;
    connect(runner, &HelperRunner::step, m_steps, &HelperStepList::addStep, Qt::UniqueConnection);
    connect(runner, &HelperRunner::finished, this, &SyncRunPage::finished, Qt::UniqueConnection);
    wizard->button(QWizard::CancelButton)->setEnabled(false);
    runner->start(wizard->choices().helperRequest(), wizard->target().helperRoot());
}

void SyncRunPage::cleanupPage()
{
    m_active = false;
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
    m_done = true;
    // chronyd's sign: positive "System time" means this clock is slow.
    QStringList lines;
    if (result.contains(QStringLiteral("systemTimeBefore")))
        lines << tr("Before: this clock was %1, by chronyd's estimate.")
                     .arg(SecondsText::withDirection(result.value(QStringLiteral("systemTimeBefore")).toDouble(),
                                                     tr("slow"), tr("fast")));
    if (result.contains(QStringLiteral("measuredOffset")))
        lines << tr("Measured against %1: this clock was %2.")
                     .arg(result.value(QStringLiteral("measuredSource")).toString(),
                          SecondsText::withDirection(result.value(QStringLiteral("measuredOffset")).toDouble(),
                                                     tr("ahead"), tr("behind")));
    if (result.contains(QStringLiteral("systemTimeAfter")))
        lines << tr("After: this clock is %1.")
                     .arg(SecondsText::withDirection(result.value(QStringLiteral("systemTimeAfter")).toDouble(),
                                                     tr("slow"), tr("fast")));
    m_beforeAfter->setText(lines.join(u'\n'));
    const QString message = result.value(QStringLiteral("message")).toString();
    if (exitCode == HelperExitCode::Ok)
        m_outcome->setReason(tr("The clock was set from System 1."), ReasonLabel::Kind::Ok);
    else if (wizard->isLab() && result.contains(QStringLiteral("measuredOffset")))
        m_outcome->setReason(tr("Measured, not stepped: the lab's chronyd runs with -x and never touches the clock. "
                                "On a real system this step sets the clock. (%1)")
                                 .arg(message),
                             ReasonLabel::Kind::Warning);
    else
        m_outcome->setReason(message);
    emit completeChanged();
}

bool SyncRunPage::isComplete() const
{
    return m_done;
}

#include "ApplyPage.h"

#include "ReviewPage.h"
#include "SetupWizard.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperRunner.h"
#include "helperprotocol/HelperSteps.h"
#include "setup/ChronyDetector.h"
#include "widgets/HelperStepList.h"
#include "widgets/ReasonLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ApplyPage::ApplyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_steps(new HelperStepList(this))
    , m_cancel(new QPushButton(tr("&Stop before writing"), this))
    , m_outcome(new ReasonLabel(this))
    , m_detector(new ChronyDetector(this))
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Applying"));
    m_status->setObjectName(QStringLiteral("applyStatusLabel"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    m_cancel->setAccessibleName(tr("Stop the helper before it writes the config"));
    m_cancel->setAutoDefault(false);
    m_outcome->setObjectName(QStringLiteral("applyOutcome"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_outcome);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, &ApplyPage::cancel);
    connect(m_detector, &ChronyDetector::finished, this, &ApplyPage::showChronydAfterCrash);
}

void ApplyPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const auto* review = qobject_cast<ReviewPage*>(wizard->page(SetupWizard::ReviewPageId));
    m_done = false;
    m_exitCode = -2;
    m_result = {};
    m_outcome->clear();
    m_steps->reset(HelperStep::expectedFor(HelperAction::Apply));
    const SetupTarget target = wizard->target();
    setSubTitle(target.isLab()
                    ? tr("tandem-helper changes lab System %1 (%2).").arg(target.labIndex()).arg(target.configPath())
                    : tr("tandem-helper changes %1 as administrator.").arg(target.configPath()));
    m_status->setText(tr("Working…"));
    HelperRunner* runner = wizard->runner();
    m_active = true;
    connect(runner, &HelperRunner::step, this, &ApplyPage::step, Qt::UniqueConnection);
    connect(runner, &HelperRunner::finished, this, &ApplyPage::finished, Qt::UniqueConnection);
    // Only the lab's helper can be stopped: a pkexec helper runs as root.
    m_cancel->setVisible(target.isLab());
    m_cancel->setEnabled(true);
    wizard->button(QWizard::CancelButton)->setEnabled(false);
    runner->start(review->plan()->request, target.helperRoot());
}

void ApplyPage::cleanupPage()
{
    m_active = false;
}

void ApplyPage::step(const QJsonObject& step)
{
    if (!m_active)
        return;
    m_steps->addStep(step);
    // Once the new config is written, stopping would only leave chrony half restarted.
    if (m_steps->sawStep(HelperStep::Backup))
        m_cancel->setEnabled(false);
}

void ApplyPage::cancel()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    if (!m_steps->sawStep(HelperStep::Backup))
        wizard->runner()->cancel();
}

void ApplyPage::finished(int exitCode, const QJsonObject& result)
{
    if (!m_active)
        return;
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    m_steps->addResult(exitCode, result);
    m_exitCode = exitCode;
    m_result = result;
    m_done = true;
    m_cancel->setEnabled(false);
    wizard->button(QWizard::CancelButton)->setEnabled(true);
    const QString message = result.value(HelperStep::Key::Message).toString();
    switch (exitCode) {
    case HelperExitCode::Ok:
        m_status->setText(tr("Done."));
        m_outcome->setReason(message.isEmpty() ? tr("The new config is in place and chrony runs with it.") : message,
                             ReasonLabel::Kind::Ok);
        break;
    case HelperExitCode::RolledBack:
        m_status->setText(tr("<b>Rolled back.</b> chrony did not come up with the new config, so the previous "
                             "config was put back and chrony runs with it again. Nothing else changed."));
        m_outcome->setReason(message, ReasonLabel::Kind::Warning);
        break;
    case HelperExitCode::RollbackFailed:
        m_status->setText(tr("<b>The change failed and so did the rollback.</b> chrony may not be running. The "
                             "previous config is kept as a backup; the details say where."));
        m_outcome->setReason(message);
        break;
    case HelperExitCode::Cancelled:
        m_status->setText(tr("Stopped before anything was written. Nothing was changed."));
        m_outcome->setReason(tr("Cancelled."), ReasonLabel::Kind::Warning);
        break;
    case HelperExitCode::Crashed:
        // Killed or crashed: no result line, so only the steps it reported say how far it got.
        m_status->setText(m_steps->sawStep(HelperStep::Write)
                              ? tr("<b>The helper stopped before it finished</b>, after writing the new config: the "
                                   "new config may already be in place, and chrony may or may not run with it. Check "
                                   "chrony here; File → Restore puts the previous config back.")
                              : tr("<b>The helper stopped before it finished.</b> chrony.conf is either as it was or "
                                   "the new config in full (it is never half-written). Check chrony here before "
                                   "trying again."));
        m_outcome->setReason(message);
        m_sinceCrash.start();
        m_detector->start(wizard->target());
        break;
    case HelperExitCode::PkexecDismissed:
    case HelperExitCode::PkexecNotAuthorised:
        m_status->setText(tr("The helper did not run. Nothing was changed."));
        m_outcome->setReason(message);
        break;
    default:
        m_status->setText(tr("The change was not made. Nothing was changed."));
        m_outcome->setReason(message);
        break;
    }
    m_status->setAccessibleName(m_status->text());
    emit completeChanged();
}

void ApplyPage::showChronydAfterCrash(const DetectReport& report)
{
    if (!m_active || m_exitCode != HelperExitCode::Crashed)
        return;
    // A restart the helper began goes on without it (stop, wait, start: a few seconds at most).
    constexpr int RestartGraceMs = 15000;
    constexpr int RecheckMs = 500;
    if (!report.running && m_sinceCrash.elapsed() < RestartGraceMs) {
        QTimer::singleShot(RecheckMs, this, [this] {
            if (m_active && m_exitCode == HelperExitCode::Crashed)
                m_detector->start(qobject_cast<SetupWizard*>(wizard())->target());
        });
        return;
    }
    const QString now =
        report.running ? tr("chronyd runs now.")
                       : tr("<b>chronyd is not running now</b> (%1). Start it with <code>%2</code>.")
                             .arg(report.notRunningReason.toHtmlEscaped(), report.commands.startChrony.toHtmlEscaped());
    m_status->setText(m_status->text() + QStringLiteral("<br>") + now);
    m_status->setAccessibleName(m_status->text());
}

bool ApplyPage::isComplete() const
{
    return m_done && m_exitCode == HelperExitCode::Ok;
}

#include "RestoreDialog.h"

#include "privileged/HelperExitCode.h"
#include "setup/HelperRunner.h"
#include "wizard/HelperStepList.h"
#include "wizard/ReasonLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const SetupTarget& target, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_runner(new HelperRunner(this))
    , m_intro(new QLabel(this))
    , m_steps(new HelperStepList(this))
    , m_outcome(new ReasonLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_restore(m_buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("restoreDialog"));
    const QString where =
        target.isLab() ? tr("lab System %1's %2").arg(target.labIndex()).arg(target.configPath()) : target.configPath();
    setWindowTitle(target.isLab() ? tr("Restore the previous chrony.conf (lab)")
                                  : tr("Restore the previous chrony.conf"));
    m_intro->setObjectName(QStringLiteral("restoreIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Puts back %1 as it was before the last change (the newest backup tandem-helper kept) and "
                        "restarts chrony. The config it replaces is backed up first, so a restore can be undone "
                        "the same way. If chrony does not come up with it, the current config is put back.")
                         .arg(where));
    m_outcome->setObjectName(QStringLiteral("restoreOutcome"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    // The steps are there from the start, so the admin sees what Restore will do.
    m_steps->reset(expectedSteps());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);
    resize(600, 470);

    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &HelperRunner::step, m_steps, &HelperStepList::addStep);
    connect(m_runner, &HelperRunner::finished, this, &RestoreDialog::finished);
}

QStringList RestoreDialog::expectedSteps()
{
    return {QStringLiteral("validate"), QStringLiteral("list"),    QStringLiteral("select"),
            QStringLiteral("read"),     QStringLiteral("check"),   QStringLiteral("backup"),
            QStringLiteral("write"),    QStringLiteral("restart"), QStringLiteral("wait")};
}

void RestoreDialog::start()
{
    if (m_runner->isRunning())
        return;
    m_outcome->clear();
    m_steps->reset(expectedSteps());
    m_restore->setEnabled(false);
    // Closing while the helper writes would only hide how it ended; the helper finishes either way.
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    HelperRequest request;
    request.action = HelperAction::Restore;
    m_runner->start(request, m_target.helperRoot());
}

void RestoreDialog::reject()
{
    // Closing now would hide how the change ended (and end a lab helper half-way).
    if (m_runner->isRunning())
        return;
    QDialog::reject();
}

void RestoreDialog::finished(int exitCode, const QJsonObject& result)
{
    m_steps->addResult(exitCode, result);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    const QString message = result.value(QStringLiteral("message")).toString();
    if (exitCode == HelperExitCode::Ok) {
        m_outcome->setReason(message.isEmpty() ? tr("The previous config is back and chrony runs with it.") : message,
                             ReasonLabel::Kind::Ok);
        return;
    }
    // A failed restore may be tried again (after fixing what the message names); a rolled-back one
    // left the current config running, which the message says.
    m_restore->setEnabled(true);
    m_outcome->setReason(message.isEmpty() ? tr("The helper failed (exit code %1).").arg(exitCode) : message,
                         exitCode == HelperExitCode::RolledBack ? ReasonLabel::Kind::Warning
                                                                : ReasonLabel::Kind::Error);
}

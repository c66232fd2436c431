#pragma once

#include "setup/SetupTarget.h"

#include <QDialog>
#include <QJsonObject>

class HelperRunner;
class HelperStepList;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class ReasonLabel;

// Undo for the wizard's Apply: puts back the chrony.conf from before the last change (the newest
// backup tandem-helper kept) through the helper's restore, which backs up the config it replaces, so
// a restore is undone the same way. Says what will happen, shows the helper's steps, says how it ended.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const SetupTarget& target, QWidget* parent = nullptr);

    HelperRunner* runner() const { return m_runner; }
    // Starts the restore, as the Restore button does.
    void start();
    // Escape and the title bar's close do nothing while the helper runs, as in the wizard.
    void reject() override;

private:
    static QStringList expectedSteps();
    void finished(int exitCode, const QJsonObject& result);

    SetupTarget m_target;
    HelperRunner* m_runner;
    QLabel* m_intro;
    HelperStepList* m_steps;
    ReasonLabel* m_outcome;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restore;
};

#pragma once

#include "setup/BackupCatalog.h"
#include "setup/SetupTarget.h"

#include <QDialog>
#include <QJsonObject>

class HelperRunner;
class HelperStepList;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class ReasonLabel;

// Undo for the wizard's Apply: every backup tandem-helper kept, newest first, with its time and what
// it holds (System 1 serving whom, System 2 following whom, or a config from before Tandem), and the
// diff from the current file to the one selected. Cancel is the default; Restore puts the selected one
// back through the helper, which backs up the config it replaces, so a restore is undone the same way.
// Shows the helper's steps and says how it ended.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const SetupTarget& target, QWidget* parent = nullptr);

    HelperRunner* runner() const { return m_runner; }
    // Reads the backups again (after a restore added one); selects the newest.
    void reloadBackups();
    const QList<BackupEntry>& backups() const { return m_backups; }
    // Selects the backup at `row` (0: newest) and shows its diff.
    void selectBackup(int row);
    // Starts restoring the selected backup, as the Restore button does.
    void start();
    // Escape and the title bar's close do nothing while the helper runs, as in the wizard.
    void reject() override;

private:
    static QStringList expectedSteps();
    void finished(int exitCode, const QJsonObject& result);
    void showSelected();

    SetupTarget m_target;
    HelperRunner* m_runner;
    QList<BackupEntry> m_backups;
    QByteArray m_current; // the config as it is now, for the diff
    QLabel* m_intro;
    QListWidget* m_list;
    QPlainTextEdit* m_diff;
    HelperStepList* m_steps;
    ReasonLabel* m_outcome;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restore;
};

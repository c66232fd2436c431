#pragma once

#include "lab/LabSettings.h"
#include "setup/ChronyDetector.h"
#include "setup/MachineRole.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class Dialogs;
class QLockFile;
class LabClockDialog;
class QAction;
class LabSession;
class QLabel;
class QPushButton;
class RestoreDialog;
class SetupTarget;
class LivePanel;
class MachineRoleWatcher;
class SetupWizard;

// The Tandem window: this machine's chronyd and its peer (or a lab's two systems, with a visible "Lab"
// marker) in the live panel, and the setup wizard. When chrony is missing or not running it says so,
// with this distribution's command, and offers the lab instead.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Dialogs* dialogs, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts (or attaches to) the lab in `directory` and shows it instead of this machine.
    void openLab(const QString& directory);
    void showMachine();
    // Help -> About: the version and where the manual is.
    static QString aboutText();

    bool isLab() const { return m_lab.has_value(); }
    // Another Tandem window of this user already runs: this one shows the same pair but keeps no
    // history (two windows writing one history file would undo each other's samples).
    bool isSecondInstance() const { return !m_instanceLock; }
    const std::optional<LabSettings>& lab() const { return m_lab; }
    SetupWizard* wizard() const;
    LivePanel* livePanel() const { return m_panel; }
    SetupWizard* openWizard();
    // The undo for Apply: this machine's config, or a lab system's (target.isLab()).
    RestoreDialog* openRestore(const SetupTarget& target);
    // Lab menu, a lab on virtual clocks only (nullptr / nothing otherwise): make System 2's clock
    // wrong, and restart the lab an hour before a leap second (asks first).
    LabClockDialog* openLabClock();
    void rehearseLeapSecond();

signals:
    void labReady();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void showDetectReport(const DetectReport& report);
    // This machine and its peer as chrony.conf's Tandem block says (re-read when the file changes).
    void showMachinePair(const MachineRole& machine);
    void stopLab();
    bool hasVirtualClocks() const;
    void updateLabActions();
    QString historyDirectory() const;

    Dialogs* m_dialogs;
    LabSession* m_session;
    ChronyDetector* m_detector;
    MachineRoleWatcher* m_roleWatcher;
    QString m_roleNote; // what the progress line says about this machine's role when nothing else
    std::optional<LabSettings> m_lab;
    // QPointer, not a destroyed() connection: the wizard is also destroyed from ~QWidget, after
    // MainWindow's own part is gone, where a lambda on `this` would touch a dead object.
    QPointer<SetupWizard> m_wizard;
    QLabel* m_title;
    QLabel* m_labMarker;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_bannerLabButton;
    QLabel* m_progress;
    LivePanel* m_panel;
    QPushButton* m_setupButton;
    QAction* m_labClockAction = nullptr;
    QAction* m_leapAction = nullptr;
    QString m_clockChangeText;                 // what the progress line says after the lab clock dialog
    std::unique_ptr<QLockFile> m_instanceLock; // null: another window holds it
};

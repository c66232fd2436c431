#pragma once

#include "lab/LabSettings.h"
#include "setup/ChronyDetector.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class Dialogs;
class LabClockDialog;
class QAction;
class LabSession;
class QLabel;
class QPushButton;
class RestoreDialog;
class SetupTarget;
class LivePanel;
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

    bool isLab() const { return m_lab.has_value(); }
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
    void labFailed(const QString& reason);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void showDetectReport(const DetectReport& report);
    void stopLab();
    bool hasVirtualClocks() const;
    void updateLabActions();
    static QString historyDirectory();

    Dialogs* m_dialogs;
    LabSession* m_session;
    ChronyDetector* m_detector;
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
    QString m_clockChangeText; // what the progress line says after the lab clock dialog
};

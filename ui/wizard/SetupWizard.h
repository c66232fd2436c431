#pragma once

#include "lab/LabSettings.h"
#include "setup/ChronyDetector.h"
#include "setup/SetupChoices.h"
#include "setup/SetupTarget.h"

#include <QWizard>

#include <optional>

class Dialogs;
class HelperRunner;

// The setup wizard: a few choices instead of the guide's page of manual steps. Page ids are in one
// enum and all branching is in nextId(); each page is its own class and registers its fields, from
// which choices() builds what the core needs.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        DetectPageId,
        RolePageId,
        PeerPageId,
        ServerModePageId,
        PollingPageId,
        MonitoringPageId,
        ReviewPageId,
        ApplyPageId,
        VerifyPageId,
        SyncConfirmPageId,
        SyncRunPageId,
    };

    // lab: the wizard applies to a lab system (this machine plays System 1 or System 2 of it).
    SetupWizard(const std::optional<LabSettings>& lab, Dialogs* dialogs, QWidget* parent = nullptr);
    ~SetupWizard() override;

    int nextId() const override;

    bool isLab() const { return m_lab.has_value(); }
    const std::optional<LabSettings>& lab() const { return m_lab; }
    Dialogs* dialogs() const { return m_dialogs; }
    HelperRunner* runner() const { return m_runner; }

    SetupChoices::Path path() const;
    SetupChoices choices() const;
    // Where the choices apply: this machine, or the lab system this machine plays.
    SetupTarget target() const;

    // What the Detect page found, for the Role and Peer pages' defaults.
    void setDetectReport(const DetectReport& report) { m_detect = report; }
    const std::optional<DetectReport>& detectReport() const { return m_detect; }

    // "System 1" or "System 2": the other system's name for the current path.
    QString peerSystemName() const;

    void reject() override;

private:
    std::optional<LabSettings> m_lab;
    Dialogs* m_dialogs;
    HelperRunner* m_runner;
    std::optional<DetectReport> m_detect;
};

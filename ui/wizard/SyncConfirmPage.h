#pragma once

#include "setup/PeerTester.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class ReasonLabel;

// One-time sync, before anything happens: measures System 1's offset and says plainly that this
// clock will jump by about that much at once. The admin confirms with a checkbox; "Sync now" is
// the commit button.
class SyncConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SyncConfirmPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    const std::optional<NtpMeasurement>& measurement() const { return m_measurement; }

private:
    void measured(const PeerTestReport& report);

    PeerTester* m_tester = nullptr;
    QLabel* m_measurementLabel;
    QLabel* m_warning;
    QCheckBox* m_confirm;
    ReasonLabel* m_reason;
    std::optional<NtpMeasurement> m_measurement;
    bool m_measuring = false;
};

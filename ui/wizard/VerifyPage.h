#pragma once

#include "setup/ServingCheck.h"
#include "setup/SyncVerifier.h"

#include <QWizardPage>

class FirewallPanel;
class PeerTester;
struct PeerTestReport;
class QFormLayout;
class QLabel;
class QPushButton;
class ReasonLabel;

// Page 8: live proof from System 2's chronyd that it follows System 1 (selected, reach, offset,
// leap status), or what to check next when it does not: on a failure it checks this system's
// firewall for the peer's ports, and on System 2 whether System 1's NTP port is what stays silent.
// On System 1 it first confirms that this system serves now (its own tracking), and knows the
// guide's order: System 2 not answering yet is the expected next step, not an error.
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerifyPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The last report shown (tests read it).
    const VerifyReport& report() const { return m_report; }
    bool isFinished() const { return m_finished; }

private:
    void start();
    void show(const VerifyReport& report);
    void finished(const VerifyReport& report);
    void explainSilentSystem1(const PeerTestReport& report);
    // On System 1: first its own chronyd (serving?), then System 2, which may well not be set up yet.
    void servingChecked(const ServingReport& report);
    void startSystem2Check();

    ServingCheck* m_servingCheck;
    SyncVerifier* m_verifier;
    QLabel* m_status;
    QLabel* m_serving;
    QLabel* m_selected;
    QLabel* m_state;
    QLabel* m_reach;
    QLabel* m_offset;
    QLabel* m_leap;
    QLabel* m_stratum;
    QLabel* m_authenticated;
    ReasonLabel* m_outcome;
    QPushButton* m_again;
    FirewallPanel* m_firewall;
    PeerTester* m_peerTester;
    VerifyReport m_report;
    bool m_finished = false;
    // System 1 confirmed serving: Finish may go on while System 2 is still asked (or not set up yet).
    bool m_servingConfirmed = false;
};

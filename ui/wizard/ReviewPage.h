#pragma once

#include "setup/SetupPlan.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class ReasonLabel;

// Page 6: exactly what will change before anything does: the diff of chrony.conf (the helper
// renders the same bytes), lint findings on the new file, and the other system's matching config
// to copy or save. Apply is the commit button: after it there is no going back, only forward.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    const std::optional<SetupPlan>& plan() const { return m_plan; }

private:
    void rebuild();
    void lookUpPeer();
    void exportOtherConfig();

    QLabel* m_summary;
    QPlainTextEdit* m_diff;
    QListWidget* m_findings;
    QLabel* m_ownAddressLabel;
    QLineEdit* m_ownAddress;
    QLabel* m_otherTitle;
    QPlainTextEdit* m_other;
    QLabel* m_pairCode; // System 1's pairing code for System 2, when the pair is authenticated
    QPushButton* m_copy;
    QPushButton* m_export;
    ReasonLabel* m_reason;
    QByteArray m_current;
    QString m_readError;
    // A host-name peer is looked up once per visit, off the GUI thread; the plan waits for it.
    int m_lookupId = -1;
    QStringList m_peerAddresses;
    QString m_lookupError;
    std::optional<SetupPlan> m_plan;
};

#pragma once

#include <QWizardPage>

class PairKeyBox;
class QCheckBox;
class QLabel;

// Page 5: let the other system watch this one's chronyd (cmdallow + bindcmdaddress), on by
// default, with what it opens and why it is read-only. chronyd listens on the address that faces
// the other system; every interface only when the admin says so. Below it, the pair's trust
// (PairKeyBox): a shared key, on by default.
class MonitoringPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MonitoringPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    const PairKeyBox* pairKeyBox() const { return m_pairKey; }

private:
    void updateListening();

    QCheckBox* m_monitoring;
    QLabel* m_explanation;
    QCheckBox* m_everywhere;
    QLabel* m_listening;
    PairKeyBox* m_pairKey;
    QString m_facing; // this system's address facing the peer; empty when unknown (a name, no route)
};

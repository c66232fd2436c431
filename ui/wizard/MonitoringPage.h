#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

// Page 5: let the other system watch this one's chronyd (cmdallow + bindcmdaddress), on by
// default, with what it opens and why it is read-only.
class MonitoringPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MonitoringPage(QWidget* parent = nullptr);

    void initializePage() override;

private:
    QCheckBox* m_monitoring;
    QLabel* m_explanation;
};

#pragma once

#include <QWizardPage>

class QRadioButton;
class ReasonLabel;

// Page 2: what this system does. System 1 serves its clock, System 2 follows System 1, or a
// one-time sync (the guide's method 2) that changes no configuration.
class RolePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RolePage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    QRadioButton* m_server;
    QRadioButton* m_client;
    QRadioButton* m_sync;
    ReasonLabel* m_reason;
    bool m_initialised = false;
};

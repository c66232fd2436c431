#pragma once

#include "setup/PeerTester.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class ReasonLabel;

// Page 3: the other system's address, checked as it is typed (an IPv4/IPv6 address or host name;
// System 1 may also name a subnet of clients), and a Test button that asks the other system for
// the time and for its tracking, explaining what a failure means.
class PeerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PeerPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void validate();
    void test();
    void showTest(const PeerTestReport& report);

    QLabel* m_prompt;
    QLineEdit* m_edit;
    ReasonLabel* m_reason;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    PeerTester* m_tester = nullptr;
    bool m_valid = false;
    bool m_subnet = false;
};

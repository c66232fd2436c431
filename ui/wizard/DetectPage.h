#pragma once

#include "setup/ChronyDetector.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;
class ReasonLabel;

// Page 1: what is there now. chrony installed and which version, chronyd running, the role its
// config gives this machine, and competing time services, each with what to do about it.
class DetectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DetectPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // What a config makes of a system, in words (rich text): also the window's note on a system
    // that Tandem has not set up.
    static QString roleText(const RoleGuess& guess);

private:
    void showReport(int index, const QString& title, const DetectReport& report);

    QList<ChronyDetector*> m_detectors;
    QList<QWidget*> m_sections;
    QLabel* m_status;
    ReasonLabel* m_reason;
    QWidget* m_sectionArea;
    int m_pending = 0;
    bool m_installed = false;
};

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

private:
    void showReport(int index, const QString& title, const DetectReport& report);
    static QString roleText(const RoleGuess& guess);

    QList<ChronyDetector*> m_detectors;
    QList<QWidget*> m_sections;
    QLabel* m_status;
    ReasonLabel* m_reason;
    QWidget* m_sectionArea;
    int m_pending = 0;
    bool m_installed = false;
};

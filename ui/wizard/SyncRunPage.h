#pragma once

#include <QJsonObject>
#include <QWizardPage>

class HelperStepList;
class QLabel;
class ReasonLabel;

// One-time sync at work: the helper's sync-now with System 1 as a temporary source, then this
// clock's offset before and after.
class SyncRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SyncRunPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    int exitCode() const { return m_exitCode; }
    const QJsonObject& result() const { return m_result; }

private:
    void finished(int exitCode, const QJsonObject& result);

    HelperStepList* m_steps;
    QLabel* m_beforeAfter;
    ReasonLabel* m_outcome;
    QJsonObject m_result;
    int m_exitCode = -2;
    bool m_done = false;
    bool m_active = false;
};

#pragma once

#include "helperprotocol/SyncNowOutcome.h"

#include <QJsonObject>
#include <QList>
#include <QWizardPage>

#include <optional>

class HelperStepList;
class QLabel;
class ReasonLabel;

// One-time sync at work: the helper's sync-now with System 1 as a temporary source, then this
// clock's offset to System 1 before and after, as the helper measured them (never chronyd's own
// estimate, which lags behind a step).
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
    // How the run ended; empty until it did.
    const std::optional<SyncNowOutcome>& outcome() const { return m_outcome; }

private:
    void addStep(const QJsonObject& step);
    void finished(int exitCode, const QJsonObject& result);
    void showOutcome(const SyncNowOutcome& outcome, bool clockFixed);
    static QString beforeAfterText(const SyncNowOutcome& outcome);

    HelperStepList* m_steps;
    QLabel* m_beforeAfter;
    ReasonLabel* m_outcomeLabel;
    QList<QJsonObject> m_stepsSeen;
    QJsonObject m_result;
    std::optional<SyncNowOutcome> m_outcome;
    int m_exitCode = -2;
    bool m_done = false;
    bool m_active = false;
};

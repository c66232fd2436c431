#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWizardPage>

class ChronyDetector;
struct DetectReport;
class HelperStepList;
class QLabel;
class QPushButton;
class ReasonLabel;

// Page 7: the helper at work, step by step (check, back up, write, restart, wait). Cancellable
// until the config is written (the helper's writes are atomic); a failure is told in plain words,
// a rollback shown as such, the raw output under Details. After a helper that was killed, it looks
// whether chronyd runs: the helper's restart outlives it, so chronyd may still be on its way back
// for a few seconds; only a chronyd still missing after that is reported as not running.
class ApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    int exitCode() const { return m_exitCode; }
    const QJsonObject& result() const { return m_result; }

private:
    void step(const QJsonObject& step);
    void finished(int exitCode, const QJsonObject& result);
    void cancel();
    void showChronydAfterCrash(const DetectReport& report);

    QLabel* m_status;
    HelperStepList* m_steps;
    QPushButton* m_cancel;
    ReasonLabel* m_outcome;
    ChronyDetector* m_detector;
    QElapsedTimer m_sinceCrash;
    QJsonObject m_result;
    int m_exitCode = -2;
    bool m_done = false;
    bool m_active = false;
};

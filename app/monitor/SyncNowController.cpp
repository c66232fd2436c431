#include "SyncNowController.h"

#include "helperprotocol/HelperProgressText.h"
#include "helperprotocol/HelperRunner.h"
#include "helperprotocol/HelperSteps.h"

using namespace Qt::StringLiterals;

SyncNowController::SyncNowController(QObject* parent)
    : QObject(parent)
    , m_runner(new HelperRunner(this))
{
    connect(m_runner, &HelperRunner::step, this, [this](const QJsonObject& step) {
        m_steps.append(step);
        emit progress(HelperProgressText::describeStep(step).trimmed(), step.value(HelperStep::Key::Ok).toBool());
    });
    connect(m_runner, &HelperRunner::finished, this, [this](int exitCode, const QJsonObject& result) {
        emit finished(SyncNowOutcome::interpret(exitCode, result, m_steps));
    });
}

void SyncNowController::setLabProgram(const QString& path)
{
    m_runner->setLabProgram(path);
}

bool SyncNowController::isRunning() const
{
    return m_runner->isRunning();
}

bool SyncNowController::start(const QString& root, const QString& peer)
{
    if (m_runner->isRunning())
        return false;
    m_steps.clear();
    HelperRequest request;
    request.action = HelperAction::SyncNow;
    request.peer = peer;
    m_runner->start(request, root);
    return true;
}

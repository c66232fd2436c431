#include "LabChronyRestarter.h"

#include "lab/ChronydInstance.h"

using namespace Qt::StringLiterals;

LabChronyRestarter::LabChronyRestarter(const LabSystemPaths& paths, const QString& virtualClockLibrary, QObject* parent)
    : ChronyRestarter(parent)
    , m_paths(paths)
    , m_virtualClockLibrary(virtualClockLibrary)
{}

void LabChronyRestarter::restart()
{
    // A detached instance that has not started anything stops the daemon its pid file names, after
    // checking that the pid is this system's chronyd (never the machine's own).
    auto* stopper = new ChronydInstance(m_paths, ChronydInstance::Ownership::Detached, {}, this);
    connect(stopper, &ChronydInstance::stopped, this, [this, stopper] {
        stopper->deleteLater();
        startDaemon();
    });
    connect(stopper, &ChronydInstance::failed, this, [this, stopper](const QString& reason) {
        stopper->deleteLater();
        finish(false, u"The lab's chronyd could not be stopped: %1."_s.arg(reason));
    });
    stopper->stop();
}

void LabChronyRestarter::startDaemon()
{
    if (m_instance)
        m_instance->deleteLater();
    m_instance = new ChronydInstance(m_paths, ChronydInstance::Ownership::Detached, m_virtualClockLibrary, this);
    connect(m_instance, &ChronydInstance::running, this, [this] { finish(true, {}); });
    connect(m_instance, &ChronydInstance::failed, this,
            [this](const QString& reason) { finish(false, u"The lab's chronyd did not start: %1."_s.arg(reason)); });
    m_instance->start();
}

void LabChronyRestarter::finish(bool ok, const QString& message)
{
    if (m_instance)
        m_instance->disconnect(this);
    emit finished(ok, message);
}

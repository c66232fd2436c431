#include "LabStatus.h"

#include "cmdmon/CmdmonClient.h"
#include "util/ProcessIdentity.h"

using namespace Qt::StringLiterals;

LabStatusQuery::LabStatusQuery(const LabSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

void LabStatusQuery::start()
{
    m_pending = 2;
    for (int index = 1; index <= 2; ++index) {
        LabSystemStatus* system = index == 1 ? &m_status.system1 : &m_status.system2;
        const LabSystemPaths paths = LabLayout::systemPaths(m_settings.directory, index);
        system->info.address = index == 1 ? m_settings.serverAddress : m_settings.clientAddress;
        system->info.cmdPort = m_settings.cmdPort;
        system->info.ntpPort = m_settings.ntpPort;
        system->info.socketPath = paths.socketPath;
        system->info.configPath = paths.configPath;
        system->info.logPath = paths.logPath;
        const qint64 pid = ProcessIdentity::readPidFile(paths.pidPath);
        system->info.pid =
            ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), paths.configPath) ? pid : 0;
        queryTracking(system);
    }
}

void LabStatusQuery::queryTracking(LabSystemStatus* status)
{
    if (status->info.pid == 0) {
        status->trackingError = u"not running"_s;
        QMetaObject::invokeMethod(this, &LabStatusQuery::oneDone, Qt::QueuedConnection);
        return;
    }
    CmdmonEndpoint endpoint;
    endpoint.host = status->info.address;
    endpoint.port = status->info.cmdPort;
    auto* client = new CmdmonClient(endpoint, this);
    client->setInitialTimeout(500);
    client->setRetries(1);
    client->tracking()->then(this, [this, status, client](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> report = call.result();
        if (report)
            status->tracking = *report;
        else
            status->trackingError = report.error();
        client->deleteLater();
        oneDone();
    });
}

void LabStatusQuery::oneDone()
{
    if (--m_pending == 0)
        emit finished(m_status);
}

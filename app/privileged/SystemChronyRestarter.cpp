#include "SystemChronyRestarter.h"

#include "privileged/ProcessDefaults.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString firstExecutable(const QStringList& candidates)
{
    for (const QString& path : candidates) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

} // namespace

SystemChronyRestarter::SystemChronyRestarter(QObject* parent)
    : ChronyRestarter(parent)
{
    // The system's limits, priority and CPUs, and a session of its own: the caller's `ulimit`, `nice`
    // and Ctrl+C must not reach the init script or the chronyd it starts.
    ProcessDefaults::ofSystem().prepare(m_process);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && exitCode == 0) {
            emit finished(true, {});
            return;
        }
        const QString output = QString::fromLocal8Bit(m_process.readAll()).trimmed();
        const QString command = (QStringList{m_process.program()} + m_process.arguments()).join(u' ');
        m_failures.append(u"'%1' failed (%2)%3"_s.arg(command).arg(exitCode).arg(
            output.isEmpty() ? QString() : u": "_s + output.left(300)));
        tryNext();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_failures.append(u"'%1' could not be started"_s.arg(m_process.program()));
        tryNext();
    });
}

QList<QStringList> SystemChronyRestarter::candidateCommands()
{
    QList<QStringList> commands;
    const QString systemctl = firstExecutable({u"/usr/bin/systemctl"_s, u"/bin/systemctl"_s});
    if (!systemctl.isEmpty()) {
        commands.append({systemctl, u"restart"_s, u"chrony.service"_s});
        commands.append({systemctl, u"restart"_s, u"chronyd.service"_s});
    }
    return commands;
}

void SystemChronyRestarter::restart()
{
    m_pending = candidateCommands();
    m_failures.clear();
    if (m_pending.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(false, u"systemd runs, but systemctl was not found, so chrony cannot be restarted."_s);
            },
            Qt::QueuedConnection);
        return;
    }
    tryNext();
}

void SystemChronyRestarter::tryNext()
{
    if (m_pending.isEmpty()) {
        emit finished(false, u"chrony could not be restarted: %1."_s.arg(m_failures.join(u"; "_s)));
        return;
    }
    QStringList command = m_pending.takeFirst();
    const QString program = command.takeFirst();
    m_process.start(program, command);
}

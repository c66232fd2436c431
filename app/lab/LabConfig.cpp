#include "LabConfig.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace LabConfig {

ConfFile base()
{
    // Debian's makestep (steps at chronyd's first three updates only) and leap-second table, so a
    // lab shows what a fresh Debian system does when its clock is wrong or a leap second is due.
    return ConfFile::parse("# Tandem lab base: a minimal chrony.conf, like a fresh install without internet sources.\n"
                           "makestep 1 3\n"
                           "leapsectz right/UTC\n"_ba,
                           u"lab-base.conf"_s);
}

Profile serverProfile(const LabSettings& settings)
{
    Profile profile;
    profile.role = Role::Server;
    profile.peer = settings.clientAddress.toString();
    profile.mode = ServerMode::LocalOnly;
    profile.stratum = 10;
    profile.monitoring = true;
    profile.commandBindAddress = settings.serverAddress.toString();
    return profile;
}

Profile clientProfile(const LabSettings& settings)
{
    Profile profile;
    profile.role = Role::Client;
    profile.peer = settings.serverAddress.toString();
    profile.minpoll = 1;
    profile.maxpoll = 1;
    profile.monitoring = true;
    profile.commandBindAddress = settings.clientAddress.toString();
    profile.peerNtpPort = settings.ntpPort;
    return profile;
}

QList<QByteArray> labLines(const LabSettings& settings, const LabSystemPaths& paths, int index)
{
    const QHostAddress own = index == 1 ? settings.serverAddress : settings.clientAddress;
    QList<QByteArray> lines{"# Lab only: this system's own loopback address, ports and files."_ba,
                            "bindaddress "_ba + own.toString().toLatin1()};
    // System 2's requests must come from its own address, the one System 1 allows.
    if (index == 2)
        lines.append("bindacqaddress "_ba + own.toString().toLatin1());
    lines.append("port "_ba + QByteArray::number(settings.ntpPort));
    lines.append("cmdport "_ba + QByteArray::number(settings.cmdPort));
    lines.append("bindcmdaddress "_ba + QFile::encodeName(paths.socketPath));
    lines.append("pidfile "_ba + QFile::encodeName(paths.pidPath));
    lines.append("driftfile "_ba + QFile::encodeName(paths.driftPath));
    return lines;
}

Result<QByteArray> render(const LabSettings& settings, const LabSystemPaths& paths, int index)
{
    const Result<ConfFile> applied =
        applyProfile(base(), index == 1 ? serverProfile(settings) : clientProfile(settings));
    if (!applied)
        return Error{
            QCoreApplication::translate("LabConfig", "the config core refused the lab's profile for System %1: %2")
                .arg(index)
                .arg(applied.error())};
    QByteArray text = applied->render();
    if (!text.endsWith('\n'))
        text += '\n';
    for (const QByteArray& line : labLines(settings, paths, index))
        text += line + '\n';
    return text;
}

} // namespace LabConfig

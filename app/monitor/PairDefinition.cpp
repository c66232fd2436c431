#include "PairDefinition.h"

#include "lab/LabLayout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

PairDefinition PairDefinition::forLab(const LabSettings& settings)
{
    PairDefinition pair;
    CmdmonEndpoint one;
    one.host = settings.serverAddress;
    one.port = settings.cmdPort;
    CmdmonEndpoint two;
    two.host = settings.clientAddress;
    two.port = settings.cmdPort;
    pair.system1 = MonitoredSystem{
        QCoreApplication::translate("PairDefinition", "Lab System 1 (%1)").arg(settings.serverAddress.toString()),
        one,
        {}};
    pair.system2 = MonitoredSystem{
        QCoreApplication::translate("PairDefinition", "Lab System 2 (%1)").arg(settings.clientAddress.toString()),
        two,
        {}};
    CmdmonEndpoint socket;
    socket.socketPath = LabLayout::systemPaths(settings.directory, 2).socketPath;
    pair.system2->localSocket = socket;
    pair.system1Addresses = {settings.serverAddress};
    pair.localSystem = 2;
    pair.syncRoot = settings.directory + u"/system2"_s;
    pair.syncPeer = settings.serverAddress.toString();
    pair.lab = true;
    pair.clockFixed = !settings.virtualClocks;
    pair.pairId =
        u"lab-"_s +
        QString::fromLatin1(
            QCryptographicHash::hash(settings.directory.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    return pair;
}

PairDefinition PairDefinition::forMachine(const Machine& machine)
{
    PairDefinition pair;
    pair.pairId = machine.pairId;
    pair.localSystem = machine.self;
    if (machine.self == 0)
        return pair; // no made-up role: both cards say "not set up"
    const int other = 3 - machine.self;
    MonitoredSystem local{
        QCoreApplication::translate("PairDefinition", "System %1: this system").arg(machine.self), machine.own, {}};
    local.pairKeyId = machine.pairKeyId;
    if (!machine.ownSocketPath.isEmpty()) {
        CmdmonEndpoint socket;
        socket.socketPath = machine.ownSocketPath;
        local.localSocket = socket;
    }
    std::optional<MonitoredSystem> remote;
    if (!machine.peerAddress.isNull())
        remote = MonitoredSystem{
            QCoreApplication::translate("PairDefinition", "System %1 (%2)").arg(other).arg(machine.peerName),
            machine.peer,
            {}};
    pair.system1 = machine.self == 1 ? local : remote;
    pair.system2 = machine.self == 1 ? remote : local;
    if (machine.self == 1) {
        pair.system1Addresses = QNetworkInterface::allAddresses();
    } else if (!machine.peerAddress.isNull()) {
        pair.system1Addresses = {machine.peerAddress};
        pair.syncPeer = machine.peerAddress.toString();
    }
    return pair;
}

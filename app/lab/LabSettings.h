#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QString>

// Where a lab lives and which loopback addresses and ports its two chronyd daemons use.
struct LabSettings
{
    QString directory;                                       // DIR: DIR/system1/, DIR/system2/
    QHostAddress serverAddress{QStringLiteral("127.0.0.2")}; // System 1 (must be loopback)
    QHostAddress clientAddress{QStringLiteral("127.0.0.3")}; // System 2 (must be loopback)
    quint16 ntpPort = 11123;                                 // NTP port of both daemons (on their own address)
    quint16 cmdPort = 11323;                                 // UDP command port of both daemons (own address)
};

// A lab only ever uses this machine: two distinct IPv4 loopback addresses (::1 is the only IPv6
// loopback address, and the two systems need one each), non-zero distinct ports, an absolute directory.
Status validateLabSettings(const LabSettings& settings);

// DIR/lab.json, so `tandem-cli lab status|stop --dir DIR` finds the addresses and ports again.
QString labSettingsPath(const QString& directory);
Status saveLabSettings(const LabSettings& settings);
Result<LabSettings> loadLabSettings(const QString& directory);

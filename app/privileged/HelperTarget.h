#pragma once

#include "config/ChronyHost.h"
#include "config/Profile.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ChronyRestarter;
class QObject;
class SystemTime;

// Where the helper acts: this machine (/etc/chrony, the system's chronyd and service) or a system
// under a root (a lab system's DIR/systemN). What a rooted system adds is given from outside
// (labhelper/ builds it from the lab's own files), so privileged/ and the programs that run as root
// hold no lab code: the installed helpers cannot act under a root at all.
class HelperTarget
{
public:
    // What a system under a root adds to its paths.
    struct Rooted
    {
        // Its clock (a lab system's virtual clock).
        std::function<Result<std::shared_ptr<const SystemTime>>()> clock;
        // How its chronyd is restarted.
        std::function<ChronyRestarter*(QObject* parent)> restarter;
        // The parts of its profile that come from its own files, never from the request (a lab
        // system's own command address and the lab's NTP port).
        std::function<Profile(Profile)> adapt;
        // The NTP port of the servers it syncs with, and the address its NTP requests must come
        // from (the one its peer allows).
        quint16 peerNtpPort = 123;
        QHostAddress ntpSourceAddress;
    };
    // Resolves --root for a program that may act under one (tandem-lab-helper).
    using RootResolver = std::function<Result<HelperTarget>(const QString& root)>;

    // The machine itself.
    static HelperTarget machine();
    static HelperTarget underRoot(ChronyHost host, Rooted rooted);

    bool isRooted() const { return m_rooted.has_value(); }
    const ChronyHost& host() const { return m_host; }

    // The clock this system keeps: the machine's, or a rooted system's own.
    Result<std::shared_ptr<const SystemTime>> systemTime() const;
    quint16 peerNtpPort() const { return m_rooted ? m_rooted->peerNtpPort : quint16(123); }
    // null: any source address.
    QHostAddress ntpSourceAddress() const { return m_rooted ? m_rooted->ntpSourceAddress : QHostAddress(); }
    // A request's profile made fit for this system. On the machine it is the request's: the command
    // socket binds to the wildcard address of the peer's family and the client uses port 123.
    Profile adapt(Profile profile) const;
    // Restarts this system's chronyd: the machine's service (systemd or the init script), or the
    // rooted system's own way.
    ChronyRestarter* createRestarter(QObject* parent) const;

private:
    ChronyHost m_host = ChronyHost::machine();
    std::optional<Rooted> m_rooted;
};

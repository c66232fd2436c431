#pragma once

#include "firewall/FirewallCheck.h"
#include "helperprotocol/HelperRequest.h"

#include <QJsonObject>
#include <QObject>

class HelperProgress;
class RootCommand;

// firewall-check and firewall-open, as root in the caller's network namespace: find the interface
// facing the peer, read the firewall (nft's ruleset, iptables-legacy, firewalld's state), and judge
// the peer's first datagram to the port. firewall-open then runs the commands the check planned
// (built here from the peer address and port alone) and checks again: it reports success only when
// the second check says the port is open. Nothing is changed when the port is already open or the
// check is unsure.
class FirewallFlow : public QObject
{
    Q_OBJECT
public:
    FirewallFlow(HelperProgress* progress, QObject* parent = nullptr);

    void start(const HelperRequest& request);

signals:
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void read(std::function<void()> then);
    void readLegacy(const QStringList& programs, std::function<void()> then);
    void judged();
    void open(qsizetype step);
    void verified();

    HelperProgress* m_progress;
    RootCommand* m_command;
    HelperRequest m_request;
    InboundPacket m_packet;
    FirewallFacts m_facts;
    FirewallFinding m_finding;
};

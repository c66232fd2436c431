#pragma once

#include "firewall/FirewallFinding.h"

#include <QHostAddress>
#include <QList>
#include <QWidget>

class HelperRunner;
class QLabel;
class QPushButton;

// "Would this system's firewall let the other system in?" on the Verify page: checks chrony's ports
// for the peer through the helper (tandem-helper-firewall-check, its own polkit action), shows each
// verdict with the exact command that opens just that port for just the peer, and offers to run it
// (tandem-helper-firewall-open, an administrator's password). Only for this machine: a lab has no
// firewall of its own.
class FirewallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FirewallPanel(QWidget* parent = nullptr);

    // What to check: the peer and the ports it must reach here (123 on System 1, 323 for monitoring).
    void setPeer(const QHostAddress& peer, const QList<quint16>& ports);
    void check();
    bool isBusy() const;

signals:
    // A port was opened: whatever failed may work now.
    void opened();

private:
    void runNext();
    void checked(int exitCode, const QJsonObject& result);
    void open();
    void openFinished(int exitCode, const QJsonObject& result);
    void showFindings();

    HelperRunner* m_runner;
    QLabel* m_result;
    QPushButton* m_check;
    QPushButton* m_open;
    QHostAddress m_peer;
    QList<quint16> m_ports;
    QList<quint16> m_pending;
    QList<FirewallFinding> m_findings;
    QString m_failure;
};

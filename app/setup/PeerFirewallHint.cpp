#include "PeerFirewallHint.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString PeerFirewallHint::forReport(const PeerTestReport& report, const QHostAddress& ownAddress)
{
    if (!report.resolved() || report.ntp || !report.tracking)
        return {};
    const QString own = ownAddress.isNull() ? u"THIS-SYSTEM'S-ADDRESS"_s : ownAddress.toString();
    return QCoreApplication::translate(
               "PeerFirewallHint",
               "The chronyd on %1 runs (its command port %2 answered), but its NTP port UDP %3 does not answer this "
               "system: a firewall on %1 drops UDP %3 from %4, or the chrony.conf on %1 has no 'allow' for %4. "
               "On %1, run: tandem-cli firewall check --peer %4 --port %3")
        .arg(report.address.toString())
        .arg(report.cmdPort)
        .arg(report.ntpPort)
        .arg(own);
}

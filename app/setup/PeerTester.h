#pragma once

#include "SetupTarget.h"
#include "cmdmon/CmdmonReports.h"
#include "ntp/NtpMeasurement.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

class CmdmonClient;
class NtpBestProbe;
class QHostInfo;
class SystemTime;

// The Peer page's Test button: does the other system answer NTP (offset, delay, stratum), and does
// its chronyd answer monitoring requests on its command port? Both asked in parallel. The offset is
// the target system's: a lab system on a virtual clock is measured on that clock, not this machine's.
struct PeerTestReport
{
    QString peer;
    QHostAddress address; // null when the name did not resolve
    quint16 ntpPort = 123;
    quint16 cmdPort = 323;
    QString resolveError;
    std::optional<NtpMeasurement> ntp;
    QString ntpError;
    std::optional<TrackingReport> tracking; // the peer's own tracking, over its command port
    QString cmdError;

    bool resolved() const { return !address.isNull(); }
};

class PeerTester : public QObject
{
    Q_OBJECT
public:
    explicit PeerTester(QObject* parent = nullptr);
    ~PeerTester() override;

    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    // Emits finished() exactly once.
    void start(const QString& peer, const SetupTarget& target);

signals:
    void finished(const PeerTestReport& report);

private:
    void resolved(const QHostInfo& info);
    void probe();
    void oneDone();
    Status openTargetClock();

    SetupTarget m_target;
    std::shared_ptr<const SystemTime> m_time; // the target's clock (a lab system's virtual clock)
    PeerTestReport m_report;
    NtpBestProbe* m_ntp = nullptr;
    CmdmonClient* m_cmd = nullptr;
    int m_lookupId = -1;
    int m_pending = 0;
    int m_timeoutMs = 2000;
};

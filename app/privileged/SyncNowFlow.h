#pragma once

#include "cmdmon/CmdmonReports.h"
#include "helperprotocol/HelperRequest.h"
#include "privileged/TemporarySourceRecord.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class CmdmonClient;
class HelperProgress;
class HelperTarget;
class SystemTime;
struct NtpMeasurement;

// sync-now: steps this clock to the reference (the peer, or the server chronyd follows), through
// chronyd's Unix command socket, and proves it with measurements of its own.
//
// A plain `makestep` only applies the correction chronyd has already computed from the source it
// has selected (chronyc(1)), and chronyd selects a new source only after several samples. So:
//  1. measure the offset to the reference with NTP exchanges on this system's clock, the least
//     delayed of four counting ("measure");
//     no answer: nothing is touched;
//  2. with a peer that chronyd does not have: add it as a temporary source, `trust` (it outvotes
//     sources that disagree with it, as the admin asked for this one) and `prefer`, polled fast;
//     then ask for a burst of fresh samples;
//  3. wait until chronyd has selected the reference and updated the clock from it again ("follow");
//  4. `makestep`: chronyd steps away the whole correction it now has pending ("step");
//  5. measure again ("verify"): success only when this clock is within VerifyToleranceS (plus half
//     the round trip, which no measurement can resolve) of the reference; otherwise 3-5 again while
//     time is left.
// The temporary source is removed on every path; nothing else in chronyd is changed. It is noted
// (TemporarySourceRecord) before it is added, so that when this process is killed the next helper
// run removes it (LeftoverSourceCleanup). interrupt() (SIGTERM) stops at the next step, never
// between adding and noting, and still removes it.
class SyncNowFlow : public QObject
{
    Q_OBJECT
public:
    static constexpr double VerifyToleranceS = 0.001;

    SyncNowFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent = nullptr);
    ~SyncNowFlow() override;

    void start(const HelperRequest& request);
    // Stop as soon as the step under way is done: no new step, the temporary source removed, a result.
    void interrupt();

signals:
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void trackingBefore();
    void resolvePeer();
    void measureBefore();
    void addPeer();
    void burst();
    void waitForReference();
    void waitForFollow();
    void pollFollow();
    void stepClock();
    void verify();
    void trackingAfter();
    void removePeer();
    void finish(int exitCode, const QString& message);
    // True (and finishing) when interrupt() came since the last step.
    bool stopIfInterrupted();
    void emitFinished();
    void measure(const std::function<void(const NtpMeasurement&)>& done,
                 const std::function<void(const QString&)>& failed);
    QString whyNotFollowing(const QList<SourceReport>& sources, const TrackingReport& tracking) const;
    QString reference() const;
    qint64 remainingMs() const;

    HelperProgress* m_progress;
    CmdmonClient* m_client;
    std::shared_ptr<const SystemTime> m_time;
    QString m_timeError;
    quint16 m_peerPort = 123;
    QHostAddress m_ntpSource;
    QString m_peer;
    QHostAddress m_referenceAddress;
    TemporarySourceRecord m_record;
    bool m_addedPeer = false;
    bool m_interrupted = false;
    bool m_finishing = false;
    bool m_burstDone = false;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    std::optional<CmdmonWire::Timespec> m_updateSeen; // chronyd's last update seen with the reference selected
    QString m_lastFollowState;
    int m_rounds = 0;
    bool m_stepped = false;
    QJsonObject m_report;
    int m_exitCode = 0;
    QString m_message;
};

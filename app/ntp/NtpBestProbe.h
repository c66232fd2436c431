#pragma once

#include "NtpMeasurement.h"
#include "NtpProbe.h"

#include <QObject>

#include <optional>

// A few NTP exchanges in a row, keeping the one with the shortest round trip: like chronyd's
// sample filter, the least delayed exchange is the one least skewed by a wait on either leg (a busy
// CPU before the request left, a queue on the way back). Stops at the first failure when nothing
// has answered yet, so a silent server costs one timeout, not several. Emits finished() or failed()
// once. One run per object.
class NtpBestProbe : public QObject
{
    Q_OBJECT
public:
    explicit NtpBestProbe(int exchanges, QObject* parent = nullptr);

    void start(const NtpProbeRequest& request);

signals:
    void finished(const NtpMeasurement& measurement);
    void failed(const QString& reason);

private:
    void next();

    int m_remaining;
    NtpProbeRequest m_request;
    std::optional<NtpMeasurement> m_best;
};

#include "NtpBestProbe.h"

NtpBestProbe::NtpBestProbe(int exchanges, QObject* parent)
    : QObject(parent)
    , m_remaining(qMax(1, exchanges))
{}

void NtpBestProbe::start(const NtpProbeRequest& request)
{
    m_request = request;
    next();
}

void NtpBestProbe::next()
{
    auto* probe = new NtpProbe(this);
    connect(probe, &NtpProbe::finished, this, [this, probe](const NtpMeasurement& measurement) {
        probe->deleteLater();
        if (!m_best || measurement.delay < m_best->delay)
            m_best = measurement;
        if (--m_remaining > 0)
            next();
        else
            emit finished(*m_best);
    });
    connect(probe, &NtpProbe::failed, this, [this, probe](const QString& reason) {
        probe->deleteLater();
        if (m_best)
            emit finished(*m_best);
        else
            emit failed(reason);
    });
    probe->start(m_request);
}

#pragma once

#include "lab/LabSettings.h"

#include <QObject>

#include <optional>

class Lab;
class LabStatusQuery;

// "tandem --lab [DIR]": attaches to the lab already running in DIR (both daemons answer), or starts
// one there. The daemons are detached: they outlive the window, like "tandem-cli lab start", and the
// helper restarts them the same way; stop() ends them by their pid files.
class LabSession : public QObject
{
    Q_OBJECT
public:
    explicit LabSession(QObject* parent = nullptr);
    ~LabSession() override;

    // A directory under the user's runtime directory (short: chronyd's socket path has a limit).
    static QString defaultDirectory();
    // The lab at 2016-12-31 23:00:00 UTC, an hour before the last leap second so far: its chronyd
    // (leapsectz right/UTC) announces it, and the panel shows "Insert second". Clocks start on time.
    static LabSettings leapRehearsal(const LabSettings& settings);

    void open(const QString& directory);
    void stop();
    // Stops the lab and starts it again in the same directory with `settings` (e.g. its clocks at
    // another date): ready() or failed() again, never stopped().
    void restart(const LabSettings& settings);

    const LabSettings& settings() const { return m_settings; }
    bool attached() const { return m_attached; }

signals:
    void progress(const QString& message);
    void ready(const LabSettings& settings);
    void failed(const QString& reason);
    void stopped();

private:
    void startLab();
    void stopLab();
    void onLabStopped();

    LabSettings m_settings;
    std::optional<LabSettings> m_restartWith;
    Lab* m_lab = nullptr;
    LabStatusQuery* m_query = nullptr;
    bool m_attached = false;
};

#pragma once

#include "lab/LabSettings.h"

#include <QObject>

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

    void open(const QString& directory);
    void stop();

    const LabSettings& settings() const { return m_settings; }
    bool attached() const { return m_attached; }

signals:
    void progress(const QString& message);
    void ready(const LabSettings& settings);
    void failed(const QString& reason);
    void stopped();

private:
    void startLab();

    LabSettings m_settings;
    Lab* m_lab = nullptr;
    LabStatusQuery* m_query = nullptr;
    bool m_attached = false;
};

#pragma once

#include "LabSettings.h"

#include <QObject>
#include <QTimer>

class CmdmonClient;

// Follows a starting lab over chronyd's command protocol (UDP from localhost, the read-only
// monitoring set): first until System 1 answers, so System 2's first iburst request is not sent
// into the void, then until System 2 reports System 1 as its selected source ('*').
class LabWatch : public QObject
{
    Q_OBJECT
public:
    explicit LabWatch(const LabSettings& settings, QObject* parent = nullptr);
    ~LabWatch() override;

    void waitForServer();    // emits serverReady()
    void waitForSelection(); // emits selected()
    void cancel();

    // What the last poll saw, for a failure message: e.g. "127.0.0.2 is '?' with reach 0".
    const QString& lastSeen() const { return m_lastSeen; }

signals:
    void serverReady();
    void selected();

private:
    void pollServer();
    void pollSelection();

    LabSettings m_settings;
    CmdmonClient* m_server = nullptr;
    CmdmonClient* m_client = nullptr;
    QTimer m_interval;
    QString m_lastSeen;
    bool m_cancelled = false;
};

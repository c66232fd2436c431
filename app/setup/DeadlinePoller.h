#pragma once

#include "cmdmon/CmdmonEndpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class CmdmonClient;

// What the Verify page's checks share: ask one chronyd every half second until the answer is good or
// a deadline passes. A subclass asks in poll() and, once it has its answer, asks isFinal().
class DeadlinePoller : public QObject
{
    Q_OBJECT
public:
    explicit DeadlinePoller(QObject* parent = nullptr);

    void stop();
    bool isRunning() const { return m_running; }

protected:
    // A fresh client for `endpoint` (short timeouts, two retries), then the first poll().
    void begin(const CmdmonEndpoint& endpoint, int deadlineMs);
    // True when this answer is the final one (`done`, or past the deadline; not running any more).
    // Otherwise false, and the next poll comes in a moment, unless stop() was called meanwhile.
    bool isFinal(bool done);
    CmdmonClient* client() const { return m_client; }
    virtual void poll() = 0;

private:
    CmdmonClient* m_client = nullptr;
    QElapsedTimer m_elapsed;
    QTimer m_pollTimer;
    int m_deadlineMs = 0;
    bool m_running = false;
};

#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "monitor/SystemSnapshot.h"

#include <QObject>

#include <optional>

class Clock;
class CmdmonClient;

// Polls one chronyd over its command port: TRACKING, then the sources (N_SOURCES + SOURCE_DATA),
// the read-only set chronyd answers from localhost or a cmdallow'ed address. One poll at a time;
// every poll ends with exactly one polled() signal, also when the system does not answer.
class SystemPoller : public QObject
{
    Q_OBJECT
public:
    // localSocket: this machine's chronyd's Unix socket, where the poll also asks NTP_DATA about the
    // server it follows (chronyd answers that nowhere else).
    SystemPoller(int index, const QString& title, const CmdmonEndpoint& endpoint, const Clock& clock,
                 QObject* parent = nullptr, const std::optional<CmdmonEndpoint>& localSocket = std::nullopt);

    // Keeps a poll within about `budgetMs` even for a dead peer: the first try waits budget/3, one
    // retry waits twice that (CmdmonClient doubles it), so a poll of a silent system never stalls the
    // next round for long and never blocks anything.
    void setTimeoutBudget(int budgetMs);
    // Starts a poll; false (and nothing happens) while one is still running.
    bool poll();

    const SystemSnapshot& snapshot() const { return m_snapshot; }
    const CmdmonEndpoint& endpoint() const;

signals:
    void polled(const SystemSnapshot& snapshot);
    void reachabilityChanged(int index, Reachability::Change change);

private:
    void pollSources();
    void pollTrust();
    void finish();

    const Clock& m_clock;
    CmdmonClient* m_client;
    CmdmonClient* m_socketClient = nullptr;
    SystemSnapshot m_snapshot;
    bool m_busy = false;
};

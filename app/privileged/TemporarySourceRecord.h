#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QString>

#include <optional>

// The one thing sync-now changes in chronyd at run time: a temporary source, added for the step and
// removed right after it. Killed at the wrong moment (SIGKILL, a crash, a power cut of the session)
// the helper could leave chronyd following that server for good, so it notes the source here before
// adding it and forgets it once it is removed; the next helper run removes whatever is still noted.
// The note names the chronyd it was added to (pid and start time): a chronyd started since has only
// the sources of its config, and one of those must never be removed by mistake.
class TemporarySourceRecord
{
public:
    struct Entry
    {
        QHostAddress address;
        qint64 chronydPid = 0;
        quint64 chronydStartTime = 0;
    };

    TemporarySourceRecord(const QString& path, const QString& chronydPidPath);

    // The chronyd running now, as a note would name it; nullopt when none runs.
    std::optional<Entry> forRunningChronyd(const QHostAddress& address) const;
    // Written (root-only, atomically) before the source is added.
    Status note(const Entry& entry) const;
    // What is noted: nullopt when nothing is, or the file is not a note (it is then dropped).
    std::optional<Entry> noted() const;
    // Whether the chronyd of a note still runs (so the source may still be in it).
    bool stillRunning(const Entry& entry) const;
    void forget() const;

    static QByteArray format(const Entry& entry);
    static std::optional<Entry> parse(const QByteArray& text);

private:
    QString m_path;
    QString m_chronydPidPath;
};

#pragma once

#include "monitor/AlertRules.h"
#include "util/Result.h"

#include <QList>
#include <QString>

class QIODevice;

// Every alert the panel raised, with when it cleared: the banner shows what is wrong now, this is
// what was wrong while nobody looked. Bounded (the oldest go first), kept next to the pair's history
// (alerts-<pairId>.json) and exported next to its CSV.
struct AlertLogEntry
{
    qint64 sinceMs = 0;   // when the condition started (wall time)
    qint64 raisedMs = 0;  // when the grace period had passed and the alert was raised
    qint64 clearedMs = 0; // 0: still active
    Alert::Kind kind = Alert::Kind::OffsetTooLarge;
    int system = 2;
    QString text;
    // Closed because Tandem stopped watching while it was active (clearedMs is when it stopped).
    bool endUnknown = false;
};

class AlertLog
{
public:
    static constexpr qsizetype Capacity = 2000;

    void raised(const Alert& alert, qint64 nowMs);
    // Marks the latest open entry of that rule and system as cleared.
    void cleared(const Alert& alert, qint64 nowMs);
    // Entries still open when Tandem stopped: their end is unknown, so they are closed at the time
    // the log was saved rather than shown as active forever.
    void closeOpenEntries(qint64 nowMs);

    const QList<AlertLogEntry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    static QString ruleName(Alert::Kind kind); // "offset", "leap", "unreachable", "link-degraded"

    Status save(const QString& directory, const QString& pairId) const;
    // A missing file is an empty log; an unreadable one is an error (and the log stays empty).
    Status load(const QString& directory, const QString& pairId);
    Status writeCsv(QIODevice& out) const;

private:
    static QString fileName(const QString& directory, const QString& pairId);

    QList<AlertLogEntry> m_entries;
};

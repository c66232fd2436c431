#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

class OffsetHistory;

// Keeps an OffsetHistory across restarts in one small binary file per pair, under a directory the
// caller chooses (the GUI passes QStandardPaths::AppDataLocation, tests a QTemporaryDir).
//
// Layout, little-endian: "TNDMHIST", u32 format version, u32 reserved (0), u64 payload length,
// SHA-256 of the payload (32 bytes), then the payload: i64 saved-at ms; per series (3) a u32 count
// and (i64 ms, f64 seconds) samples; per leap track (2) a u32 count and (i64 start, i64 end, u8
// status) runs; a u32 count and (i64 ms, u8 kind, u8 system, f64 before, f64 after) markers.
// A file that is truncated, damaged, of another version or inconsistent is refused with a sentence
// saying so, and the history in memory is left untouched.
class HistoryFile
{
public:
    static constexpr quint32 FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 56;

    // pairId names the file (history-<pairId>.bin); letters, digits, '-' and '_' only.
    explicit HistoryFile(const QString& directory, const QString& pairId = QStringLiteral("default"));

    QString path() const;

    // Writes atomically (a temporary file renamed over the old one), creating the directory.
    Status save(const OffsetHistory& history) const;
    // true: loaded; false: there is no file yet (a first start), the history is unchanged.
    Result<bool> load(OffsetHistory& history) const;

    static QByteArray encode(const OffsetHistory& history);
    // On error, the message completes "The history file … " (e.g. "is truncated (…)").
    static Status decode(const QByteArray& bytes, OffsetHistory& into);

private:
    Status checkPairId() const;

    QString m_directory;
    QString m_pairId;
};

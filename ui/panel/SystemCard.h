#pragma once

#include "monitor/PairOffset.h"
#include "monitor/SystemSnapshot.h"

#include <QGroupBox>

class LeapBadge;
class QGridLayout;
class QLabel;

// One system of the pair: leap status badge, reference and stratum, system time offset with unit
// and direction, frequency, RMS offset, root delay/dispersion and the time of the last answer; a
// clear "unreachable since HH:MM:SS" line with the reason when it stops answering.
class SystemCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit SystemCard(int index, QWidget* parent = nullptr);

    // Not monitored (no peer set up yet): says so instead of showing empty fields.
    void setNotConfigured(const QString& title, const QString& hint);
    void showSnapshot(const SystemSnapshot& snapshot);
    // The key this system's chrony.conf requires of its server, said when chronyd does not show its check.
    void setRequiredKey(quint32 keyId) { m_requiredKey = keyId; }
    // The "Its server's replies" line for a trust state (requiredKey: as setRequiredKey).
    static QString trustText(SourceTrust trust, quint32 requiredKey = 0);
    // System 2 only: its offset to System 1, and how it was measured (the tooltip says).
    void showPairOffset(const PairOffset& offset, bool followsSystem1);

    // "waiting", "ok", "unreachable" or "not-configured" (tests and accessibility).
    QString state() const { return m_state; }

private:
    void setUnreachableStyle(bool alarming, bool warning = false);
    // Why the latest poll failed, in the words an admin needs: from what was seen (refused, could not
    // send, silent after answering before), not a list of every possibility.
    static QString likeliestCause(const SystemSnapshot& snapshot);
    // Two label/value pairs per row; `wide` gives a value a row of its own.
    QLabel* addValue(const QString& label, const QString& objectName, const QString& toolTip, bool wide = false);

    int m_index;
    LeapBadge* m_leap;
    QLabel* m_unreachable;
    QLabel* m_reference;
    QLabel* m_stratum;
    QLabel* m_systemTime;
    QLabel* m_pairOffset = nullptr;
    QLabel* m_frequency;
    QLabel* m_rms;
    QLabel* m_root;
    QLabel* m_lastUpdate;
    QLabel* m_trust;
    quint32 m_requiredKey = 0;
    QWidget* m_fields;
    QGridLayout* m_grid;
    int m_row = 0;
    int m_cell = 0;
    QString m_state = QStringLiteral("waiting");
};

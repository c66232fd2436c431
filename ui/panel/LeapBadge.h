#pragma once

#include "history/LeapStatusTrack.h"

#include <QLabel>

// chrony's leap status as a coloured pill (green Normal, amber Insert/Delete second, red Not
// synchronised, grey Unknown), with the words too so colour is never the only cue.
class LeapBadge : public QLabel
{
    Q_OBJECT
public:
    explicit LeapBadge(QWidget* parent = nullptr);

    void setStatus(LeapStatus status);
    LeapStatus status() const { return m_status; }

private:
    void apply(LeapStatus status);

    LeapStatus m_status = LeapStatus::Unknown;
};

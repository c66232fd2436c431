#pragma once

#include "history/LeapStatusTrack.h"

#include <QColor>
#include <QString>

// How the panel shows leap statuses and times of day, shared by the cards, the chart and the tables
// so they always agree. Seconds are written by the core's SecondsText, as everywhere else.
namespace PanelFormat {

QString leapText(LeapStatus status);
QColor leapColor(LeapStatus status);
QString clockTime(qint64 epochMs); // "14:03:07" local time
QString duration(qint64 ms);       // "45 s", "12 min", "3 h 5 min", "2 d 4 h"

} // namespace PanelFormat

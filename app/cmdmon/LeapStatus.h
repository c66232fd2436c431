#pragma once

#include <QString>

// chrony's leap status (TRACKING leap_status and the NTP leap indicator, 0..3), plus Unknown for a
// system that did not answer. The one type for it: reports carry it decoded, the history records it,
// the alerts and the window name it.
enum class LeapStatus : quint8 {
    Normal = 0,
    InsertSecond = 1,
    DeleteSecond = 2,
    NotSynchronised = 3,
    Unknown = 4,
};

// The words chronyc prints ("Normal", "Insert second", "Delete second", "Not synchronised"); empty
// for Unknown.
QString leapStatusWord(LeapStatus status);
// From chrony's wire value; anything outside 0..3 is Unknown (chronyc would print "Invalid").
LeapStatus leapStatusFromWire(quint16 value);

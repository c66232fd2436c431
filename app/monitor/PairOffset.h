#pragma once

#include "monitor/SystemSnapshot.h"

#include <QHostAddress>
#include <QList>

#include <cmath>

// System 2's offset to System 1, from what System 2 reports about System 1 (the two clocks cannot
// be read at the same instant from here, so this is System 2's own estimate). Positive: System 2
// is ahead of System 1.
struct PairOffset
{
    enum class Method {
        None,         // System 2 did not answer, or System 1 is not one of its sources
        Tracking,     // System 2 follows System 1: minus its TRACKING "System time" (the correction still to apply)
        SourceSample, // System 1 is a source but not the reference: System 2's last sample of it
    };

    double seconds = std::nan("");
    Method method = Method::None;

    bool valid() const { return method != Method::None; }
    static PairOffset estimate(const SystemSnapshot& system2, const QList<QHostAddress>& system1Addresses);
    // Whether System 2's tracking reference is System 1.
    static bool followsSystem1(const SystemSnapshot& system2, const QList<QHostAddress>& system1Addresses);
};

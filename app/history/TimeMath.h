#pragma once

#include <QtGlobal>

// Integer division rounding towards minus / plus infinity: bucket and column arithmetic must not
// depend on which side of the epoch (or of a window start) a time lies.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr qint64 ceilDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) == (b < 0))) ? q + 1 : q;
}

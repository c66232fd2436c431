#include "SecondsText.h"

#include <QCoreApplication>

#include <cmath>

namespace SecondsText {

namespace {

// Below half the last digit shown for nanoseconds (0.001 ns): such a value would print as
// "0.000 ns fast", so it is zero, without a direction.
constexpr double NegligibleSeconds = 0.5e-12;

bool isNegligible(double seconds)
{
    return std::abs(seconds) < NegligibleSeconds;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("SecondsText", text);
}
} // namespace

Unit unitFor(double maxAbs)
{
    if (!std::isfinite(maxAbs) || maxAbs >= 1)
        return {1, tr("s")};
    if (maxAbs >= 1e-3)
        return {1e3, tr("ms")};
    if (maxAbs >= 1e-6)
        return {1e6, tr("µs")};
    return {1e9, tr("ns")};
}

QString format(double seconds)
{
    if (!std::isfinite(seconds))
        return tr("—");
    if (isNegligible(seconds))
        return tr("0 s");
    const Unit unit = unitFor(std::abs(seconds));
    const double scaled = seconds * unit.factor;
    // Four significant digits whatever the size; rounding may carry into a fifth ("999.95 µs" shows
    // as "1000.0 µs"), which still reads right.
    const double shown = std::abs(scaled);
    const int decimals = shown >= 100 ? 1 : shown >= 10 ? 2 : 3;
    //: A number and its unit, e.g. "12.35 µs"
    return tr("%1 %2").arg(scaled, 0, 'f', decimals).arg(unit.symbol);
}

QString withDirection(double seconds, const QString& positiveWord, const QString& negativeWord)
{
    if (!std::isfinite(seconds) || isNegligible(seconds))
        return format(seconds);
    //: An offset and what its sign means, e.g. "12.35 µs ahead"
    return tr("%1 %2").arg(format(std::abs(seconds)), seconds > 0 ? positiveWord : negativeWord);
}

} // namespace SecondsText

#pragma once

#include <QString>

// Offsets, delays and errors in seconds as an admin reads them, the same in the CLI, the panel, the
// wizard and the helper's progress: the largest unit that keeps the number at 1 or more (ns, µs, ms,
// s) and four significant digits, so "-1.67173e-06 s" reads "-1.672 µs". Units and words are
// translatable (the CLI loads no translator and prints English).
namespace SecondsText {

// The unit for a value whose magnitude is at most maxAbs: the factor to multiply by and its symbol.
struct Unit
{
    double factor;
    QString symbol;
};
Unit unitFor(double maxAbs);

// "12.35 µs", "-297.0 ns", "1.059 s"; "0 s" for what would round to 0.000 ns; "—" for NaN or infinity.
QString format(double seconds);

// The magnitude with a word for the sign: "12.35 µs ahead", "3.200 ms behind", "0 s".
QString withDirection(double seconds, const QString& positiveWord, const QString& negativeWord);

} // namespace SecondsText

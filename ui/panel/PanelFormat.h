#pragma once

#include "history/LeapStatusTrack.h"

#include <QColor>
#include <QString>

// How the panel writes numbers: offsets with a unit chosen by size (ns, µs, ms, s), and the colours
// of leap statuses, shared by the cards, the chart and the tables so they always agree.
namespace PanelFormat {

// "12.345 µs": three significant decimals in the largest unit that keeps the number >= 1.
QString seconds(double seconds);
// "12.345 µs ahead" / "3.2 ms behind" / "0 ns"; aheadWord/behindWord say what a sign means.
QString signedSeconds(double seconds, const QString& positiveWord, const QString& negativeWord);
// The unit for an axis whose largest |value| is maxAbs: factor to multiply by and its symbol.
struct Unit
{
    double factor;
    QString symbol;
};
Unit unitFor(double maxAbs);

QString leapText(LeapStatus status);
QColor leapColor(LeapStatus status);
QString clockTime(qint64 epochMs); // "14:03:07" local time

} // namespace PanelFormat

#include "PanelFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace PanelFormat {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PanelFormat", text);
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

QString seconds(double value)
{
    if (!std::isfinite(value))
        return tr("—");
    if (value == 0)
        return tr("0 ns");
    // Four significant digits: "1.059 µs", "12.35 µs", "297.0 ns".
    const Unit unit = unitFor(std::abs(value));
    const double scaled = value * unit.factor;
    const int decimals = std::abs(scaled) >= 100 ? 1 : std::abs(scaled) >= 10 ? 2 : 3;
    return tr("%1 %2").arg(scaled, 0, 'f', decimals).arg(unit.symbol);
}

QString signedSeconds(double value, const QString& positiveWord, const QString& negativeWord)
{
    if (!std::isfinite(value))
        return tr("—");
    if (value == 0)
        return tr("0 ns");
    //: e.g. "12.345 µs ahead"
    return tr("%1 %2").arg(seconds(std::abs(value)), value > 0 ? positiveWord : negativeWord);
}

QString leapText(LeapStatus status)
{
    switch (status) {
    case LeapStatus::Normal:
        return tr("Normal");
    case LeapStatus::InsertSecond:
        return tr("Insert second");
    case LeapStatus::DeleteSecond:
        return tr("Delete second");
    case LeapStatus::NotSynchronised:
        return tr("Not synchronised");
    case LeapStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QColor leapColor(LeapStatus status)
{
    switch (status) {
    case LeapStatus::Normal:
        return QColor(0x2e, 0x8b, 0x57);
    case LeapStatus::InsertSecond:
    case LeapStatus::DeleteSecond:
        return QColor(0xd9, 0x8c, 0x00);
    case LeapStatus::NotSynchronised:
        return QColor(0xc0, 0x39, 0x2b);
    case LeapStatus::Unknown:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QString clockTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace PanelFormat

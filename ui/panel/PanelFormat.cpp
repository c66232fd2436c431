#include "PanelFormat.h"

#include "widgets/TandemPalette.h"

#include <QCoreApplication>
#include <QDateTime>

namespace PanelFormat {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PanelFormat", text);
}
} // namespace

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
        return TandemPalette::badge(TandemPalette::Role::Ok);
    case LeapStatus::InsertSecond:
    case LeapStatus::DeleteSecond:
        return TandemPalette::badge(TandemPalette::Role::Warning);
    case LeapStatus::NotSynchronised:
        return TandemPalette::badge(TandemPalette::Role::Alarm);
    case LeapStatus::Unknown:
        break;
    }
    return TandemPalette::badge(TandemPalette::Role::Neutral);
}

QString clockTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("HH:mm:ss"));
}

QString duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 500) / 1000);
    if (s < 120)
        return QCoreApplication::translate("PanelFormat", "%1 s").arg(s);
    if (s < 2 * 3600)
        return QCoreApplication::translate("PanelFormat", "%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return QCoreApplication::translate("PanelFormat", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QCoreApplication::translate("PanelFormat", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace PanelFormat

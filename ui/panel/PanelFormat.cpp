#include "PanelFormat.h"

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

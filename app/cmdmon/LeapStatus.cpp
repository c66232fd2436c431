#include "LeapStatus.h"

using namespace Qt::StringLiterals;

QString leapStatusWord(LeapStatus status)
{
    switch (status) {
    case LeapStatus::Normal:
        return u"Normal"_s;
    case LeapStatus::InsertSecond:
        return u"Insert second"_s;
    case LeapStatus::DeleteSecond:
        return u"Delete second"_s;
    case LeapStatus::NotSynchronised:
        return u"Not synchronised"_s;
    case LeapStatus::Unknown:
        break;
    }
    return {};
}

LeapStatus leapStatusFromWire(quint16 value)
{
    return value <= 3 ? LeapStatus(value) : LeapStatus::Unknown;
}

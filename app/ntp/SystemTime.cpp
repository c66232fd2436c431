#include "SystemTime.h"

#include <ctime>

qint64 MachineTime::nowNs() const
{
    timespec now = {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

const MachineTime& MachineTime::instance()
{
    static const MachineTime machine;
    return machine;
}

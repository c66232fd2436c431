#include "VirtualSystemTime.h"

#include "LabLayout.h"

Result<std::shared_ptr<const SystemTime>> labSystemTime(const LabSettings& settings, int index)
{
    if (!settings.virtualClocks)
        return std::shared_ptr<const SystemTime>(&MachineTime::instance(), [](const SystemTime*) {});
    Result<VirtualClock> clock = VirtualClock::open(LabLayout::systemPaths(settings.directory, index).clockPath);
    if (!clock)
        return clock.failure();
    return std::shared_ptr<const SystemTime>(std::make_shared<VirtualSystemTime>(std::move(clock).value()));
}

#include "LabClocks.h"

#include "LabLayout.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

Result<LabClocks> LabClocks::open(const LabSettings& settings)
{
    if (!settings.virtualClocks)
        return Error{QCoreApplication::translate(
                         "LabClocks", "the lab in %1 runs with -x on this machine's clock: it has no clocks of its own")
                         .arg(settings.directory)};
    Result<VirtualClock> system1 = VirtualClock::open(LabLayout::systemPaths(settings.directory, 1).clockPath);
    if (!system1)
        return system1.failure();
    Result<VirtualClock> system2 = VirtualClock::open(LabLayout::systemPaths(settings.directory, 2).clockPath);
    if (!system2)
        return system2.failure();
    return LabClocks(std::move(system1).value(), std::move(system2).value());
}

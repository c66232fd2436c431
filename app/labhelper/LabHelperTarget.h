#pragma once

#include "lab/LabSettings.h"
#include "privileged/HelperTarget.h"

#include <QString>

// A lab system as tandem-lab-helper, tandem-cli and the wizard see it: its files under DIR/systemN,
// its virtual clock, its daemon restarted as the lab runs it, and its command address and the lab's
// NTP port from the lab's own files (DIR/lab.json), never from a request.
namespace LabHelperTarget {

// `root` must be DIR/system1 or DIR/system2 with DIR/lab.json next to it.
Result<HelperTarget> forRoot(const QString& root);
// The same for a lab already read (index 1 or 2).
HelperTarget forSystem(const LabSettings& settings, int index);

} // namespace LabHelperTarget

#pragma once

#include "privileged/HelperRequest.h"

#include <QString>

// Runs tandem-helper for tandem-cli apply / sync-now / restore and prints its progress as it comes: one readable
// line per step, or the helper's own JSON Lines with json. Returns the helper's exit code.
int runHelperFromCli(const HelperRequest& request, const QString& labRoot, bool json);

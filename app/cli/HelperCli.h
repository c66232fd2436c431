#pragma once

#include "helperprotocol/HelperRequest.h"

#include <QJsonObject>
#include <QString>

// Runs tandem-helper for tandem-cli apply / sync-now / restore and prints its progress as it comes: one readable
// line per step, or the helper's own JSON Lines with json. Returns the helper's exit code.
// result, when given, receives the helper's result line.
int runHelperFromCli(const HelperRequest& request, const QString& labRoot, bool json, QJsonObject* result = nullptr);

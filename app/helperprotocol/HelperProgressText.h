#pragma once

#include <QJsonObject>
#include <QString>

// Turns the helper's JSON Lines into lines for a terminal or a log: "  ok    backup 20261126-..."
// or "  FAIL  restart: chrony could not be restarted: ...". Pure, shared by tandem-cli and the GUI.
namespace HelperProgressText {
QString describeStep(const QJsonObject& step);
QString describeResult(int exitCode, const QJsonObject& result);
} // namespace HelperProgressText

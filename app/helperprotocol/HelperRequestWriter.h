#pragma once

#include "helperprotocol/HelperRequest.h"

#include <QByteArray>

// The caller's side of the helper's interface: a request in exactly the shape the helper parses
// (only the keys its action and role allow). The GUI and CLI never send config text.
namespace HelperRequestWriter {
QByteArray toJson(const HelperRequest& request);
} // namespace HelperRequestWriter

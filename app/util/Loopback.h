#pragma once

#include <QHostAddress>

// The lab and every test only ever talk to this machine: 127.0.0.0/8 or ::1. The lab refuses any
// other address so that a typo can never send traffic onto a real network.
bool isLoopbackAddress(const QHostAddress& address);

#pragma once

#include <QString>

// Before the window knew who is who from chrony.conf, this machine's samples went to one
// "history-machine.bin" whatever role the user's settings claimed, so its labels cannot be trusted.
// It is set aside once (renamed, not deleted: the admin may still want the numbers) when the window
// first keeps a history per pair.
namespace SharedHistory {

// The new name when the old file was there and has been set aside; empty otherwise.
QString setAside(const QString& historyDirectory);

} // namespace SharedHistory

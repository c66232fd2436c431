#pragma once

#include "setup/SetupChoices.h"

#include <QString>

#include <optional>

// What the wizard remembers from the last setup it finished (QSettings, "wizard/"), offered again
// when nothing better is known: the role chosen and the peer entered. The one place that knows the
// keys and how a role is stored (a word, so reordering SetupChoices::Path cannot change it).
struct WizardMemory
{
    std::optional<SetupChoices::Path> path;
    QString peer;

    static WizardMemory load();
    void save() const;
};

#include "HelperSteps.h"

QStringList HelperStep::expectedFor(HelperAction action)
{
    switch (action) {
    case HelperAction::Apply:
        return {Validate, Read, Render, Check, Backup, Write, Restart, Wait};
    case HelperAction::Restore:
        return {Validate, List, Select, Read, Check, Backup, Write, Restart, Wait};
    case HelperAction::SyncNow:
        return {Validate, Before, Measure, AddSource, Burst, Follow, Step, Verify, After, RemoveSource};
    case HelperAction::FirewallCheck:
    case HelperAction::FirewallOpen:
        break; // shown as they come (FirewallPanel)
    }
    return {};
}

#pragma once

#include "LabLayout.h"
#include "LabSettings.h"
#include "config/ConfFile.h"
#include "config/Profile.h"

#include <QByteArray>
#include <QList>

// The two lab configs are what the wizard would write (the config core's applyProfile over a small
// base), followed by lines only the lab needs: its own addresses, ports, socket, pid and drift files,
// so that two lab systems (and several labs) share one machine without touching /etc or /run.
namespace LabConfig {

// A minimal chrony.conf, like a fresh install without internet sources.
ConfFile base();

// System 1: serves its local clock to System 2; System 2: follows System 1 every 2 s.
Profile serverProfile(const LabSettings& settings);
Profile clientProfile(const LabSettings& settings);

// index 1 or 2.
QList<QByteArray> labLines(const LabSettings& settings, const LabSystemPaths& paths, int index);

// applyProfile(base(), profile).render() followed by labLines().
Result<QByteArray> render(const LabSettings& settings, const LabSystemPaths& paths, int index);

} // namespace LabConfig

#pragma once

#include "lab/LabLayout.h"
#include "privileged/ChronyRestarter.h"

class ChronydInstance;

// "Restart chrony" inside a lab root: end that lab system's chronyd (the pid in its pid file, and
// only if /proc says it is chronyd reading this system's config) and start it again as the lab runs
// its daemons (on the system's virtual clock, or with -x), detached so that it outlives the helper
// (the lab stops it by pid file).
class LabChronyRestarter : public ChronyRestarter
{
    Q_OBJECT
public:
    // virtualClockLibrary: see ChronydInstance (empty: -x).
    LabChronyRestarter(const LabSystemPaths& paths, const QString& virtualClockLibrary, QObject* parent = nullptr);

    void restart() override;

private:
    void startDaemon();
    void finish(bool ok, const QString& message);

    LabSystemPaths m_paths;
    QString m_virtualClockLibrary;
    ChronydInstance* m_instance = nullptr;
};

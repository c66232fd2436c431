#pragma once

#include "lab/LabLayout.h"
#include "privileged/ChronyRestarter.h"

class ChronydInstance;

// "Restart chrony" inside a lab root: end that lab system's chronyd (the pid in its pid file, and
// only if /proc says it is chronyd reading this system's config) and start it again, with -x like
// every lab daemon, as a detached daemon that outlives the helper (the lab stops it by pid file).
class LabChronyRestarter : public ChronyRestarter
{
    Q_OBJECT
public:
    explicit LabChronyRestarter(const LabSystemPaths& paths, QObject* parent = nullptr);

    void restart() override;

private:
    void startDaemon();
    void finish(bool ok, const QString& message);

    LabSystemPaths m_paths;
    ChronydInstance* m_instance = nullptr;
};

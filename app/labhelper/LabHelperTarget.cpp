#include "LabHelperTarget.h"

#include "LabChronyRestarter.h"
#include "lab/LabConfig.h"
#include "lab/LabLayout.h"
#include "lab/VirtualSystemTime.h"

using namespace Qt::StringLiterals;

Result<HelperTarget> LabHelperTarget::forRoot(const QString& root)
{
    const Result<LabSystemLocation> located = locateLabSystem(root);
    if (!located)
        return Error{u"--root: %1."_s.arg(located.error())};
    return forSystem(located->settings, located->index);
}

HelperTarget LabHelperTarget::forSystem(const LabSettings& settings, int index)
{
    const LabSystemPaths paths = LabLayout::systemPaths(settings.directory, index);
    HelperTarget::Rooted rooted;
    rooted.clock = [settings, index] { return labSystemTime(settings, index); };
    rooted.restarter = [paths, library = chronydClockLibrary(settings)](QObject* parent) -> ChronyRestarter* {
        return new LabChronyRestarter(paths, library, parent);
    };
    rooted.adapt = [settings, index](Profile profile) {
        const Profile lab = index == 1 ? LabConfig::serverProfile(settings) : LabConfig::clientProfile(settings);
        profile.commandBindAddress = lab.commandBindAddress;
        profile.peerNtpPort = profile.role == Role::Client ? int(settings.ntpPort) : 0;
        return profile;
    };
    rooted.peerNtpPort = settings.ntpPort;
    rooted.ntpSourceAddress = index == 1 ? settings.serverAddress : settings.clientAddress;
    return HelperTarget::underRoot(ChronyHost::underRoot(paths.root, paths.pidPath, paths.socketPath),
                                   std::move(rooted));
}

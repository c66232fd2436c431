#include "SetupChoices.h"

#include <cmath>

HelperRequest SetupChoices::helperRequest() const
{
    HelperRequest request;
    request.peer = peer;
    if (path == Path::OneTimeSync) {
        request.action = HelperAction::SyncNow;
        return request;
    }
    request.action = HelperAction::Apply;
    request.monitoring = monitoring;
    request.monitorEverywhere = monitorEverywhere;
    request.key = key;
    request.keepKeyId = key ? std::nullopt : keepKeyId;
    if (path == Path::Server) {
        request.role = Role::Server;
        request.pools = mode == ServerMode::LocalAndPools;
        request.stratum = stratum;
    } else {
        request.role = Role::Client;
        request.minpoll = minpoll;
        request.maxpoll = maxpoll;
        request.stepAlways = stepAlways;
    }
    return request;
}

PollingPreset pollingPreset(PollingPreset::Id id)
{
    switch (id) {
    case PollingPreset::Id::Fast:
        return {id, 1, 1}; // the guide's "minpoll 1 maxpoll 1": every 2 s
    case PollingPreset::Id::Balanced:
        return {id, 4, 6}; // 16 s .. 64 s: follows a LAN server closely at a fraction of the traffic
    case PollingPreset::Id::ChronyDefault:
        return {id, 6, 10}; // chrony's own defaults: 64 s .. 1024 s
    case PollingPreset::Id::Custom:
        break;
    }
    return {PollingPreset::Id::Custom, 1, 1};
}

int requestsPerDay(int minpoll)
{
    return int(std::lround(86400.0 / std::ldexp(1.0, minpoll)));
}

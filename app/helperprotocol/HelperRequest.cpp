#include "HelperRequest.h"

using namespace Qt::StringLiterals;

QString helperActionName(HelperAction action)
{
    switch (action) {
    case HelperAction::Apply:
        return u"apply"_s;
    case HelperAction::SyncNow:
        return u"sync-now"_s;
    case HelperAction::Restore:
        return u"restore"_s;
    case HelperAction::FirewallCheck:
        return u"firewall-check"_s;
    case HelperAction::FirewallOpen:
        return u"firewall-open"_s;
    }
    return {};
}

QString helperProgramName(HelperAction action)
{
    switch (action) {
    case HelperAction::Apply:
    case HelperAction::Restore:
        return u"tandem-helper"_s;
    case HelperAction::SyncNow:
        return u"tandem-helper-sync-now"_s;
    case HelperAction::FirewallCheck:
        return u"tandem-helper-firewall-check"_s;
    case HelperAction::FirewallOpen:
        return u"tandem-helper-firewall-open"_s;
    }
    return {};
}

HelperRequest applyRequestFor(const Profile& profile)
{
    HelperRequest request;
    request.action = HelperAction::Apply;
    request.role = profile.role;
    request.peer = profile.peer;
    request.monitoring = profile.monitoring;
    request.monitorEverywhere = profile.monitorOnAllInterfaces;
    if (profile.role == Role::Server) {
        request.pools = profile.mode == ServerMode::LocalAndPools;
        request.stratum = profile.stratum;
    } else {
        request.minpoll = profile.minpoll;
        request.maxpoll = profile.maxpoll;
        request.stepAlways = profile.stepAlways;
    }
    return request;
}

Profile profileFor(const HelperRequest& request)
{
    Profile profile;
    profile.role = request.role;
    profile.peer = request.peer;
    profile.mode = request.pools ? ServerMode::LocalAndPools : ServerMode::LocalOnly;
    if (request.stratum)
        profile.stratum = *request.stratum;
    // One of the two poll values alone moves the other along, so that minpoll <= maxpoll holds.
    if (request.minpoll)
        profile.minpoll = *request.minpoll;
    if (request.maxpoll)
        profile.maxpoll = *request.maxpoll;
    if (request.minpoll && !request.maxpoll)
        profile.maxpoll = qMax(profile.maxpoll, profile.minpoll);
    if (request.maxpoll && !request.minpoll)
        profile.minpoll = qMin(profile.minpoll, profile.maxpoll);
    if (request.monitoring)
        profile.monitoring = *request.monitoring;
    profile.monitorOnAllInterfaces = request.monitorEverywhere.value_or(false);
    profile.stepAlways = request.stepAlways.value_or(false);
    profile.keyId = request.key ? request.key->id : request.keepKeyId.value_or(0);
    return profile;
}

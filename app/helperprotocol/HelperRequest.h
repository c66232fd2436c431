#pragma once

#include "config/PairKey.h"
#include "config/Profile.h"

#include <QString>

#include <optional>

// The whole vocabulary of tandem-helper: a request is one of five verbs with a few typed fields.
// It never carries config text, a path or a firewall rule; the helper builds those itself.
enum class HelperAction { Apply, SyncNow, Restore, FirewallCheck, FirewallOpen };

struct HelperRequest
{
    HelperAction action = HelperAction::Apply;

    // apply
    Role role = Role::Server;
    // apply: the client's address or subnet (server) or the server's address (client).
    // sync-now: the server to sync against once; empty = the configured sources.
    // firewall-check, firewall-open: the peer's IP address (never a name or a subnet).
    QString peer;
    // firewall-check, firewall-open: chrony's NTP port 123 or its command port 323, nothing else.
    int port = 0;
    bool pools = false;         // server only: false = the guide's mode 1 (local clock only), true = mode 2
    std::optional<int> stratum; // server only
    std::optional<int> minpoll; // client only
    std::optional<int> maxpoll; // client only
    std::optional<bool> monitoring;
    // Monitoring on every interface (bindcmdaddress 0.0.0.0), a stated choice; by default chronyd
    // listens only on the address that faces the peer, which the helper works out itself.
    std::optional<bool> monitorEverywhere;
    std::optional<bool> stepAlways; // client only: makestep 1 -1
    // The pair's shared key, for both roles; none = no authentication (and Tandem's earlier key, if
    // any, is removed). It crosses to the helper only on its standard input, never in argv.
    std::optional<PairKey> key;
    // Or: keep the pair's key that Tandem wrote before (the wizard run again on a set-up system),
    // by its ID; the helper checks that the key file still holds it.
    std::optional<quint32> keepKeyId;

    // restore: an ID the helper listed itself; empty = the newest backup.
    QString backupId;
};

QString helperActionName(HelperAction action);

// The one mapping between a Profile (what the wizard, tandem-cli and a lab render) and an apply
// request (what crosses to the helper). The key's secret is no profile setting: applyRequestFor
// leaves `key` empty, profileFor takes only its ID. profileFor leaves the target's own parts (a lab's bind
// address and port) to HelperTarget::adapt.
HelperRequest applyRequestFor(const Profile& profile);
Profile profileFor(const HelperRequest& request);
// The program that carries out an action. pkexec binds one polkit action to one program path, so each
// privilege has its own small entry program: tandem-helper (configure: apply, restore),
// tandem-helper-sync-now, tandem-helper-firewall-check and tandem-helper-firewall-open.
QString helperProgramName(HelperAction action);

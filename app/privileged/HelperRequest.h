#pragma once

#include <QString>

#include <optional>

// The whole vocabulary of tandem-helper: a request is one of three verbs with a few typed fields.
// It never carries config text or a path; the helper renders the config itself.
enum class HelperAction { Apply, SyncNow, Restore };
enum class HelperRole { Server, Client };

struct HelperRequest
{
    HelperAction action = HelperAction::Apply;

    // apply
    HelperRole role = HelperRole::Server;
    // apply: the client's address or subnet (server) or the server's address (client).
    // sync-now: the server to sync against once; empty = the configured sources.
    QString peer;
    bool pools = false;         // server only: false = the seed's mode 1 (local clock only), true = mode 2
    std::optional<int> stratum; // server only
    std::optional<int> minpoll; // client only
    std::optional<int> maxpoll; // client only
    std::optional<bool> monitoring;
    // Monitoring on every interface (bindcmdaddress 0.0.0.0), a stated choice; by default chronyd
    // listens only on the address that faces the peer, which the helper works out itself.
    std::optional<bool> monitorEverywhere;
    std::optional<bool> stepAlways; // client only: makestep 1 -1

    // restore: an ID the helper listed itself; empty = the newest backup.
    QString backupId;
};

QString helperActionName(HelperAction action);

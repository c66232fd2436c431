#pragma once

#include "SetupChoices.h"
#include "SetupTarget.h"
#include "config/LintFinding.h"
#include "helperprotocol/HelperRequest.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What applying the wizard's choices will do, computed before anything is touched: the request the
// helper gets, the exact new chrony.conf (rendered by the same code the helper runs, so the diff
// shown is the diff written), lint findings on it, and the other system's matching config.
struct SetupPlan
{
    HelperRequest request;
    QString configPath;
    QByteArray currentConfig;
    QByteArray newConfig;
    QByteArray diff; // unified diff; empty when nothing changes
    QList<LintFinding> findings;
    QString otherSystemTitle;     // "System 2 (client)" ...
    QByteArray otherSystemConfig; // empty when choices.ownAddress is empty

    bool changesNothing() const { return diff.isEmpty(); }

    // currentConfig: what configPath holds now (read by the caller).
    static Result<SetupPlan> make(const SetupChoices& choices, const SetupTarget& target,
                                  const QByteArray& currentConfig);

    // Debian 12's default chrony.conf (directive lines), the base for the other system's config.
    static QByteArray debianDefaultConfig();
};

// A guess at the address the peer reaches this machine by: one of this machine's addresses in the
// same subnet as the peer, else its first global address of the peer's family. Empty if none.
QString guessOwnAddress(const QString& peer);

#pragma once

#include "ConfFile.h"
#include "IncludedConfigs.h"
#include "LintFinding.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The lint rules, each a small function over a parsed file, listed in one table so the CLI, the GUI
// and the tests run the same set. Rules report; they never change the file.
namespace LintRules {

using Check = std::function<QList<LintFinding>(const ConfFile&)>;

struct Rule
{
    QString id;
    Check check;
};

QList<Rule> all();

QList<LintFinding> unknownDirective(const ConfFile& file);
QList<LintFinding> optionOutOfRange(const ConfFile& file);
QList<LintFinding> malformedAddress(const ConfFile& file);
QList<LintFinding> ntpdPseudoAddress(const ConfFile& file);
QList<LintFinding> cmdallowWithoutBindcmdaddress(const ConfFile& file);
QList<LintFinding> lanServerAndPoolsWithoutPrefer(const ConfFile& file);
QList<LintFinding> localWithoutAllow(const ConfFile& file);
QList<LintFinding> unknownServerOption(const ConfFile& file);
QList<LintFinding> portClosedForAllowed(const ConfFile& file);
QList<LintFinding> sourcesWithoutMakestep(const ConfFile& file);

// Not in the table, as it reads more than one file: the sources (server/pool/peer/sourcedir lines)
// that confdir/include files add. chronyd uses them whatever chrony.conf says, so where a config
// means to follow only its own sources (Tandem's client, server mode 1) they are a warning;
// for a plain lint, information.
QList<LintFinding> sourcesFromIncludedFiles(const QList<IncludedConfigs::Included>& included,
                                            LintFinding::Severity severity);

// Not in the table either, as the key file is another file (root:_chrony 0640 on Debian, so often not
// readable by the user): every `key ID` on a server/pool/peer line must be in the file the `keyfile`
// line names, or chronyd refuses that source's samples. keyfile: that file's contents, or why it
// could not be read; nullopt when the config names no key file.
// keyBeingAdded: the pair's key that the apply writes into the key file (0: none), counted as there.
QList<LintFinding> keysMissingFromKeyfile(const ConfFile& file, const std::optional<Result<QByteArray>>& keyfile,
                                          quint32 keyBeingAdded = 0);
// The file the last `keyfile` line names; empty when there is none.
QString keyfilePath(const ConfFile& file);

// Whether a source host is on the local network (private, link-local, loopback or a .lan-style name),
// as opposed to an online server or pool.
bool isLanHost(const QString& host);

} // namespace LintRules

#pragma once

#include "config/PairKey.h"
#include "config/Profile.h"

#include <QCommandLineParser>

#include <optional>

// The role options that plan and apply share: --role, --peer, --mode, --stratum, --minpoll,
// --maxpoll, --no-monitoring.
void addProfileOptions(QCommandLineParser& parser);

// The profile those options describe, validated. On a bad argument prints one line
// "tandem-cli COMMAND: reason" and returns nothing (the caller exits with CliExit::Usage).
std::optional<Profile> readProfileOptions(const QCommandLineParser& parser, const QString& command);

// --pair-key FILE: the pair's key from a bundle or code file ("-": standard input), never from the
// command line itself (argv is readable by every user); --keep-pair-key ID: the key Tandem wrote
// before stays. False after reporting a bad file or both options.
bool readPairKeyOption(const QCommandLineParser& parser, const QString& command, std::optional<PairKey>* key,
                       std::optional<quint32>* keepKeyId);

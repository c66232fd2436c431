#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

// Exit codes shared by every tandem-cli subcommand (lint has its own 0/1/2 meaning, see LintCommand).
namespace CliExit {
constexpr int Ok = 0;
constexpr int Failed = 1;
constexpr int Usage = 2;
} // namespace CliExit

QTextStream& cliOut();
QTextStream& cliErr();

// Parses a subcommand's arguments. On a bad argument prints one line "tandem-cli CMD: reason"
// to stderr and returns false (the caller exits with CliExit::Usage). --help prints the help text
// and also returns false with *helpShown set, so the caller exits 0.
bool parseSubcommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments, bool* helpShown);

// One line "tandem-cli CMD: message" on stderr.
void reportError(const QString& command, const QString& message);

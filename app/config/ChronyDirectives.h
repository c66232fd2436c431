#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Everything Tandem knows about chrony 4.3's configuration language lives in these two tables, so the
// profile writer, the lint rules and (later) the privileged helper agree on one vocabulary instead of
// growing their own lists of ifs.
namespace ChronyDirectives {

enum class Kind {
    Source,      // server, pool, peer: HOST [options]
    Local,       // local [stratum N] [orphan] [distance D]
    Access,      // allow/deny/cmdallow/cmddeny [all] [SUBNET]
    BindAddress, // bindaddress, bindacqaddress: an IP address
    BindCommand, // bindcmdaddress: an IP address, a socket path or "/"
    Port,        // port, cmdport, acquisitionport, ptpport, ntsport: 0..65535
    MakeStep,    // makestep THRESHOLD LIMIT
    SourceDir,   // sourcedir DIR...: brings server/pool/peer lines from *.sources files
    Include,     // confdir DIR..., include PATTERN: read more configuration
    Flag,        // takes no argument (rtcsync, lock_all, ...)
    Other,       // valid chrony directive not modelled in detail
    Obsolete,    // accepted by chronyd 4.3 but ignored
};

struct DirectiveInfo
{
    const char* name;
    Kind kind;
};

// nullptr when chrony 4.3 does not know the directive. Names are case-insensitive.
const DirectiveInfo* find(QStringView name);

enum class ValueType {
    None,    // a flag such as iburst
    Integer, // checked against [min, max]
    Number,  // a decimal number
    Word,    // free text such as extfield F323
};

struct SourceOptionInfo
{
    const char* name;
    ValueType type;
    qint64 min = 0; // 64 bits: `key` takes IDs up to 2^32 - 1
    qint64 max = 0;
    bool poolOnly = false;
};

// nullptr when the word is not an option of server/pool/peer in chrony 4.3.
const SourceOptionInfo* findSourceOption(QStringView name);

// One option of a server/pool/peer line as written: "minpoll 1", "iburst", or an unknown word.
struct SourceOption
{
    QString name;
    QString value;                          // empty for flags
    const SourceOptionInfo* info = nullptr; // nullptr: chrony does not know this option
    bool missingValue = false;              // the option needs a value and the line ended
};

// The options after the host of a server/pool/peer line, in order.
QList<SourceOption> splitSourceOptions(const QStringList& argumentsAfterHost);

// Ranges chrony documents and that Tandem's profiles and lint enforce (chrony clamps some silently).
constexpr int MinPoll = -7;
constexpr int MaxPoll = 24;
constexpr int MinStratum = 1;
constexpr int MaxStratum = 15;
constexpr int MaxPort = 65535;

// The ntpd pseudo-address range for reference clocks (127.127.t.u); chrony has no such thing.
bool isNtpdPseudoAddress(QStringView address);

} // namespace ChronyDirectives

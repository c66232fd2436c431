#include "ChronyDirectives.h"

#include <QLatin1StringView>

#include <iterator>

using namespace Qt::StringLiterals;

namespace ChronyDirectives {

namespace {

// The directive list of chrony.conf(5) for chrony 4.3, checked against chronyd 4.3 -p: every name
// here is accepted, every other word is "Invalid directive".
constexpr DirectiveInfo directiveTable[] = {
    {"acquisitionport", Kind::Port},
    {"allow", Kind::Access},
    {"authselectmode", Kind::Other},
    {"bindacqaddress", Kind::BindAddress},
    {"bindacqdevice", Kind::Other},
    {"bindaddress", Kind::BindAddress},
    {"bindcmdaddress", Kind::BindCommand},
    {"bindcmddevice", Kind::Other},
    {"binddevice", Kind::Other},
    {"broadcast", Kind::Other},
    {"clientloglimit", Kind::Other},
    {"clockprecision", Kind::Other},
    {"cmdallow", Kind::Access},
    {"cmddeny", Kind::Access},
    {"cmdport", Kind::Port},
    {"cmdratelimit", Kind::Other},
    {"combinelimit", Kind::Other},
    {"confdir", Kind::Include},
    {"corrtimeratio", Kind::Other},
    {"deny", Kind::Access},
    {"driftfile", Kind::Other},
    {"dscp", Kind::Other},
    {"dumpdir", Kind::Other},
    {"fallbackdrift", Kind::Other},
    {"hwclockfile", Kind::Other},
    {"hwtimestamp", Kind::Other},
    {"include", Kind::Include},
    {"initstepslew", Kind::Other},
    {"keyfile", Kind::Other},
    {"leapsecmode", Kind::Other},
    {"leapsectz", Kind::Other},
    {"local", Kind::Local},
    {"lock_all", Kind::Flag},
    {"log", Kind::Other},
    {"logbanner", Kind::Other},
    {"logchange", Kind::Other},
    {"logdir", Kind::Other},
    {"mailonchange", Kind::Other},
    {"makestep", Kind::MakeStep},
    {"manual", Kind::Flag},
    {"maxchange", Kind::Other},
    {"maxclockerror", Kind::Other},
    {"maxdistance", Kind::Other},
    {"maxdrift", Kind::Other},
    {"maxjitter", Kind::Other},
    {"maxntsconnections", Kind::Other},
    {"maxsamples", Kind::Other},
    {"maxslewrate", Kind::Other},
    {"maxupdateskew", Kind::Other},
    {"minsamples", Kind::Other},
    {"minsources", Kind::Other},
    {"nocerttimecheck", Kind::Other},
    {"noclientlog", Kind::Flag},
    {"nosystemcert", Kind::Flag},
    {"ntpsigndsocket", Kind::Other},
    {"ntscachedir", Kind::Other}, // the older name of ntsdumpdir, still accepted
    {"ntsdumpdir", Kind::Other},
    {"ntsntpserver", Kind::Other},
    {"ntsport", Kind::Port},
    {"ntsprocesses", Kind::Other},
    {"ntsratelimit", Kind::Other},
    {"ntsrefresh", Kind::Other},
    {"ntsrotate", Kind::Other},
    {"ntsservercert", Kind::Other},
    {"ntsserverkey", Kind::Other},
    {"ntstrustedcerts", Kind::Other},
    {"peer", Kind::Source},
    {"pidfile", Kind::Other},
    {"pool", Kind::Source},
    {"port", Kind::Port},
    {"ptpport", Kind::Port},
    {"ratelimit", Kind::Other},
    {"refclock", Kind::Other},
    {"reselectdist", Kind::Other},
    {"rtcautotrim", Kind::Other},
    {"rtcdevice", Kind::Other},
    {"rtcfile", Kind::Other},
    {"rtconutc", Kind::Flag},
    {"rtcsync", Kind::Flag},
    {"sched_priority", Kind::Other},
    {"server", Kind::Source},
    {"smoothtime", Kind::Other},
    {"sourcedir", Kind::SourceDir},
    {"stratumweight", Kind::Other},
    {"tempcomp", Kind::Other},
    {"user", Kind::Other},
    // Accepted and ignored by chronyd 4.3 ("... directive is no longer supported").
    {"commandkey", Kind::Obsolete},
    {"dumponexit", Kind::Obsolete},
    {"generatecommandkey", Kind::Obsolete},
    {"linux_freq_scale", Kind::Obsolete},
    {"linux_hz", Kind::Obsolete},
};

// Options of server/pool/peer in chrony 4.3 (chrony.conf(5) "server"), each checked with chronyd -p.
// Integer ranges are the documented ones; chronyd itself clamps poll values silently, which is why
// lint reports them instead of relying on chronyd -p.
constexpr SourceOptionInfo sourceOptionTable[] = {
    {"asymmetry", ValueType::Number},
    {"auto_offline", ValueType::None},
    {"burst", ValueType::None},
    {"certset", ValueType::Integer, 0, 2147483647},
    {"copy", ValueType::None},
    {"extfield", ValueType::Word},
    {"filter", ValueType::Integer, 0, 2147483647},
    {"iburst", ValueType::None},
    // chrony.conf(5): a key ID is a positive 32-bit number; 0 means no key and is refused.
    {"key", ValueType::Integer, 1, 4294967295},
    {"maxdelay", ValueType::Number},
    {"maxdelaydevratio", ValueType::Number},
    {"maxdelayquant", ValueType::Number},
    {"maxdelayratio", ValueType::Number},
    {"maxpoll", ValueType::Integer, MinPoll, MaxPoll},
    {"maxsamples", ValueType::Integer, 0, 2147483647},
    {"maxsources", ValueType::Integer, 1, 16, true},
    {"mindelay", ValueType::Number},
    {"minpoll", ValueType::Integer, MinPoll, MaxPoll},
    {"minsamples", ValueType::Integer, 0, 2147483647},
    {"minstratum", ValueType::Integer, 0, 15},
    {"noselect", ValueType::None},
    {"nts", ValueType::None},
    {"ntsport", ValueType::Integer, 0, MaxPort},
    {"offline", ValueType::None},
    {"offset", ValueType::Number},
    {"polltarget", ValueType::Integer, 6, 60},
    {"port", ValueType::Integer, 0, MaxPort},
    {"prefer", ValueType::None},
    {"presend", ValueType::Integer, MinPoll, MaxPoll},
    {"require", ValueType::None},
    {"trust", ValueType::None},
    {"version", ValueType::Integer, 1, 4},
    {"xleave", ValueType::None},
};

template<typename Entry, std::size_t N>
const Entry* findIn(const Entry (&table)[N], QStringView name)
{
    for (const Entry& entry : table) {
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace

const DirectiveInfo* find(QStringView name)
{
    return findIn(directiveTable, name);
}

const SourceOptionInfo* findSourceOption(QStringView name)
{
    return findIn(sourceOptionTable, name);
}

QList<SourceOption> splitSourceOptions(const QStringList& argumentsAfterHost)
{
    QList<SourceOption> options;
    for (qsizetype i = 0; i < argumentsAfterHost.size(); ++i) {
        SourceOption option;
        option.name = argumentsAfterHost.at(i);
        option.info = findSourceOption(option.name);
        if (option.info && option.info->type != ValueType::None) {
            if (i + 1 < argumentsAfterHost.size())
                option.value = argumentsAfterHost.at(++i);
            else
                option.missingValue = true;
        }
        options.append(option);
    }
    return options;
}

bool isNtpdPseudoAddress(QStringView address)
{
    return address.startsWith(u"127.127."_s);
}

} // namespace ChronyDirectives

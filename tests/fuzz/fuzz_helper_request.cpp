// libFuzzer target for the one input tandem-helper reads as root: its stdin request.
// Beyond "does not crash", it checks the parser's promises: anything accepted is a request whose
// address fields pass the address checks on their own, and parsing is deterministic.
#include "config/AddressValidator.h"
#include "privileged/HelperRequestParser.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<HelperRequest> first = HelperRequestParser::parse(input);
    const Result<HelperRequest> second = HelperRequestParser::parse(input);
    if (first.ok() != second.ok())
        std::abort();
    if (!first.ok())
        return 0;
    const HelperRequest& request = *first;
    if (size > 64 * 1024)
        std::abort();
    for (const QChar c : request.peer) {
        if (c == u'\n' || c == u'\r' || c == u'#' || c == u' ' || c == u';' || c.unicode() > 0x7e)
            std::abort();
    }
    if (request.action == HelperAction::Apply) {
        // System 1 may name System 2 by address, subnet or host name; System 2 names one host.
        const auto peer =
            AddressValidator::check(request.peer, request.role == Role::Server ? AddressValidator::Use::HostOrSubnet
                                                                               : AddressValidator::Use::Host);
        if (!peer.ok())
            std::abort();
        if (request.role == Role::Server && request.stepAlways)
            std::abort(); // a System 2 setting only
        // The pair's key: a valid one whose chrony line is one line of the expected shape.
        if (request.key) {
            if (!request.key->isValid() || request.key->id > PairKey::HighestId)
                std::abort();
            const QByteArray line = request.key->keyFileLine();
            if (line.contains('\n') || line.contains('#') || line.split(' ').size() != 3)
                std::abort();
        }
    } else if (request.key) {
        std::abort();
    }
    if (request.backupId.contains(u'/') || request.backupId.contains(u'.'))
        std::abort();
    // The firewall requests: one literal IP address and one of chrony's two ports, never anything else.
    if (request.action == HelperAction::FirewallCheck || request.action == HelperAction::FirewallOpen) {
        if (!AddressValidator::check(request.peer, AddressValidator::Use::IpOnly).ok() || request.peer.contains(u'/'))
            std::abort();
        if (request.port != 123 && request.port != 323)
            std::abort();
    } else if (request.port != 0) {
        std::abort();
    }
    return 0;
}

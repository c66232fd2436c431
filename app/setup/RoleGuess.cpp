#include "RoleGuess.h"

#include "config/ChronyDirectives.h"
#include "config/LintRules.h"
#include "config/TandemBlock.h"

using namespace Qt::StringLiterals;

RoleGuess RoleGuess::fromConfig(const ConfFile& file)
{
    RoleGuess guess;
    bool local = false;
    bool lanSource = false;
    bool onlineSource = false;
    bool inBlock = false;
    QString firstAllow;
    QString firstLanServer;
    for (const ConfLine& line : file.lines()) {
        if (line.text().trimmed() == TandemBlock::beginLine().trimmed()) {
            inBlock = true;
            guess.byTandem = true;
            continue;
        }
        if (line.text().trimmed() == TandemBlock::endLine().trimmed()) {
            inBlock = false;
            continue;
        }
        if (!line.isDirective())
            continue;
        const QString& name = line.directive();
        const QString first = line.arguments().value(0);
        const ChronyDirectives::DirectiveInfo* info = ChronyDirectives::find(name);
        if (!info)
            continue;
        switch (info->kind) {
        case ChronyDirectives::Kind::Local:
            local = true;
            break;
        case ChronyDirectives::Kind::Source:
            if (ChronyDirectives::isNtpdPseudoAddress(first))
                break; // the guide's "server 127.127.1.1": not a source chrony can use
            if (name == u"server"_s && LintRules::isLanHost(first)) {
                lanSource = true;
                if (firstLanServer.isEmpty() || inBlock)
                    firstLanServer = first;
            } else {
                onlineSource = true;
            }
            break;
        case ChronyDirectives::Kind::SourceDir:
            // DHCP and drop-in servers are usually online servers.
            onlineSource = true;
            break;
        case ChronyDirectives::Kind::Access:
            if (name == u"allow"_s && !first.isEmpty() && first != u"all"_s && (firstAllow.isEmpty() || inBlock))
                firstAllow = first;
            break;
        default:
            break;
        }
    }
    if (local) {
        guess.role = Role::Server;
        guess.peer = firstAllow;
    } else if (lanSource && !onlineSource) {
        guess.role = Role::Client;
        guess.peer = firstLanServer;
    } else if (onlineSource || lanSource) {
        guess.role = Role::PoolClient;
    }
    return guess;
}

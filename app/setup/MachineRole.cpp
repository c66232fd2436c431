#include "MachineRole.h"

#include "config/ChronyDirectives.h"
#include "config/Profile.h"
#include "config/TandemBlock.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

bool isAddress(const QString& text)
{
    return !QHostAddress(text).isNull();
}

} // namespace

int MachineRole::systemIndex() const
{
    return role == Role::System1 ? 1 : role == Role::System2 ? 2 : 0;
}

QString MachineRole::pairId() const
{
    if (role == Role::NotSetUp)
        return u"machine-not-set-up"_s;
    QString peerPart = peer;
    // HistoryFile takes letters, digits, '-' and '_' only (IPv6 colons, subnets' '/', names' dots).
    for (QChar& c : peerPart) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            c = u'_';
    }
    return u"machine-system%1-%2"_s.arg(systemIndex()).arg(peerPart.isEmpty() ? u"unknown"_s : peerPart);
}

MachineRole MachineRole::fromConfig(const ConfFile& file)
{
    MachineRole result;
    result.guess = RoleGuess::fromConfig(file);
    result.pairKeyId = pairKeyIdInBlock(file);
    QString server;
    QString firstAccessAddress; // allow/cmdallow: a host-name peer's recorded address
    bool local = false;
    for (const ConfLine& line : TandemBlock::body(file).value_or(QList<ConfLine>())) {
        if (!line.isDirective())
            continue;
        const QString first = line.arguments().value(0);
        const ChronyDirectives::DirectiveInfo* info = ChronyDirectives::find(line.directive());
        if (!info)
            continue;
        if (info->kind == ChronyDirectives::Kind::Local)
            local = true;
        else if (line.directive() == u"server"_s && server.isEmpty())
            server = first;
        else if ((line.directive() == u"allow"_s || line.directive() == u"cmdallow"_s) && isAddress(first) &&
                 firstAccessAddress.isEmpty())
            firstAccessAddress = first;
        else if (line.directive() == u"allow"_s && result.peer.isEmpty())
            result.peer = first; // a subnet: System 2 has no single address to watch
    }
    if (local) {
        result.role = Role::System1;
        if (!firstAccessAddress.isEmpty())
            result.peer = firstAccessAddress;
    } else if (!server.isEmpty()) {
        result.role = Role::System2;
        result.peer = server;
    } else {
        result.peer.clear();
        return result;
    }
    if (isAddress(result.peer))
        result.peerAddress = QHostAddress(result.peer);
    else if (!firstAccessAddress.isEmpty())
        result.peerAddress = QHostAddress(firstAccessAddress);
    return result;
}

MachineRole MachineRole::read(const QString& configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromConfig(ConfFile::parse(file.readAll(), configPath));
}

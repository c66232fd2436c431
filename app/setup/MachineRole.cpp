#include "MachineRole.h"

#include "config/ChronyDirectives.h"
#include "config/TandemBlock.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

// The directive lines between Tandem's BEGIN and END lines; empty when the file has no whole block.
QList<ConfLine> blockDirectives(const ConfFile& file)
{
    QList<ConfLine> lines;
    bool inBlock = false;
    for (const ConfLine& line : file.lines()) {
        const QByteArray text = line.text().trimmed();
        if (text == TandemBlock::beginLine().trimmed()) {
            inBlock = true;
            lines.clear();
        } else if (text == TandemBlock::endLine().trimmed()) {
            if (inBlock)
                return lines;
        } else if (inBlock && line.isDirective()) {
            lines.append(line);
        }
    }
    return {}; // no block, or one without its END line (TandemBlock treats that as plain text too)
}

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
    const QList<ConfLine> block = blockDirectives(file);
    QString server;
    QString firstAccessAddress; // allow/cmdallow: a host-name peer's recorded address
    bool local = false;
    for (const ConfLine& line : block) {
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

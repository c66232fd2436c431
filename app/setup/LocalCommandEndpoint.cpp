#include "LocalCommandEndpoint.h"

#include <QFile>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace LocalCommandEndpoint {

CmdmonEndpoint fromConfig(const ConfFile& config)
{
    QHostAddress bound(QHostAddress::LocalHost);
    for (const ConfDirective& directive : config.directives()) {
        if (directive.name.compare(u"bindcmdaddress"_s, Qt::CaseInsensitive) != 0 || directive.arguments.isEmpty())
            continue;
        const QHostAddress address(directive.arguments.first());
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            bound = address; // chronyd keeps the last one of a family
    }
    CmdmonEndpoint endpoint;
    // 0.0.0.0 includes 127.0.0.1; any other address (another 127.x too) is the only one that answers.
    if (bound == QHostAddress(QHostAddress::LocalHost) || bound == QHostAddress(QHostAddress::AnyIPv4))
        return endpoint;
    endpoint.host = bound;
    endpoint.sourceAddress = QHostAddress(QHostAddress::LocalHost);
    return endpoint;
}

CmdmonEndpoint fromFile(const QString& configPath)
{
    QFile file(configPath);
    // chrony.conf is a few KB and world-readable on every distribution Tandem knows.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromConfig(ConfFile::parse(file.read(1024 * 1024), configPath));
}

} // namespace LocalCommandEndpoint

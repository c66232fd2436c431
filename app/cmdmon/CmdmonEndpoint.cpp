#include "CmdmonEndpoint.h"

using namespace Qt::StringLiterals;

QString CmdmonEndpoint::describe() const
{
    if (isUnixSocket())
        return socketPath;
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[%1]:%2"_s.arg(host.toString()).arg(port);
    return u"%1:%2"_s.arg(host.toString()).arg(port);
}

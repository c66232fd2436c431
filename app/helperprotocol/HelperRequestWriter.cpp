#include "HelperRequestWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QByteArray HelperRequestWriter::toJson(const HelperRequest& request)
{
    QJsonObject object{{u"action"_s, helperActionName(request.action)}};
    switch (request.action) {
    case HelperAction::Apply:
        object.insert(u"role"_s, request.role == Role::Server ? u"server"_s : u"client"_s);
        object.insert(u"peer"_s, request.peer);
        if (request.role == Role::Server) {
            object.insert(u"pools"_s, request.pools);
            if (request.stratum)
                object.insert(u"stratum"_s, *request.stratum);
        } else {
            if (request.minpoll)
                object.insert(u"minpoll"_s, *request.minpoll);
            if (request.maxpoll)
                object.insert(u"maxpoll"_s, *request.maxpoll);
            if (request.stepAlways)
                object.insert(u"stepAlways"_s, *request.stepAlways);
        }
        if (request.monitoring)
            object.insert(u"monitoring"_s, *request.monitoring);
        if (request.monitorEverywhere)
            object.insert(u"monitorEverywhere"_s, *request.monitorEverywhere);
        if (request.key) {
            object.insert(u"keyId"_s, qint64(request.key->id));
            object.insert(u"key"_s, request.key->secretHex());
        } else if (request.keepKeyId) {
            object.insert(u"keepKeyId"_s, qint64(*request.keepKeyId));
        }
        break;
    case HelperAction::SyncNow:
        if (!request.peer.isEmpty())
            object.insert(u"peer"_s, request.peer);
        break;
    case HelperAction::Restore:
        if (!request.backupId.isEmpty())
            object.insert(u"backup"_s, request.backupId);
        break;
    case HelperAction::FirewallCheck:
    case HelperAction::FirewallOpen:
        object.insert(u"peer"_s, request.peer);
        object.insert(u"port"_s, request.port);
        break;
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

#include "BackupCatalog.h"

#include "privileged/BackupStore.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString roleGuessText(RoleGuess::Role role)
{
    switch (role) {
    case RoleGuess::Role::Server:
        return QCoreApplication::translate("BackupCatalog", "serving its local clock");
    case RoleGuess::Role::Client:
        return QCoreApplication::translate("BackupCatalog", "following a server on the local network");
    case RoleGuess::Role::PoolClient:
        return QCoreApplication::translate("BackupCatalog", "a plain client of internet time servers");
    case RoleGuess::Role::NoSources:
        return QCoreApplication::translate("BackupCatalog", "no time sources");
    }
    return {};
}

} // namespace

QString BackupEntry::summary() const
{
    if (!readable)
        return QCoreApplication::translate("BackupCatalog", "not readable by this user (only the helper can read it)");
    switch (role.role) {
    case MachineRole::Role::System1:
        return QCoreApplication::translate("BackupCatalog", "System 1, serving %1")
            .arg(role.peer.isEmpty() ? QCoreApplication::translate("BackupCatalog", "System 2") : role.peer);
    case MachineRole::Role::System2:
        return QCoreApplication::translate("BackupCatalog", "System 2, following %1").arg(role.peer);
    case MachineRole::Role::NotSetUp:
        break;
    }
    return QCoreApplication::translate("BackupCatalog", "without Tandem's setup (%1)")
        .arg(roleGuessText(role.guess.role));
}

QJsonObject BackupEntry::toJson() const
{
    static const char* const roles[] = {"not-set-up", "system1", "system2"};
    QJsonObject object{{u"id"_s, id},
                       {u"time"_s, time.toString(Qt::ISODate)},
                       {u"readable"_s, readable},
                       {u"oldest"_s, oldest},
                       {u"summary"_s, summary()}};
    if (readable) {
        object.insert(u"role"_s, QString::fromLatin1(roles[int(role.role)]));
        if (!role.peer.isEmpty())
            object.insert(u"peer"_s, role.peer);
    }
    return object;
}

QList<BackupEntry> BackupCatalog::list(const QString& directory)
{
    const BackupStore store(directory);
    const QStringList ids = store.list();
    QList<BackupEntry> entries;
    for (const QString& id : ids) {
        BackupEntry entry;
        entry.id = id;
        entry.time = BackupStore::timeOf(id);
        QFile file(store.pathOf(id));
        if (file.open(QIODevice::ReadOnly)) {
            entry.readable = true;
            entry.contents = file.read(1024 * 1024); // chrony.conf is a few KB; a bigger file is not one
            entry.role = MachineRole::fromConfig(ConfFile::parse(entry.contents, file.fileName()));
        }
        entries.append(entry);
    }
    if (!entries.isEmpty())
        entries.last().oldest = true;
    return entries;
}

#include "BackupStore.h"

#include "privileged/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString FilePrefix = u"chrony.conf."_s;
constexpr int MaxPerSecond = 1000;
// An ID is this UTC time, a dash and a counter within the second: "20261126-063150-000".
const QString IdTimeFormat = u"yyyyMMdd-HHmmss"_s;
} // namespace

BackupStore::BackupStore(QString directory)
    : m_directory(std::move(directory))
{}

bool BackupStore::isValidId(const QString& id)
{
    // Anchored as a whole (a plain "$" would also match before a trailing newline). Digits and
    // two dashes only: no '/', no '..', nothing a path could be built from.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[0-9]{8}-[0-9]{6}-[0-9]{3}"_s));
    return pattern.match(id).hasMatch();
}

QString BackupStore::pathOf(const QString& id) const
{
    return m_directory + u'/' + FilePrefix + id;
}

int BackupStore::modeFor(const QString& path)
{
    return QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther) ? 0644 : 0600;
}

QDateTime BackupStore::timeOf(const QString& id)
{
    if (!isValidId(id))
        return {};
    QDateTime time = QDateTime::fromString(id.left(15), IdTimeFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Result<QString> BackupStore::save(const QByteArray& contents, const QDateTime& now, int mode)
{
    if (!QDir().mkpath(m_directory))
        return Error{u"Cannot create the backup directory %1."_s.arg(m_directory)};
    // 0755 also for a directory an earlier version made 0700: the files' own modes decide who reads.
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                           QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther);
    const QString stamp = now.toUTC().toString(IdTimeFormat);
    for (int counter = 0; counter < MaxPerSecond; ++counter) {
        const QString id = stamp + u'-' + QString::number(counter).rightJustified(3, u'0');
        const Result<bool> created = AtomicFile::create(pathOf(id), contents, mode == 0644 ? 0644 : 0600);
        if (!created)
            return Error{u"Cannot keep a backup of the current config: %1"_s.arg(created.error())};
        if (*created)
            return id; // else another writer took this ID first: the next one
    }
    return Error{u"Too many backups in one second in %1."_s.arg(m_directory)};
}

QStringList BackupStore::list() const
{
    QStringList ids;
    const QDir directory(m_directory);
    for (const QString& name : directory.entryList({FilePrefix + u'*'}, QDir::Files)) {
        const QString id = name.mid(FilePrefix.size());
        if (isValidId(id))
            ids.append(id);
    }
    // The ID is a fixed-width UTC timestamp, so the string order is the time order.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

Result<QByteArray> BackupStore::read(const QString& id) const
{
    if (!isValidId(id) || !list().contains(id))
        return Error{u"There is no backup with the ID \"%1\"."_s.arg(isValidId(id) ? id : u"(not an ID)"_s)};
    QFile file(pathOf(id));
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"Cannot read the backup %1: %2."_s.arg(id, file.errorString())};
    return file.readAll();
}

void BackupStore::prune(int keep, const QStringList& alsoKeep)
{
    const QStringList ids = list();
    // Newest first: the last one is the oldest, the pre-Tandem config.
    for (qsizetype i = keep; i + 1 < ids.size(); ++i) {
        if (!alsoKeep.contains(ids.at(i)))
            QFile::remove(pathOf(ids.at(i)));
    }
}

void BackupStore::remove(const QString& id)
{
    if (isValidId(id))
        QFile::remove(pathOf(id));
}

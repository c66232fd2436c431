#include "TemporarySourceRecord.h"

#include "privileged/AtomicFile.h"
#include "util/ProcessIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

TemporarySourceRecord::TemporarySourceRecord(const QString& path, const QString& chronydPidPath)
    : m_path(path)
    , m_chronydPidPath(chronydPidPath)
{}

std::optional<TemporarySourceRecord::Entry> TemporarySourceRecord::forRunningChronyd(const QHostAddress& address) const
{
    const qint64 pid = ProcessIdentity::readPidFile(m_chronydPidPath);
    const quint64 started = ProcessIdentity::startTime(pid);
    if (started == 0)
        return std::nullopt;
    return Entry{address, pid, started};
}

Status TemporarySourceRecord::note(const Entry& entry) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return AtomicFile::write(m_path, format(entry), 0600);
}

std::optional<TemporarySourceRecord::Entry> TemporarySourceRecord::noted() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<Entry> entry = parse(file.read(256));
    if (!entry)
        forget();
    return entry;
}

bool TemporarySourceRecord::stillRunning(const Entry& entry) const
{
    return ProcessIdentity::startTime(entry.chronydPid) == entry.chronydStartTime;
}

void TemporarySourceRecord::forget() const
{
    QFile::remove(m_path);
}

QByteArray TemporarySourceRecord::format(const Entry& entry)
{
    return entry.address.toString().toLatin1() + ' ' + QByteArray::number(entry.chronydPid) + ' ' +
           QByteArray::number(entry.chronydStartTime) + '\n';
}

std::optional<TemporarySourceRecord::Entry> TemporarySourceRecord::parse(const QByteArray& text)
{
    const QList<QByteArray> fields = text.trimmed().split(' ');
    if (fields.size() != 3)
        return std::nullopt;
    Entry entry;
    entry.address = QHostAddress(QString::fromLatin1(fields.at(0)));
    bool pidOk = false;
    bool startOk = false;
    entry.chronydPid = fields.at(1).toLongLong(&pidOk);
    entry.chronydStartTime = fields.at(2).toULongLong(&startOk);
    if (entry.address.isNull() || !pidOk || !startOk || entry.chronydPid <= 0 || entry.chronydStartTime == 0)
        return std::nullopt;
    return entry;
}

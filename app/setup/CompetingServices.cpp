#include "CompetingServices.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

QStringList CompetingServices::knownNames()
{
    // comm is cut to 15 characters: "systemd-timesyncd" reads "systemd-timesyn".
    return {u"systemd-timesyncd"_s, u"ntpd"_s, u"openntpd"_s};
}

QStringList CompetingServices::running(const QString& procRoot)
{
    QStringList found;
    const QStringList entries = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile comm(procRoot + u'/' + entry + u"/comm"_s);
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.read(64)).trimmed();
        for (const QString& known : knownNames()) {
            if (!name.isEmpty() && known.left(15) == name && !found.contains(known))
                found.append(known);
        }
    }
    QStringList ordered;
    for (const QString& known : knownNames()) {
        if (found.contains(known))
            ordered.append(known);
    }
    return ordered;
}

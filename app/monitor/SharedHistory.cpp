#include "SharedHistory.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

QString SharedHistory::setAside(const QString& historyDirectory)
{
    const QDir directory(historyDirectory);
    const QString shared = directory.filePath(u"history-machine.bin"_s);
    if (!QFile::exists(shared))
        return {};
    // Never over an earlier set-aside file: nothing the admin kept is lost.
    QString aside = directory.filePath(u"history-machine.roles-unknown.bin"_s);
    for (int n = 2; QFile::exists(aside); ++n)
        aside = directory.filePath(u"history-machine.roles-unknown-%1.bin"_s.arg(n));
    return QFile::rename(shared, aside) ? aside : QString();
}

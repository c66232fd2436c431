#include "PrivateFiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace PrivateFiles {

void restrictNewFiles()
{
    ::umask(077);
}

void tighten(const QString& directory)
{
    const QFileInfo top(directory);
    if (!top.isDir() || top.isSymLink())
        return;
    ::chmod(QFile::encodeName(directory).constData(), 0700);
    QDirIterator entries(directory, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        const QFileInfo entry(entries.next());
        if (entry.isSymLink())
            continue;
        ::chmod(QFile::encodeName(entry.filePath()).constData(), entry.isDir() ? 0700 : 0600);
    }
}

} // namespace PrivateFiles

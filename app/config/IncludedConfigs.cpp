#include "IncludedConfigs.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

#include <glob.h>

using namespace Qt::StringLiterals;

namespace IncludedConfigs {

namespace {

// The *.conf files of confdir's directories: per name, the first directory that has it.
QStringList confdirFiles(const QStringList& directories)
{
    QHash<QString, QString> pathByName;
    for (const QString& directory : directories) {
        for (const QString& name : QDir(directory).entryList({u"*.conf"_s}, QDir::Files | QDir::Readable)) {
            if (!pathByName.contains(name))
                pathByName.insert(name, QDir(directory).filePath(name));
        }
    }
    // chronyd sorts the names as bytes (strcmp), not as QDir sorts them.
    QStringList names = pathByName.keys();
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QFile::encodeName(a) < QFile::encodeName(b); });
    QStringList paths;
    for (const QString& name : std::as_const(names))
        paths.append(pathByName.value(name));
    return paths;
}

QStringList globFiles(const QString& pattern)
{
    glob_t matches{};
    QStringList paths;
    if (::glob(QFile::encodeName(pattern).constData(), 0, nullptr, &matches) == 0) {
        for (size_t i = 0; i < matches.gl_pathc; ++i)
            paths.append(QFile::decodeName(matches.gl_pathv[i]));
    }
    ::globfree(&matches);
    return paths;
}

} // namespace

QList<Included> read(const ConfFile& main)
{
    QList<Included> included;
    for (const ConfDirective& directive : main.directives()) {
        QStringList paths;
        if (directive.name == u"confdir"_s)
            paths = confdirFiles(directive.arguments);
        else if (directive.name == u"include"_s && !directive.arguments.isEmpty())
            paths = globFiles(directive.arguments.constFirst());
        for (const QString& path : std::as_const(paths)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                included.append({ConfFile::parse(file.readAll(), path), directive});
        }
    }
    return included;
}

} // namespace IncludedConfigs

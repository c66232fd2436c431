#include "ChronyKeyFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Result<QList<ChronyKeyFile::Key>> ChronyKeyFile::parse(const QByteArray& contents)
{
    QList<Key> keys;
    int number = 0;
    for (const QByteArray& raw : contents.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';') || line.startsWith('!'))
            continue;
        const QList<QByteArray> words = line.simplified().split(' ');
        bool ok = false;
        const quint32 id = words.first().toUInt(&ok);
        if (!ok || words.size() < 2 || words.size() > 3)
            return Error{
                QCoreApplication::translate("ChronyKeyFile", "line %1 is not a key (ID [TYPE] KEY)").arg(number)};
        keys.append(Key{id, words.size() == 3 ? QString::fromLatin1(words.at(1)) : u"MD5"_s});
    }
    return keys;
}

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

const QByteArray ChronyKeyFile::PairKeyMarker =
    "# Tandem: the key System 1 and System 2 share (tandem-helper writes and removes the next line)"_ba;

namespace {

// The index of Tandem's marker line, when a key line follows it.
qsizetype markerIndex(const QList<QByteArray>& lines)
{
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == ChronyKeyFile::PairKeyMarker && !lines.at(i + 1).trimmed().isEmpty())
            return i;
    }
    return -1;
}

quint32 idOf(const QByteArray& line)
{
    return line.simplified().split(' ').first().toUInt();
}

} // namespace

QByteArray ChronyKeyFile::withoutPairKey(const QByteArray& contents)
{
    QList<QByteArray> lines = contents.split('\n');
    const qsizetype marker = markerIndex(lines);
    if (marker < 0)
        return contents;
    lines.remove(marker, 2);
    return lines.join('\n');
}

quint32 ChronyKeyFile::pairKeyId(const QByteArray& contents)
{
    const QList<QByteArray> lines = contents.split('\n');
    const qsizetype marker = markerIndex(lines);
    return marker < 0 ? 0 : idOf(lines.at(marker + 1));
}

Result<QByteArray> ChronyKeyFile::withPairKey(const QByteArray& contents, const PairKey& key)
{
    const QByteArray others = withoutPairKey(contents);
    const Result<QList<Key>> keys = parse(others);
    if (!keys)
        return keys.failure();
    for (const Key& existing : *keys) {
        if (existing.id == key.id)
            return Error{QCoreApplication::translate(
                             "ChronyKeyFile",
                             "The key file already holds a key %1 that Tandem did not write; it is left alone. Make a "
                             "new key on System 1 (its ID is chosen afresh) and carry that one across.")
                             .arg(key.id)};
    }
    QByteArray next = others;
    if (!next.isEmpty() && !next.endsWith('\n'))
        next += '\n';
    return next + PairKeyMarker + '\n' + key.keyFileLine() + '\n';
}

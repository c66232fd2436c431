#include "PairBundle.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QByteArray CodePrefix = "pairing-code: "_ba;
}

QByteArray PairBundle::render(const PairKey& key, const QString& otherSystemTitle, const QByteArray& otherSystemConfig)
{
    QByteArray text = "# Tandem: the pair's key, to carry to the other system once. Keep it private and delete it\n"
                      "# when the other system is set up: it holds the key that proves System 1's time.\n"_ba;
    text += CodePrefix + key.code().toLatin1() + '\n';
    if (!otherSystemConfig.isEmpty()) {
        text += "#\n# " + otherSystemTitle.toUtf8() + "'s chrony.conf, as Tandem writes it there:\n"_ba;
        for (const QByteArray& line : otherSystemConfig.split('\n'))
            text += (line.isEmpty() ? "#"_ba : "#   "_ba + line) + '\n';
    }
    return text;
}

Result<PairKey> PairBundle::read(const QByteArray& text)
{
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(CodePrefix))
            return PairKey::fromCode(QString::fromLatin1(line.mid(CodePrefix.size())));
    }
    return PairKey::fromCode(QString::fromLatin1(text));
}

Status PairBundle::writeNew(const QString& path, const QByteArray& bundle)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QCoreApplication::translate("PairBundle", "Cannot create %1: %2.")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    qsizetype written = 0;
    while (written < bundle.size()) {
        const ssize_t n = ::write(fd, bundle.constData() + written, size_t(bundle.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(QFile::encodeName(path).constData());
            return Error{QCoreApplication::translate("PairBundle", "Cannot write %1: %2.")
                             .arg(path, QString::fromLocal8Bit(std::strerror(error)))};
        }
        written += n;
    }
    ::close(fd);
    return success();
}

Result<PairKey> PairBundle::readFile(const QString& path)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{QCoreApplication::translate("PairBundle", "Cannot read %1: %2.").arg(path, file.errorString())};
    const QByteArray text = file.read(64 * 1024);
    const Result<PairKey> key = read(text);
    if (!key)
        return Error{QCoreApplication::translate("PairBundle", "%1 holds no pairing code: %2").arg(path, key.error())};
    return key;
}

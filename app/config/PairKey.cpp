#include "PairKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648 base32
constexpr int CheckBytes = 2;
constexpr int IdBytes = 4;
constexpr int CodeBytes = IdBytes + PairKey::SecretBytes + CheckBytes;
static_assert(CodeBytes * 8 <= PairKey::CodeCharacters * 5 && CodeBytes * 8 > (PairKey::CodeCharacters - 1) * 5,
              "CodeCharacters base32 characters hold exactly the code's bytes");
constexpr int GroupSize = 4;

QByteArray checkOf(const QByteArray& idAndSecret)
{
    return QCryptographicHash::hash(idAndSecret, QCryptographicHash::Sha256).left(CheckBytes);
}

QByteArray idBytes(quint32 id)
{
    QByteArray bytes(IdBytes, '\0');
    qToBigEndian(id, bytes.data());
    return bytes;
}

QString base32(const QByteArray& bytes)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1F]);
    return text;
}

int base32Value(QChar c)
{
    const char upper = c.toUpper().toLatin1();
    switch (upper) {
    case '0':
        return 'O' - 'A';
    case '1':
        return 'I' - 'A';
    case '8':
        return 'B' - 'A';
    default:
        break;
    }
    if (upper >= 'A' && upper <= 'Z')
        return upper - 'A';
    if (upper >= '2' && upper <= '7')
        return 26 + upper - '2';
    return -1;
}

} // namespace

PairKey PairKey::generate()
{
    PairKey key;
    QRandomGenerator* random = QRandomGenerator::system();
    key.id = random->bounded(LowestId, HighestId + 1);
    key.secret.resize(SecretBytes);
    random->fillRange(reinterpret_cast<quint32*>(key.secret.data()), SecretBytes / sizeof(quint32));
    return key;
}

Result<PairKey> PairKey::fromHex(qint64 id, const QString& hex)
{
    if (id < 1 || id > HighestId)
        return Error{QCoreApplication::translate("PairKey", "The key ID must be between 1 and %1.").arg(HighestId)};
    if (hex.size() != 2 * SecretBytes)
        return Error{
            QCoreApplication::translate("PairKey", "The key must be %1 hexadecimal digits.").arg(2 * SecretBytes)};
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return Error{
                QCoreApplication::translate("PairKey", "The key must be %1 hexadecimal digits.").arg(2 * SecretBytes)};
    }
    PairKey key;
    key.id = quint32(id);
    key.secret = QByteArray::fromHex(hex.toLatin1());
    return key;
}

Result<PairKey> PairKey::fromCode(const QString& code)
{
    QList<int> values;
    for (const QChar c : code) {
        if (c == u'-' || c.isSpace())
            continue;
        const int value = base32Value(c);
        if (value < 0)
            return Error{QCoreApplication::translate(
                "PairKey", "The code has characters that are not in a pairing code (letters, and digits 2 to 7).")};
        values.append(value);
    }
    if (values.size() != CodeCharacters)
        return Error{QCoreApplication::translate("PairKey", "The code has %1 of its %2 characters.")
                         .arg(values.size())
                         .arg(CodeCharacters)};
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const int value : values) {
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bytes += char((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // The last character's unused bits are zero in every code Tandem writes: a typo there is a typo too.
    if ((buffer & ((1u << bits) - 1)) != 0)
        return Error{
            QCoreApplication::translate("PairKey", "The code has a typo: its check characters do not match the rest.")};
    const QByteArray idAndSecret = bytes.left(IdBytes + SecretBytes);
    if (checkOf(idAndSecret) != bytes.mid(IdBytes + SecretBytes))
        return Error{
            QCoreApplication::translate("PairKey", "The code has a typo: its check characters do not match the rest.")};
    PairKey key;
    key.id = qFromBigEndian<quint32>(bytes.constData());
    key.secret = bytes.mid(IdBytes, SecretBytes);
    if (key.id < 1 || key.id > HighestId)
        return Error{QCoreApplication::translate("PairKey", "The code does not hold a key ID Tandem uses.")};
    return key;
}

QString PairKey::secretHex() const
{
    return QString::fromLatin1(secret.toHex().toUpper());
}

QString PairKey::code() const
{
    const QByteArray idAndSecret = idBytes(id) + secret;
    const QString plain = base32(idAndSecret + checkOf(idAndSecret));
    QStringList groups;
    for (qsizetype at = 0; at < plain.size(); at += GroupSize)
        groups.append(plain.mid(at, GroupSize));
    return groups.join(u'-');
}

QByteArray PairKey::keyFileLine() const
{
    return QByteArray::number(id) + " SHA256 HEX:"_ba + secret.toHex().toUpper();
}

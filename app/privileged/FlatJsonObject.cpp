#include "FlatJsonObject.h"

#include "util/PrintableText.h"

#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// 2^53: the largest integer every JSON implementation (the GUI included) represents exactly.
constexpr qint64 MaxSafeInteger = 9007199254740992LL;

class Cursor
{
public:
    explicit Cursor(QByteArrayView input)
        : m_input(input)
    {}

    bool atEnd() const { return m_pos >= m_input.size(); }
    char peek() const { return atEnd() ? '\0' : m_input[m_pos]; }
    char take() { return atEnd() ? '\0' : m_input[m_pos++]; }
    qsizetype position() const { return m_pos; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    Error error(const QString& what) const
    {
        return Error{u"The request is not valid JSON for tandem-helper: %1 (at byte %2)."_s.arg(what).arg(m_pos)};
    }

    Result<QString> parseString();
    Result<FlatJsonValue> parseValue();

private:
    Result<char16_t> parseHex4();

    QByteArrayView m_input;
    qsizetype m_pos = 0;
};

Result<char16_t> Cursor::parseHex4()
{
    char16_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = take();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return error(u"a \\u escape needs four hex digits"_s);
        unit = char16_t(unit * 16 + digit);
    }
    return unit;
}

Result<QString> Cursor::parseString()
{
    if (take() != '"')
        return error(u"expected a string in double quotes"_s);
    // Raw bytes between escapes are collected and decoded once; the whole input was checked to be
    // valid UTF-8 before parsing, so decoding cannot fail here.
    QString result;
    QByteArray raw;
    auto flushRaw = [&] {
        result += QString::fromUtf8(raw);
        raw.clear();
    };
    while (true) {
        if (atEnd())
            return error(u"a string is not terminated"_s);
        const char c = take();
        if (c == '"')
            break;
        if (static_cast<unsigned char>(c) < 0x20)
            return error(u"a string contains a raw control character"_s);
        if (c != '\\') {
            raw.append(c);
            if (raw.size() + result.size() > FlatJsonObject::MaxStringLength * 4)
                return error(u"a string is too long"_s);
            continue;
        }
        flushRaw();
        const char escape = take();
        switch (escape) {
        case '"':
            result += u'"';
            break;
        case '\\':
            result += u'\\';
            break;
        case '/':
            result += u'/';
            break;
        case 'b':
            result += u'\b';
            break;
        case 'f':
            result += u'\f';
            break;
        case 'n':
            result += u'\n';
            break;
        case 'r':
            result += u'\r';
            break;
        case 't':
            result += u'\t';
            break;
        case 'u': {
            const Result<char16_t> unit = parseHex4();
            if (!unit)
                return unit.failure();
            if (*unit == 0)
                return error(u"a string contains NUL (\\u0000)"_s);
            if (QChar::isLowSurrogate(*unit))
                return error(u"a \\u escape holds a lone low surrogate"_s);
            if (QChar::isHighSurrogate(*unit)) {
                if (take() != '\\' || take() != 'u')
                    return error(u"a \\u escape holds a lone high surrogate"_s);
                const Result<char16_t> low = parseHex4();
                if (!low)
                    return low.failure();
                if (!QChar::isLowSurrogate(*low))
                    return error(u"a \\u escape holds a lone high surrogate"_s);
                result += QChar(*unit);
                result += QChar(*low);
            } else {
                result += QChar(*unit);
            }
            break;
        }
        default:
            return error(u"a string contains an unknown escape"_s);
        }
        if (result.size() > FlatJsonObject::MaxStringLength * 4)
            return error(u"a string is too long"_s);
    }
    flushRaw();
    if (result.size() > FlatJsonObject::MaxStringLength)
        return error(u"a string is longer than %1 characters"_s.arg(FlatJsonObject::MaxStringLength));
    return result;
}

Result<FlatJsonValue> Cursor::parseValue()
{
    FlatJsonValue value;
    const char c = peek();
    if (c == '"') {
        Result<QString> string = parseString();
        if (!string)
            return string.failure();
        value.type = FlatJsonValue::Type::String;
        value.string = std::move(string).value();
        return value;
    }
    if (c == '{' || c == '[')
        return error(u"nested objects and arrays are not accepted"_s);
    if (c == 't' || c == 'f' || c == 'n') {
        const QByteArrayView rest = m_input.sliced(m_pos);
        if (rest.startsWith("true")) {
            m_pos += 4;
            value.type = FlatJsonValue::Type::Bool;
            value.boolean = true;
            return value;
        }
        if (rest.startsWith("false")) {
            m_pos += 5;
            value.type = FlatJsonValue::Type::Bool;
            value.boolean = false;
            return value;
        }
        if (rest.startsWith("null"))
            return error(u"null is not accepted"_s);
        return error(u"unexpected word"_s);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        const bool negative = c == '-';
        if (negative)
            take();
        if (!(peek() >= '0' && peek() <= '9'))
            return error(u"a number needs digits"_s);
        if (peek() == '0' && m_pos + 1 < m_input.size() && m_input[m_pos + 1] >= '0' && m_input[m_pos + 1] <= '9')
            return error(u"a number has a leading zero"_s);
        qint64 magnitude = 0;
        while (peek() >= '0' && peek() <= '9') {
            magnitude = magnitude * 10 + (take() - '0');
            if (magnitude > MaxSafeInteger)
                return error(u"a number is out of range"_s);
        }
        if (peek() == '.' || peek() == 'e' || peek() == 'E')
            return error(u"only whole numbers are accepted"_s);
        value.type = FlatJsonValue::Type::Integer;
        value.integer = negative ? -magnitude : magnitude;
        return value;
    }
    return error(u"expected a string, true, false or a whole number"_s);
}

} // namespace

Result<QList<FlatJsonMember>> FlatJsonObject::parse(QByteArrayView input)
{
    if (input.size() > MaxBytes)
        return Error{u"The request is larger than %1 bytes and was refused."_s.arg(MaxBytes)};
    if (input.contains('\0'))
        return Error{u"The request contains a NUL byte and was refused."_s};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(input);
    if (decoder.hasError())
        return Error{u"The request is not valid UTF-8 and was refused."_s};
    Q_UNUSED(decoded)

    Cursor cursor(input);
    cursor.skipWhitespace();
    if (cursor.take() != '{')
        return cursor.error(u"the request must be one JSON object"_s);
    QList<FlatJsonMember> members;
    QSet<QString> seen;
    cursor.skipWhitespace();
    if (cursor.peek() == '}') {
        cursor.take();
    } else {
        while (true) {
            cursor.skipWhitespace();
            if (cursor.peek() != '"')
                return cursor.error(u"expected a key in double quotes"_s);
            Result<QString> key = cursor.parseString();
            if (!key)
                return key.failure();
            if (key->isEmpty() || key->size() > MaxKeyLength)
                return cursor.error(u"a key is empty or too long"_s);
            if (seen.contains(*key))
                return Error{u"The request names the key \"%1\" twice and was refused."_s.arg(printableText(*key))};
            seen.insert(*key);
            cursor.skipWhitespace();
            if (cursor.take() != ':')
                return cursor.error(u"expected ':' after a key"_s);
            cursor.skipWhitespace();
            Result<FlatJsonValue> value = cursor.parseValue();
            if (!value)
                return value.failure();
            members.append(FlatJsonMember{std::move(key).value(), std::move(value).value()});
            if (members.size() > MaxMembers)
                return cursor.error(u"too many keys"_s);
            cursor.skipWhitespace();
            const char separator = cursor.take();
            if (separator == '}')
                break;
            if (separator != ',')
                return cursor.error(u"expected ',' or '}'"_s);
        }
    }
    cursor.skipWhitespace();
    if (!cursor.atEnd())
        return cursor.error(u"unexpected bytes after the object"_s);
    return members;
}

#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// A strict parser for the one JSON shape tandem-helper accepts: a single flat object whose values
// are strings, booleans or integers. QJsonDocument is the wrong tool for a root process: it keeps
// the last of two duplicate keys silently, accepts nesting and turns integers into doubles.
// This parser is a pure function over bytes, so it is tested row by row and fuzzed.
struct FlatJsonValue
{
    enum class Type { String, Bool, Integer };
    Type type = Type::String;
    QString string;
    bool boolean = false;
    qint64 integer = 0;
};

struct FlatJsonMember
{
    QString key;
    FlatJsonValue value;
};

namespace FlatJsonObject {
// The helper's stdin limit; anything longer is refused before parsing.
constexpr qsizetype MaxBytes = 64 * 1024;
// Keys are short identifiers; nothing legitimate comes close.
constexpr qsizetype MaxKeyLength = 32;
// Larger than any host name (253) or backup ID.
constexpr qsizetype MaxStringLength = 255;
constexpr qsizetype MaxMembers = 16;

// Members in input order. Refuses: more than MaxBytes, invalid UTF-8, NUL (raw or \u0000), anything
// but one object, nested objects or arrays, null, fractions and exponents, integers beyond 2^53,
// duplicate keys, raw control characters in strings, lone surrogates, trailing bytes.
Result<QList<FlatJsonMember>> parse(QByteArrayView input);
} // namespace FlatJsonObject

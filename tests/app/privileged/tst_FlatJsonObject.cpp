#include "privileged/FlatJsonObject.h"

#include "util/PrintableText.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_FlatJsonObject : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void keepsOrderAndTypes();
    void printableQuotesSafely();
};

void tst_FlatJsonObject::accepted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("members");

    QTest::addRow("empty object") << "{}"_ba << 0;
    QTest::addRow("whitespace around") << " \t\r\n{ \"a\" : 1 }\n"_ba << 1;
    QTest::addRow("string bool int") << R"({"a":"x","b":true,"c":false,"d":-7})"_ba << 4;
    QTest::addRow("escapes") << R"({"a":"\"\\\/\b\f\n\r\t"})"_ba << 1;
    QTest::addRow("unicode escape") << R"({"a":"\u00e9\u20AC"})"_ba << 1;
    QTest::addRow("surrogate pair") << R"({"a":"\ud83d\ude00"})"_ba << 1;
    QTest::addRow("raw utf8") << "{\"a\":\"\xc3\xa9\xe2\x82\xac\"}"_ba << 1;
    QTest::addRow("zero") << R"({"a":0})"_ba << 1;
    QTest::addRow("2^53") << R"({"a":9007199254740992})"_ba << 1;
    QTest::addRow("negative 2^53") << R"({"a":-9007199254740992})"_ba << 1;
}

void tst_FlatJsonObject::accepted()
{
    QFETCH(QByteArray, input);
    QFETCH(int, members);
    const auto result = FlatJsonObject::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), members);
}

void tst_FlatJsonObject::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::addRow("empty input") << QByteArray() << u"one JSON object"_s;
    QTest::addRow("only whitespace") << "  \n"_ba << u"one JSON object"_s;
    QTest::addRow("array") << R"([{"a":1}])"_ba << u"one JSON object"_s;
    QTest::addRow("string at top") << R"("apply")"_ba << u"one JSON object"_s;
    QTest::addRow("number at top") << "1"_ba << u"one JSON object"_s;
    QTest::addRow("nested object") << R"({"a":{"b":1}})"_ba << u"nested"_s;
    QTest::addRow("nested array") << R"({"a":[1]})"_ba << u"nested"_s;
    QTest::addRow("deeply nested") << QByteArray("{\"a\":") + QByteArray(100000, '[') << u"larger than"_s;
    QTest::addRow("deeply nested small") << QByteArray("{\"a\":") + QByteArray(5000, '{') << u"nested"_s;
    QTest::addRow("null") << R"({"a":null})"_ba << u"null"_s;
    QTest::addRow("fraction") << R"({"a":1.5})"_ba << u"whole numbers"_s;
    QTest::addRow("exponent") << R"({"a":1e3})"_ba << u"whole numbers"_s;
    QTest::addRow("leading zero") << R"({"a":01})"_ba << u"leading zero"_s;
    QTest::addRow("plus sign") << R"({"a":+1})"_ba << u"expected a string"_s;
    QTest::addRow("lone minus") << R"({"a":-})"_ba << u"needs digits"_s;
    QTest::addRow("beyond 2^53") << R"({"a":9007199254740993})"_ba << u"out of range"_s;
    QTest::addRow("huge number") << R"({"a":99999999999999999999999999})"_ba << u"out of range"_s;
    QTest::addRow("duplicate key") << R"({"action":"apply","action":"restore"})"_ba << u"twice"_s;
    QTest::addRow("duplicate via escape") << R"({"a":1,"\u0061":2})"_ba << u"twice"_s;
    QTest::addRow("trailing comma") << R"({"a":1,})"_ba << u"expected a key"_s;
    QTest::addRow("missing colon") << R"({"a" 1})"_ba << u"expected ':'"_s;
    QTest::addRow("missing comma") << R"({"a":1 "b":2})"_ba << u"expected ',' or '}'"_s;
    QTest::addRow("unterminated object") << R"({"a":1)"_ba << u"expected ',' or '}'"_s;
    QTest::addRow("unterminated string") << R"({"a":"x)"_ba << u"not terminated"_s;
    QTest::addRow("single quotes") << R"({'a':1})"_ba << u"expected a key"_s;
    QTest::addRow("bare key") << R"({a:1})"_ba << u"expected a key"_s;
    QTest::addRow("trailing garbage") << R"({"a":1}x)"_ba << u"after the object"_s;
    QTest::addRow("two objects") << R"({"a":1}{"b":2})"_ba << u"after the object"_s;
    QTest::addRow("comment") << "{\"a\":1 /* x */}"_ba << u"expected ',' or '}'"_s;
    QTest::addRow("raw newline in string") << "{\"a\":\"x\ny\"}"_ba << u"raw control"_s;
    QTest::addRow("raw tab in string") << "{\"a\":\"x\ty\"}"_ba << u"raw control"_s;
    QTest::addRow("raw NUL") << QByteArray("{\"a\":\"x\0y\"}", 11) << u"NUL byte"_s;
    QTest::addRow("NUL after object") << QByteArray("{}\0", 3) << u"NUL byte"_s;
    QTest::addRow("escaped NUL") << R"({"a":"x\u0000y"})"_ba << u"NUL"_s;
    QTest::addRow("unknown escape") << R"({"a":"\x41"})"_ba << u"unknown escape"_s;
    QTest::addRow("short unicode escape") << R"({"a":"\u12"})"_ba << u"four hex digits"_s;
    QTest::addRow("lone high surrogate") << R"({"a":"\ud800x"})"_ba << u"lone high"_s;
    QTest::addRow("lone low surrogate") << R"({"a":"\udc00"})"_ba << u"lone low"_s;
    QTest::addRow("high then non-low") << R"({"a":"\ud800\u0041"})"_ba << u"lone high"_s;
    QTest::addRow("invalid utf8 byte") << "{\"a\":\"\xff\"}"_ba << u"UTF-8"_s;
    QTest::addRow("truncated utf8") << "{\"a\":\"\xc3\"}"_ba << u"UTF-8"_s;
    QTest::addRow("overlong utf8 slash") << "{\"a\":\"\xc0\xaf\"}"_ba << u"UTF-8"_s;
    QTest::addRow("utf8 surrogate") << "{\"a\":\"\xed\xa0\x80\"}"_ba << u"UTF-8"_s;
    QTest::addRow("utf8 bom") << "\xef\xbb\xbf{}"_ba << u"one JSON object"_s;
    QTest::addRow("oversize") << QByteArray("{\"a\":\"") + QByteArray(70000, 'x') + "\"}" << u"larger than"_s;
    QTest::addRow("long string") << QByteArray("{\"a\":\"") + QByteArray(256, 'x') + "\"}" << u"longer than"_s;
    QTest::addRow("long escaped string") << QByteArray("{\"a\":\"") + QByteArray(2000, 'x').replace("x", "\\n") + "\"}"
                                         << u"too long"_s;
    QTest::addRow("long key") << QByteArray("{\"") + QByteArray(40, 'k') + "\":1}" << u"too long"_s;
    QTest::addRow("empty key") << R"({"":1})"_ba << u"empty"_s;
    QByteArray many = "{";
    for (int i = 0; i < 20; ++i)
        many += "\"k" + QByteArray::number(i) + "\":1,";
    many += "\"z\":1}";
    QTest::addRow("too many keys") << many << u"too many keys"_s;
    QTest::addRow("True capitalised") << R"({"a":True})"_ba << u"expected a string"_s;
    QTest::addRow("truex") << R"({"a":truex})"_ba << u"expected ',' or '}'"_s;
}

void tst_FlatJsonObject::refused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const auto result = FlatJsonObject::parse(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
}

void tst_FlatJsonObject::keepsOrderAndTypes()
{
    const auto result = FlatJsonObject::parse(R"({"s":"a\nb","t":true,"n":-12,"e":"\u00e9"})"_ba);
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 4);
    QCOMPARE(result->at(0).key, u"s"_s);
    QCOMPARE(result->at(0).value.type, FlatJsonValue::Type::String);
    QCOMPARE(result->at(0).value.string, u"a\nb"_s);
    QCOMPARE(result->at(1).value.type, FlatJsonValue::Type::Bool);
    QCOMPARE(result->at(1).value.boolean, true);
    QCOMPARE(result->at(2).value.type, FlatJsonValue::Type::Integer);
    QCOMPARE(result->at(2).value.integer, -12);
    QCOMPARE(result->at(3).value.string, u"\u00e9"_s);
}

void tst_FlatJsonObject::printableQuotesSafely()
{
    QCOMPARE(printableText(u"a\nb\u001b[31m"_s), u"a?b?[31m"_s);
    QCOMPARE(printableText(QString(100, u'x')), QString(64, u'x') + u"..."_s);
}

QTEST_GUILESS_MAIN(tst_FlatJsonObject)
#include "tst_FlatJsonObject.moc"

#include "config/ChronyKeyFile.h"
#include "config/PairKey.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The pair's key: fresh keys, the code an admin types on System 2, and Tandem's line in chrony's
// key file beside the admin's own keys. That chronyd reads the line is tested on real daemons
// (tst_HelperAuthLab).
class tst_PairKey : public QObject
{
    Q_OBJECT

private slots:
    void freshKeysDiffer();
    void codeRoundTrip();
    void codeIsForgiving();
    void everySingleTypoIsCaught();
    void badCodes_data();
    void badCodes();
    void keyFileLine();
    void keyFileKeepsTheAdminsKeys();
    void keyFileRefusesAForeignKeyWithTheSameId();
};

namespace {
PairKey fixedKey()
{
    PairKey key;
    key.id = 4242;
    key.secret = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    return key;
}
} // namespace

void tst_PairKey::freshKeysDiffer()
{
    QSet<QByteArray> secrets;
    for (int i = 0; i < 100; ++i) {
        const PairKey key = PairKey::generate();
        QVERIFY(key.isValid());
        QVERIFY(key.id >= PairKey::LowestId && key.id <= PairKey::HighestId);
        secrets.insert(key.secret);
    }
    QCOMPARE(secrets.size(), 100);
}

void tst_PairKey::codeRoundTrip()
{
    for (int i = 0; i < 200; ++i) {
        const PairKey key = PairKey::generate();
        const QString code = key.code();
        QCOMPARE(code.size(), PairKey::CodeCharacters + PairKey::CodeCharacters / 4 - 1); // dashes between groups
        const Result<PairKey> read = PairKey::fromCode(code);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(*read, key);
    }
}

void tst_PairKey::codeIsForgiving()
{
    const QString code = fixedKey().code();
    QString typed = code.toLower();
    typed.replace(u'-', u' ');
    QCOMPARE(PairKey::fromCode(typed).value(), fixedKey());
    QString unbroken = code;
    unbroken.remove(u'-');
    QCOMPARE(PairKey::fromCode(u"  "_s + unbroken + u"\n"_s).value(), fixedKey());
    // 0, 1 and 8 are not in the alphabet: they are read as the letters they look like.
    QString lookalikes = code;
    lookalikes.replace(u'O', u'0').replace(u'I', u'1').replace(u'B', u'8');
    QCOMPARE(PairKey::fromCode(lookalikes).value(), fixedKey());
}

// A wrong character anywhere gives an error, never another key.
void tst_PairKey::everySingleTypoIsCaught()
{
    const QString code = fixedKey().code();
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    int tried = 0;
    for (qsizetype at = 0; at < code.size(); ++at) {
        if (code.at(at) == u'-')
            continue;
        for (const QChar replacement : alphabet) {
            if (replacement == code.at(at))
                continue;
            QString typo = code;
            typo[at] = replacement;
            const Result<PairKey> read = PairKey::fromCode(typo);
            QVERIFY2(!read.ok(), qPrintable(u"accepted %1"_s.arg(typo)));
            ++tried;
        }
    }
    QCOMPARE(tried, PairKey::CodeCharacters * 31);
}

void tst_PairKey::badCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    const QString good = fixedKey().code();
    QTest::addRow("empty") << QString() << u"has 0 of its 36"_s;
    QTest::addRow("one short") << good.chopped(1) << u"has 35 of its 36"_s;
    QTest::addRow("one more") << good + u"A"_s << u"has 37 of its 36"_s;
    QTest::addRow("punctuation") << good.left(10) + u"!"_s + good.mid(11) << u"not in a pairing code"_s;
    QTest::addRow("digit 9") << u"9"_s + good.mid(1) << u"not in a pairing code"_s;
    QTest::addRow("swapped groups") << good.mid(5, 4) + u"-"_s + good.left(4) + good.mid(9) << u"typo"_s;
}

void tst_PairKey::badCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const Result<PairKey> read = PairKey::fromCode(code);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(reason), qPrintable(read.error()));
}

void tst_PairKey::keyFileLine()
{
    QCOMPARE(fixedKey().keyFileLine(), "4242 SHA256 HEX:00112233445566778899AABBCCDDEEFF"_ba);
    const auto keys = ChronyKeyFile::parse(fixedKey().keyFileLine());
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().id, 4242u);
    QCOMPARE(keys->first().type, u"SHA256"_s);
}

void tst_PairKey::keyFileKeepsTheAdminsKeys()
{
    const QByteArray admins = "# Debian's comment\n1 MD5 HEX:0011\n\n7 SHA1 ASCII:secret\n"_ba;
    const Result<QByteArray> added = ChronyKeyFile::withPairKey(admins, fixedKey());
    QVERIFY(added.ok());
    QVERIFY(added->startsWith(admins));
    QCOMPARE(ChronyKeyFile::pairKeyId(*added), 4242u);
    QCOMPARE(ChronyKeyFile::pairKeyId(admins), 0u);

    // A new key replaces Tandem's earlier one, and only that.
    PairKey next = PairKey::generate();
    const Result<QByteArray> replaced = ChronyKeyFile::withPairKey(*added, next);
    QVERIFY(replaced.ok());
    QVERIFY(!replaced->contains(fixedKey().keyFileLine()));
    QVERIFY(replaced->contains(next.keyFileLine()));
    QCOMPARE(replaced->count(ChronyKeyFile::PairKeyMarker), 1);
    QCOMPARE(ChronyKeyFile::parse(*replaced)->size(), 3);

    // Taking it out gives the admin's bytes back, whatever the file's last line was.
    QCOMPARE(ChronyKeyFile::withoutPairKey(*replaced), admins);
    QCOMPARE(ChronyKeyFile::withoutPairKey(admins), admins);
    const QByteArray unterminated = "1 MD5 HEX:0011"_ba;
    QCOMPARE(ChronyKeyFile::withoutPairKey(ChronyKeyFile::withPairKey(unterminated, next).value()),
             unterminated + '\n');
}

void tst_PairKey::keyFileRefusesAForeignKeyWithTheSameId()
{
    const Result<QByteArray> clash = ChronyKeyFile::withPairKey("4242 SHA1 HEX:0011\n"_ba, fixedKey());
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().contains(u"Tandem did not write"_s), qPrintable(clash.error()));
    QVERIFY(!clash.error().contains(u"00112233"_s));
}

QTEST_GUILESS_MAIN(tst_PairKey)
#include "tst_PairKey.moc"

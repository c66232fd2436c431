#include "TestData.h"
#include "config/ConfFile.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ConfFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void lineSoupRoundTrips();
    void parsesLines_data();
    void parsesLines();
    void directivesCarryLineNumbers();
    void dominantTerminator();
};

void tst_ConfFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("content");
    // Packaged defaults, copied by hand (no network here):
    // - debian12.conf: /etc/chrony/chrony.conf of Debian 12's chrony 4.3-2+deb12u3, as installed on this machine.
    // - fedora.conf: Fedora's /etc/chrony.conf (chrony 4.x package; RHEL 9 ships the same with 2.rhel.pool), from
    //   the Fedora package as remembered by the author.
    // - ubuntu.conf: Ubuntu 22.04's /etc/chrony/chrony.conf (chrony 4.2), including its oddly aligned pool lines.
    // - arch.conf: Arch Linux's /etc/chrony.conf, upstream's examples/chrony.conf.example1 with the Arch pool,
    //   from the author's memory of the package.
    // - hand-edited.conf: CRLF, tabs, trailing blanks, mixed-case names, no final newline.
    for (const QString& name : {u"debian12.conf"_s, u"fedora.conf"_s, u"ubuntu.conf"_s, u"arch.conf"_s,
                                u"hand-edited.conf"_s, u"seed-server.conf"_s, u"seed-client.conf"_s}) {
        QTest::addRow("%s", qPrintable(name)) << readTestData(u"conf/"_s + name);
    }
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("only newline") << "\n"_ba;
    QTest::addRow("no final newline") << "server a\nrtcsync"_ba;
    QTest::addRow("lone CR inside a line") << "server a\riburst\n"_ba;
    QTest::addRow("blank lines with blanks") << " \t \n\n\r\n  "_ba;
    QTest::addRow("CR at the very end") << "rtcsync\r"_ba;
    QTest::addRow("non-UTF-8 bytes") << "# caf\xe9\nserver \xff\xfe\n"_ba;
}

void tst_ConfFile::roundTrip()
{
    QFETCH(QByteArray, content);
    QCOMPARE(ConfFile::parse(content, u"x.conf"_s).render(), content);
}

// Thousands of random lines, valid and invalid, with every kind of whitespace and terminator chrony
// files show in the wild; a seeded generator keeps a failure reproducible.
void tst_ConfFile::lineSoupRoundTrips()
{
    QRandomGenerator random(20240611);
    const QList<QByteArray> words = {"server",
                                     "pool",
                                     "peer",
                                     "local",
                                     "allow",
                                     "cmdallow",
                                     "bindcmdaddress",
                                     "# c",
                                     "!",
                                     ";x",
                                     "%%",
                                     "makestep",
                                     "iburst",
                                     "minpoll",
                                     "-7",
                                     "24",
                                     "192.168.1.2",
                                     "::1",
                                     "0/0",
                                     "SERVER",
                                     "Local",
                                     "stratum",
                                     "nonsense",
                                     "\xc3\xa9t\xc3\xa9",
                                     "#tandem-disabled#",
                                     "# BEGIN Tandem",
                                     "# END Tandem",
                                     "\"quoted\"",
                                     "\\"};
    const QList<QByteArray> spaces = {" ", "  ", "\t", " \t ", "\v", "\f"};
    const QList<QByteArray> terminators = {"\n", "\n", "\n", "\r\n", "\r\n", "\r"};
    for (int round = 0; round < 20; ++round) {
        QByteArray soup;
        const int lineCount = 200 + int(random.bounded(300));
        for (int i = 0; i < lineCount; ++i) {
            if (random.bounded(2))
                soup += spaces.at(random.bounded(int(spaces.size())));
            const int wordCount = int(random.bounded(6));
            for (int w = 0; w < wordCount; ++w) {
                soup += words.at(random.bounded(int(words.size())));
                soup += spaces.at(random.bounded(int(spaces.size())));
            }
            soup += terminators.at(random.bounded(int(terminators.size())));
        }
        if (round % 2)
            soup.chop(1); // half of the files lack the final newline
        const ConfFile file = ConfFile::parse(soup, u"soup.conf"_s);
        QVERIFY(file.lines().size() >= lineCount / 2);
        QCOMPARE(file.render(), soup);
    }
}

void tst_ConfFile::parsesLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QStringList>("arguments");

    const int blank = int(ConfLine::Kind::Blank);
    const int comment = int(ConfLine::Kind::Comment);
    const int directive = int(ConfLine::Kind::Directive);
    QTest::addRow("blank") << ""_ba << blank << QString() << QStringList();
    QTest::addRow("whitespace only") << " \t\r"_ba << blank << QString() << QStringList();
    for (const char* marker : {"#", "!", ";", "%"})
        QTest::addRow("comment %s", marker)
            << QByteArray(marker) + " server a"_ba << comment << QString() << QStringList();
    QTest::addRow("indented comment") << "   # x"_ba << comment << QString() << QStringList();
    QTest::addRow("directive") << "server 192.168.1.2 iburst"_ba << directive << u"server"_s
                               << QStringList{u"192.168.1.2"_s, u"iburst"_s};
    QTest::addRow("case-insensitive name") << "SeRvEr a"_ba << directive << u"server"_s << QStringList{u"a"_s};
    QTest::addRow("tabs and runs of blanks")
        << "\tlocal \t stratum   10  "_ba << directive << u"local"_s << QStringList{u"stratum"_s, u"10"_s};
    // chrony only treats a comment character at the start of a line as a comment.
    QTest::addRow("hash after directive")
        << "server a # note"_ba << directive << u"server"_s << QStringList{u"a"_s, u"#"_s, u"note"_s};
    QTest::addRow("flag directive") << "rtcsync"_ba << directive << u"rtcsync"_s << QStringList();
}

void tst_ConfFile::parsesLines()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(QString, directive);
    QFETCH(QStringList, arguments);
    const ConfLine line(text);
    QCOMPARE(int(line.kind()), kind);
    QCOMPARE(line.directive(), directive);
    QCOMPARE(line.arguments(), arguments);
}

void tst_ConfFile::directivesCarryLineNumbers()
{
    const ConfFile file = ConfFile::parse(readTestData(u"conf/debian12.conf"_s), u"debian12.conf"_s);
    const QList<ConfDirective> directives = file.directives();
    QCOMPARE(directives.size(), 12);
    QCOMPARE(directives.first().name, u"confdir"_s);
    QCOMPARE(directives.first().line, 5);
    QCOMPARE(directives.at(1).name, u"pool"_s);
    QCOMPARE(directives.at(1).line, 8);
    QCOMPARE(directives.at(1).arguments, (QStringList{u"2.debian.pool.ntp.org"_s, u"iburst"_s}));
    QCOMPARE(directives.last().name, u"leapsectz"_s);
    QCOMPARE(directives.last().fileName, u"debian12.conf"_s);
    QCOMPARE(file.directiveAt(8).name, u"pool"_s);
    QCOMPARE(file.directiveAt(0).line, 0);
    QCOMPARE(file.directiveAt(999).line, 0);
}

void tst_ConfFile::dominantTerminator()
{
    QCOMPARE(ConfFile::parse("a\nb\n"_ba, {}).dominantTerminator(), "\n"_ba);
    QCOMPARE(ConfFile::parse(readTestData(u"conf/hand-edited.conf"_s), {}).dominantTerminator(), "\r\n"_ba);
}

QTEST_GUILESS_MAIN(tst_ConfFile)
#include "tst_ConfFile.moc"

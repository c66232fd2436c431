#include "CmdmonCliFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A hostile chronyd (or a server it names) controls the names tandem-cli prints: what reached a
// terminal raw could retitle it (OSC), move the cursor, erase the line or fake another row.
class tst_CmdmonCliFormat : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersNeverReachTheTerminal();
    void ordinaryNamesStayAsTheyAre();
};

namespace {

const QString Hostile = u"evil\x1b]0;pwned\x07\r\x1b[2Kok\x9b"
                        "31m\x7f"_s;

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return true;
    }
    return false;
}

} // namespace

void tst_CmdmonCliFormat::controlCharactersNeverReachTheTerminal()
{
    QCOMPARE(CmdmonCliFormat::terminalSafe(Hostile), u"evil?]0;pwned???[2Kok?31m?"_s);

    SourceReport source;
    source.sourceName = Hostile;
    const QString sources = CmdmonCliFormat::sourcesText({source});
    QVERIFY2(!hasControl(sources), qPrintable(sources));
    QVERIFY(sources.contains(u"evil?]0;pwned"_s));

    TrackingReport tracking;
    tracking.referenceId = 0x1b5b324b; // "\x1b[2K" as a refclock's reference ID
    tracking.stratum = 1;
    const QString text = CmdmonCliFormat::trackingText(tracking, Hostile);
    QVERIFY2(!hasControl(text), qPrintable(text));

    SourceStatsReport stats;
    QVERIFY(!hasControl(CmdmonCliFormat::sourceStatsText({stats})));
}

void tst_CmdmonCliFormat::ordinaryNamesStayAsTheyAre()
{
    QCOMPARE(CmdmonCliFormat::terminalSafe(u"ntp1.example.org"_s), u"ntp1.example.org"_s);
    QCOMPARE(CmdmonCliFormat::terminalSafe(u"zeit.bücher.example"_s), u"zeit.bücher.example"_s);
}

QTEST_GUILESS_MAIN(tst_CmdmonCliFormat)
#include "tst_CmdmonCliFormat.moc"

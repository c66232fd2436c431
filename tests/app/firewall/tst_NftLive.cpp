#include "NftCaseCheck.h"
#include "NftCases.h"
#include "TestData.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The same rows as tst_NftEvaluator, on what the real nft prints: each .nft file is loaded into a
// network namespace made for the row (`unshare --net`; the host's ruleset is never touched) and
// listed with `nft -j list ruleset`. Then the opening plan is applied there with `nft -j -f -`, exactly
// as tandem-helper-firewall-open runs it, and the listed ruleset must let the packet in. Root only.
class tst_NftLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveRulesets_data() { addNftCases(); }
    void liveRulesets();

private:
    struct Run
    {
        bool ok = false;
        QByteArray output;
        QString error;
    };
    // Loads the file in a fresh namespace, optionally applies nft JSON commands, lists the ruleset.
    static Run listInNamespace(const QString& file, const QByteArray& commands);
};

void tst_NftLive::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: a network namespace of its own and nft (run the suite as root to test)");
    if (QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty())
        QSKIP("nft is not installed (package nftables)");
    const Run probe = listInNamespace(testDataPath(u"nft/debian-default.nft"_s), {});
    if (!probe.ok)
        QSKIP(qPrintable(u"cannot make a network namespace here: "_s + probe.error));
}

tst_NftLive::Run tst_NftLive::listInNamespace(const QString& file, const QByteArray& commands)
{
    // $1: the ruleset file; stdin: nft JSON commands, or nothing. Everything dies with the namespace.
    const QString script = commands.isEmpty() ? u"PATH=/usr/sbin:/sbin:$PATH; nft -f \"$1\" && nft -j list ruleset"_s
                                              : u"PATH=/usr/sbin:/sbin:$PATH; nft -f \"$1\" && nft -j -f - && "
                                                u"nft -j list ruleset"_s;
    QProcess process;
    process.start(u"unshare"_s, {u"--net"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, file});
    process.write(commands);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        run.error = u"unshare/nft did not finish"_s;
        return run;
    }
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.output = process.readAllStandardOutput();
    run.error = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_NftLive::liveRulesets()
{
    QFETCH(QString, ruleset);
    const QString file = testDataPath(u"nft/%1.nft"_s.arg(ruleset));
    const Run listed = listInNamespace(file, {});
    QVERIFY2(listed.ok, qPrintable(listed.error));
    const Result<NftRuleset> live = NftRuleset::fromJson(listed.output);
    QVERIFY2(live.ok(), qPrintable(live.error()));
    const FirewallFinding finding = checkNftCase(*live);
    COMPARE_NFT_CASE(finding);
    if (finding.openSteps.isEmpty())
        return;

    QCOMPARE(finding.openSteps.constFirst().argv, (QStringList{u"nft"_s, u"-j"_s, u"-f"_s, u"-"_s}));
    const Run opened = listInNamespace(file, finding.openSteps.constFirst().input);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    const Result<NftRuleset> after = NftRuleset::fromJson(opened.output);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    const FirewallFinding reopened = checkNftCase(*after);
    QVERIFY2(reopened.verdict == FirewallFinding::Verdict::Open, qPrintable(reopened.summary()));
}

QTEST_GUILESS_MAIN(tst_NftLive)
#include "tst_NftLive.moc"

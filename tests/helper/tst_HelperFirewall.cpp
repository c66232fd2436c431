#include "HelperProcess.h"
#include "TestData.h"
#include "firewall/FirewallFinding.h"
#include "firewall/NftRuleset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// tandem-helper-firewall-check and -open, the real binaries as root, each run inside a network
// namespace the test makes (`unshare --net`, a veth pair with System 1's address, a ruleset
// from tests/data/nft): the host's own ruleset is never read or changed. Also the polkit split: each
// firewall program refuses every other verb, and --root.
class tst_HelperFirewall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesOtherVerbs_data();
    void refusesOtherVerbs();
    void checkNamesTheDroppingRule();
    void openInsertsOneRuleAndVerifies();
    void openChangesNothingWhenOpen();
    void openChangesNothingWhenUnsure();

private:
    struct Namespaced
    {
        HelperRun run;
        QByteArray rulesetAfter; // `nft -j list ruleset` in the namespace after the helper ended
    };
    Namespaced inNamespace(const QString& program, const QString& rulesetFile, const QByteArray& request);

    QTemporaryDir m_dir;
};

namespace {

QString firewallHelper(const char* name)
{
    return QStringLiteral(TANDEM_HELPER_DIR_IN_BUILD) + u'/' + QLatin1StringView(name);
}

const QString checkProgram()
{
    return firewallHelper("tandem-helper-firewall-check");
}

const QString openProgram()
{
    return firewallHelper("tandem-helper-firewall-open");
}

FirewallFinding findingOf(const HelperRun& run)
{
    return FirewallFinding::fromJson(run.result().value(u"firewall"_s).toObject());
}

int ruleCount(const QByteArray& json)
{
    const Result<NftRuleset> ruleset = NftRuleset::fromJson(json);
    int count = 0;
    if (ruleset) {
        for (const NftChain& chain : ruleset->chains())
            count += int(chain.rules.size());
    }
    return ruleset ? count : -1;
}

} // namespace

void tst_HelperFirewall::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the firewall helpers read nft's ruleset (run the suite as root to test)");
    if (QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty())
        QSKIP("nft is not installed (package nftables)");
    QVERIFY(m_dir.isValid());
    const Namespaced probe = inNamespace(u"/bin/true"_s, testDataPath(u"nft/debian-default.nft"_s), {});
    if (!probe.run.finished || probe.run.exitCode != 0)
        QSKIP(qPrintable(u"cannot make a network namespace with a veth pair here: "_s +
                         QString::fromUtf8(probe.run.dump())));
}

tst_HelperFirewall::Namespaced tst_HelperFirewall::inNamespace(const QString& program, const QString& rulesetFile,
                                                               const QByteArray& request)
{
    // System 1's side of the pair bed, in miniature: 192.168.77.2/24 on one end of a veth pair.
    const QString after = m_dir.filePath(u"after.json"_s);
    QFile::remove(after);
    const QString script = u"export PATH=/usr/sbin:/usr/bin:/sbin:/bin; set -e; ip link set lo up; ip link add to-s2 "
                           u"type veth peer name s2-end; "
                           u"ip addr add 192.168.77.2/24 dev to-s2; ip link set to-s2 up; ip link set s2-end up; nft "
                           u"-f \"$2\"; status=0; \"$1\" || status=$?; "
                           u"nft -j list ruleset >\"$3\"; exit $status"_s;
    Namespaced result;
    result.run = runHelper(u"unshare"_s, {u"--net"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, program, rulesetFile, after},
                           request, 30000);
    QFile file(after);
    if (file.open(QIODevice::ReadOnly))
        result.rulesetAfter = file.readAll();
    return result;
}

void tst_HelperFirewall::refusesOtherVerbs_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("reason");
    const QByteArray check = R"({"action":"firewall-check","peer":"192.168.77.3","port":123})"_ba;
    const QByteArray open = R"({"action":"firewall-open","peer":"192.168.77.3","port":123})"_ba;
    QTest::addRow("check program refuses open")
        << checkProgram() << QStringList() << open << u"tandem-helper-firewall-open's"_s;
    QTest::addRow("check program refuses apply")
        << checkProgram() << QStringList()
        << R"({"action":"apply","role":"server","peer":"192.168.77.3","pools":false})"_ba << u"tandem-helper's"_s;
    QTest::addRow("check program refuses sync-now")
        << checkProgram() << QStringList() << R"({"action":"sync-now"})"_ba << u"tandem-helper-sync-now's"_s;
    QTest::addRow("open program refuses check")
        << openProgram() << QStringList() << check << u"tandem-helper-firewall-check's"_s;
    QTest::addRow("open program refuses restore")
        << openProgram() << QStringList() << R"({"action":"restore"})"_ba << u"tandem-helper's"_s;
    QTest::addRow("open program refuses --root")
        << openProgram() << QStringList{u"--root"_s, u"/tmp"_s} << open << u"--root is refused"_s;
    QTest::addRow("open program refuses a subnet")
        << openProgram() << QStringList() << R"({"action":"firewall-open","peer":"192.168.77.0/24","port":123})"_ba
        << u"not a valid address"_s;
    QTest::addRow("open program refuses port 22")
        << openProgram() << QStringList() << R"({"action":"firewall-open","peer":"192.168.77.3","port":22})"_ba
        << u"123 (NTP) or 323"_s;
}

void tst_HelperFirewall::refusesOtherVerbs()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, request);
    QFETCH(QString, reason);
    // In a namespace with the drop rule: a refusal must leave that ruleset exactly as it was.
    const QString script = u"export PATH=/usr/sbin:/usr/bin:/sbin:/bin; nft -f \"$1\" && nft -j list ruleset >\"$2\" "
                           u"&& shift 2 && \"$@\"; status=$?; nft -j list ruleset >\"$0.after\"; exit $status"_s;
    const QString before = m_dir.filePath(u"before.json"_s);
    const HelperRun run = runHelper(u"unshare"_s,
                                    QStringList{u"--net"_s, u"sh"_s, u"-c"_s, script, before,
                                                testDataPath(u"nft/drop-ntp.nft"_s), before, program} +
                                        arguments,
                                    request, 30000);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.result().value(u"message"_s).toString().contains(reason), run.dump().constData());
    QFile beforeFile(before), afterFile(before + u".after"_s);
    QVERIFY(beforeFile.open(QIODevice::ReadOnly) && afterFile.open(QIODevice::ReadOnly));
    QCOMPARE(afterFile.readAll(), beforeFile.readAll());
}

void tst_HelperFirewall::checkNamesTheDroppingRule()
{
    const Namespaced checked = inNamespace(checkProgram(), testDataPath(u"nft/drop-ntp.nft"_s),
                                           R"({"action":"firewall-check","peer":"192.168.77.3","port":123})"_ba);
    QVERIFY2(checked.run.finished && checked.run.exitCode == 0, checked.run.dump().constData());
    QCOMPARE(checked.run.step(u"route"_s).value(u"interface"_s).toString(), u"to-s2"_s);
    const FirewallFinding finding = findingOf(checked.run);
    QCOMPARE(finding.verdict, FirewallFinding::Verdict::Blocked);
    QCOMPARE(finding.manager, FirewallManager::Nftables);
    QCOMPARE(finding.rule.chainText(), u"inet tandem_test input"_s);
    QCOMPARE(finding.rule.handle, 2);
    QCOMPARE(finding.commands,
             QStringList{u"nft insert rule inet tandem_test input ip saddr 192.168.77.3 udp dport 123 accept"_s});
    QCOMPARE(ruleCount(checked.rulesetAfter), 1); // a check changes nothing
}

void tst_HelperFirewall::openInsertsOneRuleAndVerifies()
{
    const Namespaced opened = inNamespace(openProgram(), testDataPath(u"nft/server-policy-drop.nft"_s),
                                          R"({"action":"firewall-open","peer":"192.168.77.3","port":123})"_ba);
    QVERIFY2(opened.run.finished && opened.run.exitCode == 0, opened.run.dump().constData());
    QCOMPARE(opened.run.step(u"open-port"_s).value(u"ok"_s).toBool(), true);
    QCOMPARE(opened.run.step(u"recheck"_s).value(u"ok"_s).toBool(), true);
    QCOMPARE(findingOf(opened.run).verdict, FirewallFinding::Verdict::Open);
    // Exactly one rule more, at the top of the chain whose policy dropped, for this peer and port only.
    QCOMPARE(ruleCount(opened.rulesetAfter), 7);
    const Result<NftRuleset> after = NftRuleset::fromJson(opened.rulesetAfter);
    QVERIFY(after.ok());
    const NftChain* input = after->chain(u"inet"_s, u"filter"_s, u"input"_s);
    QVERIFY(input);
    const QByteArray first = QJsonDocument(input->rules.constFirst().statements).toJson(QJsonDocument::Compact);
    QVERIFY2(first.contains(R"("right":"192.168.77.3")") && first.contains(R"("right":123)") &&
                 first.contains(R"({"accept":null})"),
             first.constData());
}

void tst_HelperFirewall::openChangesNothingWhenOpen()
{
    const Namespaced opened = inNamespace(openProgram(), testDataPath(u"nft/drop-ntp.nft"_s),
                                          R"({"action":"firewall-open","peer":"192.168.77.3","port":323})"_ba);
    QVERIFY2(opened.run.finished && opened.run.exitCode == 0, opened.run.dump().constData());
    QVERIFY(opened.run.step(u"open-port"_s).isEmpty());
    QVERIFY(opened.run.result().value(u"message"_s).toString().startsWith(u"Nothing to open"_s));
    QCOMPARE(ruleCount(opened.rulesetAfter), 1);
}

void tst_HelperFirewall::openChangesNothingWhenUnsure()
{
    const Namespaced opened = inNamespace(openProgram(), testDataPath(u"nft/unknown-expression.nft"_s),
                                          R"({"action":"firewall-open","peer":"192.168.77.3","port":123})"_ba);
    QVERIFY2(opened.run.finished && opened.run.exitCode == 5, opened.run.dump().constData());
    QCOMPARE(findingOf(opened.run).verdict, FirewallFinding::Verdict::Unsure);
    QVERIFY(opened.run.step(u"open-port"_s).isEmpty());
    QCOMPARE(ruleCount(opened.rulesetAfter), 3);
}

QTEST_GUILESS_MAIN(tst_HelperFirewall)
#include "tst_HelperFirewall.moc"

#include "TestData.h"
#include "config/ConfFile.h"
#include "config/ConfLint.h"
#include "config/LintRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QList<LintFinding> findingsOf(const QList<LintFinding>& findings, const QString& rule)
{
    QList<LintFinding> result;
    for (const LintFinding& finding : findings) {
        if (finding.rule == rule)
            result.append(finding);
    }
    return result;
}

} // namespace

class tst_ConfLint : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void seedServerConfig();
    void seedClientConfig();
    void packagedDefaultsAreClean_data();
    void packagedDefaultsAreClean();
    void sourcesFromIncludedFiles();
    void includedFilesWithoutSources();
    void keysMissingFromTheKeyfile_data();
    void keysMissingFromTheKeyfile();
    void formatsLikeACompiler();
    void exitCode();
};

void tst_ConfLint::rule_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");     // 0: the rule must not fire
    QTest::addColumn<int>("severity"); // of the first finding

    const int error = int(LintFinding::Severity::Error);
    const int warning = int(LintFinding::Severity::Warning);
    const int info = int(LintFinding::Severity::Info);

    QTest::addRow("unknown directive fires") << "rtcsync\nservr a\n"_ba << u"unknown-directive"_s << 2 << error;
    QTest::addRow("unknown directive: known ones")
        << "SERVER a\nntsdumpdir /x\nhwtimestamp *\n"_ba << u"unknown-directive"_s << 0 << 0;
    QTest::addRow("obsolete directive is info") << "linux_hz 100\n"_ba << u"unknown-directive"_s << 1 << info;

    QTest::addRow("minpoll too low") << "server a minpoll -8\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("maxpoll too high") << "pool a maxpoll 25\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("maxpoll below minpoll") << "\nserver a minpoll 6 maxpoll 4\n"_ba << u"option-range"_s << 2 << error;
    QTest::addRow("stratum 16") << "local stratum 16\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("stratum 0") << "local stratum 0 orphan\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("port 65536") << "port 65536\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("cmdport -1") << "cmdport -1\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("server port option") << "server a port 70000\n"_ba << u"option-range"_s << 1 << error;
    // chrony.conf(5): key IDs are 1 to 2^32 - 1 (a pair's authentication key may be any of them).
    QTest::addRow("key above 2^31") << "server a key 3000000000\n"_ba << u"option-range"_s << 0 << 0;
    QTest::addRow("key 2^32 - 1") << "server a key 4294967295\n"_ba << u"option-range"_s << 0 << 0;
    QTest::addRow("key 0") << "server a key 0\n"_ba << u"option-range"_s << 1 << error;
    QTest::addRow("key 2^32") << "server a key 4294967296\n"_ba << u"option-range"_s << 1 << error;
    // A base that closes what the role opens: System 1's NTP port, either system's command port.
    QTest::addRow("port 0 with allow") << "allow 192.168.1.3\nport 0\n"_ba << u"port-closed"_s << 2 << error;
    QTest::addRow("cmdport 0 with cmdallow")
        << "cmdport 0\ncmdallow 192.168.1.3\n"_ba << u"port-closed"_s << 1 << error;
    QTest::addRow("port 0 on a client") << "server 192.168.1.2\nport 0\n"_ba << u"port-closed"_s << 0 << 0;
    QTest::addRow("last port wins") << "port 0\nport 123\nallow 10.0.0.0/8\n"_ba << u"port-closed"_s << 0 << 0;
    // A system that follows sources but never steps (the guide's System 2).
    QTest::addRow("sources without makestep")
        << "driftfile /x\nserver 192.168.1.2 iburst\n"_ba << u"no-makestep"_s << 2 << warning;
    QTest::addRow("makestep after the sources") << "pool a\nmakestep 1 3\n"_ba << u"no-makestep"_s << 0 << 0;
    QTest::addRow("no sources, no makestep") << "local stratum 10\nallow all\n"_ba << u"no-makestep"_s << 0 << 0;
    QTest::addRow("ranges fine") << "server a minpoll -7 maxpoll 24\nlocal stratum 15\nport 0\ncmdport 65535\n"_ba
                                 << u"option-range"_s << 0 << 0;

    QTest::addRow("bad server address") << "server 192.168.1.300 iburst\n"_ba << u"malformed-address"_s << 1 << error;
    QTest::addRow("bad allow subnet") << "allow 10.0.0.0/40\n"_ba << u"malformed-address"_s << 1 << error;
    QTest::addRow("host name in bindcmdaddress")
        << "bindcmdaddress localhost\n"_ba << u"malformed-address"_s << 1 << error;
    QTest::addRow("good addresses") << "server ntp.example.org\nallow all 1.2.3\ncmdallow ::/0\ndeny 0/0\nallow\n"
                                       "bindcmdaddress /run/x.sock\nbindcmdaddress /\nbindaddress 0.0.0.0\n"_ba
                                    << u"malformed-address"_s << 0 << 0;

    QTest::addRow("ntpd pseudo address") << "server 127.127.1.1 prefer\n"_ba << u"ntpd-pseudo-address"_s << 1 << error;
    QTest::addRow("ntpd pseudo: real loopback") << "server 127.0.0.1\n"_ba << u"ntpd-pseudo-address"_s << 0 << 0;

    QTest::addRow("cmdallow alone") << "cmdallow 192.168.1.3\n"_ba << u"cmdallow-without-bindcmdaddress"_s << 1
                                    << warning;
    QTest::addRow("cmdallow loopback bind") << "bindcmdaddress 127.0.0.1\ncmdallow 192.168.1.3\n"_ba
                                            << u"cmdallow-without-bindcmdaddress"_s << 2 << warning;
    QTest::addRow("cmdallow socket bind")
        << "bindcmdaddress /run/c.sock\ncmdallow 1.2.3.4\n"_ba << u"cmdallow-without-bindcmdaddress"_s << 2 << warning;
    QTest::addRow("cmdallow loopback host")
        << "cmdallow 127.0.0.3\n"_ba << u"cmdallow-without-bindcmdaddress"_s << 0 << 0;
    QTest::addRow("cmdallow loopback net")
        << "cmdallow 127.0.0.0/8\n"_ba << u"cmdallow-without-bindcmdaddress"_s << 0 << 0;
    QTest::addRow("cmdallow wider than loopback")
        << "cmdallow 127.0.0.0/7\n"_ba << u"cmdallow-without-bindcmdaddress"_s << 1 << warning;
    QTest::addRow("cmdallow with bind") << "cmdallow 192.168.1.3\nbindcmdaddress 0.0.0.0\n"_ba
                                        << u"cmdallow-without-bindcmdaddress"_s << 0 << 0;

    QTest::addRow("lan server and pool") << "pool 2.debian.pool.ntp.org iburst\nserver 192.168.1.2 iburst\n"_ba
                                         << u"lan-server-and-pools"_s << 2 << warning;
    QTest::addRow("lan name and public server")
        << "server system1.lan\nserver time.cloudflare.com\n"_ba << u"lan-server-and-pools"_s << 1 << warning;
    QTest::addRow("lan server preferred")
        << "pool 2.debian.pool.ntp.org\nserver 192.168.1.2 prefer\n"_ba << u"lan-server-and-pools"_s << 0 << 0;
    QTest::addRow("lan server only") << "server 192.168.1.2 iburst\nserver 10.1.1.1\n"_ba << u"lan-server-and-pools"_s
                                     << 0 << 0;
    QTest::addRow("pools only") << "pool 2.debian.pool.ntp.org\n"_ba << u"lan-server-and-pools"_s << 0 << 0;

    QTest::addRow("local without allow") << "local stratum 10\n"_ba << u"local-without-allow"_s << 1 << warning;
    QTest::addRow("local with allow") << "local stratum 10\nallow 192.168.1.3\n"_ba << u"local-without-allow"_s << 0
                                      << 0;
    QTest::addRow("no local") << "server a\n"_ba << u"local-without-allow"_s << 0 << 0;

    QTest::addRow("unknown server option") << "server a iburts\n"_ba << u"unknown-server-option"_s << 1 << error;
    QTest::addRow("comment after option") << "server a iburst # mine\n"_ba << u"unknown-server-option"_s << 1 << error;
    QTest::addRow("option missing value") << "server a minpoll\n"_ba << u"unknown-server-option"_s << 1 << error;
    QTest::addRow("maxsources on server") << "server a maxsources 2\n"_ba << u"unknown-server-option"_s << 1 << warning;
    QTest::addRow("all options known") << "server a iburst minpoll 1 maxpoll 1 port 11123 prefer xleave key 5 nts "
                                          "maxdelay 0.1 filter 3 extfield F323 copy\npool b maxsources 2\n"_ba
                                       << u"unknown-server-option"_s << 0 << 0;
}

void tst_ConfLint::rule()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, severity);
    const QList<LintFinding> findings = findingsOf(ConfLint::check(ConfFile::parse(config, u"t.conf"_s)), rule);
    if (line == 0) {
        for (const LintFinding& finding : findings)
            qWarning("unexpected: %s", qPrintable(finding.format()));
        QVERIFY(findings.isEmpty());
        return;
    }
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().line, line);
    QCOMPARE(int(findings.first().severity), severity);
    QCOMPARE(findings.first().fileName, u"t.conf"_s);
    QVERIFY(!findings.first().message.isEmpty());
    QVERIFY(!findings.first().hint.isEmpty());
}

void tst_ConfLint::seedServerConfig()
{
    const QList<LintFinding> findings =
        ConfLint::check(ConfFile::parse(readTestData(u"conf/seed-server.conf"_s), u"seed-server.conf"_s));
    // Its bogus "server 127.127.1.1" line is also a source without makestep (line 1, after the error).
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).rule, u"ntpd-pseudo-address"_s);
    QCOMPARE(findings.at(0).line, 1);
    QCOMPARE(findings.at(0).severity, LintFinding::Severity::Error);
    QVERIFY(findings.at(0).hint.contains(u"local stratum 10"_s));
    QCOMPARE(findings.at(1).rule, u"no-makestep"_s);
    QCOMPARE(findings.at(1).line, 1);
    QCOMPARE(findings.at(2).rule, u"cmdallow-without-bindcmdaddress"_s);
    QCOMPARE(findings.at(2).line, 4);
    QCOMPARE(findings.at(2).severity, LintFinding::Severity::Warning);
    QVERIFY(findings.at(2).hint.contains(u"bindcmdaddress 0.0.0.0"_s));
    QVERIFY(findings.at(2).hint.contains(u"323"_s));
}

void tst_ConfLint::seedClientConfig()
{
    const QList<LintFinding> findings =
        ConfLint::check(ConfFile::parse(readTestData(u"conf/seed-client.conf"_s), u"seed-client.conf"_s));
    // The guide's System 2 never steps: no makestep under its server line.
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).rule, u"no-makestep"_s);
    QCOMPARE(findings.at(0).line, 1);
    QCOMPARE(findings.at(1).rule, u"cmdallow-without-bindcmdaddress"_s);
    QCOMPARE(findings.at(1).line, 3);
}

void tst_ConfLint::packagedDefaultsAreClean_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : {u"debian12.conf"_s, u"fedora.conf"_s, u"ubuntu.conf"_s, u"arch.conf"_s})
        QTest::addRow("%s", qPrintable(name)) << name;
}

void tst_ConfLint::packagedDefaultsAreClean()
{
    QFETCH(QString, name);
    const QList<LintFinding> findings = ConfLint::check(ConfFile::parse(readTestData(u"conf/"_s + name), name));
    for (const LintFinding& finding : findings)
        qWarning("%s", qPrintable(finding.format()));
    QVERIFY(findings.isEmpty());
}

void tst_ConfLint::sourcesFromIncludedFiles()
{
    // Real files in a temporary root, read the way chronyd reads confdir and include.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString first = root.filePath(u"conf.d"_s);
    const QString second = root.filePath(u"vendor.d"_s);
    writeFile(first + u"/b-cloud.conf"_s, "# the cloud image's time servers\npool 2.cloud.pool.ntp.org iburst\n"_ba);
    writeFile(first + u"/README"_s, "pool not.a.conf.file iburst\n"_ba); // not *.conf: not read
    // Upper case sorts first in chronyd's byte order; the commented line is no source.
    writeFile(first + u"/Z-upper.conf"_s, "#server commented.out.example\nserver upper.example\n"_ba);
    writeFile(second + u"/b-cloud.conf"_s, "server hidden.example iburst\n"_ba); // hidden by conf.d's file
    writeFile(second + u"/c-dhcp.conf"_s, "makestep 1 3\nsourcedir /run/chrony-dhcp\n"_ba);
    writeFile(root.filePath(u"extra/site.inc"_s), "server 10.0.0.9 iburst\n"_ba);
    const QString text = u"# main\nconfdir %1 %2 %3\ninclude %4\nlocal stratum 10\n"_s.arg(
        first, second, root.filePath(u"missing.d"_s), root.filePath(u"extra/*.inc"_s));
    const ConfFile main = ConfFile::parse(text.toUtf8(), u"/etc/chrony/chrony.conf"_s);

    const QList<LintFinding> findings = ConfLint::checkIncluded(main, LintFinding::Severity::Warning);
    QStringList where;
    for (const LintFinding& finding : findings) {
        QCOMPARE(finding.rule, u"included-source"_s);
        QCOMPARE(finding.severity, LintFinding::Severity::Warning);
        where << u"%1:%2"_s.arg(QDir(root.path()).relativeFilePath(finding.fileName)).arg(finding.line);
    }
    QCOMPARE(where, QStringList({u"conf.d/Z-upper.conf:2"_s, u"conf.d/b-cloud.conf:2"_s, u"vendor.d/c-dhcp.conf:2"_s,
                                 u"extra/site.inc:1"_s}));
    QVERIFY2(findings.at(1).message.contains(u"'pool 2.cloud.pool.ntp.org iburst'"_s) &&
                 findings.at(1).message.contains(u"/etc/chrony/chrony.conf line 2"_s),
             qPrintable(findings.at(1).message));
    QVERIFY2(findings.at(3).message.contains(u"include "_s), qPrintable(findings.at(3).message));
    QCOMPARE(ConfLint::checkIncluded(main, LintFinding::Severity::Info).constFirst().severity,
             LintFinding::Severity::Info);
}

void tst_ConfLint::keysMissingFromTheKeyfile_data()
{
    QTest::addColumn<QString>("config"); // @KEYS@: the key file made by chronyc keygen
    QTest::addColumn<int>("severity");   // -1: no finding
    QTest::addColumn<QString>("says");
    const int none = -1;
    QTest::addRow("key in the file") << u"keyfile @KEYS@\nserver 192.168.1.2 iburst key 5\n"_s << none << QString();
    QTest::addRow("key not in the file") << u"keyfile @KEYS@\nserver 192.168.1.2 iburst key 6\n"_s
                                         << int(LintFinding::Severity::Error) << u"key 6 is not in"_s;
    QTest::addRow("no keyfile line") << u"server 192.168.1.2 iburst key 5\n"_s << int(LintFinding::Severity::Error)
                                     << u"no 'keyfile' line"_s;
    QTest::addRow("keyfile missing") << u"keyfile @KEYS@.missing\nserver 192.168.1.2 key 5\n"_s
                                     << int(LintFinding::Severity::Error) << u"key 5 is not in"_s;
    // A directory where the file should be: unreadable even for root (a normal user meets Debian's 0640).
    QTest::addRow("keyfile unreadable") << u"keyfile @KEYS@.d\nserver 192.168.1.2 key 5\n"_s
                                        << int(LintFinding::Severity::Info) << u"could not be checked"_s;
    QTest::addRow("no key option") << u"keyfile @KEYS@.missing\nserver 192.168.1.2 iburst\n"_s << none << QString();
}

void tst_ConfLint::keysMissingFromTheKeyfile()
{
    QFETCH(QString, config);
    QFETCH(int, severity);
    QFETCH(QString, says);
    // A real key, as chronyc makes one (an ID, SHA256 and 256 bits in hex), with a comment above it.
    QProcess keygen;
    keygen.start(u"chronyc"_s, {u"keygen"_s, u"5"_s, u"SHA256"_s, u"256"_s});
    QVERIFY(keygen.waitForFinished(10000));
    QCOMPARE(keygen.exitCode(), 0);
    const QByteArray key = keygen.readAllStandardOutput();
    QVERIFY2(key.startsWith("5 SHA256 HEX:"), key.constData());
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString keys = root.filePath(u"chrony.keys"_s);
    writeFile(keys, "# made by chronyc keygen\n"_ba + key);
    QVERIFY(QDir().mkpath(keys + u".d"_s));
    const ConfFile file = ConfFile::parse(config.replace(u"@KEYS@"_s, keys).toUtf8(), u"c.conf"_s);
    const QList<LintFinding> findings = findingsOf(ConfLint::checkKeys(file), u"key-not-in-keyfile"_s);
    if (severity < 0) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(int(findings.constFirst().severity), severity);
    QCOMPARE(findings.constFirst().line, config.startsWith(u"keyfile"_s) ? 2 : 1);
    QVERIFY2(findings.constFirst().message.contains(says), qPrintable(findings.constFirst().message));
}

void tst_ConfLint::includedFilesWithoutSources()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    writeFile(root.filePath(u"conf.d/local.conf"_s), "makestep 1 -1\n#pool commented.example\n"_ba);
    const QByteArray text = "confdir "_ba + QFile::encodeName(root.filePath(u"conf.d"_s)) + "\n"_ba;
    QVERIFY(ConfLint::checkIncluded(ConfFile::parse(text, u"c.conf"_s), LintFinding::Severity::Warning).isEmpty());
    // No confdir/include at all: nothing is read.
    QVERIFY(ConfLint::checkIncluded(ConfFile::parse("pool a.example\n"_ba, u"c.conf"_s), LintFinding::Severity::Warning)
                .isEmpty());
}

void tst_ConfLint::formatsLikeACompiler()
{
    const LintFinding finding{u"a.conf"_s, 4, LintFinding::Severity::Warning, u"msg"_s, u"do x"_s, u"r"_s};
    QCOMPARE(finding.format(), u"a.conf:4: warning: msg (hint: do x)"_s);
    const LintFinding whole{u"a.conf"_s, 0, LintFinding::Severity::Error, u"cannot read"_s, {}, u"r"_s};
    QCOMPARE(whole.format(), u"a.conf: error: cannot read"_s);
}

void tst_ConfLint::exitCode()
{
    using S = LintFinding::Severity;
    QCOMPARE(lintExitCode({}), 0);
    QCOMPARE(lintExitCode({LintFinding{{}, 1, S::Info, {}, {}, {}}}), 0);
    QCOMPARE(lintExitCode({LintFinding{{}, 1, S::Info, {}, {}, {}}, LintFinding{{}, 1, S::Warning, {}, {}, {}}}), 1);
    QCOMPARE(lintExitCode({LintFinding{{}, 1, S::Warning, {}, {}, {}}, LintFinding{{}, 1, S::Error, {}, {}, {}}}), 2);
}

QTEST_GUILESS_MAIN(tst_ConfLint)
#include "tst_ConfLint.moc"

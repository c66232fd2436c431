#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Every class of hostile request, sent to the real helper acting on a running lab system: each is
// refused with exit 3 and a reason, every file stays byte-identical and the same chronyd runs on.
class tst_HelperRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();

private:
    std::unique_ptr<LabFixture> m_lab;
};

void tst_HelperRefusals::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

void tst_HelperRefusals::cleanupTestCase()
{
    m_lab.reset(); // stops the daemons by pid file
}

void tst_HelperRefusals::refused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("reason");

    const QByteArray client = R"({"action":"apply","role":"client","peer":)"_ba;
    QTest::addRow("config injection newline") << client + R"("127.0.0.2\nallow all"})" << u"not a valid address"_s;
    QTest::addRow("config injection cr") << client + R"("127.0.0.2\rcmdallow all"})" << u"not a valid address"_s;
    QTest::addRow("comment hash") << client + R"("127.0.0.2#"})" << u"not a valid address"_s;
    QTest::addRow("space option") << client + R"("127.0.0.2 port 1"})" << u"not a valid address"_s;
    QTest::addRow("shell metacharacters") << client + R"json("$(touch /tmp/x);`id`|"})json" << u"not a valid address"_s;
    QTest::addRow("path traversal id") << R"({"action":"restore","backup":"../../../etc/shadow"})"_ba
                                       << u"not a backup ID"_s;
    QTest::addRow("absolute path id") << R"({"action":"restore","backup":"/etc/chrony/chrony.conf"})"_ba
                                      << u"not a backup ID"_s;
    QTest::addRow("number out of range") << client + R"("127.0.0.2","minpoll":99})" << u"between -7 and 24"_s;
    QTest::addRow("wrongly typed number") << client + R"("127.0.0.2","minpoll":"1"})" << u"whole number"_s;
    QTest::addRow("fraction") << client + R"("127.0.0.2","minpoll":1.5})" << u"whole numbers"_s;
    QTest::addRow("unknown action") << R"({"action":"shell"})"_ba << u"must be \"apply\""_s;
    QTest::addRow("unknown field") << client + R"("127.0.0.2","config":"allow all"})" << u"not accepted"_s;
    QTest::addRow("duplicate key") << client + R"("127.0.0.2","peer":"0.0.0.0/0"})" << u"twice"_s;
    QTest::addRow("array") << R"([{"action":"restore"}])"_ba << u"one JSON object"_s;
    QTest::addRow("not json") << "action=restore"_ba << u"one JSON object"_s;
    QTest::addRow("empty stdin") << QByteArray() << u"one JSON object"_s;
    QTest::addRow("invalid utf8") << "{\"action\":\"\xc0\xaf\"}"_ba << u"UTF-8"_s;
    QTest::addRow("nul") << QByteArray("{\"action\":\"restore\"}\0", 21) << u"NUL"_s;
    QTest::addRow("oversize") << QByteArray(R"({"action":"restore","x":")"_ba + QByteArray(200000, 'a') + "\"}")
                              << u"larger than"_s;
    // The polkit split: the configure action's program never steps the clock.
    QTest::addRow("sync-now through tandem-helper") << R"({"action":"sync-now"})"_ba << u"tandem-helper-sync-now's"_s;
    // The firewall's programs are not this one: tandem-helper (configure) neither reads nor opens it.
    QTest::addRow("firewall-open through tandem-helper")
        << R"({"action":"firewall-open","peer":"127.0.0.3","port":123})"_ba << u"tandem-helper-firewall-open's"_s;
    QTest::addRow("firewall-check through tandem-helper")
        << R"({"action":"firewall-check","peer":"127.0.0.3","port":123})"_ba << u"tandem-helper-firewall-check's"_s;
    QTest::addRow("firewall rule text") << R"({"action":"firewall-open","peer":"127.0.0.3 accept","port":123})"_ba
                                        << u"not a valid address"_s;
    QTest::addRow("firewall subnet") << R"({"action":"firewall-open","peer":"0.0.0.0/0","port":123})"_ba
                                     << u"not a valid address"_s;
    QTest::addRow("firewall port") << R"({"action":"firewall-open","peer":"127.0.0.3","port":22})"_ba
                                   << u"123 (NTP) or 323"_s;
    QTest::addRow("deeply nested") << QByteArray(R"({"action":)"_ba + QByteArray(60000, '[')) << u"nested"_s;
}

void tst_HelperRefusals::refused()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, reason);
    const LabSystemPaths paths = LabLayout::systemPaths(m_lab->directory(), 2);
    const auto before = LabFiles::snapshot(m_lab->directory());
    const qint64 pid = LabFiles::runningPid(paths);
    QVERIFY(pid > 0);

    const HelperRun run = runHelper(helperBinary(), {u"--root"_s, paths.root}, request, 20000);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.result().value(u"result"_s).toString(), u"refused"_s);
    QVERIFY2(run.result().value(u"message"_s).toString().contains(reason), run.dump().constData());
    QCOMPARE(run.step(u"validate"_s).value(u"ok"_s).toBool(true), false);
    QVERIFY(run.step(u"read"_s).isEmpty()); // refused before reading anything

    QCOMPARE(LabFiles::snapshot(m_lab->directory()), before);
    QCOMPARE(LabFiles::runningPid(paths), pid);
}

QTEST_GUILESS_MAIN(tst_HelperRefusals)
#include "tst_HelperRefusals.moc"

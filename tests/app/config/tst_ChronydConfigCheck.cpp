#include "ChronydRunner.h"
#include "config/ChronydConfigCheck.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ChronydConfigCheck : public QObject
{
    Q_OBJECT

private slots:
    void parsesOutput_data();
    void parsesOutput();
    void realChronyd_data();
    void realChronyd();
    void missingChronydIsReported();
};

void tst_ChronydConfigCheck::parsesOutput_data()
{
    QTest::addColumn<QByteArray>("standardError");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    // Captured from chronyd 4.3 on Debian 12; realChronyd() runs the same path against the binary.
    QTest::addRow("invalid directive")
        << "2026-11-26T06:31:29Z Fatal error : Invalid directive at line 7 in file b2.conf\n"_ba << 1 << 1 << 7
        << u"b2.conf"_s << u"Invalid directive"_s;
    QTest::addRow("unparsable local") << "2026-11-26T06:31:29Z Fatal error : Could not parse local directive at line 2 "
                                         "in file /tmp/x y/bad.conf\n"_ba
                                      << 1 << 1 << 2 << u"/tmp/x y/bad.conf"_s << u"Could not parse local directive"_s;
    QTest::addRow("without line")
        << "2026-11-26T06:31:29Z Fatal error : Could not search for files matching /n/*.conf\n"_ba << 1 << 1 << 0
        << u"checked.conf"_s << u"Could not search for files"_s;
    QTest::addRow("obsolete warning") << "2026-11-26T06:31:54Z linux_hz directive is no longer supported\n"_ba << 0 << 1
                                      << 0 << u"checked.conf"_s << u"no longer supported"_s;
    QTest::addRow("silent failure") << QByteArray() << 1 << 1 << 0 << u"checked.conf"_s << u"exit status 1"_s;
    QTest::addRow("clean") << QByteArray() << 0 << 0 << 0 << QString() << QString();
}

void tst_ChronydConfigCheck::parsesOutput()
{
    QFETCH(QByteArray, standardError);
    QFETCH(int, exitCode);
    QFETCH(int, count);
    QFETCH(int, line);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QList<LintFinding> findings = ChronydConfigCheck::parseOutput(standardError, exitCode, u"checked.conf"_s);
    QCOMPARE(findings.size(), count);
    if (count == 0)
        return;
    QCOMPARE(findings.first().line, line);
    QCOMPARE(findings.first().fileName, file);
    QVERIFY2(findings.first().message.contains(message), qPrintable(findings.first().message));
    QVERIFY(!findings.first().message.contains(u"2026-"_s)); // the timestamp is noise
}

void tst_ChronydConfigCheck::realChronyd_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("line"); // -1: accepted
    QTest::addColumn<QString>("message");
    QTest::addRow("seed client") << "server 192.168.1.2 iburst minpoll 1 maxpoll 1\nallow 192.168.1.2\n"_ba << -1
                                 << QString();
    QTest::addRow("unknown directive") << "rtcsync\n\nfoo bar\n"_ba << 3 << u"Invalid directive"_s;
    QTest::addRow("stratum 16") << "local stratum 16\n"_ba << 1 << u"local directive"_s;
    QTest::addRow("bad allow") << "# x\nallow 192.168.1.300\n"_ba << 2 << u"allow directive"_s;
    QTest::addRow("misspelled option") << "server a iburts\n"_ba << 1 << u"server directive"_s;
    QTest::addRow("CRLF is fine") << "server 192.168.1.2 iburst\r\nlocal stratum 10\r\n"_ba << -1 << QString();
}

void tst_ChronydConfigCheck::realChronyd()
{
    if (!ChronydRunner::available())
        QSKIP("chronyd is not installed");
    QFETCH(QByteArray, config);
    QFETCH(int, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"chrony.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();

    ChronydConfigCheck check;
    QSignalSpy spy(&check, &ChronydConfigCheck::finished);
    check.start(path);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 15000);
    const auto findings = spy.at(0).at(0).value<QList<LintFinding>>();
    if (line < 0) {
        for (const LintFinding& finding : findings)
            qWarning("%s", qPrintable(finding.format()));
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().line, line);
    QCOMPARE(findings.first().fileName, path);
    QCOMPARE(findings.first().severity, LintFinding::Severity::Error);
    QVERIFY2(findings.first().message.contains(message), qPrintable(findings.first().message));
}

void tst_ChronydConfigCheck::missingChronydIsReported()
{
    QTemporaryDir dir;
    ChronydConfigCheck check;
    check.setChronydPath(dir.filePath(u"no-such-chronyd"_s));
    QSignalSpy spy(&check, &ChronydConfigCheck::finished);
    check.start(dir.filePath(u"chrony.conf"_s));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    const auto findings = spy.at(0).at(0).value<QList<LintFinding>>();
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().message.contains(u"could not run"_s));
}

QTEST_GUILESS_MAIN(tst_ChronydConfigCheck)
#include "tst_ChronydConfigCheck.moc"

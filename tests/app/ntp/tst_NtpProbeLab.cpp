// The probe against a real chronyd: the lab's System 1 (local stratum 10, allows System 2's address).
#include "LabFixture.h"
#include "ntp/NtpProbe.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_NtpProbeLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_lab = std::make_unique<LabFixture>();
        // On this machine's clock (-x), which the probe reads too.
        m_lab->configure([](LabSettings& settings) { settings.virtualClocks = false; });
        QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void probesSystemOne()
    {
        NtpProbe probe;
        QSignalSpy finished(&probe, &NtpProbe::finished);
        QSignalSpy failed(&probe, &NtpProbe::failed);
        probe.start(request(m_lab->settings().clientAddress, 3000));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 4000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const auto m = finished.constFirst().constFirst().value<NtpMeasurement>();
        QCOMPARE(m.stratum, 10);
        QCOMPARE(m.referenceId, LocalClockReferenceId);
        QCOMPARE(m.referenceText(), u"local clock"_s);
        QCOMPARE(m.leap, 0);
        QCOMPARE(m.version, 4);
        QVERIFY(m.synchronised());
        // Both daemons and the probe read this machine's one clock.
        QVERIFY2(qAbs(m.offset) < 0.01, qPrintable(QString::number(m.offset)));
        QVERIFY(m.delay >= 0 && m.delay < 0.05);
        QVERIFY(m.precision < 0);
    }

    void addressNotAllowedTimesOut()
    {
        // System 1 only allows System 2's address; from System 1's own address it stays silent.
        NtpProbe probe;
        QSignalSpy failed(&probe, &NtpProbe::failed);
        QElapsedTimer clock;
        clock.start();
        probe.start(request(m_lab->settings().serverAddress, 500));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 3000);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"'allow' may not include"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
    }

    void cliJson()
    {
        const LabSettings& s = m_lab->settings();
        const ProgramRun run =
            runProgram(QStringLiteral(TANDEM_CLI_PATH),
                       {u"probe"_s, s.serverAddress.toString(), u"--port"_s, QString::number(s.ntpPort), u"--source"_s,
                        s.clientAddress.toString(), u"--json"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"stratum"_s).toInt(), 10);
        QCOMPARE(json.value(u"referenceId"_s).toString(), u"7F7F0101"_s);
        QCOMPARE(json.value(u"reference"_s).toString(), u"local clock"_s);
        QCOMPARE(json.value(u"leap"_s).toString(), u"normal"_s);
        QVERIFY(json.value(u"offset"_s).isDouble());
        QVERIFY(json.value(u"offsetSign"_s).toString().contains(u"ahead"_s));
    }

    void cliHuman()
    {
        const LabSettings& s = m_lab->settings();
        const ProgramRun run = runProgram(QStringLiteral(TANDEM_CLI_PATH),
                                          {u"probe"_s, s.serverAddress.toString(), u"--port"_s,
                                           QString::number(s.ntpPort), u"--source"_s, s.clientAddress.toString()});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Stratum:          10"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"local clock (7F7F0101)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Leap status:      normal"_s), qPrintable(run.out));
    }

    void cliNoAnswer()
    {
        // The command port answers cmdmon, never NTP: nothing comes back for an NTP request.
        const LabSettings& s = m_lab->settings();
        QElapsedTimer clock;
        clock.start();
        const ProgramRun run =
            runProgram(QStringLiteral(TANDEM_CLI_PATH),
                       {u"probe"_s, s.serverAddress.toString(), u"--port"_s, QString::number(s.cmdPort), u"--source"_s,
                        s.clientAddress.toString(), u"--timeout"_s, u"600"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"tandem-cli probe: no answer"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

private:
    NtpProbeRequest request(const QHostAddress& source, int timeoutMs) const
    {
        NtpProbeRequest request;
        request.host = m_lab->settings().serverAddress.toString();
        request.port = m_lab->settings().ntpPort;
        request.source = source;
        request.timeoutMs = timeoutMs;
        return request;
    }

    std::unique_ptr<LabFixture> m_lab;
};

QTEST_GUILESS_MAIN(tst_NtpProbeLab)
#include "tst_NtpProbeLab.moc"

#include "LabFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// tandem-cli status/sources/sourcestats/activity as a user runs them, against the lab's System 2:
// the JSON keys, the values chronyc -c prints for the fields that do not move, polling, and the
// one-line failure when no daemon answers.
class tst_CmdmonCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusJson();
    void statusPollsCountTimes();
    void statusText();
    void sourcesJson();
    void sourceStatsJson();
    void activityJson();
    void noDaemonFailsFast();
    void missingSocket();
    void badArguments_data();
    void badArguments();

private:
    QStringList udpArguments() const;
    static QList<QJsonObject> jsonLines(const QString& text);

    std::unique_ptr<LabFixture> m_lab;
};

static ProgramRun cli(const QStringList& arguments, int timeoutMs = 20000)
{
    return runProgram(QStringLiteral(TANDEM_CLI), arguments, timeoutMs);
}

void tst_CmdmonCli::initTestCase()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

QStringList tst_CmdmonCli::udpArguments() const
{
    const LabSystemInfo system2 = m_lab->lab().system2();
    return {u"--host"_s,   system2.address.toString(),
            u"--port"_s,   QString::number(system2.cmdPort),
            u"--source"_s, m_lab->lab().system1().address.toString()};
}

QList<QJsonObject> tst_CmdmonCli::jsonLines(const QString& text)
{
    QList<QJsonObject> objects;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s", qPrintable(line));
        objects.append(document.object());
    }
    return objects;
}

static QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

void tst_CmdmonCli::statusJson()
{
    const ProgramRun run = cli(QStringList{u"status"_s, u"--json"_s} + udpArguments());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject& o = objects.first();
    QStringList expected{u"reference_id"_s,       u"reference"_s,   u"stratum"_s,    u"ref_time"_s,
                         u"system_time"_s,        u"last_offset"_s, u"rms_offset"_s, u"frequency"_s,
                         u"residual_frequency"_s, u"skew"_s,        u"root_delay"_s, u"root_dispersion"_s,
                         u"update_interval"_s,    u"leap_status"_s};
    expected.sort();
    QCOMPARE(sortedKeys(o), expected);

    const LabSystemInfo system2 = m_lab->lab().system2();
    const ProgramRun chronyc = runProgram(u"chronyc"_s, {u"-c"_s, u"-h"_s, system2.address.toString(), u"-p"_s,
                                                         QString::number(system2.cmdPort), u"tracking"_s});
    QCOMPARE(chronyc.exitCode, 0);
    const QStringList f = chronyc.out.trimmed().split(u',');
    QCOMPARE(f.size(), 14);
    QCOMPARE(o[u"reference_id"_s].toString(), f[0]);
    QCOMPARE(o[u"reference"_s].toString(), f[1]);
    QCOMPARE(QString::number(o[u"stratum"_s].toInt()), f[2]);
    QCOMPARE(o[u"leap_status"_s].toString(), f[13]);
    // ref_time only moves on a clock update (every 2 s in the lab).
    QVERIFY(qAbs(o[u"ref_time"_s].toDouble() - f[3].toDouble()) < 5);
    QVERIFY(o[u"root_delay"_s].toDouble() >= 0);
    QCOMPARE(o[u"reference"_s].toString(), m_lab->lab().system1().address.toString());
}

void tst_CmdmonCli::statusPollsCountTimes()
{
    const ProgramRun run =
        cli(QStringList{u"status"_s, u"--json"_s, u"--count"_s, u"3"_s, u"--interval"_s, u"0.1"_s} + udpArguments());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 3);
    for (const QJsonObject& o : objects)
        QCOMPARE(o[u"stratum"_s].toInt(), 11);
}

void tst_CmdmonCli::statusText()
{
    const ProgramRun run = cli(QStringList{u"status"_s, u"--socket"_s, m_lab->lab().system2().socketPath});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    // Tandem's one sign convention (+ = ahead), in words, not chronyc's slow/fast.
    QVERIFY2(QRegularExpression(u"System time +: (0 s|[0-9.]+ (ns|µs|ms|s) (ahead of|behind) NTP time)\n"_s)
                 .match(run.out)
                 .hasMatch(),
             qPrintable(run.out));
    QVERIFY(run.out.contains(m_lab->lab().system1().address.toString()));
    QVERIFY(run.out.contains(u"Leap status     : Normal"_s));
}

void tst_CmdmonCli::sourcesJson()
{
    const ProgramRun run = cli(QStringList{u"sources"_s, u"--json"_s} + udpArguments());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 1);
    QStringList expected{u"mode"_s,  u"state"_s,   u"name"_s,        u"stratum"_s,         u"poll"_s,
                         u"reach"_s, u"last_rx"_s, u"last_offset"_s, u"measured_offset"_s, u"error"_s};
    expected.sort();
    QCOMPARE(sortedKeys(objects.first()), expected);
    QCOMPARE(objects.first()[u"mode"_s].toString(), u"^"_s);
    QCOMPARE(objects.first()[u"name"_s].toString(), m_lab->lab().system1().address.toString());
    QCOMPARE(objects.first()[u"stratum"_s].toInt(), 10);
    QCOMPARE(objects.first()[u"poll"_s].toInt(), 1);
    QVERIFY(objects.first()[u"reach"_s].isDouble());
}

void tst_CmdmonCli::sourceStatsJson()
{
    const ProgramRun run = cli(QStringList{u"sourcestats"_s, u"--json"_s} + udpArguments());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 1);
    QStringList expected{u"name"_s,      u"np"_s,        u"nr"_s,     u"span"_s,
                         u"frequency"_s, u"freq_skew"_s, u"offset"_s, u"std_dev"_s};
    expected.sort();
    QCOMPARE(sortedKeys(objects.first()), expected);
    QCOMPARE(objects.first()[u"name"_s].toString(), m_lab->lab().system1().address.toString());
}

void tst_CmdmonCli::activityJson()
{
    const ProgramRun run = cli(QStringList{u"activity"_s, u"--json"_s} + udpArguments());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 1);
    QStringList expected{u"online"_s, u"offline"_s, u"burst_online"_s, u"burst_offline"_s, u"unresolved"_s};
    expected.sort();
    QCOMPARE(sortedKeys(objects.first()), expected);
    QCOMPARE(objects.first()[u"online"_s].toInt() + objects.first()[u"burst_online"_s].toInt(), 1);
}

void tst_CmdmonCli::noDaemonFailsFast()
{
    // An address of this lab's /24 where nothing listens.
    const QHostAddress nobody(m_lab->lab().system2().address.toIPv4Address() + 5);
    QElapsedTimer timer;
    timer.start();
    const ProgramRun run =
        cli({u"status"_s, u"--host"_s, nobody.toString(), u"--port"_s, QString::number(m_lab->settings().cmdPort)});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY2(run.err.contains(u"no answer from chronyd at"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"cmdallow"_s));

    // A loop keeps going through failures and reports each one; the exit code is the last poll's.
    const ProgramRun loop =
        cli({u"status"_s, u"--host"_s, nobody.toString(), u"--port"_s, QString::number(m_lab->settings().cmdPort),
             u"--timeout"_s, u"100"_s, u"--count"_s, u"2"_s, u"--interval"_s, u"0"_s});
    QCOMPARE(loop.exitCode, 1);
    QCOMPARE(loop.err.count(u"no answer"_s), 2);
}

void tst_CmdmonCli::missingSocket()
{
    const ProgramRun run = cli({u"sources"_s, u"--socket"_s, m_lab->directory() + u"/nothing/chronyd.sock"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
}

void tst_CmdmonCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("port 0") << QStringList{u"status"_s, u"--port"_s, u"0"_s};
    QTest::addRow("host name") << QStringList{u"status"_s, u"--host"_s, u"example.org"_s};
    QTest::addRow("socket and host") << QStringList{u"activity"_s, u"--socket"_s, u"/x"_s, u"--host"_s, u"::1"_s};
    QTest::addRow("negative count") << QStringList{u"sources"_s, u"--count"_s, u"-1"_s};
    QTest::addRow("interval text") << QStringList{u"sourcestats"_s, u"--interval"_s, u"soon"_s};
    QTest::addRow("positional") << QStringList{u"status"_s, u"extra"_s};
}

void tst_CmdmonCli::badArguments()
{
    QFETCH(QStringList, arguments);
    const ProgramRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"tandem-cli "_s));
}

QTEST_GUILESS_MAIN(tst_CmdmonCli)
#include "tst_CmdmonCli.moc"

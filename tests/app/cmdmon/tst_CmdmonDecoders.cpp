#include "TestData.h"
#include "cmdmon/CmdmonDecoders.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Expected values: tests/data/cmdmon/README.md (decoded by an independent decoder from the same
// captured bytes of chronyd 4.3).
class tst_CmdmonDecoders : public QObject
{
    Q_OBJECT

private slots:
    void trackingClient();
    void trackingOverUnixSocket();
    void trackingLocalReference();
    void sourceCount();
    void sourceData();
    void sourceStats();
    void activity();
    void sourceName();
    void truncated_data();
    void truncated();
    void unknownSourceState();
    void referenceIdText_data();
    void referenceIdText();
};

static QByteArray replyData(const char* name)
{
    return readTestData(u"cmdmon/"_s + QString::fromLatin1(name) + u".bin"_s).mid(28);
}

// Floats carry 24 significant bits; the reference values were printed with 9 digits.
static bool near(double actual, double expected)
{
    return qAbs(actual - expected) <= qAbs(expected) * 1e-8 + 1e-18;
}

#define QCOMPARE_NEAR(actual, expected)                                                                                \
    QVERIFY2(near(actual, expected), qPrintable(u"%1 != %2"_s.arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)))

void tst_CmdmonDecoders::trackingClient()
{
    {
        const Result<TrackingReport> result = CmdmonDecoders::tracking(replyData("tracking_client"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const TrackingReport& r = *result;
        QCOMPARE(r.referenceIdHex(), u"7F370002"_s);
        QCOMPARE(r.referenceName(), u"127.55.0.2"_s);
        QCOMPARE(r.stratum, quint16(11));
        QCOMPARE(r.leapStatusText(), u"Normal"_s);
        QCOMPARE(r.referenceTime.toString(), u"1795674740.686905594"_s);
        QCOMPARE_NEAR(r.systemTime, -1.51923416e-06);
        QCOMPARE_NEAR(r.lastOffset, -8.50708801e-08);
        QCOMPARE_NEAR(r.rmsOffset, 5.50061316e-07);
        QCOMPARE_NEAR(r.frequency, 0.0115087442);
        QCOMPARE_NEAR(r.residualFrequency, -0.000846085954);
        QCOMPARE_NEAR(r.skew, 0.0893987119);
        QCOMPARE_NEAR(r.rootDelay, 6.3120001e-06);
        QCOMPARE_NEAR(r.rootDispersion, 1.4225925e-06);
        QCOMPARE_NEAR(r.updateInterval, 2.0199914);
    }
}

void tst_CmdmonDecoders::trackingOverUnixSocket()
{
    // Same daemon a moment later over the Unix socket: same layout, same reference.
    const Result<TrackingReport> result = CmdmonDecoders::tracking(replyData("tracking_unix"));
    QVERIFY(result.ok());
    QCOMPARE(result->referenceIdHex(), u"7F370002"_s);
    QCOMPARE(result->referenceName(), u"127.55.0.2"_s);
    QCOMPARE(result->stratum, quint16(11));
    QCOMPARE(result->referenceTime.toString(), u"1795674740.686907113"_s);
}

void tst_CmdmonDecoders::trackingLocalReference()
{
    const Result<TrackingReport> result = CmdmonDecoders::tracking(replyData("tracking_local"));
    QVERIFY(result.ok());
    QCOMPARE(result->referenceIdHex(), u"7F7F0101"_s);
    QCOMPARE(result->referenceAddress.family, CmdmonWire::Address::Family::Unspecified);
    // chronyc -c prints an empty name for the local reference: 7F 7F 01 01 has no printable byte.
    QCOMPARE(result->referenceName(), QString());
    QCOMPARE(result->stratum, quint16(10));
    QCOMPARE(result->referenceTime.toString(), u"1795674725.394787804"_s);
    QCOMPARE(result->systemTime, 0.0);
    QCOMPARE(result->rootDispersion, 0.0);
}

void tst_CmdmonDecoders::sourceCount()
{
    const Result<quint32> result = CmdmonDecoders::sourceCount(replyData("n_sources"));
    QVERIFY(result.ok());
    QCOMPARE(*result, 1u);
}

void tst_CmdmonDecoders::sourceData()
{
    const Result<SourceReport> result = CmdmonDecoders::sourceData(replyData("source_data_0"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const SourceReport& s = *result;
    QCOMPARE(s.name(), u"127.55.0.2"_s);
    QCOMPARE(s.poll, qint16(1));
    QCOMPARE(s.stratum, quint16(10));
    QCOMPARE(s.stateChar(), QChar(u'*'));
    QCOMPARE(s.modeChar(), QChar(u'^'));
    QCOMPARE(s.reachability, quint16(0377));
    QCOMPARE(s.sinceSample, 1u);
    QCOMPARE_NEAR(s.measuredOffset, -1.57000002e-07);
    QCOMPARE_NEAR(s.adjustedOffset, -7.19294917e-08);
    QCOMPARE_NEAR(s.error, 3.19090691e-06);
}

void tst_CmdmonDecoders::sourceStats()
{
    const Result<SourceStatsReport> result = CmdmonDecoders::sourceStats(replyData("sourcestats_0"));
    QVERIFY(result.ok());
    const SourceStatsReport& s = *result;
    QCOMPARE(s.name(), u"127.55.0.2"_s);
    QCOMPARE(s.samples, 10u);
    QCOMPARE(s.runs, 6u);
    QCOMPARE(s.spanSeconds, 14u);
    QCOMPARE_NEAR(s.stdDev, 2.62563248e-07);
    QCOMPARE_NEAR(s.residualFrequency, -0.000846085954);
    QCOMPARE_NEAR(s.skew, 0.0812358707);
    QCOMPARE_NEAR(s.offset, -8.41307135e-10);
    QCOMPARE_NEAR(s.offsetError, 3.42137241e-06);
}

void tst_CmdmonDecoders::activity()
{
    const Result<ActivityReport> result = CmdmonDecoders::activity(replyData("activity"));
    QVERIFY(result.ok());
    QCOMPARE(result->online, 1);
    QCOMPARE(result->offline, 0);
    QCOMPARE(result->burstOnline, 0);
    QCOMPARE(result->burstOffline, 0);
    QCOMPARE(result->unresolved, 0);
}

void tst_CmdmonDecoders::sourceName()
{
    const Result<QString> result = CmdmonDecoders::sourceName(replyData("ntp_source_name"));
    QVERIFY(result.ok());
    QCOMPARE(*result, u"127.55.0.2"_s);
}

void tst_CmdmonDecoders::truncated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("needed");
    QTest::addRow("tracking") << u"tracking_client"_s << 76;
    QTest::addRow("n_sources") << u"n_sources"_s << 4;
    QTest::addRow("source_data") << u"source_data_0"_s << 48;
    QTest::addRow("sourcestats") << u"sourcestats_0"_s << 56;
    QTest::addRow("activity") << u"activity"_s << 20;
    QTest::addRow("source name") << u"ntp_source_name"_s << 256;
}

void tst_CmdmonDecoders::truncated()
{
    QFETCH(QString, file);
    QFETCH(int, needed);
    const QByteArray full = replyData(file.toLatin1().constData());
    QCOMPARE(full.size(), needed);
    const QByteArray cut = full.left(needed - 1);
    bool ok = true;
    if (file == u"tracking_client"_s)
        ok = CmdmonDecoders::tracking(cut).ok();
    else if (file == u"n_sources"_s)
        ok = CmdmonDecoders::sourceCount(cut).ok();
    else if (file == u"source_data_0"_s)
        ok = CmdmonDecoders::sourceData(cut).ok();
    else if (file == u"sourcestats_0"_s)
        ok = CmdmonDecoders::sourceStats(cut).ok();
    else if (file == u"activity"_s)
        ok = CmdmonDecoders::activity(cut).ok();
    else
        ok = CmdmonDecoders::sourceName(cut).ok();
    QVERIFY(!ok);
}

void tst_CmdmonDecoders::unknownSourceState()
{
    QByteArray data = replyData("source_data_0");
    data[25] = 9; // state 9 does not exist in 4.x
    const Result<SourceReport> result = CmdmonDecoders::sourceData(data);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(u"state"_s));
}

void tst_CmdmonDecoders::referenceIdText_data()
{
    QTest::addColumn<quint32>("refid");
    QTest::addColumn<QString>("text");
    QTest::addRow("local") << 0x7F7F0101u << QString();
    QTest::addRow("PPS") << 0x50505300u << u"PPS"_s;
    QTest::addRow("GPS0") << 0x47505330u << u"GPS0"_s;
    QTest::addRow("zero") << 0u << QString();
}

void tst_CmdmonDecoders::referenceIdText()
{
    QFETCH(quint32, refid);
    QFETCH(QString, text);
    QCOMPARE(::referenceIdText(refid), text);
}

QTEST_GUILESS_MAIN(tst_CmdmonDecoders)
#include "tst_CmdmonDecoders.moc"

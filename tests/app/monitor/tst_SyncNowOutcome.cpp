#include "helperprotocol/SyncNowOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The helper's JSON Lines turned into the words the panel shows.
class tst_SyncNowOutcome : public QObject
{
    Q_OBJECT

private slots:
    void interpret_data();
    void interpret();
};

namespace {
QList<QJsonObject> steps(const QString& json)
{
    QList<QJsonObject> list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toObject());
    return list;
}
} // namespace

void tst_SyncNowOutcome::interpret_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("stepList");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("summaryContains");

    // Result and step lines as the helper printed them in tst_SyncNowVirtualClock and tst_SyncNowSources.
    const QString refused =
        uR"({"result":"failed","exitCode":5,"message":"chronyd refused","systemTimeBefore":1e-6,)"
        uR"("measuredSource":"127.0.0.2","measuredOffset":-2e-6,"offsetAfter":-3e-6,"stepped":false})"_s;
    QTest::addRow("lab refuses the step")
        << 5 << refused
        << uR"([{"step":"before","ok":true},{"step":"measure","ok":true},{"step":"burst","ok":true},)"
           uR"({"step":"follow","ok":true},{"step":"step","ok":false},{"step":"verify","ok":true}])"_s
        << int(SyncNowOutcome::Reason::ClockControlDisabled) << u"refused to step the clock"_s;
    QTest::addRow("stepped")
        << 0
        << uR"({"result":"ok","exitCode":0,"measuredSource":"192.168.1.2","measuredOffset":100.0,"offsetAfter":1.2e-5,)"
           uR"("stepped":true})"_s
        << uR"([{"step":"step","ok":true},{"step":"verify","ok":true}])"_s << int(SyncNowOutcome::Reason::Stepped)
        << u"it was 100.0 s ahead, now it is 12.00 µs ahead"_s;
    QTest::addRow("stepped, still off")
        << 5
        << uR"({"result":"failed","exitCode":5,"measuredSource":"192.168.1.2","measuredOffset":100.0,)"
           uR"("offsetAfter":0.5,"stepped":true})"_s
        << uR"([{"step":"step","ok":true},{"step":"verify","ok":false}])"_s
        << int(SyncNowOutcome::Reason::SteppedNotClose) << u"still finds it off 192.168.1.2"_s;
    QTest::addRow("not following")
        << 5
        << uR"({"result":"failed","exitCode":5,"measuredSource":"127.0.0.2","measuredOffset":100.0,"stepped":false})"_s
        << uR"([{"step":"measure","ok":true},{"step":"burst","ok":true},{"step":"follow","ok":false,)"
           uR"("message":"chronyd did not follow 127.0.0.2 within 20 s: 127.0.0.2 is a falseticker."}])"_s
        << int(SyncNowOutcome::Reason::NotFollowing) << u"127.0.0.2 is a falseticker"_s;
    QTest::addRow("not authorised") << 127 << uR"({"result":"failed","exitCode":127})"_s << u"[]"_s
                                    << int(SyncNowOutcome::Reason::NotAuthorised) << u"Not authorised"_s;
    QTest::addRow("dismissed") << 126 << uR"({"result":"failed","exitCode":126})"_s << u"[]"_s
                               << int(SyncNowOutcome::Reason::Dismissed) << u"password"_s;
    QTest::addRow("no source") << 5 << uR"({"result":"failed","exitCode":5})"_s
                               << uR"([{"step":"before","ok":true},{"step":"burst","ok":false}])"_s
                               << int(SyncNowOutcome::Reason::NoSource) << u"no time source"_s;
    QTest::addRow("no measurement")
        << 5 << uR"({"result":"failed","exitCode":5})"_s
        << uR"([{"step":"before","ok":true},{"step":"measure","ok":false,"message":"no answer from 127.0.0.2"}])"_s
        << int(SyncNowOutcome::Reason::NoMeasurement) << u"did not answer, so nothing was measured: no answer from"_s;
    QTest::addRow("chronyd down") << 5 << uR"({"result":"failed","exitCode":5})"_s
                                  << uR"([{"step":"before","ok":false}])"_s << int(SyncNowOutcome::Reason::NoAnswer)
                                  << u"does not answer"_s;
    QTest::addRow("cancelled") << -1 << uR"({"result":"failed","exitCode":-1})"_s << u"[]"_s
                               << int(SyncNowOutcome::Reason::Cancelled) << u"Cancelled"_s;
    QTest::addRow("refused request") << 3 << uR"({"result":"refused","exitCode":3,"message":"bad"})"_s << u"[]"_s
                                     << int(SyncNowOutcome::Reason::Other) << u"not changed"_s;
}

void tst_SyncNowOutcome::interpret()
{
    QFETCH(int, exitCode);
    QFETCH(QString, result);
    QFETCH(QString, stepList);
    QFETCH(int, reason);
    QFETCH(QString, summaryContains);
    const SyncNowOutcome outcome =
        SyncNowOutcome::interpret(exitCode, QJsonDocument::fromJson(result.toUtf8()).object(), steps(stepList));
    QCOMPARE(int(outcome.reason), reason);
    QVERIFY2(outcome.summary.contains(summaryContains), qPrintable(outcome.summary));
    QCOMPARE(outcome.stepped(), exitCode == 0);
    if (result.contains(u"measuredOffset"_s))
        QVERIFY(outcome.measuredOffset.has_value());
    QCOMPARE(outcome.clockChanged, result.contains(u"\"stepped\":true"_s));
}

QTEST_GUILESS_MAIN(tst_SyncNowOutcome)
#include "tst_SyncNowOutcome.moc"

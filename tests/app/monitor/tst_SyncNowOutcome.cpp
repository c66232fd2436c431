#include "monitor/SyncNowOutcome.h"

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

    const QString measured = uR"({"result":"failed","exitCode":5,"message":"chronyd refused","systemTimeBefore":1e-6,)"
                             uR"("measuredSource":"127.0.0.2","measuredOffset":-2e-6,"systemTimeAfter":1e-6})"_s;
    QTest::addRow("lab refuses the step")
        << 5 << measured
        << uR"([{"step":"before","ok":true},{"step":"burst","ok":true},{"step":"measure","ok":true},{"step":"step","ok":false}])"_s
        << int(SyncNowOutcome::Reason::ClockControlDisabled) << u"refused to step the clock"_s;
    QTest::addRow("stepped")
        << 0
        << uR"({"result":"ok","exitCode":0,"measuredSource":"192.168.1.2","measuredOffset":0.4,"systemTimeAfter":0})"_s
        << uR"([{"step":"step","ok":true}])"_s << int(SyncNowOutcome::Reason::Stepped) << u"192.168.1.2"_s;
    QTest::addRow("not authorised") << 127 << uR"({"result":"failed","exitCode":127})"_s << u"[]"_s
                                    << int(SyncNowOutcome::Reason::NotAuthorised) << u"Not authorised"_s;
    QTest::addRow("dismissed") << 126 << uR"({"result":"failed","exitCode":126})"_s << u"[]"_s
                               << int(SyncNowOutcome::Reason::Dismissed) << u"password"_s;
    QTest::addRow("no source") << 5 << uR"({"result":"failed","exitCode":5})"_s
                               << uR"([{"step":"before","ok":true},{"step":"burst","ok":false}])"_s
                               << int(SyncNowOutcome::Reason::NoSource) << u"no time source"_s;
    QTest::addRow("no measurement") << 5 << uR"({"result":"failed","exitCode":5})"_s
                                    << uR"([{"step":"burst","ok":true},{"step":"measure","ok":false}])"_s
                                    << int(SyncNowOutcome::Reason::NoMeasurement) << u"did not answer in time"_s;
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
}

QTEST_GUILESS_MAIN(tst_SyncNowOutcome)
#include "tst_SyncNowOutcome.moc"

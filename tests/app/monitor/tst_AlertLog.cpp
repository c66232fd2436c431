#include "monitor/AlertLog.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The alert log: raised and cleared entries per rule and system, kept across restarts in the
// history directory (an alert open at a stop is closed there, marked so), bounded, and as CSV.
class tst_AlertLog : public QObject
{
    Q_OBJECT

private slots:
    void raisedAndCleared();
    void survivesARestart();
    void damagedFileIsAnErrorNotACrash();
    void csvQuotesTheText();
    void bounded();
};

namespace {
Alert alert(Alert::Kind kind, int system, qint64 sinceMs, const QString& text = u"x"_s)
{
    return Alert{kind, system, sinceMs, text};
}
} // namespace

void tst_AlertLog::raisedAndCleared()
{
    AlertLog log;
    log.raised(alert(Alert::Kind::Unreachable, 2, 1000), 31000);
    log.raised(alert(Alert::Kind::LinkDegraded, 1, 2000), 122000);
    log.cleared(alert(Alert::Kind::Unreachable, 2, 1000), 40000);
    QCOMPARE(log.entries().size(), 2);
    QCOMPARE(log.entries().at(0).clearedMs, 40000);
    QCOMPARE(log.entries().at(0).sinceMs, 1000);
    QCOMPARE(log.entries().at(0).raisedMs, 31000);
    QCOMPARE(log.entries().at(1).clearedMs, 0); // still active
    // Clearing another system's alert of the same rule touches nothing.
    log.cleared(alert(Alert::Kind::LinkDegraded, 2, 0), 50000);
    QCOMPARE(log.entries().at(1).clearedMs, 0);
    log.closeOpenEntries(130000);
    QCOMPARE(log.entries().at(1).clearedMs, 130000);
    QVERIFY(log.entries().at(1).endUnknown);
    QVERIFY(!log.entries().at(0).endUnknown);
}

void tst_AlertLog::survivesARestart()
{
    QTemporaryDir dir;
    AlertLog log;
    log.raised(alert(Alert::Kind::OffsetTooLarge, 2, 1000, u"System 2 is 2 s ahead of System 1"_s), 31000);
    log.cleared(alert(Alert::Kind::OffsetTooLarge, 2, 1000), 90000);
    log.raised(alert(Alert::Kind::LeapNotNormal, 1, 95000), 125000);
    QVERIFY(log.save(dir.path(), u"machine-system2-192_168_1_2"_s));
    QVERIFY(QFile::exists(dir.filePath(u"alerts-machine-system2-192_168_1_2.json"_s)));
    AlertLog again;
    QVERIFY(again.load(dir.path(), u"machine-system2-192_168_1_2"_s));
    QCOMPARE(again.entries().size(), 2);
    QCOMPARE(again.entries().at(0).text, u"System 2 is 2 s ahead of System 1"_s);
    QCOMPARE(again.entries().at(0).kind, Alert::Kind::OffsetTooLarge);
    QCOMPARE(again.entries().at(0).clearedMs, 90000);
    QCOMPARE(again.entries().at(1).kind, Alert::Kind::LeapNotNormal);
    QCOMPARE(again.entries().at(1).system, 1);
    // Another pair has a log of its own.
    AlertLog other;
    QVERIFY(other.load(dir.path(), u"machine-system1-192_168_1_3"_s));
    QVERIFY(other.isEmpty());
}

void tst_AlertLog::damagedFileIsAnErrorNotACrash()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"alerts-p.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"rule\":\"offset\",\"system\":2,\"raised\":5");
    file.close();
    AlertLog log;
    const Status loaded = log.load(dir.path(), u"p"_s);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"damaged"_s), qPrintable(loaded.error()));
    QVERIFY(log.isEmpty());
    // Entries of an unknown rule or system are skipped, the others kept.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[{\"rule\":\"future\",\"system\":2},{\"rule\":\"offset\",\"system\":7},"
               "{\"rule\":\"unreachable\",\"system\":1,\"raised\":5,\"since\":4}]");
    file.close();
    QVERIFY(log.load(dir.path(), u"p"_s));
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().at(0).raisedMs, 5);
}

void tst_AlertLog::csvQuotesTheText()
{
    AlertLog log;
    log.raised(alert(Alert::Kind::OffsetTooLarge, 2, 1'790'000'000'000, u"2 s \"ahead\", more than 100 ms"_s),
               1'790'000'030'000);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(log.writeCsv(buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.at(0), "since_utc,raised_utc,cleared_utc,cleared_when_tandem_stopped,rule,system,text"_ba);
    QCOMPARE(lines.at(1), "2026-09-21T14:13:20.000Z,2026-09-21T14:13:50.000Z,,no,offset,2,"
                          "\"2 s \"\"ahead\"\", more than 100 ms\""_ba);
}

void tst_AlertLog::bounded()
{
    AlertLog log;
    for (qsizetype i = 0; i < AlertLog::Capacity + 10; ++i)
        log.raised(alert(Alert::Kind::Unreachable, 1, i), i);
    QCOMPARE(log.entries().size(), AlertLog::Capacity);
    QCOMPARE(log.entries().constFirst().raisedMs, 10); // the oldest went first
}

QTEST_GUILESS_MAIN(tst_AlertLog)
#include "tst_AlertLog.moc"

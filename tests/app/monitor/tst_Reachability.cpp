#include "monitor/Reachability.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Reachability as chronyd keeps reach: a lossy link is "degraded" with a count, never "unreachable"
// while polls still get through; LostAfter polls in a row make one outage, with one Lost and one
// Regained however long it lasts.
class tst_Reachability : public QObject
{
    Q_OBJECT

private slots:
    void sequences_data();
    void sequences();
    void outageKeepsItsStartAndLatestReason();
    void neverAnsweredIsUnknownUntilLost();
};

void tst_Reachability::sequences_data()
{
    QTest::addColumn<QString>("polls"); // one character per poll: '1' answered, '0' no answer
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("lostChanges");
    QTest::addColumn<int>("regainedChanges");

    using S = Reachability::State;
    QTest::addRow("all answered") << u"111111111111"_s << int(S::Reachable) << 0 << 0 << 0;
    QTest::addRow("one lost poll is degraded") << u"1111011"_s << int(S::Degraded) << 1 << 0 << 0;
    QTest::addRow("a lost poll ages out after eight") << u"1011111111"_s << int(S::Reachable) << 0 << 0 << 0;
    // Every third poll lost, for a long time (30 % loss): never unreachable, never a marker.
    QTest::addRow("lossy link") << u"110110110110110110110110110110"_s << int(S::Degraded) << 3 << 0 << 0;
    QTest::addRow("two in a row is still degraded") << u"11001"_s << int(S::Degraded) << 2 << 0 << 0;
    QTest::addRow("three in a row is lost") << u"111000"_s << int(S::Unreachable) << 3 << 1 << 0;
    QTest::addRow("a long outage is one") << u"1110000000000000"_s << int(S::Unreachable) << 8 << 1 << 0;
    QTest::addRow("back after an outage is degraded") << u"11100000001"_s << int(S::Degraded) << 7 << 1 << 1;
    QTest::addRow("two outages") << u"1000111111110001"_s << int(S::Degraded) << 3 << 2 << 2;
}

void tst_Reachability::sequences()
{
    QFETCH(QString, polls);
    QFETCH(int, state);
    QFETCH(int, lost);
    QFETCH(int, lostChanges);
    QFETCH(int, regainedChanges);

    Reachability reachability;
    int lostSeen = 0;
    int regainedSeen = 0;
    qint64 now = 1'790'000'000'000;
    for (const QChar poll : polls) {
        now += 1000;
        const Reachability::Change change =
            poll == u'1' ? reachability.succeeded(now) : reachability.failed(now, u"timeout"_s);
        lostSeen += change == Reachability::Change::Lost;
        regainedSeen += change == Reachability::Change::Regained;
    }
    QCOMPARE(int(reachability.state()), state);
    QCOMPARE(reachability.lostPolls(), lost);
    QCOMPARE(lostSeen, lostChanges);
    QCOMPARE(regainedSeen, regainedChanges);
    QCOMPARE(reachability.answeredLastPoll(), polls.endsWith(u'1'));
}

void tst_Reachability::outageKeepsItsStartAndLatestReason()
{
    Reachability reachability;
    reachability.succeeded(1000);
    reachability.failed(2000, u"no answer"_s);
    reachability.failed(3000, u"no answer"_s);
    QCOMPARE(reachability.state(), Reachability::State::Degraded);
    QCOMPARE(reachability.failed(4000, u"refused"_s, CmdmonError::Unauthorised), Reachability::Change::Lost);
    QCOMPARE(reachability.unreachableSinceMs(), 2000);
    QCOMPARE(reachability.reason(), u"refused"_s);
    QCOMPARE(reachability.lastError(), CmdmonError::Unauthorised);
    QCOMPARE(reachability.reach(), quint8(0b1000));
    QCOMPARE(reachability.succeeded(5000), Reachability::Change::Regained);
    QVERIFY(reachability.reason().isEmpty());
    QCOMPARE(reachability.lastError(), CmdmonError::None);
}

void tst_Reachability::neverAnsweredIsUnknownUntilLost()
{
    Reachability reachability;
    QCOMPARE(reachability.failed(1000, u"no answer"_s), Reachability::Change::None);
    QCOMPARE(reachability.failed(2000, u"no answer"_s), Reachability::Change::None);
    QCOMPARE(reachability.state(), Reachability::State::Unknown);
    QVERIFY(!reachability.everAnswered());
    QCOMPARE(reachability.failed(3000, u"no answer"_s), Reachability::Change::Lost);
    QCOMPARE(reachability.unreachableSinceMs(), 1000);
    QCOMPARE(reachability.succeeded(4000), Reachability::Change::Regained);
}

QTEST_GUILESS_MAIN(tst_Reachability)
#include "tst_Reachability.moc"

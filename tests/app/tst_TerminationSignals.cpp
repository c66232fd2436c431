// SIGTERM/SIGINT/SIGHUP delivered to this very process come back as a Qt signal, and the previous
// actions are back afterwards (so a second signal is not swallowed).
#include "util/TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class tst_TerminationSignals : public QObject
{
    Q_OBJECT
private slots:
    void signalComesBackThroughTheEventLoop_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addRow("SIGTERM (logout, kill)") << SIGTERM;
        QTest::addRow("SIGINT (Ctrl+C)") << SIGINT;
        QTest::addRow("SIGHUP (terminal closed)") << SIGHUP;
    }

    void signalComesBackThroughTheEventLoop()
    {
        QFETCH(int, signalNumber);
        // QtTest has its own handlers for fatal signals: those are the "previous" ones here.
        const void* before = handlerOf(signalNumber);
        {
            TerminationSignals termination;
            QVERIFY(termination.isActive());
            QVERIFY(handlerOf(signalNumber) != before);
            QSignalSpy received(&termination, &TerminationSignals::received);
            QCOMPARE(::raise(signalNumber), 0); // with the previous action this would end the test
            QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
            QCOMPARE(received.constFirst().constFirst().toInt(), signalNumber);
            // Handled once: a second signal takes the previous action again.
            QCOMPARE(handlerOf(signalNumber), before);
        }
        QCOMPARE(handlerOf(signalNumber), before);
    }

    void destructionRestoresThePreviousActions()
    {
        const void* term = handlerOf(SIGTERM);
        const void* interrupt = handlerOf(SIGINT);
        const void* hangUp = handlerOf(SIGHUP);
        {
            TerminationSignals termination;
            QVERIFY(handlerOf(SIGTERM) != term);
            QVERIFY(handlerOf(SIGINT) != interrupt);
            QVERIFY(handlerOf(SIGHUP) != hangUp);
        }
        QCOMPARE(handlerOf(SIGTERM), term);
        QCOMPARE(handlerOf(SIGINT), interrupt);
        QCOMPARE(handlerOf(SIGHUP), hangUp);
    }

private:
    static const void* handlerOf(int signalNumber)
    {
        struct sigaction action = {};
        ::sigaction(signalNumber, nullptr, &action);
        return reinterpret_cast<const void*>(action.sa_handler);
    }
};

QTEST_GUILESS_MAIN(tst_TerminationSignals)
#include "tst_TerminationSignals.moc"

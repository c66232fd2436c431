#include "lab/ChronydLog.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Lines as chronyd 4.3 wrote them in the lab (captured from this repo's lab tests).
class tst_ChronydLog : public QObject
{
    Q_OBJECT
private slots:
    void failures_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("failure"); // empty: an ordinary line
        QTest::addRow("starting") << u"2026-11-26T06:31:46Z chronyd version 4.3 starting (+CMDMON +NTP)"_s << QString();
        QTest::addRow("no clock control") << u"2026-11-26T06:31:46Z Disabled control of system clock"_s << QString();
        QTest::addRow("selected") << u"2026-11-26T06:31:47Z Selected source 127.9.9.2"_s << QString();
        QTest::addRow("drift") << u"2026-11-26T06:32:05Z Frequency 0.000 +/- 1000000.000 ppm read from /x/drift"_s
                               << QString();
        QTest::addRow("ntp port taken") << u"2026-11-26T06:31:52Z Could not open NTP socket on 127.9.9.2:21123"_s
                                        << u"Could not open NTP socket on 127.9.9.2:21123"_s;
        QTest::addRow("cmd port taken") << u"2026-11-26T06:31:52Z Could not open command socket on 127.9.9.2:21323"_s
                                        << u"Could not open command socket on 127.9.9.2:21323"_s;
        QTest::addRow("fatal") << u"2026-11-26T06:35:43Z Fatal error : Invalid directive at line 1 in file /x.conf"_s
                               << u"Fatal error : Invalid directive at line 1 in file /x.conf"_s;
        QTest::addRow("permissions") << u"2026-11-26T06:32:05Z Wrong permissions on /tmp/labexp/s1/run"_s
                                     << u"Wrong permissions on /tmp/labexp/s1/run"_s;
        QTest::addRow("socket disabled")
            << u"2026-11-26T06:32:05Z Disabled command socket /tmp/labexp/s1/run/chronyd.sock"_s
            << u"Disabled command socket /tmp/labexp/s1/run/chronyd.sock"_s;
        QTest::addRow("without timestamp") << u"Could not open s1.conf : No such file or directory"_s
                                           << u"Could not open s1.conf : No such file or directory"_s;
    }
    void failures()
    {
        QFETCH(QString, line);
        QFETCH(QString, failure);
        const std::optional<QString> found = ChronydLog::failure(line);
        if (failure.isEmpty())
            QVERIFY2(!found, qPrintable(found.value_or(QString())));
        else
            QCOMPARE(found.value_or(u"<none>"_s), failure);
    }
};

QTEST_GUILESS_MAIN(tst_ChronydLog)
#include "tst_ChronydLog.moc"

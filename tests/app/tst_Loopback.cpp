#include "util/Loopback.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Loopback : public QObject
{
    Q_OBJECT
private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("loopback");
        QTest::addRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::addRow("lab system 1") << u"127.0.0.2"_s << true;
        QTest::addRow("top of 127/8") << u"127.255.255.254"_s << true;
        QTest::addRow("::1") << u"::1"_s << true;
        QTest::addRow("seed system 1") << u"192.168.1.2"_s << false;
        QTest::addRow("public") << u"8.8.8.8"_s << false;
        QTest::addRow("v6 public") << u"2001:db8::1"_s << false;
        QTest::addRow("any") << u"0.0.0.0"_s << false;
    }
    void classifies()
    {
        QFETCH(QString, address);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackAddress(QHostAddress(address)), loopback);
    }
};

QTEST_GUILESS_MAIN(tst_Loopback)
#include "tst_Loopback.moc"

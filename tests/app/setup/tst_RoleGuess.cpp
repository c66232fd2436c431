#include "config/TandemBlock.h"
#include "setup/RoleGuess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RoleGuess : public QObject
{
    Q_OBJECT

private slots:
    void guess_data();
    void guess();
};

void tst_RoleGuess::guess_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("byTandem");
    QTest::addColumn<QString>("peer");

    using R = RoleGuess::Role;
    QTest::addRow("empty") << QByteArray() << int(R::NoSources) << false << QString();
    QTest::addRow("debian default")
        << "pool 2.debian.pool.ntp.org iburst\nsourcedir /run/chrony-dhcp\nmakestep 1 3\n"_ba << int(R::PoolClient)
        << false << QString();
    QTest::addRow("online server") << "server time.cloudflare.com iburst\n"_ba << int(R::PoolClient) << false
                                   << QString();
    QTest::addRow("seed server") << "server 127.127.1.1 prefer\nlocal stratum 10\nallow 192.168.1.3\n"_ba
                                 << int(R::Server) << false << u"192.168.1.3"_s;
    QTest::addRow("seed client") << "server 192.168.1.2 iburst minpoll 1 maxpoll 1\nallow 192.168.1.2\n"_ba
                                 << int(R::Client) << false << u"192.168.1.2"_s;
    QTest::addRow("lan server next to pool")
        << "pool 2.debian.pool.ntp.org\nserver 192.168.1.2 iburst\n"_ba << int(R::PoolClient) << false << QString();
    QTest::addRow("only the pseudo address") << "server 127.127.1.1\n"_ba << int(R::NoSources) << false << QString();
    QTest::addRow("tandem server block")
        << "#tandem-disabled# pool 2.debian.pool.ntp.org iburst\n"
           "# BEGIN Tandem\nlocal stratum 10\nallow 10.0.0.3\ncmdallow 10.0.0.3\n# END Tandem\n"_ba
        << int(R::Server) << true << u"10.0.0.3"_s;
    QTest::addRow("server mode 2 keeps pools")
        << "pool 2.debian.pool.ntp.org iburst\nlocal stratum 10\nallow 192.168.1.0/24\n"_ba << int(R::Server) << false
        << u"192.168.1.0/24"_s;
    QTest::addRow("allow all is no peer") << "local stratum 10\nallow all\n"_ba << int(R::Server) << false << QString();
}

void tst_RoleGuess::guess()
{
    QFETCH(QByteArray, config);
    QFETCH(int, role);
    QFETCH(bool, byTandem);
    QFETCH(QString, peer);

    QByteArray text = config;
    // The rows say "# BEGIN Tandem"; the file gets Tandem's real marker line.
    text.replace("# BEGIN Tandem\n", TandemBlock::beginLine() + '\n');
    const RoleGuess guess = RoleGuess::fromConfig(ConfFile::parse(text, u"chrony.conf"_s));
    QCOMPARE(int(guess.role), role);
    QCOMPARE(guess.byTandem, byTandem);
    QCOMPARE(guess.peer, peer);
}

QTEST_GUILESS_MAIN(tst_RoleGuess)
#include "tst_RoleGuess.moc"

#include "setup/ChronyDetector.h"
#include "setup/CompetingServices.h"
#include "setup/DistroCommands.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The small pure pieces of the Detect page: commands per distribution, chronyd's version line and
// the competing time services found in a /proc-like directory.
class tst_DistroCommands : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void startWithoutSystemd_data();
    void startWithoutSystemd();
    void version_data();
    void version();
    void competing();
};

void tst_DistroCommands::commands_data()
{
    QTest::addColumn<QByteArray>("osRelease");
    QTest::addColumn<QString>("install");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("pretty");

    QTest::addRow("debian 12") << "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n"_ba
                               << u"sudo apt install chrony"_s << u"sudo systemctl enable --now chrony"_s
                               << u"Debian GNU/Linux 12 (bookworm)"_s;
    QTest::addRow("ubuntu via ID_LIKE") << "ID=linuxmint\nID_LIKE=\"ubuntu debian\"\n"_ba
                                        << u"sudo apt install chrony"_s << u"sudo systemctl enable --now chrony"_s
                                        << QString();
    QTest::addRow("fedora") << "ID=fedora\nPRETTY_NAME='Fedora Linux 40'\n"_ba << u"sudo dnf install chrony"_s
                            << u"sudo systemctl enable --now chronyd"_s << u"Fedora Linux 40"_s;
    QTest::addRow("rocky") << "ID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\n"_ba << u"sudo dnf install chrony"_s
                           << u"sudo systemctl enable --now chronyd"_s << QString();
    QTest::addRow("arch") << "ID=arch\n"_ba << u"sudo pacman -S chrony"_s << u"sudo systemctl enable --now chronyd"_s
                          << QString();
    QTest::addRow("opensuse") << "ID=\"opensuse-tumbleweed\"\nID_LIKE=\"opensuse suse\"\n"_ba
                              << u"sudo zypper install chrony"_s << u"sudo systemctl enable --now chronyd"_s
                              << QString();
    QTest::addRow("unknown") << "ID=plan9\n"_ba << u"install the \"chrony\" package with your package manager"_s
                             << u"sudo systemctl enable --now chronyd"_s << QString();
    QTest::addRow("empty") << QByteArray() << u"install the \"chrony\" package with your package manager"_s
                           << u"sudo systemctl enable --now chronyd"_s << QString();
}

void tst_DistroCommands::startWithoutSystemd_data()
{
    QTest::addColumn<QByteArray>("osRelease");
    QTest::addColumn<QString>("start");
    // A Debian container or sysvinit-core (the pair test bed): the init script, through service.
    QTest::addRow("debian") << "ID=debian\n"_ba << u"sudo service chrony start"_s;
    QTest::addRow("ubuntu via ID_LIKE") << "ID=linuxmint\nID_LIKE=\"ubuntu debian\"\n"_ba
                                        << u"sudo service chrony start"_s;
    QTest::addRow("fedora") << "ID=fedora\n"_ba << u"sudo service chronyd start"_s;
    QTest::addRow("unknown") << "ID=plan9\n"_ba << u"sudo service chronyd start"_s;
}

void tst_DistroCommands::startWithoutSystemd()
{
    QFETCH(QByteArray, osRelease);
    QFETCH(QString, start);
    QCOMPARE(DistroCommands::fromOsRelease(osRelease, DistroCommands::Init::SysV).startChrony, start);
}

void tst_DistroCommands::commands()
{
    QFETCH(QByteArray, osRelease);
    QFETCH(QString, install);
    QFETCH(QString, start);
    QFETCH(QString, pretty);
    const DistroCommands commands = DistroCommands::fromOsRelease(osRelease);
    QCOMPARE(commands.installChrony, install);
    QCOMPARE(commands.startChrony, start);
    QCOMPARE(commands.prettyName, pretty);
    QCOMPARE(commands.stopTimesyncd, u"sudo systemctl disable --now systemd-timesyncd"_s);
}

void tst_DistroCommands::version_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("version");
    QTest::addRow("4.3") << "chronyd (chrony) version 4.3 (+CMDMON +NTP +REFCLOCK)\n"_ba << u"4.3"_s;
    QTest::addRow("4.8 pre") << "chronyd (chrony) version 4.8-pre1 (+CMDMON)\n"_ba << u"4.8-pre1"_s;
    QTest::addRow("chronyc") << "chronyc (chrony) version 4.3 (+READLINE)\n"_ba << QString();
    QTest::addRow("garbage") << "command not found\n"_ba << QString();
    QTest::addRow("empty") << QByteArray() << QString();
}

void tst_DistroCommands::version()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, version);
    QCOMPARE(ChronyDetector::parseVersion(output), version);
}

void tst_DistroCommands::competing()
{
    QTemporaryDir proc;
    QVERIFY(proc.isValid());
    const auto add = [&](const QString& pid, const QByteArray& comm) {
        QVERIFY(QDir(proc.path()).mkpath(pid));
        QFile file(proc.path() + u'/' + pid + u"/comm"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(comm);
    };
    add(u"1"_s, "systemd\n");
    add(u"42"_s, "chronyd\n");
    QCOMPARE(CompetingServices::running(proc.path()), QStringList());
    add(u"77"_s, "ntpd\n");
    add(u"78"_s, "systemd-timesyn\n"); // the kernel cuts comm to 15 characters
    add(u"79"_s, "systemd-timesyn\n");
    add(u"self"_s, "openntpd\n"); // not a pid directory
    QCOMPARE(CompetingServices::running(proc.path()), (QStringList{u"systemd-timesyncd"_s, u"ntpd"_s}));
}

QTEST_GUILESS_MAIN(tst_DistroCommands)
#include "tst_DistroCommands.moc"

#include "LabFixture.h"
#include "lab/LabSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Valid when `error` is empty, else refused with a reason that contains it (a failure is recorded
// for the calling test function).
void verifyValidation(const LabSettings& settings, const QString& error)
{
    const Status status = validateLabSettings(settings);
    if (error.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.error()));
    } else {
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(error), qPrintable(status.error()));
    }
}

} // namespace

class tst_LabSettings : public QObject
{
    Q_OBJECT
private slots:
    void everyFixtureChoiceIsValid()
    {
        // The test fixture derives each lab's addresses and ports from the pid and a counter: every
        // choice must be one the lab accepts (127.127.x.x once failed one pid in 256), and none may
        // take the defaults 127.0.0.2/.3 that an admin's own lab uses.
        for (quint32 pid = 0; pid < 4096; ++pid) {
            for (quint32 counter = 0; counter < 16; ++counter) {
                const LabSettings settings = LabFixture::settingsFor(u"/tmp/lab"_s, pid, counter);
                const Status valid = validateLabSettings(settings);
                if (!valid.ok() || settings.serverAddress == QHostAddress(u"127.0.0.2"_s))
                    QFAIL(qPrintable(u"pid %1, call %2: %3 %4"_s.arg(pid).arg(counter).arg(
                        settings.serverAddress.toString(), valid.ok() ? QString() : valid.error())));
            }
        }
    }

    void validation_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("client");
        QTest::addColumn<int>("ntpPort");
        QTest::addColumn<int>("cmdPort");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addRow("defaults") << u"/tmp/lab"_s << u"127.0.0.2"_s << u"127.0.0.3"_s << 11123 << 11323 << QString();
        QTest::addRow("other loopback pair")
            << u"/tmp/lab"_s << u"127.8.9.2"_s << u"127.8.9.3"_s << 20000 << 20001 << QString();
        QTest::addRow("the guide's LAN address")
            << u"/tmp/lab"_s << u"192.168.1.2"_s << u"127.0.0.3"_s << 11123 << 11323
            << u"System 1's address 192.168.1.2 is not an IPv4 loopback"_s;
        QTest::addRow("public client") << u"/tmp/lab"_s << u"127.0.0.2"_s << u"8.8.8.8"_s << 11123 << 11323
                                       << u"System 2's address 8.8.8.8"_s;
        QTest::addRow("any address") << u"/tmp/lab"_s << u"0.0.0.0"_s << u"127.0.0.3"_s << 11123 << 11323
                                     << u"not an IPv4 loopback"_s;
        QTest::addRow("ntpd reference-clock range") << u"/tmp/lab"_s << u"127.127.4.2"_s << u"127.127.4.3"_s << 11123
                                                    << 11323 << u"System 1's address: '127.127.4.2'"_s;
        QTest::addRow("IPv6 loopback") << u"/tmp/lab"_s << u"::1"_s << u"127.0.0.3"_s << 11123 << 11323
                                       << u"not an IPv4 loopback"_s;
        QTest::addRow("not an address") << u"/tmp/lab"_s << u"lab.example"_s << u"127.0.0.3"_s << 11123 << 11323
                                        << u"not an IP address"_s;
        QTest::addRow("same address") << u"/tmp/lab"_s << u"127.0.0.2"_s << u"127.0.0.2"_s << 11123 << 11323
                                      << u"different addresses"_s;
        QTest::addRow("port 0") << u"/tmp/lab"_s << u"127.0.0.2"_s << u"127.0.0.3"_s << 0 << 11323 << u"not be 0"_s;
        QTest::addRow("same ports") << u"/tmp/lab"_s << u"127.0.0.2"_s << u"127.0.0.3"_s << 11123 << 11123
                                    << u"must differ"_s;
        QTest::addRow("relative dir") << u"lab"_s << u"127.0.0.2"_s << u"127.0.0.3"_s << 11123 << 11323
                                      << u"absolute path"_s;
        QTest::addRow("blank in dir") << u"/tmp/my lab"_s << u"127.0.0.2"_s << u"127.0.0.3"_s << 11123 << 11323
                                      << u"blanks"_s;
    }
    void validation()
    {
        QFETCH(QString, directory);
        QFETCH(QString, server);
        QFETCH(QString, client);
        QFETCH(int, ntpPort);
        QFETCH(int, cmdPort);
        QFETCH(QString, error);
        LabSettings settings;
        settings.directory = directory;
        settings.serverAddress = QHostAddress(server);
        settings.clientAddress = QHostAddress(client);
        settings.ntpPort = quint16(ntpPort);
        settings.cmdPort = quint16(cmdPort);
        verifyValidation(settings, error);
    }

    void clockValidation_data()
    {
        QTest::addColumn<bool>("virtualClocks");
        QTest::addColumn<double>("offset2");
        QTest::addColumn<double>("freq2");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addRow("100 s ahead, drifting") << true << 100.0 << 50.0 << QString() << QString();
        QTest::addRow("leap-second rehearsal") << true << 0.0 << 0.0 << u"2016-12-31T23:00:00Z"_s << QString();
        QTest::addRow("too fast for chronyd") << true << 0.0 << 501.0 << QString() << u"±500 ppm"_s;
        QTest::addRow("decades off") << true << 4e8 << 0.0 << QString() << u"offset must be within"_s;
        QTest::addRow("not a number") << true << std::nan("") << 0.0 << QString() << u"offset must be within"_s;
        QTest::addRow("offset under -x") << false << 100.0 << 0.0 << QString() << u"need virtual clocks"_s;
        QTest::addRow("date under -x") << false << 0.0 << 0.0 << u"2016-12-31T23:00:00Z"_s << u"needs virtual clocks"_s;
        QTest::addRow("date before 1980") << true << 0.0 << 0.0 << u"1970-01-02T00:00:00Z"_s << u"between 1980"_s;
    }
    void clockValidation()
    {
        QFETCH(bool, virtualClocks);
        QFETCH(double, offset2);
        QFETCH(double, freq2);
        QFETCH(QString, date);
        QFETCH(QString, error);
        LabSettings settings;
        settings.directory = u"/tmp/lab"_s;
        settings.virtualClocks = virtualClocks;
        settings.clocks[1].offsetSeconds = offset2;
        settings.clocks[1].frequencyPpm = freq2;
        settings.date = QDateTime::fromString(date, Qt::ISODate);
        verifyValidation(settings, error);
    }

    void defaultsMirrorTheSeed()
    {
        const LabSettings settings;
        QCOMPARE(settings.serverAddress.toString(), u"127.0.0.2"_s);
        QCOMPARE(settings.clientAddress.toString(), u"127.0.0.3"_s);
        QCOMPARE(settings.ntpPort, quint16(11123));
        QCOMPARE(settings.cmdPort, quint16(11323));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        LabSettings settings;
        settings.directory = dir.path();
        settings.serverAddress = QHostAddress(u"127.4.5.2"_s);
        settings.clientAddress = QHostAddress(u"127.4.5.3"_s);
        settings.ntpPort = 21000;
        settings.cmdPort = 21001;
        settings.date = QDateTime::fromString(u"2016-12-31T23:00:00Z"_s, Qt::ISODate);
        settings.clocks[1] = {100.0, 25.0};
        QVERIFY(saveLabSettings(settings).ok());
        const Result<LabSettings> loaded = loadLabSettings(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->directory, dir.path());
        QCOMPARE(loaded->serverAddress, settings.serverAddress);
        QCOMPARE(loaded->clientAddress, settings.clientAddress);
        QCOMPARE(loaded->ntpPort, settings.ntpPort);
        QCOMPARE(loaded->cmdPort, settings.cmdPort);
        QCOMPARE(loaded->virtualClocks, true);
        QCOMPARE(loaded->virtualClockLibrary, settings.virtualClockLibrary);
        QCOMPARE(loaded->date, settings.date);
        QCOMPARE(loaded->clocks[1].offsetSeconds, 100.0);
        QCOMPARE(loaded->clocks[1].frequencyPpm, 25.0);
        QCOMPARE(loaded->clocks[0].offsetSeconds, 0.0);
    }

    void loadRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addRow("missing") << QByteArray() << u"has no lab"_s;
        QTest::addRow("not json") << "lab"_ba << u"not a lab settings file"_s;
        QTest::addRow("no ports") << R"({"serverAddress":"127.0.0.2","clientAddress":"127.0.0.3"})"_ba
                                  << u"no valid ntpPort"_s;
        // An edited lab.json must not send a stop or a status query off this machine.
        QTest::addRow("non-loopback")
            << R"({"serverAddress":"10.0.0.2","clientAddress":"127.0.0.3","ntpPort":1,"cmdPort":2})"_ba
            << u"not an IPv4 loopback"_s;
    }
    void loadRefusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        if (!content.isEmpty()) {
            QFile file(labSettingsPath(dir.path()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Result<LabSettings> loaded = loadLabSettings(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(error), qPrintable(loaded.error()));
    }
};

QTEST_GUILESS_MAIN(tst_LabSettings)
#include "tst_LabSettings.moc"

#include "setup/WizardMemory.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// What the wizard remembers survives a save and a load for every role, and a value this version did
// not write (an older number, a typo) is no role rather than a wrong one.
class tst_WizardMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"tandem-tests"_s);
        QCoreApplication::setApplicationName(u"tst_WizardMemory"_s);
        QSettings().clear();
    }

    void nothingSavedIsNothing()
    {
        QSettings().clear();
        const WizardMemory memory = WizardMemory::load();
        QVERIFY(!memory.path);
        QVERIFY(memory.peer.isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("path");
        QTest::addRow("server") << int(SetupChoices::Path::Server);
        QTest::addRow("client") << int(SetupChoices::Path::Client);
        QTest::addRow("one-time sync") << int(SetupChoices::Path::OneTimeSync);
    }

    void roundTrip()
    {
        QFETCH(int, path);
        WizardMemory memory;
        memory.path = SetupChoices::Path(path);
        memory.peer = u"192.168.1.2"_s;
        memory.save();
        const WizardMemory loaded = WizardMemory::load();
        QVERIFY(loaded.path);
        QCOMPARE(int(*loaded.path), path);
        QCOMPARE(loaded.peer, u"192.168.1.2"_s);
    }

    void unknownRoleIsNoRole()
    {
        QSettings().setValue(u"wizard/path"_s, 1); // a number, as earlier builds stored it
        QVERIFY(!WizardMemory::load().path);
        QSettings().setValue(u"wizard/path"_s, u"sever"_s);
        QVERIFY(!WizardMemory::load().path);
    }
};

QTEST_GUILESS_MAIN(tst_WizardMemory)
#include "tst_WizardMemory.moc"

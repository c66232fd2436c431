// Test helper for tst_LabLifecycle: owns a lab until it is killed, to show that nothing is left
// running after a crash. Usage:
//   tst_lab_owner DIR                 a Lab of child daemons in DIR: the kernel ends them with their
//                                     owner (PR_SET_PDEATHSIG)
//   tst_lab_owner --detached-fixture  a LabFixture of detached daemons, as the GUI and helper tests
//                                     use: the fixture's crash guard stops them
// Prints "PID1 PID2 DIR" once the lab runs.
#include "LabFixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2)
        return 2;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.at(1) == QStringLiteral("--detached-fixture")) {
        LabFixture fixture(Lab::Ownership::Detached);
        if (!fixture.start()) {
            err << fixture.failure() << Qt::endl;
            return 1;
        }
        out << fixture.lab().system1().pid << ' ' << fixture.lab().system2().pid << ' ' << fixture.directory()
            << Qt::endl;
        return app.exec();
    }
    Lab lab(LabFixture::uniqueSettings(arguments.at(1)));
    QObject::connect(&lab, &Lab::started, &app, [&] {
        out << lab.system1().pid << ' ' << lab.system2().pid << ' ' << arguments.at(1) << Qt::endl;
    });
    QObject::connect(&lab, &Lab::failed, &app, [&](const QString& reason) {
        err << reason << Qt::endl;
        app.exit(1);
    });
    lab.start();
    return app.exec();
}

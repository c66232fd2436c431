// Test helper for tst_LabLifecycle: owns a lab (children) until it is killed, to show that the
// kernel ends the daemons with their owner (PR_SET_PDEATHSIG). Usage: tst_lab_owner DIR
#include "LabFixture.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    Lab lab(LabFixture::uniqueSettings(app.arguments().at(1)));
    QTextStream out(stdout);
    QObject::connect(&lab, &Lab::started, &app,
                     [&] { out << lab.system1().pid << ' ' << lab.system2().pid << Qt::endl; });
    QObject::connect(&lab, &Lab::failed, &app, [&](const QString& reason) {
        QTextStream(stderr) << reason << Qt::endl;
        app.exit(1);
    });
    lab.start();
    return app.exec();
}

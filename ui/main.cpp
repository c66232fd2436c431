// tandem: the desktop window. Only bootstraps; everything else is in MainWindow and the core.
#include "MainWindow.h"
#include "TandemResources.h"
#include "TandemVersion.h"
#include "dialogs/WidgetDialogs.h"
#include "setup/LabSession.h"
#include "util/PrivateFiles.h"
#include "util/TerminationSignals.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

// --help and --version only print: they must work in a terminal without a display, where
// QApplication would abort for want of a platform.
static bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--version")
            return true;
    }
    return false;
}

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without TZ, glibc re-reads /etc/localtime for every local-time conversion, and the chart's
    // time axis converts a dozen times per refresh. With TZ naming that same file it is read once.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("tandem"));
    QApplication::setApplicationVersion(QString::fromLatin1(TANDEM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tandemtime.Tandem"));
    initTandemResources();
    // Settings (peers, the wizard's last choices) and the offset history: the user's alone, also
    // the files an earlier version wrote 0644.
    PrivateFiles::restrictNewFiles();
    PrivateFiles::tighten(QFileInfo(QSettings().fileName()).absolutePath());
    PrivateFiles::tighten(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before anything prints or shows text.
    installTandemTranslators(QLocale());
    // Installed, the icon theme has the hand-drawn 16 px PNG; in the build tree the embedded SVG serves.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.tandemtime.Tandem"),
                                                 QIcon(QStringLiteral(":/tandem/icons/tandem.svg"))));

    // "--lab [DIR]": QCommandLineParser has no optional option values, so this one is read by hand.
    const QStringList arguments = QApplication::arguments().mid(1);
    std::optional<QString> labDirectory;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QStringLiteral("--lab")) {
            labDirectory = LabSession::defaultDirectory();
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-'))
                labDirectory = arguments.at(++i);
        } else if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
            QTextStream(stdout) << QApplication::translate("main",
                                                           "Usage: tandem [--lab [DIR]]\n\n"
                                                           "Set up and watch chrony time sync between two systems.\n"
                                                           "  --lab [DIR]  Start (or attach to) a lab of two chronyd "
                                                           "daemons on loopback in DIR\n"
                                                           "               and open the window on it.\n");
            return 0;
        } else if (argument == QStringLiteral("--version")) {
            QTextStream(stdout) << "tandem " << TANDEM_VERSION << '\n';
            return 0;
        } else {
            QTextStream(stderr)
                << QApplication::translate("main", "tandem: unknown argument '%1' (try --help)\n").arg(argument);
            return 2;
        }
    }

    WidgetDialogs dialogs;
    MainWindow window(&dialogs);
    if (labDirectory)
        window.openLab(*labDirectory);
    else
        window.showMachine();
    window.show();
    // A logout or `kill` closes the window the way its close button does (settings saved), and the
    // panel's history is saved as the window goes, instead of losing what came since the last save.
    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &app, [] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    return app.exec();
}

// The real `tandem` binary as a desktop session ends it: SIGTERM closes the window the way its close
// button does (settings written) and the process exits normally instead of dying on the spot.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Whether the process has a handler for `signalNumber`: the SigCgt mask in /proc/PID/status.
bool catchesSignal(qint64 pid, int signalNumber)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:")) {
            bool ok = false;
            const quint64 mask = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask >> (signalNumber - 1) & 1u);
        }
    }
    return false;
}

} // namespace

class tst_TandemProcess : public QObject
{
    Q_OBJECT
private slots:
    void sigtermClosesTheWindowAndExitsNormally()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(u"runtime"_s));
        QVERIFY(
            QFile::setPermissions(home.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // What an earlier version left in a 0755 home: a 0644 history file in a 0755 directory.
        const QString history = home.filePath(u"data/Tandem/tandem/history"_s);
        QVERIFY(QDir().mkpath(history));
        QFile old(history + u"/system2.csv"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(QFile::setPermissions(old.fileName(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

        // This machine's chronyd, as an admin starts it (no --lab): it only polls 127.0.0.1.
        QProcess tandem;
        tandem.setProcessEnvironment(environment);
        QSignalSpy finished(&tandem, &QProcess::finished);
        tandem.start(QStringLiteral(TANDEM_GUI_BINARY), {});
        QVERIFY(tandem.waitForStarted(10000));
        const qint64 pid = tandem.processId();
        // The handler is installed once the window is shown.
        QTRY_VERIFY_WITH_TIMEOUT(catchesSignal(pid, SIGTERM) || !finished.isEmpty(), 30000);
        QVERIFY2(finished.isEmpty(), tandem.readAllStandardError().constData());

        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(tandem.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tandem.exitCode(), 0);
        // What closing the window writes.
        QFile settings(home.filePath(u"config/Tandem/tandem.conf"_s));
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        QVERIFY(settings.readAll().contains("geometry="));
        // Everything of the user's own is private, the settings written now and the old history.
        const auto owner = QFile::ReadOwner | QFile::WriteOwner;
        QCOMPARE(QFile::permissions(settings.fileName()) & ~(QFile::ReadUser | QFile::WriteUser), owner);
        QCOMPARE(QFile::permissions(old.fileName()) & ~(QFile::ReadUser | QFile::WriteUser), owner);
        for (const QString& directory : {home.filePath(u"config/Tandem"_s), history})
            QCOMPARE(QFile::permissions(directory) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                     owner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(tst_TandemProcess)
#include "tst_TandemProcess.moc"

#include "LabFixture.h"

#include "lab/ChronydInstance.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Detached daemons outlive this process by design, and a test that crashes or is killed by ctest's
// timeout runs no destructor. So a watchdog outside this process tree (ctest ends a timed-out
// test's descendants too) waits until this process is gone and then runs `tandem-cli lab stop`,
// which signals only what the lab's pid files name after checking /proc. After a clean end it
// finds nothing to stop. The lab directory stays after a crash, logs included, for the post-mortem.
void startCrashGuard(const QString& labDirectory)
{
    QProcess guard;
    guard.setProgram(u"/bin/sh"_s);
    guard.setArguments({u"-c"_s, u"tail --pid=\"$0\" -f /dev/null; exec \"$1\" lab stop --dir \"$2\""_s,
                        QString::number(::getpid()), QStringLiteral(TANDEM_CLI_FOR_TESTS), labDirectory});
    // Not ctest's output pipes: ctest would wait for the guard before it counts the test as done.
    guard.setStandardInputFile(QProcess::nullDevice());
    guard.setStandardOutputFile(QProcess::nullDevice());
    guard.setStandardErrorFile(QProcess::nullDevice());
    if (!guard.startDetached())
        qWarning("cannot start the lab's crash guard: %s", qPrintable(guard.errorString()));
}

} // namespace

LabFixture::LabFixture(Lab::Ownership ownership)
    // Short: chronyd's Unix socket path must stay under 108 bytes.
    : m_directory(u"/tmp/tandem-lab-XXXXXX"_s)
{
    m_settings = uniqueSettings(m_directory.path());
    m_lab = std::make_unique<Lab>(m_settings);
    m_lab->setOwnership(ownership);
    m_ownership = ownership;
    if (ownership == Lab::Ownership::Detached)
        startCrashGuard(m_directory.path());
}

void LabFixture::configure(const std::function<void(LabSettings&)>& change)
{
    change(m_settings);
    m_lab = std::make_unique<Lab>(m_settings);
    m_lab->setOwnership(m_ownership);
}

LabFixture::~LabFixture()
{
    // Lab's destructor ends its child daemons synchronously; detached ones outlive it by design, so
    // a second Lab ends whatever the lab's pid files still name (checked against /proc first).
    m_lab.reset();
    if (m_ownership != Lab::Ownership::Detached)
        return;
    Lab cleanup(m_settings);
    QSignalSpy stopped(&cleanup, &Lab::stopped);
    QSignalSpy failed(&cleanup, &Lab::failed);
    cleanup.stop();
    (void)QTest::qWaitFor([&] { return !stopped.isEmpty() || !failed.isEmpty(); }, 10000);
}

LabSettings LabFixture::uniqueSettings(const QString& directory)
{
    static QAtomicInt counter;
    return settingsFor(directory, quint32(::getpid()), quint32(counter.fetchAndAddRelaxed(1)));
}

LabSettings LabFixture::settingsFor(const QString& directory, quint32 pid, quint32 counter)
{
    // 12 bits of the pid and 4 of a counter pick 127.A.B.x. A is never 0, so that 127.0.0.2/.3 (the
    // defaults a developer may be running by hand) stay free, and never 127: 127.127.x.x is ntpd's
    // reference-clock range, which the config core refuses (one pid in 256 hit it).
    const quint32 value = (pid & 0xfff) << 4 | (counter & 0xf);
    quint32 a = 1 + (value >> 8) % 253;
    if (a >= 127)
        ++a;
    const quint32 b = value & 0xff;
    LabSettings settings;
    settings.directory = directory;
    settings.serverAddress = QHostAddress((127u << 24) | (a << 16) | (b << 8) | 2u);
    settings.clientAddress = QHostAddress((127u << 24) | (a << 16) | (b << 8) | 3u);
    // Below the ephemeral port range, so a random client socket never holds them.
    settings.ntpPort = quint16(20000 + (value % 4000) * 2);
    settings.cmdPort = quint16(settings.ntpPort + 1);
    return settings;
}

bool LabFixture::start(int timeoutMs)
{
    QSignalSpy started(m_lab.get(), &Lab::started);
    QSignalSpy failed(m_lab.get(), &Lab::failed);
    QElapsedTimer clock;
    clock.start();
    m_lab->start();
    (void)QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    m_startMs = clock.elapsed();
    if (!started.isEmpty())
        return true;
    m_failure = failed.isEmpty() ? u"the lab neither started nor failed within %1 ms"_s.arg(timeoutMs)
                                 : failed.constFirst().constFirst().toString();
    return false;
}

bool LabFixture::stop(int timeoutMs)
{
    QSignalSpy stopped(m_lab.get(), &Lab::stopped);
    QSignalSpy failed(m_lab.get(), &Lab::failed);
    m_lab->stop();
    (void)QTest::qWaitFor([&] { return !stopped.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    if (!stopped.isEmpty())
        return true;
    m_failure = failed.isEmpty() ? u"the lab did not stop within %1 ms"_s.arg(timeoutMs)
                                 : failed.constFirst().constFirst().toString();
    return false;
}

ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs, const QByteArray& input)
{
    ProgramRun run;
    QProcess process;
    QObject::connect(&process, &QProcess::finished, [&](int exitCode) {
        run.exitCode = exitCode;
        run.finished = true;
    });
    QObject::connect(&process, &QProcess::errorOccurred, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            run.finished = true;
    });
    process.start(program, arguments);
    if (process.waitForStarted(5000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    (void)QTest::qWaitFor([&] { return run.finished; }, timeoutMs);
    if (!run.finished) {
        process.kill();
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 5000);
    }
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString restartLabDaemon(const LabSystemPaths& paths, int timeoutMs)
{
    // The lab's own settings say how its daemons run (virtual clock or -x).
    const QString labDirectory = QFileInfo(paths.root).path();
    const Result<LabSettings> settings = loadLabSettings(labDirectory);
    if (!settings)
        return settings.error();
    ChronydInstance instance(paths, ChronydInstance::Ownership::Detached, chronydClockLibrary(*settings));
    QSignalSpy running(&instance, &ChronydInstance::running);
    QSignalSpy failed(&instance, &ChronydInstance::failed);
    instance.start();
    if (!QTest::qWaitFor([&] { return !running.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return QStringLiteral("chronyd did not report running within %1 ms").arg(timeoutMs);
    return failed.isEmpty() ? QString() : failed.value(0).value(0).toString();
}

bool processIsAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // Field 3, after the parenthesised command name: R, S, D, ... or Z for a zombie.
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

QList<qint64> chronydPidsUsing(const QString& directory)
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || !processIsAlive(pid))
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdline.readAll().split('\0');
        if (argv.isEmpty() || !argv.constFirst().endsWith("chronyd"))
            continue;
        for (const QByteArray& argument : argv) {
            if (argument.startsWith(QFile::encodeName(directory) + '/')) {
                pids.append(pid);
                break;
            }
        }
    }
    return pids;
}

#include "RootCommand.h"

#include "privileged/ProcessDefaults.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// nft, ufw and firewall-cmd answer in well under a second; a hung one must not keep root busy.
constexpr int DeadlineMs = 30000;
} // namespace

RootCommand::RootCommand(QObject* parent)
    : QObject(parent)
{
    ProcessDefaults::ofSystem().prepare(m_process);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DeadlineMs);
    connect(&m_deadline, &QTimer::timeout, &m_process, &QProcess::kill);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit ? exitCode : -1,
               QString::fromUtf8(m_process.readAllStandardError()).trimmed());
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, u"cannot start %1: %2"_s.arg(m_process.program(), m_process.errorString()));
    });
}

QString RootCommand::find(const QString& program)
{
    return QStandardPaths::findExecutable(program, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/sbin"_s, u"/bin"_s});
}

void RootCommand::run(const QStringList& argv, const QByteArray& input, Done done)
{
    m_done = std::move(done);
    const QString program = find(argv.value(0));
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this, argv] { finish(-1, u"%1 is not installed"_s.arg(argv.value(0))); });
        return;
    }
    m_process.start(program, argv.mid(1));
    m_process.write(input);
    m_process.closeWriteChannel();
    m_deadline.start();
}

void RootCommand::finish(int exitCode, const QString& errorText)
{
    if (!m_done)
        return;
    m_deadline.stop();
    Done done = std::exchange(m_done, nullptr);
    const QByteArray output =
        m_process.state() == QProcess::NotRunning ? m_process.readAllStandardOutput() : QByteArray();
    done(exitCode, output, errorText);
}

#include "HelperRunner.h"

#include "TandemVersion.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperRequestWriter.h"
#include "helperprotocol/HelperSteps.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject madeUpResult(int exitCode, const QString& message)
{
    return {{HelperStep::Key::Result, u"failed"_s},
            {HelperStep::Key::ExitCode, exitCode},
            {HelperStep::Key::Message, message}};
}

} // namespace

HelperRunner::HelperRunner(QObject* parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::started, this, &HelperRunner::started);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &HelperRunner::readLines);
    connect(&m_process, &QProcess::finished, this, &HelperRunner::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(HelperExitCode::PkexecNotAuthorised,
                   madeUpResult(HelperExitCode::PkexecNotAuthorised,
                                u"Cannot start %1: %2."_s.arg(m_process.program(), m_process.errorString())));
    });
}

HelperRunner::~HelperRunner()
{
    // A lab helper would otherwise be killed by QProcess's destructor anyway; make it an orderly end.
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        m_process.waitForFinished(3000); // destructor only: nothing is left running behind us
    }
}

void HelperRunner::setLabProgram(const QString& path)
{
    m_labProgram = path;
}

QString HelperRunner::installedProgram(HelperAction action)
{
    return QStringLiteral(TANDEM_HELPER_DIR) + u'/' + helperProgramName(action);
}

QString HelperRunner::defaultLabProgram()
{
    // In the build tree the helper sits in app/helper/, beside app/cli/ and below the ui/ directory's parent.
    for (const QString& relative : {u"/../helper/"_s, u"/../app/helper/"_s}) {
        const QFileInfo built(QCoreApplication::applicationDirPath() + relative + LabProgramName);
        if (built.isExecutable())
            return built.canonicalFilePath();
    }
    return QStringLiteral(TANDEM_HELPER_DIR) + u'/' + LabProgramName;
}

void HelperRunner::start(const HelperRequest& request, const QString& root)
{
    Q_ASSERT(!isRunning());
    m_buffer.clear();
    m_result = {};
    m_cancelled = false;
    m_finished = false;
    if (root.isEmpty()) {
        // polkit asks for the admin password; the policy names exactly this path.
        m_process.start(u"pkexec"_s, {installedProgram(request.action)});
    } else {
        m_process.start(m_labProgram.isEmpty() ? defaultLabProgram() : m_labProgram, {u"--root"_s, root});
    }
    m_process.write(HelperRequestWriter::toJson(request));
    m_process.closeWriteChannel();
}

bool HelperRunner::cancel()
{
    if (!isRunning() || m_process.program() == u"pkexec"_s)
        return false;
    m_cancelled = true;
    m_process.terminate();
    return true;
}

void HelperRunner::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(HelperStep::Key::Result))
            m_result = object;
        else if (!object.isEmpty())
            emit step(object);
    }
}

void HelperRunner::processFinished(int exitCode, QProcess::ExitStatus status)
{
    readLines();
    if (m_cancelled) {
        finish(HelperExitCode::Cancelled, madeUpResult(HelperExitCode::Cancelled, u"Cancelled."_s));
        return;
    }
    if (status != QProcess::NormalExit) {
        finish(HelperExitCode::Crashed, madeUpResult(HelperExitCode::Crashed, u"The helper ended abnormally."_s));
        return;
    }
    if (!m_result.isEmpty()) {
        finish(exitCode, m_result);
        return;
    }
    QString message = u"The helper ended without a result (status %1)."_s.arg(exitCode);
    if (exitCode == HelperExitCode::PkexecDismissed)
        message = u"The administrator password dialog was dismissed; nothing was changed."_s;
    else if (exitCode == HelperExitCode::PkexecNotAuthorised)
        message = u"Not authorised to run the helper (or it is not installed at %1); nothing was changed."_s.arg(
            m_process.arguments().value(0));
    finish(exitCode, madeUpResult(exitCode, message));
}

void HelperRunner::finish(int exitCode, const QJsonObject& result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode, result);
}

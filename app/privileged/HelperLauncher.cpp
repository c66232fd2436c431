#include "HelperLauncher.h"

#include "TandemVersion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString programName(HelperLauncher::Program program)
{
    return program == HelperLauncher::Program::Configure ? u"tandem-helper"_s : u"tandem-helper-sync-now"_s;
}

QJsonObject madeUpResult(int exitCode, const QString& message)
{
    return {{u"result"_s, u"failed"_s}, {u"exitCode"_s, exitCode}, {u"message"_s, message}};
}

} // namespace

HelperLauncher::HelperLauncher(QObject* parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &HelperLauncher::readLines);
    connect(&m_process, &QProcess::finished, this, &HelperLauncher::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit finished(
                127, madeUpResult(127, u"Cannot start %1: %2."_s.arg(m_process.program(), m_process.errorString())));
    });
}

QString HelperLauncher::installedPath(Program program)
{
    return QStringLiteral(TANDEM_HELPER_DIR) + u'/' + programName(program);
}

QString HelperLauncher::programPath(Program program, bool lab)
{
    if (lab) {
        const QString built = QCoreApplication::applicationDirPath() + u"/../helper/"_s + programName(program);
        if (QFileInfo(built).isExecutable())
            return QFileInfo(built).canonicalFilePath();
    }
    return installedPath(program);
}

void HelperLauncher::start(Program program, const QByteArray& request, const QString& root)
{
    m_buffer.clear();
    m_result = {};
    if (root.isEmpty()) {
        // polkit asks for the admin password; the policy names exactly this path.
        m_process.start(u"pkexec"_s, {installedPath(program)});
    } else {
        m_process.start(programPath(program, true), {u"--root"_s, root});
    }
    m_process.write(request);
    m_process.closeWriteChannel();
}

void HelperLauncher::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"result"_s))
            m_result = object;
        else if (!object.isEmpty())
            emit progress(object);
    }
}

void HelperLauncher::processFinished(int exitCode, QProcess::ExitStatus status)
{
    readLines();
    if (status != QProcess::NormalExit) {
        emit finished(1, madeUpResult(1, u"The helper ended abnormally."_s));
        return;
    }
    if (!m_result.isEmpty()) {
        emit finished(exitCode, m_result);
        return;
    }
    // pkexec's own codes: the helper never uses them.
    QString message = u"The helper ended without a result (status %1)."_s.arg(exitCode);
    if (exitCode == 126)
        message = u"The administrator password dialog was dismissed; nothing was changed."_s;
    else if (exitCode == 127)
        message = u"Not authorised to run the helper (or it is not installed at %1); nothing was changed."_s.arg(
            m_process.arguments().value(0));
    emit finished(exitCode, madeUpResult(exitCode, message));
}

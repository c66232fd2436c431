#include "HelperProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

QJsonObject HelperRun::step(const QString& name) const
{
    for (const QJsonObject& line : lines) {
        if (line.value(u"step"_s).toString() == name)
            return line;
    }
    return {};
}

QString helperBinary()
{
    return QStringLiteral(TANDEM_HELPER_BINARY);
}

QString syncNowHelperBinary()
{
    return QStringLiteral(TANDEM_SYNC_NOW_HELPER_BINARY);
}

QString labHelperBinary()
{
    return QStringLiteral(TANDEM_LAB_HELPER_BINARY);
}

HelperRun runHelper(const QString& program, const QStringList& arguments, const QByteArray& request, int timeoutMs,
                    const QProcessEnvironment& environment, const std::function<void()>& childModifier)
{
    HelperRun run;
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    if (childModifier)
        process.setChildProcessModifier(childModifier);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    process.start(program, arguments);
    process.write(request);
    process.closeWriteChannel();
    deadline.start(timeoutMs);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.rawOut = process.readAllStandardOutput();
        run.err = process.readAllStandardError() + "\n[test: helper killed at the deadline]";
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart;
    run.exitCode = process.exitCode();
    run.rawOut = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.parseLines();
    return run;
}

void HelperRun::parseLines()
{
    lines.clear();
    for (const QByteArray& line : rawOut.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        lines.append(document.isObject() ? document.object() : QJsonObject{{u"unparsed"_s, QString::fromUtf8(line)}});
    }
}

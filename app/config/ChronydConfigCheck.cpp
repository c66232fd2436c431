#include "ChronydConfigCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultTimeoutMs = 10000;

LintFinding chronydFinding(const QString& file, int line, LintFinding::Severity severity, const QString& message)
{
    return LintFinding{
        file,
        line,
        severity,
        QCoreApplication::translate("ChronydConfigCheck", "chronyd -p: ") + message,
        severity == LintFinding::Severity::Error
            ? QCoreApplication::translate("ChronydConfigCheck", "chronyd would refuse to start with this file")
            : QString(),
        u"chronyd-check"_s};
}

} // namespace

ChronydConfigCheck::ChronydConfigCheck(QObject* parent)
    : QObject(parent)
    , m_chronydPath(chronydPath())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(DefaultTimeoutMs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // chronyd prints every directive it read on stdout; only stderr matters.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_timeout.stop();
        if (m_timedOut) {
            finish(
                {chronydFinding(m_configPath, 0, LintFinding::Severity::Error,
                                QCoreApplication::translate("ChronydConfigCheck", "chronyd did not answer in time"))});
            return;
        }
        if (status != QProcess::NormalExit) {
            finish({chronydFinding(
                m_configPath, 0, LintFinding::Severity::Error,
                QCoreApplication::translate("ChronydConfigCheck", "chronyd crashed while reading the file"))});
            return;
        }
        finish(parseOutput(m_process.readAllStandardError(), exitCode, m_configPath));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and kills arrive through finished()
        m_timeout.stop();
        finish({chronydFinding(m_configPath, 0, LintFinding::Severity::Error,
                               QCoreApplication::translate("ChronydConfigCheck", "could not run %1: %2")
                                   .arg(m_chronydPath, m_process.errorString()))});
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // Our own child, by its handle; finished() follows and reports the timeout.
        m_timedOut = true;
        m_process.kill();
    });
}

ChronydConfigCheck::~ChronydConfigCheck()
{
    // ~QProcess kills a running chronyd -p and emits finished() after the timer beside it is gone;
    // the handlers must not run during destruction.
    m_process.disconnect(this);
}

QString ChronydConfigCheck::chronydPath()
{
    QString path = QStandardPaths::findExecutable(u"chronyd"_s);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(u"chronyd"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/local/sbin"_s});
    return path;
}

void ChronydConfigCheck::start(const QString& configPath)
{
    m_configPath = configPath;
    if (m_running)
        return;
    if (m_chronydPath.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish({chronydFinding(m_configPath, 0, LintFinding::Severity::Info,
                                       QCoreApplication::translate(
                                           "ChronydConfigCheck", "chronyd is not installed, the check was skipped"))});
            },
            Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_timedOut = false;
    m_timeout.start();
    m_process.start(m_chronydPath, {u"-x"_s, u"-p"_s, u"-f"_s, configPath});
}

void ChronydConfigCheck::finish(const QList<LintFinding>& findings)
{
    m_running = false;
    emit finished(findings);
}

QList<LintFinding> ChronydConfigCheck::parseOutput(const QByteArray& standardError, int exitCode,
                                                   const QString& configPath)
{
    // chronyd 4.3: "2026-01-01T00:00:00Z Fatal error : Invalid directive at line 7 in file x.conf"
    static const QRegularExpression timestamp(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\s+"_s);
    static const QRegularExpression fatal(u"^Fatal error\\s*:\\s*(.*?)(?: at line (\\d+) in file (.+))?$"_s);
    QList<LintFinding> findings;
    bool sawFatal = false;
    const QStringList lines = QString::fromUtf8(standardError).split(u'\n', Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed().remove(timestamp);
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = fatal.match(line);
        if (match.hasMatch()) {
            sawFatal = true;
            const bool located = match.hasCaptured(2);
            findings.append(chronydFinding(located ? match.captured(3) : configPath,
                                           located ? match.captured(2).toInt() : 0, LintFinding::Severity::Error,
                                           match.captured(1)));
        } else {
            findings.append(chronydFinding(configPath, 0, LintFinding::Severity::Warning, line));
        }
    }
    if (exitCode != 0 && !sawFatal) {
        findings.append(chronydFinding(
            configPath, 0, LintFinding::Severity::Error,
            QCoreApplication::translate("ChronydConfigCheck", "chronyd rejected the file (exit status %1)")
                .arg(exitCode)));
    }
    return findings;
}

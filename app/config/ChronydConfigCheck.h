#pragma once

#include "LintFinding.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

// Asks the installed chronyd whether it accepts a config file: "chronyd -p -f FILE" parses the file
// (and its include/confdir fragments), prints the directives and exits. Measured with chronyd 4.3, as
// root and as an unprivileged user: it opens only the config files, creates no pidfile, socket or
// directory, does not fork and does not touch the clock; errors go to stderr as
// "Fatal error : ... at line N in file F". "-x" is passed as well, so even a misread option could never
// let chronyd steer the clock.
class ChronydConfigCheck : public QObject
{
    Q_OBJECT

public:
    explicit ChronydConfigCheck(QObject* parent = nullptr);
    ~ChronydConfigCheck() override;

    // Empty when chronyd is not installed. Looks in PATH and in the sbin directories.
    static QString chronydPath();

    void setChronydPath(const QString& path) { m_chronydPath = path; }
    void setTimeoutMs(int milliseconds) { m_timeout.setInterval(milliseconds); }

    // Starts the check; emits finished() exactly once, also when chronyd is missing or hangs.
    void start(const QString& configPath);

    // Turns chronyd's stderr and exit status into findings; pure, so captured output can be tested too.
    static QList<LintFinding> parseOutput(const QByteArray& standardError, int exitCode, const QString& configPath);

signals:
    // Empty when chronyd accepted the file.
    void finished(const QList<LintFinding>& findings);

private:
    void finish(const QList<LintFinding>& findings);

    QString m_chronydPath;
    QString m_configPath;
    QProcess m_process;
    QTimer m_timeout;
    bool m_running = false;
    bool m_timedOut = false;
};

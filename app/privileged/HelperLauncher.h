#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>

// The unprivileged side: starts tandem-helper through pkexec (or directly for a lab root), sends
// the request and reports the helper's JSON Lines as they arrive. Used by tandem-cli (and the GUI).
class HelperLauncher : public QObject
{
    Q_OBJECT
public:
    // Which polkit action, i.e. which program: pkexec binds an action to a program path.
    enum class Program { Configure, SyncNow };

    explicit HelperLauncher(QObject* parent = nullptr);

    // root empty: the installed helper through pkexec. Otherwise the helper runs directly (no root
    // rights needed for a lab the caller owns) with --root; a helper built next to this executable
    // (the build tree) is preferred so that labs work without installing.
    void start(Program program, const QByteArray& request, const QString& root = {});

    static QString installedPath(Program program);
    static QString programPath(Program program, bool lab);

signals:
    void progress(const QJsonObject& step);
    // exitCode: the helper's (HelperExitCode), or pkexec's 126/127; result: the helper's last line,
    // or one made up here when there is none (pkexec refused, the helper crashed).
    void finished(int exitCode, const QJsonObject& result);

private:
    void readLines();
    void processFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QByteArray m_buffer;
    QJsonObject m_result;
};

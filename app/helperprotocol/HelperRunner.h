#pragma once

#include "helperprotocol/HelperRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>

// The unprivileged side of tandem-helper, for the wizard, the panel's Sync now and tandem-cli: starts
// it through pkexec for this machine, or directly with --root for a lab system, sends one request and
// reports each JSON Lines step as it arrives. A lab helper can be pointed at a binary (the build
// tree's, in tests) and cancelled.
class HelperRunner : public QObject
{
    Q_OBJECT
public:
    explicit HelperRunner(QObject* parent = nullptr);
    ~HelperRunner() override;

    // The program for lab roots (tandem-lab-helper, which no polkit action names: a lab needs no
    // password); the machine always gets the installed helper through pkexec, because the polkit
    // policy names that path, and the installed helpers refuse --root.
    static inline const QString LabProgramName = QStringLiteral("tandem-lab-helper");
    void setLabProgram(const QString& path);

    // root empty: this machine (pkexec). Emits finished() exactly once per start.
    void start(const HelperRequest& request, const QString& root);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Ends a lab helper (SIGTERM); the helper's writes are atomic, so the config is old or new.
    // A pkexec helper runs as root and cannot be signalled: false then.
    bool cancel();

    // The installed helper for an action, as the polkit policy names it.
    static QString installedProgram(HelperAction action);
    // Where tandem-lab-helper is looked for when none was set: next to this program in the build
    // tree (ui/ or app/cli/), else beside the installed helpers.
    static QString defaultLabProgram();

signals:
    void started();
    void step(const QJsonObject& step);
    // exitCode: HelperExitCode (pkexec's and Cancelled included); result: the helper's
    // result line (or one made up here when there is none).
    void finished(int exitCode, const QJsonObject& result);

private:
    void readLines();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void finish(int exitCode, const QJsonObject& result);

    QProcess m_process;
    QString m_labProgram;
    QByteArray m_buffer;
    QJsonObject m_result;
    bool m_cancelled = false;
    bool m_finished = true;
};

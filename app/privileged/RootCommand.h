#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <functional>

// One program the helper runs as root, asynchronously: an argv (never a shell), optional stdin, the
// helper's own fixed environment, a deadline. Reports once with the exit code (-1: did not start or
// did not finish) and what the program printed. One command at a time per object.
class RootCommand : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(int exitCode, const QByteArray& output, const QString& errorText)>;

    explicit RootCommand(QObject* parent = nullptr);

    void run(const QStringList& argv, const QByteArray& input, Done done);
    // The program's path in the helper's PATH, or empty when it is not installed.
    static QString find(const QString& program);

private:
    void finish(int exitCode, const QString& errorText);

    QProcess m_process;
    QTimer m_deadline;
    Done m_done;
};

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>

// Runs the real tandem-helper binary (built by this tree) the way tandem-cli does: request on
// stdin, JSON Lines on stdout. Waits with an event loop and a deadline, never with sleeps.
struct HelperRun
{
    bool finished = false;
    int exitCode = -1;
    QList<QJsonObject> lines; // every JSON line, in order
    QByteArray rawOut;
    QByteArray err;

    QJsonObject result() const { return lines.isEmpty() ? QJsonObject() : lines.constLast(); }
    // The step line with this name, or an empty object.
    QJsonObject step(const QString& name) const;
    // `lines` from `rawOut`.
    void parseLines();
    // Everything the helper printed, for failure messages.
    QByteArray dump() const { return rawOut + err; }
};

QString helperBinary();
QString syncNowHelperBinary();
// tandem-lab-helper: the one that acts under --root (the installed programs refuse it).
QString labHelperBinary();

HelperRun runHelper(const QString& program, const QStringList& arguments, const QByteArray& request,
                    int timeoutMs = 90000, const QProcessEnvironment& environment = QProcessEnvironment(),
                    const std::function<void()>& childModifier = {});

#pragma once

#include "config/Profile.h"
#include "privileged/HelperRequest.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QObject>

class ConfigInstaller;
class HelperProgress;
class HelperTarget;

// apply: renders the role's config with the same core the GUI uses (applyProfile over the current
// chrony.conf, so every line outside Tandem's block stays) and hands it to ConfigInstaller.
class ApplyFlow : public QObject
{
    Q_OBJECT
public:
    ApplyFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent = nullptr);

    void setReadyTimeout(int milliseconds);
    void start(const HelperRequest& request);

    // The profile for a request. On the machine, the command socket binds to the wildcard address
    // of the peer's family and the client uses port 123. In a lab root the two lab-only values come
    // from the lab's own settings (DIR/lab.json), never from the request: commandBindAddress is the
    // lab system's own loopback address (System 1's or System 2's), and a client's peerNtpPort is
    // the lab's NTP port, exactly as LabConfig builds the lab's first configs.
    static Profile profileFor(const HelperRequest& request, const HelperTarget& target);

signals:
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void fail(const QString& step, int exitCode, const QString& message);

    const HelperTarget& m_target;
    HelperProgress* m_progress;
    ConfigInstaller* m_installer;
};

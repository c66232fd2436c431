#pragma once

#include "config/Profile.h"
#include "helperprotocol/HelperRequest.h"
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

    void start(const HelperRequest& request);

signals:
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void fail(const QString& step, int exitCode, const QString& message);

    const HelperTarget& m_target;
    HelperProgress* m_progress;
    ConfigInstaller* m_installer;
};

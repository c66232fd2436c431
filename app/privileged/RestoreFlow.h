#pragma once

#include "helperprotocol/HelperRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

class ConfigInstaller;
class HelperProgress;
class HelperTarget;

// restore: puts back the newest backup, or the one named by an ID the helper listed. The config
// being replaced is itself backed up first, so a restore can be undone the same way.
class RestoreFlow : public QObject
{
    Q_OBJECT
public:
    RestoreFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent = nullptr);

    void start(const HelperRequest& request);

signals:
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void fail(const QString& step, const QString& message);

    const HelperTarget& m_target;
    HelperProgress* m_progress;
    ConfigInstaller* m_installer;
    QString m_restoring;      // the backup ID being put back
    QString m_keyFileSummary; // what the restore did to Tandem's key, or empty
};

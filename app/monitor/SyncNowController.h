#pragma once

#include "helperprotocol/SyncNowOutcome.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class HelperRunner;

// The client side of "Sync now": runs the helper's sync-now (pkexec for this machine, --root for a
// lab system) through the wizard's HelperRunner, relays each step as a line of progress and ends
// with one SyncNowOutcome.
class SyncNowController : public QObject
{
    Q_OBJECT
public:
    explicit SyncNowController(QObject* parent = nullptr);

    // For tests and the build tree: tandem-lab-helper, used for lab roots.
    void setLabProgram(const QString& path);
    // root empty: this machine; peer empty: chronyd's configured sources.
    bool start(const QString& root, const QString& peer);
    bool isRunning() const;

signals:
    void progress(const QString& line, bool ok);
    void finished(const SyncNowOutcome& outcome);

private:
    HelperRunner* m_runner;
    QList<QJsonObject> m_steps;
};

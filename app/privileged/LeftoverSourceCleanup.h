#pragma once

#include <QObject>

class HelperProgress;
class HelperTarget;

// The first thing every helper run that may change chronyd does, under the helper lock: a temporary
// source that an earlier sync-now noted (TemporarySourceRecord) but could not remove, because it was
// killed or crashed, is removed now (step "leftover"). Then done(), whatever happened: a leftover that
// cannot be removed yet stays noted for the next run, and must not block this one.
class LeftoverSourceCleanup : public QObject
{
    Q_OBJECT
public:
    LeftoverSourceCleanup(const HelperTarget& target, HelperProgress* progress, QObject* parent = nullptr);

    void start();

signals:
    void done();

private:
    const HelperTarget& m_target;
    HelperProgress* m_progress;
};

#pragma once

#include <QObject>
#include <QString>

class HelperTarget;

// Restarts chronyd so that it reads the new config: the machine's service, or a lab system's
// daemon. Asynchronous; emits finished() exactly once per restart().
class ChronyRestarter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static ChronyRestarter* create(const HelperTarget& target, QObject* parent);

    virtual void restart() = 0;

signals:
    // message: what went wrong when !ok, in a sentence for the admin.
    void finished(bool ok, const QString& message);
};

#pragma once

#include <QObject>
#include <QString>

// Restarts chronyd so that it reads the new config: the machine's service, or a rooted system's
// daemon (HelperTarget::createRestarter). Asynchronous; emits finished() exactly once per restart().
class ChronyRestarter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void restart() = 0;

signals:
    // message: what went wrong when !ok, in a sentence for the admin.
    void finished(bool ok, const QString& message);
};

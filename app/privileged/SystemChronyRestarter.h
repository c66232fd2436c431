#pragma once

#include "privileged/ChronyRestarter.h"

#include <QProcess>
#include <QStringList>

// The machine's chrony service under systemd: chrony.service on Debian/Ubuntu, chronyd.service
// elsewhere (`systemctl restart` waits for the unit). Without systemd see SysvChronyRestarter.
// Programs are looked up in fixed system directories only; they run with a fixed, minimal environment.
class SystemChronyRestarter : public ChronyRestarter
{
    Q_OBJECT
public:
    explicit SystemChronyRestarter(QObject* parent = nullptr);

    void restart() override;

    // The commands tried in order; each is a full argv with an absolute program path.
    static QList<QStringList> candidateCommands();

private:
    void tryNext();

    QProcess m_process;
    QList<QStringList> m_pending;
    QStringList m_failures;
};

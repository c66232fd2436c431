#pragma once

#include "cmdmon/CmdmonEndpoint.h"

#include <QGroupBox>
#include <QTimer>

class CmdmonClient;
class QLabel;

// One system's tracking report as plain fields, refreshed every few seconds over chronyd's command
// protocol. A placeholder for the live panel a later issue builds (cards, chart, sources).
class SystemStatusBox : public QGroupBox
{
    Q_OBJECT
public:
    SystemStatusBox(const QString& title, const CmdmonEndpoint& endpoint, QWidget* parent = nullptr);

    void setRefreshInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void refresh();

    // "ok" after a tracking report, "error" after a failure (tests and the window's summary).
    QString state() const { return m_state; }

signals:
    void refreshed();

private:
    CmdmonClient* m_client;
    QTimer m_timer;
    QLabel* m_reference;
    QLabel* m_stratum;
    QLabel* m_systemTime;
    QLabel* m_lastOffset;
    QLabel* m_frequency;
    QLabel* m_leap;
    QLabel* m_error;
    QString m_state;
    bool m_busy = false;
};

#pragma once

#include "cmdmon/CmdmonEndpoint.h"

#include <QWidget>

class SystemStatusBox;

// The window's status area: System 1 and System 2 side by side, each its tracking as plain fields.
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    struct System
    {
        QString title;
        CmdmonEndpoint endpoint;
    };

    explicit StatusPanel(QWidget* parent = nullptr);

    void setSystems(const QList<System>& systems);
    QList<SystemStatusBox*> boxes() const { return m_boxes; }

private:
    QList<SystemStatusBox*> m_boxes;
};

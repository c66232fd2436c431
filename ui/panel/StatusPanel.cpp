#include "StatusPanel.h"

#include "SystemStatusBox.h"

#include <QHBoxLayout>

StatusPanel::StatusPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusPanel"));
    new QHBoxLayout(this);
    layout()->setContentsMargins(0, 0, 0, 0);
}

void StatusPanel::setSystems(const QList<System>& systems)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const System& system : systems) {
        auto* box = new SystemStatusBox(system.title, system.endpoint, this);
        box->setObjectName(QStringLiteral("systemStatusBox%1").arg(m_boxes.size() + 1));
        layout()->addWidget(box);
        m_boxes.append(box);
    }
}

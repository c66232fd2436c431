#include "LeapBadge.h"

#include "PanelFormat.h"

LeapBadge::LeapBadge(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("leapBadge"));
    setAlignment(Qt::AlignCenter);
    setToolTip(tr("chronyd's leap status: Normal, a leap second announced (Insert or Delete second), or Not "
                  "synchronised."));
    apply(LeapStatus::Unknown);
}

void LeapBadge::setStatus(LeapStatus status)
{
    // A style sheet change re-polishes the widget: costly at every poll, so only on a change.
    if (status != m_status)
        apply(status);
}

void LeapBadge::apply(LeapStatus status)
{
    m_status = status;
    setText(PanelFormat::leapText(status));
    setAccessibleName(tr("Leap status: %1").arg(PanelFormat::leapText(status)));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 9px; "
                                 "padding: 2px 10px; }")
                      .arg(PanelFormat::leapColor(status).name()));
}

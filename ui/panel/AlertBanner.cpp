#include "AlertBanner.h"

#include "PanelFormat.h"
#include "widgets/TandemPalette.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

AlertBanner::AlertBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#alertBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(TandemPalette::fill(TandemPalette::Role::Alarm).name(),
                           TandemPalette::text(TandemPalette::Role::Alarm).name()));
    auto* layout = new QHBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/tandem/icons/warning.svg")).pixmap(22, 22));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    m_text->setObjectName(QStringLiteral("alertText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void AlertBanner::setAlerts(const QList<Alert>& alerts)
{
    QStringList lines;
    for (const Alert& alert : alerts)
        //: An alert line: "since 14:03:07: System 2 is 250 ms behind System 1, ..."
        lines << tr("Since %1: %2").arg(PanelFormat::clockTime(alert.sinceMs), alert.text);
    const QString text = lines.join(u'\n');
    if (text == m_text->text() && isVisibleTo(parentWidget()) == !alerts.isEmpty())
        return; // called every poll round; most rounds change nothing
    m_text->setText(text);
    setAccessibleName(tr("Alerts: %1").arg(lines.join(u' ')));
    setVisible(!alerts.isEmpty());
}

QString AlertBanner::text() const
{
    return m_text->text();
}

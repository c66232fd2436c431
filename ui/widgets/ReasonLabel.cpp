#include "widgets/ReasonLabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

ReasonLabel::ReasonLabel(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("reasonText"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void ReasonLabel::setReason(const QString& text, Kind kind)
{
    m_text->setText(text);
    setAccessibleName(text);
    const QString icon = kind == Kind::Ok        ? QStringLiteral(":/tandem/icons/ok.svg")
                         : kind == Kind::Warning ? QStringLiteral(":/tandem/icons/warning.svg")
                                                 : QStringLiteral(":/tandem/icons/error.svg");
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(QIcon(icon).pixmap(size, size));
    setVisible(!text.isEmpty());
}

QString ReasonLabel::text() const
{
    return m_text->text();
}

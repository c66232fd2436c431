#include "SyncNowDialog.h"

#include "util/SecondsText.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SyncNowDialog::SyncNowDialog(const SyncNowPreview& preview, QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("syncNowDialog"));
    setWindowTitle(tr("Sync now"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout();
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/tandem/icons/warning.svg")).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    QStringList lines;
    lines << tr("<b>Step the clock of %1 now?</b>").arg(preview.systemTitle.toHtmlEscaped());
    lines << (preview.offsetKnown
                  ? tr("Its offset now: %1.")
                        .arg(SecondsText::withDirection(preview.offsetS, tr("ahead"), tr("behind")).toHtmlEscaped())
                  : tr("Its offset is not known right now."));
    lines << tr("It takes fresh measurements from %1 and steps the clock to that time.")
                 .arg(preview.source.toHtmlEscaped());
    lines << tr("The clock will jump instead of being slewed gently: logs, timers and running jobs on that system "
                "see the jump.");
    if (preview.clockFixed)
        lines << tr("<i>This lab's chronyd runs with -x: it measures but refuses to step, and says so.</i>");
    else if (preview.lab)
        lines << tr("<i>In the lab this is the system's own virtual clock: chronyd really steps it, and this "
                    "machine's clock stays as it is.</i>");
    m_text->setText(lines.join(QStringLiteral("<br><br>")));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("syncNowText"));
    row->addWidget(m_text, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* step = buttons->addButton(tr("&Step the clock"), QDialogButtonBox::AcceptRole);
    step->setObjectName(QStringLiteral("stepButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString SyncNowDialog::message() const
{
    return m_text->text();
}

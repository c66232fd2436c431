#include "widgets/HelperStepList.h"

#include "helperprotocol/HelperSteps.h"
#include "util/SecondsText.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/tandem/icons/%1.svg").arg(QLatin1StringView(name)));
}

} // namespace

HelperStepList::HelperStepList(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_rawJson(new QCheckBox(tr("Show the helper's raw &JSON (for a bug report)"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("helperStepList"));
    m_list->setAccessibleName(tr("Steps"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    // A failed step carries the helper's reason, often longer than the list is wide: wrap it.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setAccessibleName(tr("Show the helper's output"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_details->setObjectName(QStringLiteral("helperDetailsText"));
    m_details->setAccessibleName(tr("The helper's output"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setVisible(false);
    m_details->setMaximumHeight(140);
    m_rawJson->setObjectName(QStringLiteral("rawJsonCheck"));
    m_rawJson->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_rawJson->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_rawJson, &QCheckBox::toggled, this, &HelperStepList::showDetails);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_rawJson, 0, Qt::AlignLeft);
}

QString HelperStepList::title(const QString& step)
{
    static const QHash<QString, const char*> titles{
        {HelperStep::Validate, QT_TR_NOOP("Check the request")},
        {HelperStep::Lock, QT_TR_NOOP("Wait for any other Tandem helper to finish")},
        {HelperStep::Read, QT_TR_NOOP("Read the current config")},
        {HelperStep::Render, QT_TR_NOOP("Prepare the new config")},
        {HelperStep::Check, QT_TR_NOOP("Validate it with chronyd -p")},
        {HelperStep::Backup, QT_TR_NOOP("Back up the current config")},
        {HelperStep::Write, QT_TR_NOOP("Write the new config")},
        {HelperStep::Restart, QT_TR_NOOP("Restart chrony")},
        {HelperStep::Wait, QT_TR_NOOP("Wait until chrony runs with it")},
        {HelperStep::Rollback, QT_TR_NOOP("Roll back: put the previous config back")},
        {HelperStep::RollbackRestart, QT_TR_NOOP("Roll back: restart chrony with the previous config")},
        {HelperStep::RollbackWait, QT_TR_NOOP("Roll back: wait until chrony runs again")},
        {HelperStep::Before, QT_TR_NOOP("Read chronyd's own estimate before")},
        {HelperStep::Measure, QT_TR_NOOP("Measure the offset to System 1")},
        {HelperStep::AddSource, QT_TR_NOOP("Add System 1 as a temporary source")},
        {HelperStep::Burst, QT_TR_NOOP("Ask for fresh measurements")},
        {HelperStep::Follow, QT_TR_NOOP("Wait until chronyd follows System 1")},
        {HelperStep::Step, QT_TR_NOOP("Step the clock")},
        {HelperStep::Verify, QT_TR_NOOP("Measure the offset to System 1 again")},
        {HelperStep::After, QT_TR_NOOP("Read chronyd's own estimate after")},
        {HelperStep::RemoveSource, QT_TR_NOOP("Remove the temporary source")},
        {HelperStep::List, QT_TR_NOOP("Find the backups")},
        {HelperStep::Select, QT_TR_NOOP("Choose the backup to put back")},
    };
    const char* text = titles.value(step, nullptr);
    return text ? tr(text) : step;
}

QString HelperStepList::detail(const QJsonObject& step)
{
    QStringList parts;
    if (step.contains(QStringLiteral("backup")))
        parts << tr("backup %1").arg(step.value(QStringLiteral("backup")).toString());
    if (step.contains(QStringLiteral("restoring")))
        parts << tr("backup %1").arg(step.value(QStringLiteral("restoring")).toString());
    if (step.contains(QStringLiteral("backups")))
        parts << tr("backups kept: %1").arg(step.value(QStringLiteral("backups")).toArray().size());
    if (step.contains(QStringLiteral("path")))
        parts << step.value(QStringLiteral("path")).toString();
    // A measured offset (positive: this clock ahead) and chronyd's System time (positive: slow) are
    // told apart in words, so that an estimate never reads like a measurement.
    if (step.contains(QStringLiteral("offset")))
        parts << tr("this clock is %1")
                     .arg(SecondsText::withDirection(step.value(QStringLiteral("offset")).toDouble(), tr("ahead"),
                                                     tr("behind")));
    if (step.contains(QStringLiteral("delay")))
        parts << tr("round trip %1").arg(SecondsText::format(step.value(QStringLiteral("delay")).toDouble()));
    // chronyd's System time is positive when the clock is slow: Tandem's + = ahead is its opposite.
    if (step.contains(QStringLiteral("systemTime")))
        parts << tr("chronyd thinks this clock is %1")
                     .arg(SecondsText::withDirection(-step.value(QStringLiteral("systemTime")).toDouble(), tr("ahead"),
                                                     tr("behind")));
    const QString message = step.value(HelperStep::Key::Message).toString();
    if (!message.isEmpty())
        parts << message;
    return parts.join(QStringLiteral("; "));
}

void HelperStepList::reset(const QStringList& expectedSteps)
{
    m_list->clear();
    m_details->clear();
    m_wordsLog.clear();
    m_jsonLog.clear();
    m_names.clear();
    m_reported.clear();
    for (const QString& name : expectedSteps) {
        auto* item = new QListWidgetItem(icon("pending"), title(name), m_list);
        item->setData(Qt::AccessibleTextRole, tr("%1: waiting").arg(title(name)));
        m_names.append(name);
    }
}

int HelperStepList::rowOf(const QString& step) const
{
    return int(m_names.indexOf(step));
}

void HelperStepList::appendDetails(const QString& words, const QJsonObject& json)
{
    m_wordsLog.append(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + words);
    m_jsonLog.append(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    m_details->appendPlainText(m_rawJson->isChecked() ? m_jsonLog.constLast() : m_wordsLog.constLast());
}

void HelperStepList::showDetails()
{
    m_details->setPlainText((m_rawJson->isChecked() ? m_jsonLog : m_wordsLog).join(QLatin1Char('\n')));
}

QString HelperStepList::detailsText() const
{
    return m_details->toPlainText();
}

void HelperStepList::addStep(const QJsonObject& step)
{
    const QString name = step.value(HelperStep::Key::Name).toString();
    const bool ok = step.value(HelperStep::Key::Ok).toBool();
    const QString said = detail(step);
    appendDetails((ok ? tr("done: %1") : tr("FAILED: %1")).arg(title(name)) +
                      (said.isEmpty() ? QString() : QStringLiteral(" — ") + said),
                  step);
    m_reported.append(name);
    int row = rowOf(name);
    if (row < 0) {
        // A step nobody expected: the rollback, or a helper newer than this window.
        row = m_list->count();
        new QListWidgetItem(title(name), m_list);
        m_names.append(name);
    }
    QListWidgetItem* item = m_list->item(row);
    const bool rollback = name.startsWith(QStringLiteral("rollback"));
    item->setIcon(!ok ? icon("error") : rollback ? icon("rollback") : icon("ok"));
    const QString& extra = said;
    item->setText(extra.isEmpty() ? title(name) : tr("%1 (%2)").arg(title(name), extra));
    item->setData(Qt::AccessibleTextRole, (ok ? tr("%1: done") : tr("%1: failed")).arg(title(name)) +
                                              (extra.isEmpty() ? QString() : u' ' + extra));
    item->setToolTip(item->text());
    m_list->scrollToItem(item);
}

void HelperStepList::addResult(int exitCode, const QJsonObject& result)
{
    const QString message = result.value(HelperStep::Key::Message).toString();
    appendDetails(tr("finished with exit code %1").arg(exitCode) +
                      (message.isEmpty() ? QString() : QStringLiteral(" — ") + message),
                  result);
    // Steps that never came did not happen: they say so instead of waiting for ever.
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_reported.contains(m_names.at(row)))
            continue;
        QListWidgetItem* item = m_list->item(row);
        item->setIcon(icon("skipped"));
        item->setText(tr("%1 (not done)").arg(title(m_names.at(row))));
        item->setData(Qt::AccessibleTextRole, tr("%1: not done").arg(title(m_names.at(row))));
    }
}

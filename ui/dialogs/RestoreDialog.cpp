#include "RestoreDialog.h"

#include "config/UnifiedDiff.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperRunner.h"
#include "helperprotocol/HelperSteps.h"
#include "widgets/DiffHighlighter.h"
#include "widgets/HelperStepList.h"
#include "widgets/ReasonLabel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const SetupTarget& target, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_runner(new HelperRunner(this))
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_steps(new HelperStepList(this))
    , m_outcome(new ReasonLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_restore(m_buttons->addButton(tr("&Restore the selected backup"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("restoreDialog"));
    const QString where =
        target.isLab() ? tr("lab System %1's %2").arg(target.labIndex()).arg(target.configPath()) : target.configPath();
    setWindowTitle(target.isLab() ? tr("Restore a previous chrony.conf (lab)") : tr("Restore a previous chrony.conf"));
    m_intro->setObjectName(QStringLiteral("restoreIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Choose the backup of %1 to put back; the diff shows what would change. Restore restarts "
                        "chrony with it. The config it replaces is backed up first, so a restore can be undone the "
                        "same way. If chrony does not come up with it, the current config is put back.")
                         .arg(where));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    // An entry is a sentence ("… — System 2, following 192.168.1.2 (oldest, kept for good)"): wrapped,
    // not cut off behind a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_diff->setObjectName(QStringLiteral("backupDiff"));
    m_diff->setAccessibleName(tr("Changes the selected backup would make"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document());
    m_outcome->setObjectName(QStringLiteral("restoreOutcome"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    // Cancel is the default: Enter must not put an old config back.
    m_restore->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    // The steps are there from the start, so the admin sees what Restore will do.
    m_steps->reset(expectedSteps());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto* choice = new QSplitter(Qt::Horizontal, this);
    choice->addWidget(m_list);
    choice->addWidget(m_diff);
    choice->setStretchFactor(0, 2);
    choice->setStretchFactor(1, 3);
    choice->setChildrenCollapsible(false);
    layout->addWidget(choice, 2);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);
    resize(860, 620);

    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &HelperRunner::step, m_steps, &HelperStepList::addStep);
    connect(m_runner, &HelperRunner::finished, this, &RestoreDialog::finished);
    reloadBackups();
}

void RestoreDialog::reloadBackups()
{
    QFile current(m_target.configPath());
    m_current = current.open(QIODevice::ReadOnly) ? current.read(1024 * 1024) : QByteArray();
    m_backups = BackupCatalog::list(m_target.backupDirectory());
    m_list->clear();
    for (const BackupEntry& entry : std::as_const(m_backups)) {
        QString text = tr("%1 — %2").arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                         entry.summary());
        if (entry.oldest)
            text += QLatin1Char(' ') + tr("(oldest, kept for good)");
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(tr("Backup %1").arg(entry.id));
    }
    if (m_backups.isEmpty()) {
        m_diff->setPlainText(tr("No backups yet: Tandem keeps one each time it changes this chrony.conf."));
        m_restore->setEnabled(false);
        return;
    }
    m_list->setCurrentRow(0);
}

void RestoreDialog::selectBackup(int row)
{
    m_list->setCurrentRow(row);
}

void RestoreDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size()) {
        m_restore->setEnabled(false);
        return;
    }
    const BackupEntry& entry = m_backups.at(row);
    if (!entry.readable) {
        m_diff->setPlainText(tr("This backup is readable by root only (the config it copied was), so its changes "
                                "cannot be shown here; the helper can still restore it."));
    } else {
        const QByteArray diff = UnifiedDiff::diff(m_current, entry.contents, tr("now"), tr("backup %1").arg(entry.id));
        m_diff->setPlainText(diff.isEmpty() ? tr("The same as the current config: restoring it changes nothing but "
                                                 "restarts chrony.")
                                            : QString::fromUtf8(diff));
    }
    m_restore->setEnabled(!m_runner->isRunning());
}

QStringList RestoreDialog::expectedSteps()
{
    return HelperStep::expectedFor(HelperAction::Restore);
}

void RestoreDialog::start()
{
    if (m_runner->isRunning())
        return;
    m_outcome->clear();
    m_steps->reset(expectedSteps());
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    m_restore->setEnabled(false);
    m_list->setEnabled(false);
    // Closing while the helper writes would only hide how it ended; the helper finishes either way.
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    HelperRequest request;
    request.action = HelperAction::Restore;
    request.backupId = m_backups.at(row).id;
    m_runner->start(request, m_target.helperRoot());
}

void RestoreDialog::reject()
{
    // Closing now would hide how the change ended (and end a lab helper half-way).
    if (m_runner->isRunning())
        return;
    QDialog::reject();
}

void RestoreDialog::finished(int exitCode, const QJsonObject& result)
{
    m_steps->addResult(exitCode, result);
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setEnabled(true);
    cancel->setText(tr("&Close"));
    cancel->setFocus();
    m_list->setEnabled(true);
    const QString message = result.value(HelperStep::Key::Message).toString();
    if (exitCode == HelperExitCode::Ok) {
        m_outcome->setReason(message.isEmpty() ? tr("The chosen config is back and chrony runs with it.") : message,
                             ReasonLabel::Kind::Ok);
        // The list now holds the config that was replaced (newest); nothing is selected, so a second
        // click cannot swap back by accident.
        reloadBackups();
        m_list->setCurrentRow(-1);
        m_restore->setEnabled(false);
        return;
    }
    // A failed restore may be tried again (after fixing what the message names); a rolled-back one
    // left the current config running, which the message says.
    m_restore->setEnabled(true);
    m_outcome->setReason(message.isEmpty() ? tr("The helper failed (exit code %1).").arg(exitCode) : message,
                         exitCode == HelperExitCode::RolledBack ? ReasonLabel::Kind::Warning
                                                                : ReasonLabel::Kind::Error);
}

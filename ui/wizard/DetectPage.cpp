#include "DetectPage.h"

#include "SetupWizard.h"
#include "widgets/ReasonLabel.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    label->setAccessibleName(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    return label;
}

QString code(const QString& command)
{
    return QStringLiteral("<code>%1</code>").arg(command.toHtmlEscaped());
}

} // namespace

DetectPage::DetectPage(QWidget* parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_reason(new ReasonLabel(this))
    , m_sectionArea(new QWidget(this))
{
    setObjectName(QStringLiteral("detectPage"));
    setTitle(tr("What is there now"));
    setSubTitle(tr("Tandem looks at chrony on this system before changing anything."));
    auto* layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("detectStatusLabel"));
    layout->addWidget(m_status);
    new QVBoxLayout(m_sectionArea);
    m_sectionArea->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sectionArea);
    layout->addWidget(m_reason);
    layout->addStretch(1);
}

void DetectPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    qDeleteAll(m_sections);
    m_sections.clear();
    qDeleteAll(m_detectors);
    m_detectors.clear();
    m_reason->clear();
    m_status->setText(tr("Looking at chrony…"));
    QList<std::pair<QString, SetupTarget>> targets;
    if (wizard->isLab()) {
        targets.append({tr("Lab System 1 (%1)").arg(wizard->lab()->serverAddress.toString()),
                        SetupTarget::labSystem(*wizard->lab(), 1)});
        targets.append({tr("Lab System 2 (%1)").arg(wizard->lab()->clientAddress.toString()),
                        SetupTarget::labSystem(*wizard->lab(), 2)});
    } else {
        targets.append({tr("This system"), SetupTarget::machine()});
    }
    m_pending = int(targets.size());
    m_installed = false;
    for (int i = 0; i < targets.size(); ++i) {
        auto* box = new QGroupBox(targets.at(i).first, m_sectionArea);
        m_sectionArea->layout()->addWidget(box);
        m_sections.append(box);
        auto* detector = new ChronyDetector(this);
        m_detectors.append(detector);
        const QString title = targets.at(i).first;
        connect(detector, &ChronyDetector::finished, this, [this, wizard, i, title](const DetectReport& report) {
            showReport(i, title, report);
            // The machine's report (or lab System 2's) seeds the next pages' defaults.
            if (i == m_detectors.size() - 1)
                wizard->setDetectReport(report);
            if (--m_pending == 0) {
                m_status->setText(m_installed ? tr("Done. Choose Next to decide what this system does.") : QString());
                if (!m_installed)
                    m_reason->setReason(tr("chrony must be installed before Tandem can set it up (see the command "
                                           "above). Meanwhile you can rehearse everything in the lab: tandem --lab"));
                emit completeChanged();
                // Next was disabled while looking, so focus went to Cancel; Enter must mean "go on".
                if (isComplete())
                    wizard->button(QWizard::NextButton)->setFocus();
            }
        });
        detector->start(targets.at(i).second);
    }
}

QString DetectPage::roleText(const RoleGuess& guess)
{
    const QString peer = guess.peer.isEmpty() ? QString() : guess.peer.toHtmlEscaped();
    switch (guess.role) {
    case RoleGuess::Role::Server:
        return peer.isEmpty() ? tr("System 1: serves its local clock")
                              : tr("System 1: serves its local clock to %1").arg(peer);
    case RoleGuess::Role::Client:
        return tr("System 2: follows %1").arg(peer);
    case RoleGuess::Role::PoolClient:
        return tr("a plain client of internet time servers (chrony's default); neither System 1 nor System 2 yet");
    case RoleGuess::Role::NoSources:
        return tr("no time sources and no local clock: chronyd keeps time on its own");
    }
    return {};
}

void DetectPage::showReport(int index, const QString& title, const DetectReport& report)
{
    auto* box = qobject_cast<QGroupBox*>(m_sections.at(index));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString suffix = QString::number(index + 1);
    box->setAccessibleName(title);

    QString chrony;
    if (!report.installed()) {
        chrony = tr("<b>not installed.</b> Install it with %1").arg(code(report.commands.installChrony));
    } else {
        m_installed = true;
        chrony = report.version.isEmpty()
                     ? tr("installed (%1)").arg(report.chronydPath.toHtmlEscaped())
                     : tr("installed, version %1 (%2)")
                           .arg(report.version.toHtmlEscaped(), report.chronydPath.toHtmlEscaped());
    }
    form->addRow(tr("chrony:"), valueLabel(chrony, QStringLiteral("chronyValueLabel") + suffix));

    QString daemon;
    if (report.running) {
        const TrackingReport& t = *report.tracking;
        const QString reference =
            !t.synchronised() ? tr("not synchronised yet")
            : t.referenceName().isEmpty()
                ? tr("serving its local clock at stratum %1").arg(t.stratum)
                : tr("synchronised to %1 at stratum %2").arg(t.referenceName().toHtmlEscaped()).arg(t.stratum);
        daemon = tr("running, %1").arg(reference);
    } else if (report.installed()) {
        daemon = tr("<b>not answering</b> (%1). Start it with %2")
                     .arg(report.notRunningReason.toHtmlEscaped(), code(report.commands.startChrony));
    } else {
        daemon = tr("not running");
    }
    form->addRow(tr("chronyd:"), valueLabel(daemon, QStringLiteral("daemonValueLabel") + suffix));

    const QString role = report.configFound
                             ? tr("%1 (from %2)").arg(roleText(report.guess), report.configPath.toHtmlEscaped())
                             : tr("no chrony.conf found at %1").arg(report.configPath.toHtmlEscaped());
    form->addRow(tr("Current role:"), valueLabel(role, QStringLiteral("roleValueLabel") + suffix));

    QString competing;
    if (report.competing.isEmpty()) {
        competing = tr("none");
    } else if (report.competing.contains(QStringLiteral("systemd-timesyncd"))) {
        competing = tr("<b>systemd-timesyncd is running</b> and would fight chronyd over the clock. Stop it with %1")
                        .arg(code(report.commands.stopTimesyncd));
    } else {
        competing = tr("<b>%1 running</b>: only one program may set the clock; stop it before using chrony.")
                        .arg(report.competing.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!qobject_cast<SetupWizard*>(wizard())->isLab())
        form->addRow(tr("Other time services:"), valueLabel(competing, QStringLiteral("competingValueLabel")));
}

bool DetectPage::isComplete() const
{
    return m_pending == 0 && m_installed;
}

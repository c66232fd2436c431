#include "MainWindow.h"

#include "TandemResources.h"
#include "TandemVersion.h"
#include "dialogs/LabClockDialog.h"
#include "dialogs/RestoreDialog.h"
#include "monitor/SharedHistory.h"
#include "panel/LivePanel.h"
#include "setup/LabSession.h"
#include "setup/MachineRoleWatcher.h"
#include "widgets/Dialogs.h"
#include "widgets/TandemPalette.h"
#include "wizard/DetectPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

#include <unistd.h>

MainWindow::MainWindow(Dialogs* dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
    , m_session(new LabSession(this))
    , m_detector(new ChronyDetector(this))
    , m_roleWatcher(new MachineRoleWatcher(this))
    , m_title(new QLabel(this))
    , m_labMarker(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(this))
    , m_bannerLabButton(new QPushButton(tr("Open the la&b"), this))
    , m_progress(new QLabel(this))
    , m_panel(new LivePanel(dialogs, this))
    , m_setupButton(new QPushButton(tr("&Set up time sync…"), this))
{
    initTandemResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tandem"));
    setWindowIcon(QIcon(QStringLiteral(":/tandem/icons/tandem.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* header = new QHBoxLayout();
    auto* icon = new QLabel(central);
    icon->setPixmap(QIcon(QStringLiteral(":/tandem/icons/tandem.svg")).pixmap(40, 40));
    header->addWidget(icon);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    // The lab marker: unmistakable, so nobody mistakes the lab's daemons for the real ones.
    m_labMarker->setObjectName(QStringLiteral("labMarker"));
    m_labMarker->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; font-weight: bold; border-radius: 4px; padding: 3px 10px; }")
            .arg(TandemPalette::labFill().name(), TandemPalette::labText().name()));
    m_labMarker->setVisible(false);
    header->addWidget(m_labMarker, 0, Qt::AlignVCenter);
    layout->addLayout(header);

    auto* bannerFrame = static_cast<QFrame*>(m_banner);
    bannerFrame->setObjectName(QStringLiteral("chronyBanner"));
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    auto* warning = new QLabel(m_banner);
    warning->setPixmap(QIcon(QStringLiteral(":/tandem/icons/warning.svg")).pixmap(24, 24));
    warning->setAlignment(Qt::AlignTop);
    bannerLayout->addWidget(warning);
    m_bannerText->setParent(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerLabButton->setParent(m_banner);
    m_bannerLabButton->setObjectName(QStringLiteral("openLabButton"));
    m_bannerLabButton->setAccessibleName(tr("Open the lab"));
    bannerLayout->addWidget(m_bannerLabButton, 0, Qt::AlignVCenter);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_panel, 1);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    m_setupButton->setObjectName(QStringLiteral("setupButton"));
    m_setupButton->setAccessibleName(tr("Set up time sync"));
    m_setupButton->setDefault(true);
    buttons->addWidget(m_setupButton);
    layout->addLayout(buttons);
    setCentralWidget(central);
    buildMenus();

    connect(m_setupButton, &QPushButton::clicked, this, &MainWindow::openWizard);
    connect(m_bannerLabButton, &QPushButton::clicked, this, [this] { openLab(LabSession::defaultDirectory()); });
    connect(m_detector, &ChronyDetector::finished, this, &MainWindow::showDetectReport);
    // Someone else's wizard, `tandem-cli apply`, a restore or an editor changed chrony.conf.
    connect(m_roleWatcher, &MachineRoleWatcher::changed, this, [this](const MachineRole& machine) {
        if (!m_lab)
            showMachinePair(machine);
    });
    connect(m_session, &LabSession::progress, this, [this](const QString& message) { m_progress->setText(message); });
    connect(m_session, &LabSession::ready, this, [this](const LabSettings& settings) {
        m_lab = settings;
        if (settings.date.isValid())
            m_progress->setText(tr("The lab is running; both clocks started at %1 UTC.")
                                    .arg(settings.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        else
            m_progress->setText(m_session->attached() ? tr("Attached to the running lab.") : tr("The lab is running."));
        m_labMarker->setText(tr("LAB  %1").arg(settings.directory));
        m_labMarker->setAccessibleName(tr("Lab mode: %1").arg(settings.directory));
        m_labMarker->setToolTip(settings.virtualClocks
                                    ? tr("Two real chronyd daemons on loopback, each on a virtual clock of its own: "
                                         "they step and slew those clocks, never this machine's.")
                                    : tr("Two real chronyd daemons on loopback, started with -x: they never touch "
                                         "this machine's clock."));
        m_labMarker->setVisible(true);
        m_roleWatcher->stop();
        m_setupButton->setEnabled(true);
        updateLabActions();
        // The lab's System 2 plays "this machine": Sync now steps its virtual clock (or, with -x, its
        // chronyd refuses).
        m_panel->setPair(PairDefinition::forLab(settings), historyDirectory());
        emit labReady();
    });
    // After a Sync now, "System 2 is 100 s ahead" is history: the panel says how it ended.
    connect(m_panel, &LivePanel::syncNowFinished, this, [this] {
        if (!m_clockChangeText.isEmpty() && m_progress->text() == m_clockChangeText)
            m_progress->clear();
    });
    connect(m_session, &LabSession::failed, this,
            [this](const QString& reason) { m_progress->setText(tr("The lab could not start: %1").arg(reason)); });
    connect(m_session, &LabSession::stopped, this, [this] {
        m_progress->setText(tr("The lab was stopped."));
        showMachine();
    });

    // One window per user keeps the history; a second one says so and only watches.
    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDirectory);
    auto lock = std::make_unique<QLockFile>(dataDirectory + QStringLiteral("/window.lock"));
    lock->setStaleLockTime(0); // only a dead owner's lock is stale, however old
    if (lock->tryLock(0)) {
        m_instanceLock = std::move(lock);
    } else {
        qint64 pid = 0;
        lock->getLockInfo(&pid, nullptr, nullptr);
        auto* secondNote = new QLabel(tr("Another Tandem window is open (process %1): this one shows the same, but "
                                         "keeps no history of its own.")
                                          .arg(pid),
                                      this);
        secondNote->setObjectName(QStringLiteral("secondInstanceLabel"));
        statusBar()->addPermanentWidget(secondNote, 1);
    }
    if (::geteuid() == 0) {
        // Nothing breaks, but the admin should know: changes go through the helper anyway, and the
        // settings and history kept are root's, not the desktop user's.
        auto* rootNote = new QLabel(tr("Running as root: Tandem does not need it (changes go through its helper "
                                       "with polkit), and the settings and history kept now are root's."),
                                    this);
        rootNote->setObjectName(QStringLiteral("runningAsRootLabel"));
        statusBar()->addPermanentWidget(rootNote, 1);
    }
    m_title->setText(tr("Tandem: time sync between two systems"));
    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1040, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Restore this system's previous chrony.conf…"), this,
                    [this] { openRestore(SetupTarget::machine()); })
        ->setObjectName(QStringLiteral("restoreMachineAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* lab = menuBar()->addMenu(tr("&Lab"));
    lab->addAction(tr("&Open the lab"), this, [this] { openLab(LabSession::defaultDirectory()); });
    lab->addAction(tr("&Stop the lab"), this, &MainWindow::stopLab);
    lab->addAction(tr("Show &this system"), this, &MainWindow::showMachine);
    lab->addSeparator();
    for (const int index : {1, 2}) {
        QAction* restore =
            lab->addAction(tr("Restore System &%1's previous chrony.conf…").arg(index), this, [this, index] {
                if (m_lab)
                    openRestore(SetupTarget::labSystem(*m_lab, index));
            });
        restore->setObjectName(QStringLiteral("restoreLabSystem%1Action").arg(index));
        // Only with a lab open: there is no lab system to restore otherwise.
        connect(lab, &QMenu::aboutToShow, restore, [this, restore] { restore->setEnabled(m_lab.has_value()); });
    }
    lab->addSeparator();
    m_labClockAction = lab->addAction(tr("Make System 2's clock &wrong…"), this, &MainWindow::openLabClock);
    m_labClockAction->setObjectName(QStringLiteral("labClockAction"));
    m_leapAction = lab->addAction(tr("Rehearse a &leap second…"), this, &MainWindow::rehearseLeapSecond);
    m_leapAction->setObjectName(QStringLiteral("leapRehearsalAction"));
    updateLabActions();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("&Manual"), this, [this] {
        // The installed man page in the desktop's help viewer (man: URLs), else the README.
        if (!QDesktopServices::openUrl(QUrl(QStringLiteral("man:tandem(1)"))))
            QDesktopServices::openUrl(QUrl::fromLocalFile(QStringLiteral("/usr/share/doc/tandem/README.md")));
    });
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setObjectName(QStringLiteral("manualAction"));
    help->addAction(tr("&About Tandem"), this, [this] { QMessageBox::about(this, tr("About Tandem"), aboutText()); })
        ->setObjectName(QStringLiteral("aboutAction"));
}

QString MainWindow::aboutText()
{
    return tr("<p><b>Tandem %1</b></p><p>Tandem sets up and watches chrony time sync between two Linux systems: "
              "System 1 serves its clock, System 2 follows it.</p><p>Manual: <code>man tandem</code> (the window) "
              "and <code>man tandem-cli</code> (the same from a terminal); chrony's own: <code>man chrony.conf</code>, "
              "<code>man chronyc</code>.</p>")
        .arg(QStringLiteral(TANDEM_VERSION));
}

bool MainWindow::hasVirtualClocks() const
{
    return m_lab && m_lab->virtualClocks;
}

void MainWindow::updateLabActions()
{
    // Only a lab on virtual clocks has clocks of its own to change (one with -x uses this machine's).
    m_labClockAction->setEnabled(hasVirtualClocks());
    m_leapAction->setEnabled(hasVirtualClocks());
}

LabClockDialog* MainWindow::openLabClock()
{
    if (!hasVirtualClocks())
        return nullptr;
    auto* dialog = new LabClockDialog(*m_lab, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LabClockDialog::applied, this, [this](const QString& summary) {
        m_clockChangeText = summary;
        m_progress->setText(summary);
        if (m_panel->monitor())
            m_panel->monitor()->pollNow();
    });
    dialog->open();
    return dialog;
}

void MainWindow::rehearseLeapSecond()
{
    if (!hasVirtualClocks())
        return;
    const LabSettings rehearsal = LabSession::leapRehearsal(*m_lab);
    const QString date = rehearsal.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!m_dialogs->confirm(this, tr("Rehearse a leap second"),
                            tr("Restart the lab with both clocks at %1 UTC, an hour before the leap second at the "
                               "end of 2016? Its chronyd daemons announce it (leap status \"Insert second\") and "
                               "insert it at midnight. The lab's daemons restart; this machine's clock is not "
                               "touched.")
                                .arg(date),
                            false))
        return;
    m_progress->setText(tr("Restarting the lab at %1 UTC…").arg(date));
    m_setupButton->setEnabled(false);
    m_session->restart(rehearsal);
}

RestoreDialog* MainWindow::openRestore(const SetupTarget& target)
{
    auto* dialog = new RestoreDialog(target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_lab)
            m_roleWatcher->reread(); // the restored file may have another role, or none
    });
    dialog->open();
    return dialog;
}

void MainWindow::showMachine()
{
    m_lab.reset();
    updateLabActions();
    m_labMarker->setVisible(false);
    m_progress->setText(tr("Looking at this system's chronyd…"));
    if (const QString history = historyDirectory(); !history.isEmpty()) {
        if (const QString aside = SharedHistory::setAside(history); !aside.isEmpty()) {
            statusBar()->showMessage(tr("The history an earlier Tandem kept for this system was set aside as %1: it "
                                        "took the role from your settings, so its labels may be wrong. From now on "
                                        "each pair keeps its own.")
                                         .arg(aside));
        }
    }
    const SetupTarget machine = SetupTarget::machine();
    m_roleWatcher->watch(machine.configPath());
    showMachinePair(m_roleWatcher->role());
    m_detector->start(machine);
}

void MainWindow::showMachinePair(const MachineRole& machine)
{
    const int self = machine.systemIndex();
    const SetupTarget target = SetupTarget::machine();
    const QString previousNote = m_roleNote;
    m_roleNote.clear();
    if (self == 0) {
        // No made-up role: both cards say "not set up", and the progress line what this system is today.
        m_roleNote = tr("This system is neither System 1 nor System 2 yet: %1 has no setup by Tandem. Today its "
                        "chrony config makes it %2. <b>Set up time sync…</b> makes it one of the two.")
                         .arg(target.configPath().toHtmlEscaped(), DetectPage::roleText(machine.guess));
    }
    PairDefinition::Machine facts;
    facts.self = self;
    facts.peerName = machine.peer;
    facts.peerAddress = machine.peerAddress;
    facts.pairId = machine.pairId();
    facts.own = target.ownEndpoint();
    facts.ownSocketPath = target.ownSocketPath();
    facts.pairKeyId = machine.pairKeyId;
    facts.peer = target.peerEndpoint(machine.peerAddress);
    const PairDefinition pair = PairDefinition::forMachine(facts);
    m_panel->setPair(pair, historyDirectory());
    if (m_progress->text().isEmpty() || m_progress->text() == previousNote)
        m_progress->setText(m_roleNote);
}

void MainWindow::showDetectReport(const DetectReport& report)
{
    if (m_lab)
        return;
    m_progress->setText(m_roleNote);
    const auto code = [](const QString& command) {
        return QStringLiteral("<code>%1</code>").arg(command.toHtmlEscaped());
    };
    QString text;
    if (!report.installed()) {
        text = tr("<b>chrony is not installed.</b> Install it with %1, then start it with %2.<br>Meanwhile the lab "
                  "shows everything with two real chronyd daemons on loopback (it needs chrony installed too).")
                   .arg(code(report.commands.installChrony), code(report.commands.startChrony));
    } else if (!report.running) {
        text = tr("<b>chronyd is not running</b> on this system (%1). Start it with %2.<br>Or try everything in the "
                  "lab first: two chronyd daemons on loopback that never touch this machine's clock.")
                   .arg(report.notRunningReason.toHtmlEscaped(), code(report.commands.startChrony));
    }
    m_bannerText->setText(text);
    m_bannerText->setAccessibleName(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    m_banner->setVisible(!text.isEmpty());
    m_setupButton->setEnabled(report.installed());
}

void MainWindow::openLab(const QString& directory)
{
    m_progress->setText(tr("Starting the lab in %1…").arg(directory));
    m_banner->setVisible(false);
    m_setupButton->setEnabled(false);
    m_session->open(directory);
}

void MainWindow::stopLab()
{
    if (!m_lab)
        return;
    if (!m_dialogs->confirm(this, tr("Stop the lab"),
                            tr("Stop the lab's two chronyd daemons? Its directory stays, so it can be started again."),
                            false))
        return;
    m_session->stop();
}

SetupWizard* MainWindow::wizard() const
{
    return m_wizard;
}

SetupWizard* MainWindow::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new SetupWizard(m_lab, m_dialogs, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The status fields show the new state at once instead of at the next refresh.
    connect(m_wizard, &QWizard::finished, this, [this] {
        if (!m_lab)
            m_roleWatcher->reread(); // the wizard may have made this machine System 1 or 2 just now
        if (m_panel->monitor())
            m_panel->monitor()->pollNow();
    });
    m_wizard->open();
    return m_wizard;
}

QString MainWindow::historyDirectory() const
{
    if (!m_instanceLock)
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

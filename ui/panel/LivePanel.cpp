#include "LivePanel.h"

#include "AlertBanner.h"
#include "AlertLogView.h"
#include "MonitorSettingsForm.h"
#include "OffsetChartView.h"
#include "PanelFormat.h"
#include "SourcesTable.h"
#include "SystemCard.h"
#include "monitor/ChartFrame.h"
#include "monitor/SyncNowController.h"
#include "util/Clock.h"
#include "util/SecondsText.h"
#include "widgets/Dialogs.h"
#include "widgets/TandemPalette.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr std::array<qint64, 4> WindowMs{5 * 60 * 1000LL, 3600 * 1000LL, 24 * 3600 * 1000LL, 7 * 24 * 3600 * 1000LL};
// How long a Sync now result stays above the chart when nothing newer happens.
constexpr int SyncResultShownMs = 5 * 60 * 1000;

} // namespace

LivePanel::LivePanel(Dialogs* dialogs, QWidget* parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_syncNow(new SyncNowController(this))
    , m_alerts(new AlertBanner(this))
    , m_card1(new SystemCard(1, this))
    , m_card2(new SystemCard(2, this))
    , m_chart(new OffsetChartView(this))
    , m_sources1(new SourcesTable(this))
    , m_sources2(new SourcesTable(this))
    , m_tabs(new QTabWidget(this))
    , m_syncStatus(new QLabel(this))
    , m_syncReason(new QLabel(this))
    , m_syncResultAge(new QTimer(this))
    , m_alertLog(new AlertLogView(this))
{
    setObjectName(QStringLiteral("livePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alerts);
    auto* cards = new QHBoxLayout();
    cards->addWidget(m_card1, 1);
    cards->addWidget(m_card2, 1);
    layout->addLayout(cards);
    layout->addWidget(buildToolbar());
    // Why Sync now is not offered, on a line of its own under the button (it can be a sentence long).
    m_syncReason->setObjectName(QStringLiteral("syncNowReasonLabel"));
    m_syncReason->setWordWrap(true);
    m_syncReason->setAlignment(Qt::AlignRight);
    m_syncReason->setVisible(false);
    layout->addWidget(m_syncReason);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncStatus->setWordWrap(true);
    m_syncStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_syncStatus->setVisible(false);
    layout->addWidget(m_syncStatus);

    m_sources1->setObjectName(QStringLiteral("sourcesTable1"));
    m_sources1->setAccessibleName(tr("Sources of System 1"));
    m_sources2->setObjectName(QStringLiteral("sourcesTable2"));
    m_sources2->setAccessibleName(tr("Sources of System 2"));
    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    m_tabs->addTab(m_sources1, tr("Sources of System &1"));
    m_tabs->addTab(m_sources2, tr("Sources of System &2"));
    auto* settings = new MonitorSettingsForm(MonitorSettings::load(), this);
    connect(settings, &MonitorSettingsForm::changed, this, [this](const MonitorSettings& changed) {
        if (m_monitor)
            m_monitor->setSettings(changed);
    });
    // The alert log beside the settings that shape it. The settings keep their natural width and
    // scroll when the tab is short (the splitter may leave it little height); the log takes the rest.
    auto* alertsTab = new QWidget(this);
    auto* alertsLayout = new QHBoxLayout(alertsTab);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    auto* settingsArea = new QScrollArea(alertsTab);
    settingsArea->setObjectName(QStringLiteral("alertSettingsArea"));
    settingsArea->setWidget(settings);
    settingsArea->setWidgetResizable(true);
    settingsArea->setFrameShape(QFrame::NoFrame);
    settingsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsArea->setMinimumWidth(settings->minimumSizeHint().width() +
                                  settingsArea->verticalScrollBar()->sizeHint().width());
    alertsLayout->addWidget(m_alertLog, 1);
    alertsLayout->addWidget(settingsArea, 0);
    m_tabs->addTab(alertsTab, tr("&Alerts and polling"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 170}); // the chart gets most of the room; the tables scroll
    m_chart->setMinimumHeight(220);
    m_tabs->setMinimumHeight(110);
    layout->addWidget(splitter, 1);

    connect(m_chart, &OffsetChartView::hovered, this, &LivePanel::showReadout);
    connect(m_chart, &OffsetChartView::hoverLeft, this, [this] { m_chart->setReadout({}); });
    m_chart->installEventFilter(this);
    connect(m_syncNow, &SyncNowController::progress, this, [this](const QString& line, bool ok) {
        m_syncStatus->setText(ok ? tr("Sync now: %1").arg(line) : tr("Sync now: %1 (failed)").arg(line));
        m_syncStatus->setVisible(true);
    });
    // A result is news for a while, not for the rest of the session.
    m_syncResultAge->setSingleShot(true);
    m_syncResultAge->setInterval(SyncResultShownMs);
    connect(m_syncResultAge, &QTimer::timeout, this, &LivePanel::fadeSyncResult);
    connect(m_syncNow, &SyncNowController::finished, this, [this](const SyncNowOutcome& outcome) {
        showSyncResult(syncNowResultText(outcome), !outcome.stepped());
        updateSyncNowAction();
        if (m_monitor) {
            m_monitor->recordSyncNow(outcome);
            refreshChart();
        }
        emit syncNowFinished(outcome);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/tandem/icons/tandem.svg")), this);
        m_tray->setToolTip(tr("Tandem"));
        m_tray->show();
    }
    setWindow(Window::FiveMinutes);
}

LivePanel::~LivePanel() = default;

QWidget* LivePanel::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Window:"), bar);
    m_windowCombo = new QComboBox(bar);
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    m_windowCombo->setAccessibleName(tr("Chart window"));
    m_windowCombo->addItems({tr("5 minutes"), tr("1 hour"), tr("24 hours"), tr("7 days")});
    label->setBuddy(m_windowCombo);
    row->addWidget(label);
    row->addWidget(m_windowCombo);
    m_pauseButton = new QPushButton(tr("&Pause"), bar);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Stop following live to inspect the chart; polling and history go on."));
    row->addWidget(m_pauseButton);
    // Paused, the chart can be moved back in time to inspect what the history holds.
    m_earlierButton = new QPushButton(tr("◀ &Earlier"), bar);
    m_earlierButton->setObjectName(QStringLiteral("earlierButton"));
    m_earlierButton->setToolTip(tr("Move the paused chart back by half its window."));
    m_laterButton = new QPushButton(tr("La&ter ▶"), bar);
    m_laterButton->setObjectName(QStringLiteral("laterButton"));
    m_laterButton->setToolTip(tr("Move the paused chart forward by half its window, up to now."));
    for (QPushButton* button : {m_earlierButton, m_laterButton}) {
        button->setVisible(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    auto* csv = new QPushButton(tr("Export &CSV…"), bar);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    auto* png = new QPushButton(tr("Export P&NG…"), bar);
    png->setObjectName(QStringLiteral("exportPngButton"));
    m_syncButton = new QPushButton(tr("S&ync now…"), bar);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setToolTip(tr("Take fresh measurements and step this machine's clock now (asks first)."));
    row->addWidget(csv);
    row->addWidget(png);
    row->addWidget(m_syncButton);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, [this](int index) { setWindow(Window(index)); });
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) { setFollowing(!paused); });
    connect(m_earlierButton, &QPushButton::clicked, this, [this] { scrollPaused(-1); });
    connect(m_laterButton, &QPushButton::clicked, this, [this] { scrollPaused(1); });
    connect(csv, &QPushButton::clicked, this, &LivePanel::exportCsv);
    connect(png, &QPushButton::clicked, this, &LivePanel::exportPng);
    connect(m_syncButton, &QPushButton::clicked, this, &LivePanel::syncNow);
    return bar;
}

void LivePanel::setPair(const PairDefinition& pair, const QString& historyDirectory)
{
    m_monitor.reset(); // saves the old pair's history
    // A Sync now result is about the daemons watched until now (a restarted lab has new ones).
    m_syncStatus->clear();
    m_syncStatus->setStyleSheet(QString());
    m_syncStatus->setVisible(false);
    m_monitor = std::make_unique<PairMonitor>(pair, SystemClock::instance(), MonitorSettings::load());
    if (!historyDirectory.isEmpty()) {
        if (Status loaded = m_monitor->setHistoryDirectory(historyDirectory); !loaded) {
            m_syncStatus->setText(tr("The saved history was not loaded: %1").arg(loaded.error()));
            m_syncStatus->setVisible(true);
        }
    }
    // The history is saved every few minutes; a save that fails (a full disk, a directory made
    // read-only) is said where the admin looks, not lost.
    connect(m_monitor.get(), &PairMonitor::historyFailed, this, [this](const QString& message) {
        m_syncStatus->setText(tr("The history could not be saved: %1").arg(message));
        m_syncStatus->setVisible(true);
    });
    connect(m_monitor.get(), &PairMonitor::systemUpdated, this, &LivePanel::onSnapshot);
    connect(m_monitor.get(), &PairMonitor::roundCompleted, this, &LivePanel::onRound);
    connect(m_monitor->alerts(), &AlertRules::raised, this, &LivePanel::onAlertRaised);
    connect(m_monitor.get(), &PairMonitor::alertLogChanged, this,
            [this] { m_alertLog->setLog(m_monitor->alertLog()); });
    m_alertLog->setLog(m_monitor->alertLog());
    connect(m_monitor->alerts(), &AlertRules::cleared, this,
            [this] { m_alerts->setAlerts(m_monitor->alerts()->active()); });

    const std::array<const std::optional<MonitoredSystem>*, 2> systems{&pair.system1, &pair.system2};
    for (int index = 1; index <= 2; ++index) {
        SystemCard* c = card(index);
        c->setRequiredKey(0);
        if (const std::optional<MonitoredSystem>& system = *systems[size_t(index - 1)]) {
            c->setTitle(system->title);
            c->setAccessibleName(system->title);
            c->setRequiredKey(system->pairKeyId);
        } else {
            c->setNotConfigured(tr("System %1: not set up").arg(index),
                                tr("Tandem does not know the other system yet. Set up time sync to tell it."));
        }
        sourcesTable(index)->setSources({});
    }
    updateSyncNowAction();
    m_alerts->setAlerts({});
    m_monitor->start();
    refreshChart();
}

void LivePanel::setSyncNowProgram(const QString& path)
{
    m_syncNow->setLabProgram(path);
}

qint64 LivePanel::windowMs() const
{
    return WindowMs[size_t(m_windowCombo->currentIndex())];
}

void LivePanel::setWindow(Window window)
{
    if (m_windowCombo->currentIndex() != int(window))
        m_windowCombo->setCurrentIndex(int(window)); // comes back here through the signal
    refreshChart();
}

void LivePanel::setFollowing(bool following)
{
    m_following = following;
    if (m_pauseButton->isChecked() == following)
        m_pauseButton->setChecked(!following);
    m_pauseButton->setText(following ? tr("&Pause") : tr("F&ollow live"));
    m_earlierButton->setVisible(!following);
    m_laterButton->setVisible(!following);
    m_pausedEndMs = SystemClock::instance().nowMs();
    m_laterButton->setEnabled(false); // already at now
    refreshChart();
}

void LivePanel::scrollPaused(int halfWindows)
{
    if (m_following)
        return;
    const qint64 now = SystemClock::instance().nowMs();
    m_pausedEndMs = std::min(now, m_pausedEndMs + halfWindows * (windowMs() / 2));
    m_laterButton->setEnabled(m_pausedEndMs < now);
    refreshChart();
}

void LivePanel::refreshChart()
{
    m_refreshQueued = false;
    const qint64 end = m_following ? SystemClock::instance().nowMs() : m_pausedEndMs;
    if (!m_monitor) {
        // Nothing watched yet: an empty chart over the chosen window (a zero-width time axis would
        // leave QDateTimeAxis without labels for good).
        ChartFrame empty;
        empty.fromMs = end - windowMs();
        empty.toMs = end;
        m_chart->showFrame(empty);
        return;
    }
    m_chart->showFrame(ChartFrame::build(m_monitor->history(), end - windowMs(), end, m_chart->plotColumns()));
}

bool LivePanel::eventFilter(QObject* watched, QEvent* event)
{
    // A new chart size means a new number of pixel columns: redraw once the layout settled. (Not on
    // QChart::plotAreaChanged: new y-axis label widths move the plot area at every refresh.)
    if (watched == m_chart && event->type() == QEvent::Resize && !m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (m_refreshQueued)
                refreshChart();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void LivePanel::onSnapshot(const SystemSnapshot& snapshot)
{
    card(snapshot.index)->showSnapshot(snapshot);
    sourcesTable(snapshot.index)->setSources(snapshot.sources);
}

void LivePanel::onRound()
{
    m_card2->showPairOffset(m_monitor->pairOffset(), m_monitor->system2FollowsSystem1());
    updateSyncNowAction();
    m_alerts->setAlerts(m_monitor->alerts()->active());
    if (m_following)
        refreshChart();
    emit refreshed();
}

void LivePanel::updateSyncNowAction()
{
    if (!m_monitor || m_syncNow->isRunning()) {
        m_syncButton->setEnabled(false);
        return;
    }
    const QString blocker = m_monitor->syncNowBlocker();
    m_syncButton->setEnabled(blocker.isEmpty());
    m_syncButton->setToolTip(blocker.isEmpty() ? tr("Take fresh measurements and step the clock of System %1 "
                                                    "(this machine) now. Asks first.")
                                                     .arg(m_monitor->pair().localSystem)
                                               : blocker);
    if (m_syncReason->text() != blocker)
        m_syncReason->setText(blocker);
    m_syncReason->setVisible(!blocker.isEmpty());
}

void LivePanel::showSyncResult(const QString& text, bool warning)
{
    m_syncStatus->setText(text);
    m_syncStatus->setStyleSheet(warning ? TandemPalette::labelStyle(TandemPalette::Role::Warning) : QString());
    m_syncStatus->setVisible(true);
    m_syncResultAge->start();
}

void LivePanel::fadeSyncResult()
{
    if (m_syncNow->isRunning())
        return;
    m_syncResultAge->stop();
    m_syncStatus->clear();
    m_syncStatus->setStyleSheet(QString());
    m_syncStatus->setVisible(false);
}

void LivePanel::onAlertRaised(const Alert& alert)
{
    // Newer news: the banner says what is wrong now, a Sync now result from before would mislead.
    fadeSyncResult();
    m_alerts->setAlerts(m_monitor->alerts()->active());
    ++m_notifications;
    if (m_tray)
        m_tray->showMessage(tr("Tandem alert"), alert.text, QSystemTrayIcon::Warning);
}

void LivePanel::showReadout(qint64 timeMs)
{
    if (!m_monitor)
        return;
    const qint64 tolerance =
        std::max<qint64>(2 * m_monitor->settings().pollIntervalMs, windowMs() / std::max(1, m_chart->plotColumns()));
    const ChartReadout readout = ChartReadout::at(m_monitor->history(), timeMs, tolerance);
    const auto value = [](const std::optional<double>& v, const QString& plus, const QString& minus) {
        return v ? SecondsText::withDirection(*v, plus, minus) : tr("no data");
    };
    QStringList lines;
    lines << QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // The readout's values carry the chart's sign (+ = ahead), system times included.
    lines << tr("System 2 vs. System 1: %1").arg(value(readout.values[0], tr("ahead"), tr("behind")));
    lines << tr("System 1 clock vs. its source: %1").arg(value(readout.values[1], tr("ahead"), tr("behind")));
    lines << tr("System 2 clock vs. its source: %1").arg(value(readout.values[2], tr("ahead"), tr("behind")));
    lines << tr("Leap status: %1 / %2")
                 .arg(PanelFormat::leapText(readout.leap[0].value_or(LeapStatus::Unknown)),
                      PanelFormat::leapText(readout.leap[1].value_or(LeapStatus::Unknown)));
    m_chart->setReadout(lines.join(u'\n'));
}

QString LivePanel::syncNowResultText(const SyncNowOutcome& outcome)
{
    // Before and after as the helper measured them over NTP; chronyd's own estimate lags behind a
    // step, so it is never shown as "after".
    const auto offset = [](double seconds) { return SecondsText::withDirection(seconds, tr("ahead"), tr("behind")); };
    QStringList lines{outcome.summary};
    if (outcome.stepped() && outcome.measuredOffset && outcome.offsetAfter)
        return outcome.summary; // it says both already
    if (outcome.measuredOffset && outcome.offsetAfter)
        lines << (outcome.clockChanged ? tr("Measured against %1: before the step this clock was %2; after it, %3.")
                                       : tr("Measured against %1: this clock was %2, and %3 when measured again "
                                            "(not stepped)."))
                     .arg(outcome.source, offset(*outcome.measuredOffset), offset(*outcome.offsetAfter));
    else if (outcome.measuredOffset)
        lines << tr("Measured against %1: this clock was %2; not measured again afterwards.")
                     .arg(outcome.source, offset(*outcome.measuredOffset));
    return lines.join(u'\n');
}

QString LivePanel::syncStatus() const
{
    return m_syncStatus->text();
}

void LivePanel::syncNow()
{
    // Before any password prompt: an action that cannot work is not started.
    if (!m_monitor || m_syncNow->isRunning() || !m_monitor->syncNowBlocker().isEmpty())
        return;
    const SyncNowPreview preview = m_monitor->syncNowPreview();
    if (!m_dialogs->confirmSyncNow(this, preview))
        return;
    m_syncButton->setEnabled(false);
    m_syncResultAge->stop();
    m_syncStatus->setStyleSheet(QString());
    m_syncStatus->setText(tr("Sync now: starting the helper…"));
    m_syncStatus->setVisible(true);
    m_syncNow->start(m_monitor->pair().syncRoot, m_monitor->pair().syncPeer);
}

void LivePanel::exportCsv()
{
    if (!m_monitor)
        return;
    const QString path =
        m_dialogs->saveFileName(this, tr("Export the history as CSV"),
                                QDir::homePath() + QStringLiteral("/tandem-history.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status written = m_monitor->exportCsv(path); !written)
        m_dialogs->showError(this, tr("Export the history as CSV"), written.error());
}

void LivePanel::exportPng()
{
    const QString path =
        m_dialogs->saveFileName(this, tr("Export the chart as PNG"),
                                QDir::homePath() + QStringLiteral("/tandem-chart.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_chart->grab().save(path, "PNG"))
        m_dialogs->showError(this, tr("Export the chart as PNG"), tr("Could not write %1.").arg(path));
}

#pragma once

#include "monitor/PairMonitor.h"

#include <QWidget>

#include <memory>

class AlertBanner;
class Dialogs;
class OffsetChartView;
class QComboBox;
class AlertLogView;
class QLabel;
class QTimer;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class SourcesTable;
class SyncNowController;
class SystemCard;

// What admins keep open: both systems side by side (cards), the offset chart over a chosen window,
// each system's sources, alerts, exports and "Sync now". All the work is the core's (PairMonitor,
// ChartFrame, SyncNowController); this widget lays it out, draws it and forwards clicks.
class LivePanel : public QWidget
{
    Q_OBJECT
public:
    // The chart windows on offer.
    enum class Window { FiveMinutes, OneHour, OneDay, SevenDays };

    explicit LivePanel(Dialogs* dialogs, QWidget* parent = nullptr);
    ~LivePanel() override;

    // Replaces what is watched; the history lives in historyDirectory (empty: not kept).
    void setPair(const PairDefinition& pair, const QString& historyDirectory);
    // tandem-lab-helper for lab roots (tests, the build tree); empty: found next to the program.
    void setSyncNowProgram(const QString& path);

    void setWindow(Window window);
    void setFollowing(bool following);
    // Paused: moves the window by half its width, earlier (negative) or later; never past now.
    void scrollPaused(int halfWindows);
    qint64 windowMs() const;

    PairMonitor* monitor() const { return m_monitor.get(); }
    SystemCard* card(int index) const { return index == 1 ? m_card1 : m_card2; }
    OffsetChartView* chart() const { return m_chart; }
    AlertBanner* alertBanner() const { return m_alerts; }
    SourcesTable* sourcesTable(int index) const { return index == 1 ? m_sources1 : m_sources2; }
    AlertLogView* alertLog() const { return m_alertLog; }
    QString syncStatus() const;
    int notificationsShown() const { return m_notifications; }

    void syncNow();
    void exportCsv();
    void exportPng();
    // Redraws the chart from the history now (also what every poll round does while following).
    void refreshChart();

signals:
    void refreshed();
    void syncNowFinished(const SyncNowOutcome& outcome);

private:
    QWidget* buildToolbar();
    void onRound();
    void onSnapshot(const SystemSnapshot& snapshot);
    void onAlertRaised(const Alert& alert);
    // Sync now is offered only when it can work; otherwise the reason shows beside the button.
    void updateSyncNowAction();
    // A finished Sync now's result, until something newer happens (an alert) or it is old.
    void showSyncResult(const QString& text, bool warning);
    void fadeSyncResult();
    void showReadout(qint64 timeMs);
    static QString syncNowResultText(const SyncNowOutcome& outcome);
    bool eventFilter(QObject* watched, QEvent* event) override;

    Dialogs* m_dialogs;
    std::unique_ptr<PairMonitor> m_monitor;
    SyncNowController* m_syncNow;
    AlertBanner* m_alerts;
    SystemCard* m_card1;
    SystemCard* m_card2;
    OffsetChartView* m_chart;
    SourcesTable* m_sources1;
    SourcesTable* m_sources2;
    QTabWidget* m_tabs;
    QComboBox* m_windowCombo;
    QPushButton* m_pauseButton;
    QPushButton* m_earlierButton;
    QPushButton* m_laterButton;
    QPushButton* m_syncButton;
    QLabel* m_syncStatus;
    QLabel* m_syncReason;
    QTimer* m_syncResultAge;
    AlertLogView* m_alertLog;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_pausedEndMs = 0;
    bool m_following = true;
    bool m_refreshQueued = false;
    int m_notifications = 0;
};

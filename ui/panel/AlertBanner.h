#pragma once

#include "monitor/AlertRules.h"

#include <QFrame>

class QLabel;

// The active alerts as a red strip above the cards; hidden when there are none.
class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);

    void setAlerts(const QList<Alert>& alerts);
    QString text() const;

private:
    QLabel* m_text;
};

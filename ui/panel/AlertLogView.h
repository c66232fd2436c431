#pragma once

#include "monitor/AlertLog.h"

#include <QTableWidget>

// The Alerts tab's record: every alert raised for this pair, newest first, with when it started,
// when it was raised, and when it cleared (or that Tandem stopped watching while it was active).
class AlertLogView : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Raised, Rule, System, Cleared, Text, ColumnCount };

    explicit AlertLogView(QWidget* parent = nullptr);

    void setLog(const AlertLog& log);

    static QString ruleText(Alert::Kind kind);
};

#pragma once

#include "cmdmon/CmdmonReports.h"

#include <QTableView>

class QSortFilterProxyModel;
class SourcesTableModel;

// A live, sortable table of one system's sources (click a header to sort; the sort survives updates).
class SourcesTable : public QTableView
{
    Q_OBJECT
public:
    explicit SourcesTable(QWidget* parent = nullptr);

    void setSources(const QList<SourceReport>& sources);

    // Shown over an empty table, e.g. a System 1 that serves its local clock has no sources.
    void setEmptyText(const QString& text) { m_emptyText = text; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SourcesTableModel* m_model;
    QString m_emptyText;
    QSortFilterProxyModel* m_proxy;
};

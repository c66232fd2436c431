#include "SourcesTable.h"

#include "SourcesTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QSortFilterProxyModel>

SourcesTable::SourcesTable(QWidget* parent)
    : QTableView(parent)
    , m_model(new SourcesTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourcesTableModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(SourcesTableModel::State, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // One Tab stop for the whole table (arrow keys move inside it), not one per cell: with a dozen
    // sources Tab took 40+ presses to leave it.
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(false);
    setEmptyText(tr("No time sources. A System 1 that serves its own clock (local stratum) has none; "
                    "otherwise chronyd has not been given any."));
}

void SourcesTable::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_model->rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

void SourcesTable::setSources(const QList<SourceReport>& sources)
{
    m_model->setSources(sources);
}

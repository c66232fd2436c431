#include "AlertLogView.h"

#include "panel/PanelFormat.h"

#include <QDateTime>
#include <QHeaderView>

namespace {

QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AlertLogView::AlertLogView(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("alertLogTable"));
    setAccessibleName(tr("Alert log"));
    setHorizontalHeaderLabels({tr("Raised"), tr("Rule"), tr("System"), tr("Cleared"), tr("What")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // one Tab stop, arrows inside
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    setWordWrap(false);
}

QString AlertLogView::ruleText(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::LeapNotNormal:
        return tr("Leap status");
    case Alert::Kind::OffsetTooLarge:
        return tr("Offset");
    case Alert::Kind::Unreachable:
        return tr("Unreachable");
    case Alert::Kind::LinkDegraded:
        return tr("Link degraded");
    }
    return {};
}

void AlertLogView::setLog(const AlertLog& log)
{
    const QList<AlertLogEntry>& entries = log.entries();
    setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const AlertLogEntry& entry = entries.at(entries.size() - 1 - row); // newest first
        QString cleared = tr("still active");
        if (entry.clearedMs != 0) {
            cleared = entry.endUnknown
                          ? tr("%1 (Tandem stopped watching)").arg(dateTime(entry.clearedMs))
                          : tr("%1 (after %2)")
                                .arg(dateTime(entry.clearedMs), PanelFormat::duration(entry.clearedMs - entry.sinceMs));
        }
        const QStringList cells{dateTime(entry.raisedMs), ruleText(entry.kind), tr("System %1").arg(entry.system),
                                cleared, entry.text};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == Raised)
                item->setToolTip(tr("Condition since %1").arg(dateTime(entry.sinceMs)));
            setItem(row, column, item);
        }
    }
}

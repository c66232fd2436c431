#pragma once

#include "cmdmon/CmdmonReports.h"

#include <QAbstractTableModel>
#include <QList>

// One system's sources as chronyc shows them: state, name, stratum, poll, the 8 reach bits, time
// since the last sample, offset and error. Qt::UserRole holds a number for sorting.
class SourcesTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, Name, Stratum, Poll, Reach, LastSample, Offset, Error, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setSources(const QList<SourceReport>& sources);
    const QList<SourceReport>& sources() const { return m_sources; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "selected", "candidate", ... in words, for the State column's tooltip.
    static QString stateWords(SourceReport::State state);
    // The reach register as 8 bits, newest on the right, as chronyc's octal "377" = "11111111".
    static QString reachBits(quint16 reach);

private:
    QList<SourceReport> m_sources;
};

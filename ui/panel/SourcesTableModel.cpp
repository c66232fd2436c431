#include "SourcesTableModel.h"

#include "util/SecondsText.h"

#include <cmath>
#include <limits>

void SourcesTableModel::setSources(const QList<SourceReport>& sources)
{
    // Same rows (the usual case at 1 Hz): only the values change, so selection and sorting stay put.
    if (sources.size() == m_sources.size()) {
        m_sources = sources;
        if (!m_sources.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_sources.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int SourcesTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourcesTableModel::stateWords(SourceReport::State state)
{
    switch (state) {
    case SourceReport::State::Selected:
        return tr("selected: the source chronyd follows now");
    case SourceReport::State::NonSelectable:
        return tr("not selectable: unreachable, or not usable yet");
    case SourceReport::State::Falseticker:
        return tr("falseticker: disagrees with the other sources");
    case SourceReport::State::Jittery:
        return tr("too variable to be trusted");
    case SourceReport::State::Unselected:
        return tr("combined: averaged in with the selected source");
    case SourceReport::State::Selectable:
        return tr("selectable, but not combined with the selected source");
    }
    return {};
}

QString SourcesTableModel::reachBits(quint16 reach)
{
    return QStringLiteral("%1").arg(reach & 0xff, 8, 2, QChar(u'0'));
}

QVariant SourcesTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const SourceReport& s = m_sources.at(index.row());
    const bool sampled = s.sinceSample != SourceReport::NeverSampled;
    if (role == SortRole) {
        switch (index.column()) {
        case State:
            return int(s.state);
        case Name:
            return s.name();
        case Stratum:
            return s.stratum;
        case Poll:
            return s.poll;
        case Reach:
            return s.reachability & 0xff;
        case LastSample:
            return sampled ? qint64(s.sinceSample) : std::numeric_limits<qint64>::max();
        case Offset:
            return sampled ? s.adjustedOffset : std::nan("");
        case Error:
            return s.error;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case State:
            return QStringLiteral("%1%2").arg(s.modeChar()).arg(s.stateChar());
        case Name:
            // The name chronyd was given and the address it stands for, as tandem-cli sources shows them.
            if (s.sourceName.isEmpty() || s.sourceName == s.name())
                return s.name();
            if (s.address.family == CmdmonWire::Address::Family::Id)
                return tr("%1 (not resolved yet)").arg(s.sourceName);
            return tr("%1 (%2)").arg(s.sourceName, s.name());
        case Stratum:
            return s.stratum;
        case Poll:
            return tr("%1 s").arg(std::ldexp(1.0, s.poll), 0, 'g', 4);
        case Reach:
            return reachBits(s.reachability);
        case LastSample:
            return sampled ? tr("%1 s ago").arg(s.sinceSample) : tr("never");
        case Offset:
            return sampled ? SecondsText::withDirection(s.adjustedOffset, tr("ahead"), tr("behind")) : tr("—");
        case Error:
            return sampled ? tr("± %1").arg(SecondsText::format(s.error)) : tr("—");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case State:
            return stateWords(s.state);
        case Reach:
            return tr("The last 8 polls, newest on the right: 1 = answered (chronyc shows %1 in octal).")
                .arg(s.reachability & 0xff, 0, 8);
        case Offset:
            return tr("This system's clock against the source at the last sample (+ = this clock is ahead of the "
                      "source, as everywhere in Tandem).");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Stratum)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SourcesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Name:
        return tr("Name");
    case Stratum:
        return tr("Stratum");
    case Poll:
        return tr("Poll");
    case Reach:
        return tr("Reach");
    case LastSample:
        return tr("Last sample");
    case Offset:
        //: Column: how far this system's clock is from the row's source (+ = ahead)
        return tr("This clock vs. source");
    case Error:
        return tr("Error");
    }
    return {};
}

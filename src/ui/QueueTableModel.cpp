#include "QueueTableModel.h"

#include "DisplayText.h"

#include <QBrush>
#include <QColor>

namespace callscore {

QueueTableModel::QueueTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void QueueTableModel::setRows(const QVector<QueueRow>& rows, const QTimeZone& zone)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone;
    endResetModel();
}

int QueueTableModel::reviewedCount() const
{
    int count = 0;
    for (const QueueRow& row : m_rows)
        count += row.scorePercent ? 1 : 0;
    return count;
}

int QueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};

    const QueueRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case kCallIdRole:
        return row.call.callId;
    case Qt::ToolTipRole:
        return row.call.recording.isEmpty() ? tr("No recording") : row.call.recording;
    case Qt::ForegroundRole:
        if (index.column() == ReviewedColumn && row.violation)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TalkTimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString QueueTableModel::text(const QueueRow& row, int column) const
{
    switch (column) {
    case TimeColumn:
        return DisplayText::localDateTime(row.call.startUtc, m_zone);
    case ManagerColumn:
        return row.call.manager;
    case CustomerColumn:
        return row.call.customer;
    case DirectionColumn:
        return DisplayText::direction(row.call.direction);
    case TalkTimeColumn:
        return DisplayText::talkTime(row.call.billsec);
    case ReviewedColumn:
        if (!row.scorePercent)
            return {};
        return row.violation ? tr("✓ %1, violation").arg(DisplayText::percent(*row.scorePercent))
                             : tr("✓ %1").arg(DisplayText::percent(*row.scorePercent));
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ManagerColumn:
        return tr("Manager");
    case CustomerColumn:
        return tr("Customer");
    case DirectionColumn:
        return tr("Direction");
    case TalkTimeColumn:
        return tr("Talk time");
    case ReviewedColumn:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace callscore

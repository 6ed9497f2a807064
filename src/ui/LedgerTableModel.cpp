#include "LedgerTableModel.h"

#include "DisplayText.h"

#include <QBrush>
#include <QColor>

namespace callscore {

LedgerTableModel::LedgerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LedgerTableModel::setTotals(const QVector<ManagerWeekTotals>& totals, const QString& currency)
{
    beginResetModel();
    m_totals = totals;
    m_currency = currency;
    endResetModel();
}

ManagerWeekTotals LedgerTableModel::sum() const
{
    ManagerWeekTotals total;
    for (const ManagerWeekTotals& row : m_totals) {
        total.reviewedCalls += row.reviewedCalls;
        total.passedCalls += row.passedCalls;
        total.violations += row.violations;
        total.bonus += row.bonus;
        total.finesCharged += row.finesCharged;
        total.finesWaived += row.finesWaived;
        total.callbackFinesCharged += row.callbackFinesCharged;
        total.callbackFinesWaived += row.callbackFinesWaived;
        total.teamBonus += row.teamBonus;
        total.leaderBonus += row.leaderBonus;
    }
    return total;
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_totals.size();
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_totals.size())
        return {};

    const ManagerWeekTotals& row = m_totals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ReviewedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NetColumn && row.net() < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == FinesWaivedColumn || index.column() == CallbackFinesWaivedColumn)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    default:
        return {};
    }
}

QString LedgerTableModel::text(const ManagerWeekTotals& row, int column) const
{
    switch (column) {
    case ManagerColumn:
        return row.manager;
    case TeamColumn:
        return row.team;
    case ReviewedColumn:
        return QString::number(row.reviewedCalls);
    case PassedColumn:
        return QString::number(row.passedCalls);
    case ViolationsColumn:
        return QString::number(row.violations);
    case BonusColumn:
        return DisplayText::amount(row.bonus);
    case FinesChargedColumn:
        return DisplayText::amount(row.finesCharged);
    case FinesWaivedColumn:
        return DisplayText::amount(row.finesWaived);
    case CallbackFinesChargedColumn:
        return DisplayText::amount(row.callbackFinesCharged);
    case CallbackFinesWaivedColumn:
        return DisplayText::amount(row.callbackFinesWaived);
    case TeamBonusColumn:
        return DisplayText::amount(row.teamBonus);
    case LeaderBonusColumn:
        return DisplayText::amount(row.leaderBonus);
    case NetColumn:
        return DisplayText::amount(row.net());
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= BonusColumn)
        return tr("Amounts in %1").arg(m_currency);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case ManagerColumn:
        return tr("Manager");
    case TeamColumn:
        return tr("Team");
    case ReviewedColumn:
        return tr("Reviewed");
    case PassedColumn:
        return tr("Passed");
    case ViolationsColumn:
        return tr("Violations");
    case BonusColumn:
        return tr("Bonus");
    case FinesChargedColumn:
        return tr("Fines\ncharged");
    case FinesWaivedColumn:
        return tr("Fines\nwaived");
    case CallbackFinesChargedColumn:
        return tr("Callback fines\ncharged");
    case CallbackFinesWaivedColumn:
        return tr("Callback fines\nwaived");
    case TeamBonusColumn:
        return tr("Team\nbonus");
    case LeaderBonusColumn:
        return tr("Leader\nbonus");
    case NetColumn:
        return tr("Net");
    default:
        return {};
    }
}

} // namespace callscore

#pragma once

#include "core/LedgerCalculator.h"

#include <QAbstractTableModel>
#include <QVector>

namespace callscore {

// The week's totals per manager, in the columns of the ledger CSV.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ManagerColumn,
        TeamColumn,
        ReviewedColumn,
        PassedColumn,
        ViolationsColumn,
        BonusColumn,
        FinesChargedColumn,
        FinesWaivedColumn,
        CallbackFinesChargedColumn,
        CallbackFinesWaivedColumn,
        TeamBonusColumn,
        LeaderBonusColumn,
        NetColumn,
        ColumnCount
    };

    explicit LedgerTableModel(QObject* parent = nullptr);

    void setTotals(const QVector<ManagerWeekTotals>& totals, const QString& currency);
    const QVector<ManagerWeekTotals>& totals() const { return m_totals; }
    // The sum of every manager's row, named for display.
    ManagerWeekTotals sum() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const ManagerWeekTotals& row, int column) const;

    QVector<ManagerWeekTotals> m_totals;
    QString m_currency;
};

} // namespace callscore

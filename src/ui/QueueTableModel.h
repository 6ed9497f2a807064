#pragma once

#include "core/Records.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace callscore {

// One call of the review queue and, once reviewed, its score.
struct QueueRow {
    CallRecord call;
    std::optional<double> scorePercent;
    bool violation = false;
};

// The sampled calls of one queue day, a row each.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ManagerColumn,
        CustomerColumn,
        DirectionColumn,
        TalkTimeColumn,
        ReviewedColumn,
        ColumnCount
    };
    static constexpr int kCallIdRole = Qt::UserRole + 1;

    explicit QueueTableModel(QObject* parent = nullptr);

    void setRows(const QVector<QueueRow>& rows, const QTimeZone& zone);
    const QVector<QueueRow>& rows() const { return m_rows; }
    int reviewedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const QueueRow& row, int column) const;

    QVector<QueueRow> m_rows;
    QTimeZone m_zone;
};

} // namespace callscore

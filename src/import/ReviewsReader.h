#pragma once

#include "ReadRecords.h"

#include <QByteArray>
#include <QTimeZone>

namespace callscore {

// Already-scored reviews, JSON {"reviews": [...]} as in FORMATS.md. Checks
// the shape of each review; whether its call and template exist and whether
// its answers score is the Importer's job, against the store.
class ReviewsReader
{
public:
    // `zone` reads a submitted_at written without an offset.
    explicit ReviewsReader(const QTimeZone& zone);

    QVector<ReviewRow> read(const QByteArray& json);

    const QVector<RowProblem>& problems() const { return m_problems; }
    QString fatalError() const { return m_fatal; }

private:
    QTimeZone m_zone;
    QVector<RowProblem> m_problems;
    QString m_fatal;
};

} // namespace callscore

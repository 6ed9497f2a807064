#include "ImportReport.h"

#include <QFileInfo>

namespace callscore {

QString ImportReport::summary() const
{
    const QString name = QFileInfo(file).fileName();
    if (fatal)
        return QStringLiteral("%1: nothing imported: %2").arg(name, fatalError);
    return QStringLiteral("%1: %2 records, %3 inserted, %4 updated, %5 unchanged, %6 rejected")
        .arg(name)
        .arg(records)
        .arg(inserted)
        .arg(updated)
        .arg(unchanged)
        .arg(rejected);
}

} // namespace callscore

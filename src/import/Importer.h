#pragma once

#include "ImportReport.h"

#include "core/ChecklistTemplate.h"
#include "core/Records.h"
#include "core/Scoring.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace callscore {

class Store;

// The imports the command line and the GUI share. Each reads one file,
// writes it in one transaction and reports what it did; re-importing the
// same file changes nothing. They may run off the GUI thread with a Store
// opened on that thread.
class Importer
{
public:
    explicit Importer(Store& store);

    // Optional: called after each record, may cancel.
    void setProgress(const ImportProgress& progress) { m_progress = progress; }

    ImportReport importStaff(const QString& path);
    ImportReport importCdr(const QString& path, const CdrImportOptions& options = {});
    ImportReport importCrm(const QString& path, const CrmImportOptions& options = {});
    ImportReport importTemplate(const QString& path);
    ImportReport importReviews(const QString& path, const ReviewImportOptions& options = {});

private:
    std::optional<ReviewScore> scoreReview(const ReviewRecord& review, QString* problem);
    QString reviewConflict(const ReviewRecord& review) const;

    Store& m_store;
    ImportProgress m_progress;
    // Templates by id and version, read once per import of reviews.
    QHash<QPair<QString, int>, std::optional<ChecklistTemplate>> m_templates;
};

// Shorthands for one import without progress.
ImportReport importStaff(Store& store, const QString& path);
ImportReport importCdr(Store& store, const QString& path, const CdrImportOptions& options = {});
ImportReport importCrm(Store& store, const QString& path, const CrmImportOptions& options = {});
ImportReport importTemplate(Store& store, const QString& path);
ImportReport importReviews(Store& store, const QString& path,
                           const ReviewImportOptions& options = {});

} // namespace callscore

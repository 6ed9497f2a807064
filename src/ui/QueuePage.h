#pragma once

#include "PageContext.h"
#include "QueueTableModel.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace Ui {
class QueuePage;
}

namespace callscore {

// What one background load of the queue brings back.
struct QueueSnapshot {
    QVector<QueueRow> rows;
    int reviewedToday = 0;
};

// The day's review queue: the sampled calls of a date with their review
// state, the reviewer, and the reviewer's progress towards the daily minimum.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(const PageContext& context, QWidget* parent = nullptr);
    ~QueuePage() override;

    void setDate(const QDate& date);
    QDate date() const;
    // Picks a reviewer by name; returns false when no such reviewer exists.
    bool setReviewer(const QString& name);
    QString reviewer() const;
    QString firstCallId() const;

    void reloadStaff();
    void refresh();

Q_SIGNALS:
    void openCallRequested(const QString& callId);
    void reviewerChanged(const QString& reviewer);
    void queueLoaded(int calls);

private:
    void showSnapshot();
    void showProgress(int reviewedToday);
    void showSourceDays();
    void openSelected();
    QDate today() const;

    std::unique_ptr<Ui::QueuePage> m_ui;
    PageContext m_context;
    QueueTableModel* m_model = nullptr;
    QFutureWatcher<WorkerResult<QueueSnapshot>> m_watcher;
    bool m_reloadWanted = false;
};

} // namespace callscore

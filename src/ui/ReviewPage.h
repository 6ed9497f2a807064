#pragma once

#include "PageContext.h"

#include "core/ChecklistTemplate.h"
#include "core/Records.h"
#include "core/Rules.h"
#include "core/Scoring.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ReviewPage;
}

namespace callscore {

class PlayerWidget;

// One call under review: its header, the recording, the checklist with a
// live score, a comment and Submit. A call that already has a review opens
// read-only with the stored answers, since a submitted review is final.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(const PageContext& context, QWidget* parent = nullptr);
    ~ReviewPage() override;

    bool openCall(const QString& callId);
    QString currentCallId() const { return m_call.callId; }
    bool isReadOnly() const { return m_readOnly; }
    void setReviewer(const QString& reviewer);
    PlayerWidget* playerWidget() const;

Q_SIGNALS:
    void reviewSubmitted(const QString& callId, const QString& summary);

private:
    void showHeader(const CallRecord& call);
    void showStoredReview(const ReviewRecord& review);
    void setReadOnly(bool readOnly);
    void updateScore();
    void updateSubmit();
    QString verdict(const ReviewScore& score) const;
    void submit();
    void showStatus(const QString& text, bool problem);

    std::unique_ptr<Ui::ReviewPage> m_ui;
    PageContext m_context;
    CallRecord m_call;
    Rules m_rules;
    QString m_reviewer;
    bool m_readOnly = false;
    bool m_hasChecklist = false;
};

} // namespace callscore

#pragma once

#include "core/ChecklistTemplate.h"
#include "core/Records.h"

#include <QHash>
#include <QVector>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QRadioButton;
class QVBoxLayout;

namespace callscore {

// The checklist of one template, built at run time: one group box per stage
// in the template's order, one row per item with Pass / Fail / N/A (N/A only
// where the item allows it), critical items marked and weights shown.
//
// Radio buttons are named "answer_<item id>_pass", "_fail" and "_na" so that
// tests and accessibility tools can reach them.
class ChecklistForm : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistForm(QWidget* parent = nullptr);

    void setChecklist(const ChecklistTemplate& checklist, bool english);
    const ChecklistTemplate& checklist() const { return m_checklist; }

    QHash<QString, Answer> answers() const;
    void setAnswers(const QHash<QString, Answer>& answers);
    void clearAnswers();
    bool isComplete() const;
    int answeredCount() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void answersChanged();

private:
    struct ItemRow {
        QString itemId;
        QButtonGroup* group = nullptr;
        QRadioButton* pass = nullptr;
        QRadioButton* fail = nullptr;
        QRadioButton* notApplicable = nullptr;
    };

    void clearRows();
    void alignColumns(QGridLayout* grid) const;
    void addItemRow(QGridLayout* grid, const ChecklistItem& item, bool english);
    QRadioButton* addAnswerButton(QGridLayout* grid, int row, int column, const QString& text,
                                  const QString& name, Answer answer, QButtonGroup* group);

    ChecklistTemplate m_checklist;
    QVector<ItemRow> m_rows;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace callscore

#include "ChecklistForm.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace callscore {

namespace {

enum Column { TextColumn, WeightColumn, PassColumn, FailColumn, NaColumn };

} // namespace

ChecklistForm::ChecklistForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ChecklistForm::setChecklist(const ChecklistTemplate& checklist, bool english)
{
    clearRows();
    m_checklist = checklist;

    m_content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_content);

    // Group boxes appear in the order their stage first occurs in the template.
    QHash<QString, QGridLayout*> grids;
    for (const ChecklistItem& item : checklist.items) {
        const QString stage = item.localizedStage(english);
        if (!grids.contains(stage)) {
            auto* box = new QGroupBox(stage.isEmpty() ? tr("Checklist") : stage, m_content);
            auto* grid = new QGridLayout(box);
            alignColumns(grid);
            grids.insert(stage, grid);
            contentLayout->addWidget(box);
        }
        addItemRow(grids.value(stage), item, english);
    }
    contentLayout->addStretch(1);
    Q_EMIT answersChanged();
}

void ChecklistForm::addItemRow(QGridLayout* grid, const ChecklistItem& item, bool english)
{
    const int row = grid->rowCount();
    QString text = item.localizedText(english).toHtmlEscaped();
    if (item.critical)
        text = tr("<b>%1</b> <span style=\"color:#b00020\">(critical)</span>").arg(text);

    auto* label = new QLabel(text, grid->parentWidget());
    label->setObjectName(QStringLiteral("item_%1").arg(item.id));
    label->setWordWrap(true);
    label->setToolTip(item.critical ? tr("Failing a critical item fails the whole call")
                                    : QString());
    grid->addWidget(label, row, TextColumn);

    auto* weight = new QLabel(tr("weight %1").arg(item.weight), grid->parentWidget());
    weight->setStyleSheet(QStringLiteral("color: #5f6368;"));
    grid->addWidget(weight, row, WeightColumn);

    ItemRow itemRow;
    itemRow.itemId = item.id;
    itemRow.group = new QButtonGroup(this);
    const QString prefix = QStringLiteral("answer_") + item.id;
    itemRow.pass = addAnswerButton(grid, row, PassColumn, tr("Pass"),
                                   prefix + QStringLiteral("_pass"), Answer::Pass, itemRow.group);
    itemRow.fail = addAnswerButton(grid, row, FailColumn, tr("Fail"),
                                   prefix + QStringLiteral("_fail"), Answer::Fail, itemRow.group);
    if (item.allowNa) {
        itemRow.notApplicable =
            addAnswerButton(grid, row, NaColumn, tr("N/A"), prefix + QStringLiteral("_na"),
                            Answer::NotApplicable, itemRow.group);
    }

    connect(itemRow.group, &QButtonGroup::idClicked, this, &ChecklistForm::answersChanged);
    m_rows.append(itemRow);
}

void ChecklistForm::alignColumns(QGridLayout* grid) const
{
    // Every stage has its own grid; equal fixed columns line the answers up
    // from one group box to the next, N/A column included where it is unused.
    // The widths come from real widgets so the style's indicator is counted.
    int answerWidth = 0;
    for (const QString& text : {tr("Pass"), tr("Fail"), tr("N/A")})
        answerWidth = qMax(answerWidth, QRadioButton(text).sizeHint().width());
    const int weightWidth = QLabel(tr("weight %1").arg(100)).sizeHint().width();

    grid->setColumnStretch(TextColumn, 1);
    grid->setHorizontalSpacing(14);
    grid->setColumnMinimumWidth(WeightColumn, weightWidth);
    for (int column : {PassColumn, FailColumn, NaColumn})
        grid->setColumnMinimumWidth(column, answerWidth);
    // A grid only has the columns its items occupy, and a spacer item gets no
    // spacing before it, so an empty widget holds the N/A column open.
    auto* placeholder = new QWidget(grid->parentWidget());
    placeholder->setFixedSize(answerWidth, 0);
    grid->addWidget(placeholder, 0, NaColumn);
}

QRadioButton* ChecklistForm::addAnswerButton(QGridLayout* grid, int row, int column,
                                             const QString& text, const QString& name,
                                             Answer answer, QButtonGroup* group)
{
    auto* button = new QRadioButton(text, grid->parentWidget());
    button->setObjectName(name);
    group->addButton(button, static_cast<int>(answer));
    grid->addWidget(button, row, column);
    return button;
}

QHash<QString, Answer> ChecklistForm::answers() const
{
    QHash<QString, Answer> result;
    for (const ItemRow& row : m_rows) {
        const int id = row.group->checkedId();
        if (id >= 0)
            result.insert(row.itemId, static_cast<Answer>(id));
    }
    return result;
}

void ChecklistForm::setAnswers(const QHash<QString, Answer>& answers)
{
    for (const ItemRow& row : m_rows) {
        const auto found = answers.constFind(row.itemId);
        if (found == answers.constEnd())
            continue;
        if (QAbstractButton* button = row.group->button(static_cast<int>(*found)))
            button->setChecked(true);
    }
    Q_EMIT answersChanged();
}

void ChecklistForm::clearAnswers()
{
    // An exclusive group refuses to uncheck its last button, so exclusivity
    // is lifted for the moment of clearing.
    for (const ItemRow& row : m_rows) {
        row.group->setExclusive(false);
        for (QAbstractButton* button : row.group->buttons())
            button->setChecked(false);
        row.group->setExclusive(true);
    }
    Q_EMIT answersChanged();
}

bool ChecklistForm::isComplete() const
{
    return !m_rows.isEmpty() && answeredCount() == m_rows.size();
}

int ChecklistForm::answeredCount() const
{
    int count = 0;
    for (const ItemRow& row : m_rows)
        count += row.group->checkedId() >= 0 ? 1 : 0;
    return count;
}

void ChecklistForm::setReadOnly(bool readOnly)
{
    for (const ItemRow& row : m_rows) {
        for (QAbstractButton* button : row.group->buttons()) {
            // A stored answer stays plainly readable; the other choices grey out.
            button->setEnabled(!readOnly || button->isChecked());
            button->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
            button->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
        }
    }
}

void ChecklistForm::clearRows()
{
    for (const ItemRow& row : m_rows)
        delete row.group;
    m_rows.clear();
    delete m_content;
    m_content = nullptr;
}

} // namespace callscore

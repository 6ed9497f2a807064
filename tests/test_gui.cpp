#include "TestSupport.h"

#include "core/Period.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "ui/ChecklistForm.h"
#include "ui/LedgerPage.h"
#include "ui/MainWindow.h"
#include "ui/PageContext.h"
#include "ui/PlayerWidget.h"
#include "ui/QueuePage.h"
#include "ui/QueueTableModel.h"
#include "ui/ReviewPage.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace callscore;

namespace {

const QString kReviewer = QStringLiteral("Maria K.");
const QString kIvan = QStringLiteral("Ivan Petrov");
const QString kOlga = QStringLiteral("Olga Smirnova");
const QString kWeek = QStringLiteral("2024-W05");
// Tuesday's queue samples Monday's calls.
const QDate kQueueDate(2024, 1, 30);
const QDate kCallDate(2024, 1, 29);
const QString kLedgerHeader = QStringLiteral(
    "week,manager,team,reviewed_calls,passed_calls,violations,bonus,fines_charged,"
    "fines_waived,callback_fines_charged,callback_fines_waived,team_bonus,leader_bonus,net,"
    "currency");

StaffMember person(const QString& name, StaffRole role, const QString& extension)
{
    StaffMember member;
    member.name = name;
    member.role = role;
    member.team = role == StaffRole::Manager ? QStringLiteral("North") : QString();
    member.teamLeader = name == kIvan;
    member.startDate = QDate(2023, 6, 1); // long past the grace period
    if (!extension.isEmpty())
        member.extensions = {extension};
    return member;
}

CallRecord callAt(const QString& id, int hour, const QString& extension, int billsec,
                  const QString& recording)
{
    CallRecord call;
    call.callId = id;
    call.startUtc = QDateTime(kCallDate, QTime(hour, 0), QTimeZone("Europe/Moscow")).toUTC();
    call.direction = QStringLiteral("out");
    call.customer = QStringLiteral("+7912345670") + QString::number(hour % 10);
    call.agentExtension = extension;
    call.durationS = billsec + 5;
    call.billsec = billsec;
    call.disposition = QStringLiteral("ANSWERED");
    call.recording = recording;
    return call;
}

} // namespace

class GuiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queueShowsTheSampledCalls();
    void reviewUpdatesScoreQueueAndLedger();
    void reviewedCallOpensReadOnly();
    void missingRecordingIsShownInTheWindow();
    void ledgerExportsThroughTheSeam();

private:
    void seedStore();
    QueuePage* queue() const { return m_window->queuePage(); }
    QAbstractItemModel* queueModel() const;
    int queueRowOf(const QString& callId) const;
    int queueRowOfManager(const QString& manager) const;
    QString unreviewedCallOf(const QString& manager) const;
    void openFromQueue(const QString& callId);
    void answer(const QString& itemId, const QString& choice);
    void reviewCall(const QString& callId, const QHash<QString, QString>& choices);
    QStringList ledgerRow(const QString& manager) const;
    template <typename T>
    T* child(const QString& name) const
    {
        T* found = m_window->findChild<T*>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_recording;
};

void GuiTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("CALLSCORE_AUDIO_SINK", "fakesink sync=true");
    QVERIFY(m_dir.isValid());
    m_recording = m_dir.filePath(QStringLiteral("call.wav"));
    QVERIFY(testing::writeToneWav(m_recording, 2500, 8000, 0));

    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("store.sqlite"))),
             qPrintable(m_database.errorString()));
    m_store = std::make_unique<Store>(m_database);
    QVERIFY2(m_store->ensureDefaultTemplate(), qPrintable(m_store->lastError()));
    seedStore();
}

void GuiTest::seedStore()
{
    QCOMPARE(m_store->upsertStaff(person(kIvan, StaffRole::Manager, QStringLiteral("101"))),
             WriteResult::Inserted);
    QCOMPARE(m_store->upsertStaff(person(kOlga, StaffRole::Manager, QStringLiteral("102"))),
             WriteResult::Inserted);
    QCOMPARE(m_store->upsertStaff(person(kReviewer, StaffRole::Reviewer, QString())),
             WriteResult::Inserted);

    // Ivan: four long calls and one too short to sample; Olga: one call whose
    // recording has gone missing from disk.
    const QString missing = m_dir.filePath(QStringLiteral("lost.wav"));
    const QVector<CallRecord> calls = {
        callAt(QStringLiteral("1706511600.1"), 9, QStringLiteral("101"), 95, m_recording),
        callAt(QStringLiteral("1706515200.2"), 10, QStringLiteral("101"), 120, m_recording),
        callAt(QStringLiteral("1706518800.3"), 11, QStringLiteral("101"), 64, m_recording),
        callAt(QStringLiteral("1706522400.4"), 12, QStringLiteral("101"), 300, m_recording),
        callAt(QStringLiteral("1706526000.5"), 13, QStringLiteral("101"), 12, m_recording),
        callAt(QStringLiteral("1706529600.6"), 14, QStringLiteral("102"), 80, missing),
    };
    for (const CallRecord& call : calls)
        QCOMPARE(m_store->insertCall(call), WriteResult::Inserted);
}

void GuiTest::init()
{
    PageContext context;
    context.store = m_store.get();
    context.worker = StoreWorker(m_database.path());
    context.english = true;
    MainWindowOptions options;
    options.queueDate = kQueueDate;
    options.reviewer = kReviewer;

    m_window = std::make_unique<MainWindow>(context, options);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(queueModel()->rowCount(), 4);
}

void GuiTest::cleanup()
{
    m_window.reset();
}

QAbstractItemModel* GuiTest::queueModel() const
{
    return child<QTableView>(QStringLiteral("queueTable"))->model();
}

int GuiTest::queueRowOf(const QString& callId) const
{
    for (int row = 0; row < queueModel()->rowCount(); ++row) {
        if (queueModel()->index(row, 0).data(QueueTableModel::kCallIdRole) == callId)
            return row;
    }
    return -1;
}

int GuiTest::queueRowOfManager(const QString& manager) const
{
    for (int row = 0; row < queueModel()->rowCount(); ++row) {
        if (queueModel()->index(row, QueueTableModel::ManagerColumn).data() == manager)
            return row;
    }
    return -1;
}

QString GuiTest::unreviewedCallOf(const QString& manager) const
{
    for (int row = 0; row < queueModel()->rowCount(); ++row) {
        const QString callId =
            queueModel()->index(row, 0).data(QueueTableModel::kCallIdRole).toString();
        if (queueModel()->index(row, QueueTableModel::ManagerColumn).data() == manager &&
            !m_store->reviewForCall(callId))
            return callId;
    }
    return {};
}

void GuiTest::openFromQueue(const QString& callId)
{
    m_window->showPage(MainWindow::QueuePageIndex);
    auto* table = child<QTableView>(QStringLiteral("queueTable"));
    const int row = queueRowOf(callId);
    QVERIFY2(row >= 0, qPrintable(callId));
    table->selectRow(row);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openCallButton")), Qt::LeftButton);
    QCOMPARE(m_window->reviewPage()->currentCallId(), callId);
    QVERIFY(m_window->reviewPage()->isVisible());
}

void GuiTest::answer(const QString& itemId, const QString& choice)
{
    const QString name = QStringLiteral("answer_%1_%2").arg(itemId, choice);
    auto* button = child<QRadioButton>(name);
    QVERIFY2(button, qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QVERIFY2(button->isChecked(), qPrintable(name));
}

void GuiTest::reviewCall(const QString& callId, const QHash<QString, QString>& choices)
{
    openFromQueue(callId);
    for (auto it = choices.constBegin(); it != choices.constEnd(); ++it)
        answer(it.key(), it.value());
}

QStringList GuiTest::ledgerRow(const QString& manager) const
{
    const QAbstractItemModel* model = child<QTableView>(QStringLiteral("ledgerTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() != manager)
            continue;
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        return cells;
    }
    return {};
}

void GuiTest::queueShowsTheSampledCalls()
{
    // Three of Ivan's four long calls and Olga's one; the 12 s call never.
    QCOMPARE(queueRowOf(QStringLiteral("1706526000.5")), -1);
    QVERIFY(queueRowOf(QStringLiteral("1706529600.6")) >= 0);

    int ivanRows = 0;
    for (int row = 0; row < queueModel()->rowCount(); ++row) {
        const QString manager =
            queueModel()->index(row, QueueTableModel::ManagerColumn).data().toString();
        ivanRows += manager == kIvan ? 1 : 0;
        QCOMPARE(queueModel()->index(row, QueueTableModel::DirectionColumn).data().toString(),
                 QStringLiteral("Outbound"));
    }
    QCOMPARE(ivanRows, 3);

    const QString headers = queueModel()->headerData(0, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringLiteral("Time"));
    QCOMPARE(child<QComboBox>(QStringLiteral("reviewerCombo"))->currentText(), kReviewer);
    QVERIFY(child<QProgressBar>(QStringLiteral("reviewProgress"))
                ->text()
                .endsWith(QStringLiteral("of 20 reviewed today")));
}

void GuiTest::reviewUpdatesScoreQueueAndLedger()
{
    const QString ivanCall = unreviewedCallOf(kIvan);
    QVERIFY(!ivanCall.isEmpty());

    openFromQueue(ivanCall);
    auto* submit = child<QPushButton>(QStringLiteral("submitButton"));
    auto* score = child<QLabel>(QStringLiteral("scoreLabel"));
    QVERIFY(!submit->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("item_greeting"))
                ->text()
                .contains(QStringLiteral("Greets, names the company and self")));

    // 75 of 90 applicable points: 83.3 %, passed, in the 80 band: 5.00.
    answer(QStringLiteral("greeting"), QStringLiteral("pass"));
    QVERIFY(score->text().contains(QStringLiteral("Score so far: 100.0 %")));
    answer(QStringLiteral("need"), QStringLiteral("fail"));
    QVERIFY(score->text().contains(QStringLiteral("Score so far: 40.0 %")));
    const QStringList passes = {QStringLiteral("offer"), QStringLiteral("objections"),
                                QStringLiteral("next_step"), QStringLiteral("summary")};
    for (const QString& item : passes)
        answer(item, QStringLiteral("pass"));
    answer(QStringLiteral("callback_time"), QStringLiteral("na"));
    QVERIFY(!submit->isEnabled());
    answer(QStringLiteral("politeness"), QStringLiteral("pass"));

    QVERIFY(submit->isEnabled());
    QVERIFY2(score->text().contains(QStringLiteral("Score: 83.3 %")), qPrintable(score->text()));
    QVERIFY2(score->text().contains(QStringLiteral("Passed: bonus 5.00 RUB")),
             qPrintable(score->text()));

    QSignalSpy submitted(m_window->reviewPage(), &ReviewPage::reviewSubmitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("submitted")));
    QVERIFY(m_window->reviewPage()->isReadOnly());

    const auto stored = m_store->reviewForCall(ivanCall);
    QVERIFY(stored);
    QCOMPARE(stored->review.reviewer, kReviewer);
    QCOMPARE(stored->review.templateId, QStringLiteral("sales-call"));
    QCOMPARE(stored->review.templateVersion, 1);
    QCOMPARE(stored->review.answers.value(QStringLiteral("need")), Answer::Fail);
    QVERIFY(qAbs(stored->review.submittedUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The queue marks the call and the reviewer's progress moves.
    QTRY_COMPARE(queueModel()
                     ->index(queueRowOf(ivanCall), QueueTableModel::ReviewedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("✓ 83.3 %"));
    QTRY_COMPARE(child<QProgressBar>(QStringLiteral("reviewProgress"))->text(),
                 QStringLiteral("1 of 20 reviewed today"));

    // Olga's call: the critical politeness item fails, the first fine is 50.00.
    QHash<QString, QString> choices;
    for (const QString& item :
         {QStringLiteral("greeting"), QStringLiteral("need"), QStringLiteral("offer"),
          QStringLiteral("objections"), QStringLiteral("next_step"),
          QStringLiteral("callback_time"), QStringLiteral("summary")})
        choices.insert(item, QStringLiteral("pass"));
    choices.insert(QStringLiteral("politeness"), QStringLiteral("fail"));
    reviewCall(QStringLiteral("1706529600.6"), choices);
    QVERIFY2(score->text().contains(QStringLiteral("Score: 90.0 %")), qPrintable(score->text()));
    QVERIFY(score->text().contains(QStringLiteral("critical item failed")));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(submitted.count(), 2);

    LedgerPage* ledger = m_window->ledgerPage();
    m_window->showPage(MainWindow::LedgerPageIndex);
    ledger->setWeek(*IsoWeek::parse(kWeek));
    QTRY_VERIFY(!ledger->isLoading());
    QTRY_COMPARE(ledgerRow(kIvan).value(2), QStringLiteral("1"));
    const QStringList ivan = ledgerRow(kIvan);
    QCOMPARE(ivan.mid(2, 4), QStringList({QStringLiteral("1"), QStringLiteral("1"),
                                          QStringLiteral("0"), QStringLiteral("5.00")}));
    QCOMPARE(ivan.last(), QStringLiteral("5.00"));
    const QStringList olga = ledgerRow(kOlga);
    QCOMPARE(olga.mid(2, 5),
             QStringList({QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                          QStringLiteral("0.00"), QStringLiteral("50.00")}));
    QCOMPARE(olga.last(), QStringLiteral("-50.00"));

    // Olga's statement lists the fine behind the number.
    auto* table = child<QTableView>(QStringLiteral("ledgerTable"));
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data() == kOlga)
            table->selectRow(r);
    }
    auto* statement = child<QTableWidget>(QStringLiteral("statementTable"));
    QCOMPARE(statement->rowCount(), 1);
    QCOMPARE(statement->item(0, 1)->text(), QStringLiteral("Review fine"));
    QCOMPARE(statement->item(0, 2)->text(), QStringLiteral("1706529600.6"));
    QCOMPARE(statement->item(0, 3)->text(), QStringLiteral("\u221250.00 RUB"));
}

void GuiTest::reviewedCallOpensReadOnly()
{
    // A review stored directly (as an import would) opens read-only too.
    const QString callId = unreviewedCallOf(kIvan);
    QVERIFY(!callId.isEmpty());
    ReviewRecord review;
    review.callId = callId;
    review.reviewer = kReviewer;
    review.templateId = QStringLiteral("sales-call");
    review.templateVersion = 1;
    review.submittedUtc = QDateTime(kQueueDate, QTime(9, 15), Qt::UTC);
    const auto checklist = m_store->latestTemplate();
    QVERIFY(checklist);
    for (const ChecklistItem& item : checklist->items)
        review.answers.insert(item.id, Answer::Pass);
    review.answers.insert(QStringLiteral("offer"), Answer::Fail);
    review.comment = QStringLiteral("No price named");
    QString error;
    const auto score = scoreAnswers(*checklist, review.answers, &error);
    QVERIFY2(score, qPrintable(error));
    QCOMPARE(m_store->insertReview(review, *score), WriteResult::Inserted);

    openFromQueue(callId);
    ReviewPage* page = m_window->reviewPage();
    QVERIFY(page->isReadOnly());
    QVERIFY(!child<QPushButton>(QStringLiteral("submitButton"))->isVisible());
    QVERIFY(child<QRadioButton>(QStringLiteral("answer_offer_fail"))->isChecked());
    QVERIFY(child<QRadioButton>(QStringLiteral("answer_greeting_pass"))->isChecked());
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("commentEdit"))->toPlainText(),
             QStringLiteral("No price named"));

    // Clicking another answer changes nothing.
    auto* greetingFail = child<QRadioButton>(QStringLiteral("answer_greeting_fail"));
    QTest::mouseClick(greetingFail, Qt::LeftButton, {}, QPoint(6, greetingFail->height() / 2));
    QVERIFY(!greetingFail->isChecked());
    QVERIFY(child<QRadioButton>(QStringLiteral("answer_greeting_pass"))->isChecked());
    QVERIFY(child<QLabel>(QStringLiteral("reviewStatus"))
                ->text()
                .contains(QStringLiteral("Reviewed by Maria K.")));
}

void GuiTest::missingRecordingIsShownInTheWindow()
{
    openFromQueue(QStringLiteral("1706529600.6"));
    auto* error = child<QLabel>(QStringLiteral("playerError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(m_dir.filePath(QStringLiteral("lost.wav"))),
             qPrintable(error->text()));

    // A good recording clears the error and reports its length.
    openFromQueue(queueModel()
                      ->index(queueRowOfManager(kIvan), 0)
                      .data(QueueTableModel::kCallIdRole)
                      .toString());
    QVERIFY(!error->isVisible());
    QTRY_COMPARE(child<QLabel>(QStringLiteral("durationLabel"))->text(), QStringLiteral("0:02"));
    QTest::mouseClick(child<QToolButton>(QStringLiteral("playButton")), Qt::LeftButton);
    Player* player = m_window->reviewPage()->playerWidget()->player();
    QTRY_COMPARE(player->state(), Player::State::Playing);
    QTRY_VERIFY(player->position() > 0);
    m_window->reviewPage()->playerWidget()->stop();
}

void GuiTest::ledgerExportsThroughTheSeam()
{
    LedgerPage* ledger = m_window->ledgerPage();
    ledger->setWeek(*IsoWeek::parse(kWeek));
    QTRY_VERIFY(!ledger->isLoading());
    QTRY_VERIFY(!ledgerRow(kIvan).isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
    QString suggested;
    m_window->setSaveFileChooser([&](QWidget*, const QString& offered) {
        suggested = offered;
        return path;
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral("ledger-2024-W05.csv")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll())
            .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), kLedgerHeader);
    // The reviews the tests above made (they run in order): Ivan 83.3 % and
    // 85.0 %, each in the 80 band; Olga a critical failure, the week's first.
    // The team averages 86.1 %, short of the 90 the team pool needs.
    QVERIFY2(lines.contains(QStringLiteral("2024-W05,Ivan Petrov,North,2,2,0,10.00,0.00,0.00,"
                                           "0.00,0.00,0.00,0.00,10.00,RUB")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("2024-W05,Olga Smirnova,North,1,0,1,0.00,50.00,0.00,"
                                          "0.00,0.00,0.00,0.00,-50.00,RUB")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("exported")));

    // The Russian Excel dialect: BOM, semicolons, decimal commas.
    child<QComboBox>(QStringLiteral("dialectCombo"))->setCurrentIndex(1);
    QVERIFY(ledger->exportCsv());
    QFile excel(path);
    QVERIFY(excel.open(QIODevice::ReadOnly));
    const QByteArray bytes = excel.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("2024-W05;Ivan Petrov;North;2;2;0;10,00;"));

    // Cancelling the dialog writes nothing.
    m_window->setSaveFileChooser([](QWidget*, const QString&) { return QString(); });
    QVERIFY(!ledger->exportCsv());
}

QTEST_MAIN(GuiTest)
#include "test_gui.moc"

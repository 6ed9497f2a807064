// Imports from the window: File > Import runs on a pool thread behind a
// progress dialog, reports rejected rows, and a cancelled import changes
// nothing. Real store, real files, the real main window offscreen.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/PageContext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace callscore;

Q_DECLARE_METATYPE(callscore::ImportReport)

class GuiImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importsTheSharedFilesInTheBackground();
    void rejectedRowsAreShownWithTheirLines();
    void cancelledImportChangesNothing();

private:
    ImportReport importWith(ImportKind kind, const QStringList& answers, bool cancelAtOnce = false);
    QMessageBox* resultBox() const;

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void GuiImportTest::initTestCase()
{
    qRegisterMetaType<ImportReport>();
    QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("callscore.sqlite"))));
    m_store = std::make_unique<Store>(m_database);
    QVERIFY(m_store->ensureDefaultTemplate());

    PageContext context;
    context.store = m_store.get();
    context.worker = StoreWorker(m_database.path());
    m_window = std::make_unique<MainWindow>(context, MainWindowOptions());
    m_window->show();
}

void GuiImportTest::cleanupTestCase()
{
    m_window.reset();
}

ImportReport GuiImportTest::importWith(ImportKind kind, const QStringList& answers,
                                       bool cancelAtOnce)
{
    auto remaining = std::make_shared<QStringList>(answers);
    m_window->setOpenPathChooser([remaining](QWidget*, const QString&, const QString&) {
        return remaining->isEmpty() ? QString() : remaining->takeFirst();
    });

    QSignalSpy finished(m_window->importRunner(), &ImportRunner::finished);
    m_window->importFile(kind);
    if (cancelAtOnce)
        m_window->importRunner()->cancel();
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<ImportReport>();
}

// The result box is opened when the import ends; it may take an event loop
// turn to appear. Null when it never does, which the callers' QVERIFY catch.
QMessageBox* GuiImportTest::resultBox() const
{
    QMessageBox* box = nullptr;
    QElapsedTimer waited;
    waited.start();
    while (!box && waited.elapsed() < 5000) {
        box = m_window->findChild<QMessageBox*>(QStringLiteral("importResult"));
        if (!box)
            QTest::qWait(20);
    }
    return box;
}

void GuiImportTest::importsTheSharedFilesInTheBackground()
{
    const ImportReport staff =
        importWith(ImportKind::Staff, {testing::sharedDataPath(QStringLiteral("staff/staff.csv"))});
    QCOMPARE(staff.inserted, 5);
    QCOMPARE(m_store->staff().size(), 5);
    QMessageBox* box = resultBox();
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Information);
    box->close();
    QCoreApplication::processEvents();

    // The recordings folder is optional: answering the folder question with
    // nothing imports the call log without recordings.
    const ImportReport calls = importWith(
        ImportKind::CallLog,
        {testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv")), QString()});
    QCOMPARE(calls.records, 36);
    QCOMPARE(calls.inserted, 36);
    QCOMPARE(m_store->calls().size(), 36);
    QCOMPARE(m_store->call(QStringLiteral("1706407446.50"))->manager,
             QStringLiteral("Иванова Анна"));
    box = resultBox();
    QVERIFY(box);
    box->close();
    QCoreApplication::processEvents();
}

void GuiImportTest::rejectedRowsAreShownWithTheirLines()
{
    const ImportReport outcomes =
        importWith(ImportKind::CrmOutcomes,
                   {testing::sharedDataPath(QStringLiteral("crm/outcomes-excel-ru.csv"))});
    QCOMPARE(outcomes.inserted, 9);
    QCOMPARE(outcomes.rejected, 1);
    QCOMPARE(m_store->callbackOutcomes().size(), 3);

    QMessageBox* box = resultBox();
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->detailedText().startsWith(QStringLiteral("outcomes-excel-ru.csv:11: ")),
             qPrintable(box->detailedText()));
    box->close();
    QCoreApplication::processEvents();
}

void GuiImportTest::cancelledImportChangesNothing()
{
    // A call log large enough that the import is still writing when the
    // cancel arrives: 20,000 calls of one leg each.
    QByteArray log;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray id = "1706500000." + QByteArray::number(i);
        log += "\"\",\"89161000001\",\"301\",\"from-internal\",\"\",\"SIP/301-0000001a\",\"\","
               "\"Dial\",\"\",\"2024-01-29 10:00:00\",\"2024-01-29 10:00:05\","
               "\"2024-01-29 10:01:00\",60,55,\"ANSWERED\",\"DOCUMENTATION\",\"" +
               id + "\",\"\",\"\",\"" + id + "\",1\n";
    }
    const QString path = m_dir.filePath(QStringLiteral("big-Master.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(log);
    file.close();

    const int callsBefore = m_store->calls().size();
    const ImportReport report = importWith(ImportKind::CallLog, {path, QString()}, true);
    QVERIFY(report.cancelled);
    QVERIFY(report.fatal);
    QCOMPARE(m_store->calls().size(), callsBefore);
    QMessageBox* box = resultBox();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("big-Master.csv")));
}

QTEST_MAIN(GuiImportTest)
#include "test_gui_import.moc"

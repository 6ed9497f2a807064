#include "TestSupport.h"

#include "import/CsvReader.h"
#include "import/TextDecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace callscore;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsKeepDelimiters();
    void doubledQuotesBecomeOne();
    void unquotedEmptyFieldsAreEmptyStrings();
    void quotedLineBreakStaysInTheField();
    void recordsAfterAMultiLineRecordKeepTheirLines();
    void delimiterIsDetectedOutsideQuotes_data();
    void delimiterIsDetectedOutsideQuotes();
    void givenDelimiterWins();
    void unterminatedQuoteIsReported();
    void windows1251IsDecoded();
    void shortWindows1251IsNotTakenForAnotherScript_data();
    void shortWindows1251IsNotTakenForAnotherScript();
    void longKoi8rIsRecognised();
    void utf8BomIsStripped();
    void excelExportDecodesAndSplits();
    void cdrWithInvalidBytesKeepsEveryOtherColumn();
};

void TestCsvReader::quotedFieldsKeepDelimiters()
{
    CsvReader reader;
    const auto records = reader.parse(QStringLiteral("a,\"b,c\",d\n"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].fields,
             QStringList({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d")}));
    QCOMPARE(records[0].line, 1);
}

void TestCsvReader::doubledQuotesBecomeOne()
{
    CsvReader reader;
    const auto records =
        reader.parse(QStringLiteral("\"say \"\"hi\"\"\",\"\"\"89161000001\"\" <89161000001>\"\n"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].fields.at(0), QStringLiteral("say \"hi\""));
    QCOMPARE(records[0].fields.at(1), QStringLiteral("\"89161000001\" <89161000001>"));
}

void TestCsvReader::unquotedEmptyFieldsAreEmptyStrings()
{
    CsvReader reader;
    const auto records = reader.parse(QStringLiteral("\"x\",,\"\",y,\n"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].fields, QStringList({QStringLiteral("x"), QString(), QString(),
                                             QStringLiteral("y"), QString()}));
}

void TestCsvReader::quotedLineBreakStaysInTheField()
{
    CsvReader reader;
    const auto records =
        reader.parse(QStringLiteral("id,comment\r\n1,\"line one\r\nline two\"\r\n2,plain\r\n"));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1].fields.at(1), QStringLiteral("line one\r\nline two"));
    QCOMPARE(records[2].fields, QStringList({QStringLiteral("2"), QStringLiteral("plain")}));
}

void TestCsvReader::recordsAfterAMultiLineRecordKeepTheirLines()
{
    // Line 1 header, 2-4 one record with two breaks, 5 blank, 6 and 7 records.
    CsvReader reader;
    const auto records = reader.parse(QStringLiteral(
        "h1;h2\r\nA;\"first\nsecond\r\nthird\"\r\n\r\nB;x\nC;\"y\"")); // last line has no break
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0].line, 1);
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[1].fields.at(1), QStringLiteral("first\nsecond\r\nthird"));
    QCOMPARE(records[2].line, 6);
    QCOMPARE(records[2].fields.at(0), QStringLiteral("B"));
    QCOMPARE(records[3].line, 7);
    QCOMPARE(records[3].fields.at(1), QStringLiteral("y"));
}

void TestCsvReader::delimiterIsDetectedOutsideQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("fields");

    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;2;3\n") << QChar(u';') << 3;
    QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\n") << QChar(u'\t') << 2;
    QTest::newRow("comma") << QStringLiteral("a,b\n") << QChar(u',') << 2;
    QTest::newRow("semicolons only inside quotes")
        << QStringLiteral("\"a;b;c\",d\n") << QChar(u',') << 2;
    QTest::newRow("commas only inside quotes")
        << QStringLiteral("\"1,5\";\"2,5\";x\n") << QChar(u';') << 3;
    QTest::newRow("second line does not count")
        << QStringLiteral("a;b\nc,d,e,f,g\n") << QChar(u';') << 2;
}

void TestCsvReader::delimiterIsDetectedOutsideQuotes()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(int, fields);

    CsvReader reader;
    const auto records = reader.parse(text);
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(records.at(0).fields.size(), fields);
}

void TestCsvReader::givenDelimiterWins()
{
    CsvReader reader(QLatin1Char(','));
    const auto records = reader.parse(QStringLiteral("a;b;c,d\n"));
    QCOMPARE(records[0].fields, QStringList({QStringLiteral("a;b;c"), QStringLiteral("d")}));
}

void TestCsvReader::unterminatedQuoteIsReported()
{
    CsvReader reader;
    const auto records = reader.parse(QStringLiteral("a,b\nc,d\n\"e,f\ng,h\n"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(reader.problems().size(), 1);
    QCOMPARE(reader.problems().at(0).first, 3);
    QCOMPARE(reader.problems().at(0).second, QStringLiteral("a quoted field is never closed"));
}

void TestCsvReader::windows1251IsDecoded()
{
    // "Дата звонка;Результат" / "28.01.2024 03:20;Отказ" in Windows-1251, written out by hand.
    const QByteArray bytes("\xc4\xe0\xf2\xe0 \xe7\xe2\xee\xed\xea\xe0;"
                           "\xd0\xe5\xe7\xf3\xeb\xfc\xf2\xe0\xf2\r\n"
                           "28.01.2024 03:20;\xce\xf2\xea\xe0\xe7\r\n");
    const DecodedText decoded = TextDecoder().decode(bytes);
    QCOMPARE(decoded.encoding, QStringLiteral("WINDOWS-1251"));

    CsvReader reader;
    const auto records = reader.parse(decoded.text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].fields,
             QStringList({QStringLiteral("Дата звонка"), QStringLiteral("Результат")}));
    QCOMPARE(records[1].fields.at(1), QStringLiteral("Отказ"));
}

void TestCsvReader::shortWindows1251IsNotTakenForAnotherScript_data()
{
    // uchardet calls these few Windows-1251 bytes Greek, Latin or Arabic.
    QTest::addColumn<QString>("text");
    QTest::newRow("two short names") << QStringLiteral("Ли Ян,manager,304,Юг,yes,2023-01-01");
    QTest::newRow("yes in Russian") << QStringLiteral("Ким Олег,manager,305,Юг,да,2023-01-01");
    QTest::newRow("one word") << QStringLiteral("Ян");
}

void TestCsvReader::longKoi8rIsRecognised()
{
    const QString text = QStringLiteral(
        "Дата звонка;Менеджер;Результат;Комментарий\n"
        "28.01.2024 03:20;Иванова Анна;Отказ;Клиент считает, что дорого, просил прислать "
        "коммерческое предложение на почту и перезвонить после праздников\n");
    const DecodedText decoded = TextDecoder().decode(QStringEncoder("KOI8-R").encode(text));
    QCOMPARE(decoded.encoding, QStringLiteral("KOI8-R"));
    QCOMPARE(decoded.text, text);
}

void TestCsvReader::shortWindows1251IsNotTakenForAnotherScript()
{
    QFETCH(QString, text);
    const QByteArray bytes = QStringEncoder("windows-1251").encode(text);
    QVERIFY(bytes.size() > 0);
    const DecodedText decoded = TextDecoder().decode(bytes);
    QCOMPARE(decoded.text, text);
}

void TestCsvReader::utf8BomIsStripped()
{
    const DecodedText decoded =
        TextDecoder().decode(QByteArray("\xEF\xBB\xBFname,team\n\xD0\xAE\xD0\xB3,x\n"));
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded.invalidSequences, 0);

    CsvReader reader;
    const auto records = reader.parse(decoded.text);
    QCOMPARE(records[0].fields.at(0), QStringLiteral("name"));
    QCOMPARE(records[1].fields.at(0), QStringLiteral("Юг"));

    const DecodedText staff = TextDecoder().decode(
        testing::readFile(testing::sharedDataPath(QStringLiteral("staff/staff.csv"))));
    QVERIFY(staff.text.startsWith(QStringLiteral("name,role,extension,team")));
    QVERIFY(staff.text.contains(QStringLiteral("Иванова Анна,manager,301,Север,yes,2023-11-06")));
}

void TestCsvReader::excelExportDecodesAndSplits()
{
    const DecodedText decoded = TextDecoder().decode(
        testing::readFile(testing::sharedDataPath(QStringLiteral("crm/outcomes-excel-ru.csv"))));
    QCOMPARE(decoded.encoding, QStringLiteral("WINDOWS-1251"));

    CsvReader reader;
    const auto records = reader.parse(decoded.text);
    QCOMPARE(reader.delimiter(), QChar(u';'));
    // 12 physical lines, one record spans lines 9 and 10: header + 10 records.
    QCOMPARE(records.size(), 11);
    QCOMPARE(records[0].fields.size(), 7);
    QCOMPARE(records[0].fields.at(6), QStringLiteral("Комментарий"));
    QCOMPARE(records[6].line, 7);
    QCOMPARE(records[6].fields.at(6), QStringLiteral("Просит перезвонить завтра; \"после обеда\""));
    QCOMPARE(records[8].line, 9);
    QCOMPARE(records[8].fields.at(6), QStringLiteral("Оплата картой\nдоставка в пятницу"));
    QCOMPARE(records[9].line, 11);
    QCOMPARE(records[10].line, 12);
    QCOMPARE(records[10].fields.at(6), QString());
}

void TestCsvReader::cdrWithInvalidBytesKeepsEveryOtherColumn()
{
    const DecodedText decoded = TextDecoder().decode(
        testing::readFile(testing::sharedDataPath(QStringLiteral("cdr/asterisk-master-ru.csv"))));
    QVERIFY(decoded.invalidSequences >= 0);

    CsvReader reader;
    const auto records = reader.parse(decoded.text);
    QCOMPARE(reader.delimiter(), QChar(u','));
    QCOMPARE(records.size(), 84);
    for (const CsvRecord& record : records)
        QCOMPARE(record.fields.size(), 21);

    // Line 41: clid holds two bytes that are not UTF-8 (0xA5 0xA5).
    const CsvRecord& row = records[40];
    QCOMPARE(row.line, 41);
    QCOMPARE(row.fields.at(1), QStringLiteral("81079101000007"));
    QVERIFY(row.fields.at(4).startsWith(QStringLiteral("\"8107924651")));
    QVERIFY(row.fields.at(4).endsWith(QStringLiteral("b\" <81079101000007>")));
    QCOMPARE(row.fields.at(5), QStringLiteral("SIP/211553-0000001c"));
    QCOMPARE(row.fields.at(8), QStringLiteral("SIP/301&SIP/200@stadionpbx,60,t"));
    QCOMPARE(row.fields.at(10), QString());
    QCOMPARE(row.fields.at(16), QStringLiteral("1706415046.98"));
    QCOMPARE(row.fields.at(20), QStringLiteral("79"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"

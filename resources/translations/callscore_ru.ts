<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../ui/LedgerPage.ui" line="19"/>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <location filename="../../ui/LedgerPage.ui" line="45"/>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <location filename="../../ui/LedgerPage.ui" line="55"/>
        <source>This week</source>
        <translation>Текущая неделя</translation>
    </message>
    <message>
        <location filename="../../ui/LedgerPage.ui" line="75"/>
        <source>CSV format:</source>
        <translation>Формат CSV:</translation>
    </message>
    <message>
        <location filename="../../ui/LedgerPage.ui" line="88"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/LedgerPage.ui" line="146"/>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="14"/>
        <source>CallScore</source>
        <translation>CallScore</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="48"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="52"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="70"/>
        <source>&amp;Export week CSV…</source>
        <translation>&amp;Экспорт недели в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="75"/>
        <source>&amp;Call log (Asterisk Master.csv)…</source>
        <translation>&amp;Журнал звонков (Asterisk Master.csv)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="80"/>
        <source>C&amp;RM outcomes…</source>
        <translation>Итоги из C&amp;RM…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="85"/>
        <source>&amp;Staff list…</source>
        <translation>&amp;Список сотрудников…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="90"/>
        <source>Scored &amp;reviews…</source>
        <translation>Готовые &amp;оценки…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="95"/>
        <source>Checklist &amp;template…</source>
        <translation>&amp;Шаблон чек-листа…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="31"/>
        <source>Back 5 seconds</source>
        <translation>Назад на 5 секунд</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="34"/>
        <source>−5 s</source>
        <translation>−5 с</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="50"/>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="60"/>
        <source>Forward 5 seconds</source>
        <translation>Вперёд на 5 секунд</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="63"/>
        <source>+5 s</source>
        <translation>+5 с</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="80"/>
        <source>Position in the recording</source>
        <translation>Позиция в записи</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="103"/>
        <source>Speed:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <location filename="../../ui/PlayerWidget.ui" line="113"/>
        <source>Playback speed; the voice keeps its pitch</source>
        <translation>Скорость воспроизведения; высота голоса сохраняется</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/QueuePage.ui" line="19"/>
        <source>Queue for:</source>
        <translation>Очередь на:</translation>
    </message>
    <message>
        <location filename="../../ui/QueuePage.ui" line="56"/>
        <source>Reviewer:</source>
        <translation>Проверяющий:</translation>
    </message>
    <message>
        <location filename="../../ui/QueuePage.ui" line="125"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/QueuePage.ui" line="132"/>
        <source>Open call</source>
        <translation>Открыть звонок</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/ReviewPage.ui" line="33"/>
        <source>Open a call from the queue to review it.</source>
        <translation>Откройте звонок из очереди, чтобы оценить его.</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewPage.ui" line="156"/>
        <source>Comment for the manager:</source>
        <translation>Комментарий для менеджера:</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewPage.ui" line="172"/>
        <source>What went well, what to change (optional)</source>
        <translation>Что получилось, что изменить (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewPage.ui" line="192"/>
        <source>Submit review</source>
        <translation>Отправить оценку</translation>
    </message>
</context>
<context>
    <name>callscore::ChecklistForm</name>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="40"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="57"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:#b00020&quot;&gt;(critical)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:#b00020&quot;&gt;(критичный)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="62"/>
        <source>Failing a critical item fails the whole call</source>
        <translation>Невыполненный критичный пункт проваливает весь звонок</translation>
    </message>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="66"/>
        <location filename="../../src/ui/ChecklistForm.cpp" line="96"/>
        <source>weight %1</source>
        <translation>вес %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="74"/>
        <location filename="../../src/ui/ChecklistForm.cpp" line="94"/>
        <source>Pass</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="76"/>
        <location filename="../../src/ui/ChecklistForm.cpp" line="94"/>
        <source>Fail</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/ui/ChecklistForm.cpp" line="80"/>
        <location filename="../../src/ui/ChecklistForm.cpp" line="94"/>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
</context>
<context>
    <name>callscore::DisplayText</name>
    <message>
        <location filename="../../src/ui/DisplayText.cpp" line="17"/>
        <source>Inbound</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../src/ui/DisplayText.cpp" line="19"/>
        <source>Outbound</source>
        <translation>Исходящий</translation>
    </message>
</context>
<context>
    <name>callscore::ImportRunner</name>
    <message>
        <location filename="../../src/ui/ImportRunner.cpp" line="87"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImportRunner.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImportRunner.cpp" line="90"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>callscore::LedgerPage</name>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="62"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="65"/>
        <source>critical item failed</source>
        <translation>провален критичный пункт</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="66"/>
        <source>below the pass threshold</source>
        <translation>ниже проходного балла</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="67"/>
        <source>violation %1 of the week, score %2, %3</source>
        <translation>нарушение %1 за неделю, балл %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="73"/>
        <source>callback made late</source>
        <translation>перезвонил с опозданием</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="74"/>
        <source>callback missed</source>
        <translation>не перезвонил</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="75"/>
        <source>%1, customer %2</source>
        <translation>%1, клиент %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="78"/>
        <source>team %1 met its weekly target</source>
        <translation>команда %1 выполнила недельную цель</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="80"/>
        <source>leader&apos;s share of team %1&apos;s pool</source>
        <translation>доля лидера из фонда команды %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/LedgerPage.cpp" line="82"/>
        <source>%n fault(s) found</source>
        <translation>
            <numerusform>найдена %n ошибка</numerusform>
            <numerusform>найдено %n ошибки</numerusform>
            <numerusform>найдено %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="94"/>
        <source>Export week CSV</source>
        <translation>Экспорт недели в CSV</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="112"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="112"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="112"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="112"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="112"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="117"/>
        <source>Comma, UTF-8 (RFC 4180)</source>
        <translation>Запятая, UTF-8 (RFC 4180)</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="118"/>
        <source>Excel, Russian (semicolon)</source>
        <translation>Excel, русский (точка с запятой)</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="172"/>
        <source>Computing the ledger…</source>
        <translation>Расчёт ведомости…</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="187"/>
        <source>The ledger cannot be read: %1</source>
        <translation>Не удалось прочитать ведомость: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="213"/>
        <source>Week %1: %2 – %3</source>
        <translation>Неделя %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="221"/>
        <source>No reviews, fines or bonuses in this week yet.</source>
        <translation>За эту неделю пока нет оценок, штрафов и бонусов.</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="228"/>
        <source>Totals: %1 reviewed, %2 violations; call bonuses %3, team and leader bonuses %4; fines charged %5 (waived %6), callback fines charged %7; net %8</source>
        <translation>Итого: проверено %1, нарушений %2; бонусы за звонки %3, командные и лидерские %4; штрафы %5 (прощено %6), штрафы за перезвоны %7; к выплате %8</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="243"/>
        <source>Statement: select a manager above</source>
        <translation>Выписка: выберите менеджера в таблице выше</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="244"/>
        <source>Statement of %1</source>
        <translation>Выписка: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="260"/>
        <source>%1 (waived, not charged)</source>
        <translation>%1 (прощён, не удерживается)</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="291"/>
        <source>The ledger is still being computed; export again in a moment.</source>
        <translation>Ведомость ещё рассчитывается; повторите экспорт через минуту.</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="307"/>
        <source>Ledger of week %1 exported to %2</source>
        <translation>Ведомость недели %1 выгружена в %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="319"/>
        <source>The ledger could not be written to %1: %2</source>
        <translation>Не удалось записать ведомость в %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="36"/>
        <source>Review bonus</source>
        <translation>Бонус за звонок</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="38"/>
        <source>Review fine</source>
        <translation>Штраф за звонок</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="40"/>
        <source>Callback fine</source>
        <translation>Штраф за перезвон</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="42"/>
        <source>Team bonus</source>
        <translation>Командный бонус</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="44"/>
        <source>Team leader bonus</source>
        <translation>Бонус тимлида</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerPage.cpp" line="46"/>
        <source>Reviewer bonus</source>
        <translation>Бонус проверяющего</translation>
    </message>
</context>
<context>
    <name>callscore::LedgerTableModel</name>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="117"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="119"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="121"/>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="123"/>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="125"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="127"/>
        <source>Bonus</source>
        <translation>Бонус</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="141"/>
        <source>Net</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="111"/>
        <source>Amounts in %1</source>
        <translation>Суммы в %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="129"/>
        <source>Fines
charged</source>
        <translation>Штрафы
удержаны</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="131"/>
        <source>Fines
waived</source>
        <translation>Штрафы
прощены</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="133"/>
        <source>Callback fines
charged</source>
        <translation>Перезвоны:
удержано</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="135"/>
        <source>Callback fines
waived</source>
        <translation>Перезвоны:
прощено</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="137"/>
        <source>Team
bonus</source>
        <translation>Командный
бонус</translation>
    </message>
    <message>
        <location filename="../../src/ui/LedgerTableModel.cpp" line="139"/>
        <source>Leader
bonus</source>
        <translation>Бонус
лидера</translation>
    </message>
</context>
<context>
    <name>callscore::MainWindow</name>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="30"/>
        <source>Import the staff list</source>
        <translation>Импорт списка сотрудников</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="32"/>
        <source>Import a call log</source>
        <translation>Импорт журнала звонков</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="34"/>
        <source>Import CRM outcomes</source>
        <translation>Импорт итогов из CRM</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="36"/>
        <source>Import a checklist template</source>
        <translation>Импорт шаблона чек-листа</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="38"/>
        <source>Import scored reviews</source>
        <translation>Импорт готовых оценок</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="48"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="50"/>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Файлы CSV или JSON (*.csv *.txt *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="53"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="76"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="77"/>
        <source>Review</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="78"/>
        <source>Ledger</source>
        <translation>Ведомость</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="82"/>
        <source>No reviewer named %1 in the staff list</source>
        <translation>В списке сотрудников нет проверяющего %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="106"/>
        <source>An import is already running</source>
        <translation>Импорт уже идёт</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="117"/>
        <source>Folder of the call recordings (optional)</source>
        <translation>Папка с записями звонков (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="120"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="127"/>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation>Импорт %1 отменён, ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="129"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Из %1 ничего не импортировано: %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="131"/>
        <source>%1: %2 records, %3 new, %4 updated, %5 already there, %6 rejected.</source>
        <translation>%1: записей %2, новых %3, обновлено %4, уже были %5, отклонено %6.</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="143"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="147"/>
        <source>Rejected rows are listed under Show Details, each as file:line: reason. Everything else was kept.</source>
        <translation>Отклонённые строки — в подробностях, каждая как файл:строка: причина. Всё остальное сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="165"/>
        <source>Call %1 is not in the store</source>
        <translation>Звонка %1 нет в базе</translation>
    </message>
</context>
<context>
    <name>callscore::Player</name>
    <message>
        <location filename="../../src/playback/Player.cpp" line="154"/>
        <source>This call has no recording.</source>
        <translation>У этого звонка нет записи.</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="158"/>
        <source>The recording %1 does not exist or cannot be read.</source>
        <translation>Запись %1 не найдена или недоступна для чтения.</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="264"/>
        <source>Audio playback is unavailable: GStreamer could not be initialised.</source>
        <translation>Воспроизведение недоступно: не удалось запустить GStreamer.</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="270"/>
        <source>Audio playback is unavailable: the GStreamer playbin element is not installed (gstreamer1.0-plugins-base).</source>
        <translation>Воспроизведение недоступно: не установлен элемент GStreamer playbin (gstreamer1.0-plugins-base).</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="352"/>
        <source>The recording %1 cannot be played.</source>
        <translation>Запись %1 не удаётся воспроизвести.</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="554"/>
        <source>The recording %1 cannot be decoded: it is not an audio format this player can read (%2).</source>
        <translation>Запись %1 не удаётся декодировать: это не аудиоформат, который умеет читать проигрыватель (%2).</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="559"/>
        <source>The recording %1 cannot be decoded: a GStreamer plugin it needs is not installed (%2).</source>
        <translation>Запись %1 не удаётся декодировать: не установлен нужный модуль GStreamer (%2).</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="563"/>
        <source>The recording %1 cannot be opened: %2</source>
        <translation>Запись %1 не удаётся открыть: %2</translation>
    </message>
    <message>
        <location filename="../../src/playback/Player.cpp" line="565"/>
        <source>Playback of %1 failed: %2</source>
        <translation>Ошибка воспроизведения %1: %2</translation>
    </message>
</context>
<context>
    <name>callscore::PlayerWidget</name>
    <message>
        <location filename="../../src/ui/PlayerWidget.cpp" line="83"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../src/ui/PlayerWidget.cpp" line="83"/>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
</context>
<context>
    <name>callscore::QueuePage</name>
    <message>
        <location filename="../../src/ui/QueuePage.cpp" line="118"/>
        <source>no reviewers in the staff list</source>
        <translation>в списке сотрудников нет проверяющих</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueuePage.cpp" line="134"/>
        <source>Loading the queue…</source>
        <translation>Загрузка очереди…</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueuePage.cpp" line="150"/>
        <source>The queue cannot be read: %1</source>
        <translation>Не удалось прочитать очередь: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueuePage.cpp" line="157"/>
        <source>No calls to review for this date.</source>
        <translation>На эту дату звонков для проверки нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/QueuePage.cpp" line="158"/>
        <source>%n call(s) in the queue, %1 reviewed</source>
        <translation>
            <numerusform>%n звонок в очереди, проверено %1</numerusform>
            <numerusform>%n звонка в очереди, проверено %1</numerusform>
            <numerusform>%n звонков в очереди, проверено %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/QueuePage.cpp" line="173"/>
        <source>%1 of %2 reviewed today</source>
        <translation>Сегодня проверено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueuePage.cpp" line="182"/>
        <source>calls of %1</source>
        <translation>звонки за %1</translation>
    </message>
</context>
<context>
    <name>callscore::QueueTableModel</name>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="52"/>
        <source>No recording</source>
        <translation>Нет записи</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="82"/>
        <source>✓ %1, violation</source>
        <translation>✓ %1, нарушение</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="83"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="96"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="98"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="100"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="102"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="104"/>
        <source>Talk time</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../../src/ui/QueueTableModel.cpp" line="106"/>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
</context>
<context>
    <name>callscore::ReviewPage</name>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="65"/>
        <source>Checklist: %1, version %2</source>
        <translation>Чек-лист: %1, версия %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="68"/>
        <source>The store has no checklist template; import one first.</source>
        <translation>В базе нет шаблона чек-листа; сначала импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="87"/>
        <source>Call %1</source>
        <translation>Звонок %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="88"/>
        <source>Manager: %1</source>
        <translation>Менеджер: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="89"/>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="90"/>
        <source>Start: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="91"/>
        <source>Direction: %1</source>
        <translation>Направление: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="92"/>
        <source>Talk time: %1</source>
        <translation>Разговор: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="102"/>
        <source>Reviewed by %1 on %2. A submitted review is final and is shown read-only.</source>
        <translation>Оценил(а) %1, %2. Отправленная оценка окончательна и показана только для чтения.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="133"/>
        <source>Score so far: %1
%2 of %3 items answered</source>
        <translation>Текущий балл: %1
Отвечено пунктов: %2 из %3</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="138"/>
        <source>Violation: a critical item failed.</source>
        <translation>Нарушение: не выполнен критичный пункт.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="152"/>
        <source>Score: %1</source>
        <translation>Балл: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="155"/>
        <source>Violation: a critical item failed. A fine will follow.</source>
        <translation>Нарушение: не выполнен критичный пункт. Будет начислен штраф.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="158"/>
        <source>Violation: below the pass mark of %1. A fine will follow.</source>
        <translation>Нарушение: ниже проходного балла %1. Будет начислен штраф.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="163"/>
        <source>Passed, below every bonus band.</source>
        <translation>Звонок пройден, но бонус не положен.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="165"/>
        <source>Passed: bonus %1.</source>
        <translation>Звонок пройден: бонус %1.</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="174"/>
        <source>Choose the reviewer on the Queue page first</source>
        <translation>Сначала выберите проверяющего на странице «Очередь»</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="175"/>
        <source>Enabled once every item is answered</source>
        <translation>Станет доступно, когда все пункты отмечены</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="202"/>
        <location filename="../../src/ui/ReviewPage.cpp" line="206"/>
        <source>The review was not saved: %1</source>
        <translation>Оценка не сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReviewPage.cpp" line="214"/>
        <source>Review of call %1 submitted. %2</source>
        <translation>Оценка звонка %1 отправлена. %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/gui/main.cpp" line="167"/>
        <source>The store %1 cannot be opened:
%2</source>
        <translation>Не удалось открыть базу %1:
%2</translation>
    </message>
    <message>
        <location filename="../../src/app/gui/main.cpp" line="171"/>
        <source>CallScore</source>
        <translation>CallScore</translation>
    </message>
</context>
</TS>

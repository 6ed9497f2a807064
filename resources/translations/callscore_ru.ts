<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>LedgerPage</name>
        <message>
            <source>Previous week</source>
            <translation>Предыдущая неделя</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Следующая неделя</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Текущая неделя</translation>
        </message>
        <message>
            <source>CSV format:</source>
            <translation>Формат CSV:</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Выписка</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CallScore</source>
            <translation>CallScore</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Export week CSV…</source>
            <translation>&amp;Экспорт недели в CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
    </context>
    <context>
        <name>PlayerWidget</name>
        <message>
            <source>Back 5 seconds</source>
            <translation>Назад на 5 секунд</translation>
        </message>
        <message>
            <source>−5 s</source>
            <translation>−5 с</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Играть</translation>
        </message>
        <message>
            <source>Forward 5 seconds</source>
            <translation>Вперёд на 5 секунд</translation>
        </message>
        <message>
            <source>+5 s</source>
            <translation>+5 с</translation>
        </message>
        <message>
            <source>Position in the recording</source>
            <translation>Позиция в записи</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Скорость:</translation>
        </message>
        <message>
            <source>Playback speed; the voice keeps its pitch</source>
            <translation>Скорость воспроизведения; высота голоса сохраняется</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Queue for:</source>
            <translation>Очередь на:</translation>
        </message>
        <message>
            <source>Reviewer:</source>
            <translation>Проверяющий:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Open call</source>
            <translation>Открыть звонок</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Open a call from the queue to review it.</source>
            <translation>Откройте звонок из очереди, чтобы оценить его.</translation>
        </message>
        <message>
            <source>Comment for the manager:</source>
            <translation>Комментарий для менеджера:</translation>
        </message>
        <message>
            <source>What went well, what to change (optional)</source>
            <translation>Что получилось, что изменить (необязательно)</translation>
        </message>
        <message>
            <source>Submit review</source>
            <translation>Отправить оценку</translation>
        </message>
    </context>
    <context>
        <name>callscore::ChecklistForm</name>
        <message>
            <source>Checklist</source>
            <translation>Чек-лист</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style="color:#b00020"&gt;(critical)&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style="color:#b00020"&gt;(критичный)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Failing a critical item fails the whole call</source>
            <translation>Невыполненный критичный пункт проваливает весь звонок</translation>
        </message>
        <message>
            <source>weight %1</source>
            <translation>вес %1</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>Н/П</translation>
        </message>
    </context>
    <context>
        <name>callscore::DisplayText</name>
        <message>
            <source>Inbound</source>
            <translation>Входящий</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Исходящий</translation>
        </message>
    </context>
    <context>
        <name>callscore::LedgerPage</name>
        <message>
            <source>Export week CSV</source>
            <translation>Экспорт недели в CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Comma, UTF-8 (RFC 4180)</source>
            <translation>Запятая, UTF-8 (RFC 4180)</translation>
        </message>
        <message>
            <source>Excel, Russian (semicolon)</source>
            <translation>Excel, русский (точка с запятой)</translation>
        </message>
        <message>
            <source>Computing the ledger…</source>
            <translation>Расчёт ведомости…</translation>
        </message>
        <message>
            <source>The ledger cannot be read: %1</source>
            <translation>Не удалось прочитать ведомость: %1</translation>
        </message>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation>Неделя %1: %2 – %3</translation>
        </message>
        <message>
            <source>No reviews, fines or bonuses in this week yet.</source>
            <translation>За эту неделю пока нет оценок, штрафов и бонусов.</translation>
        </message>
        <message>
            <source>Totals: %1 reviewed, %2 violations; bonuses %3, fines charged %4 (waived %5), callback fines charged %6; net %7</source>
            <translation>Итого: проверено %1, нарушений %2; бонусы %3, штрафы %4 (прощено %5), штрафы за перезвоны %6; к выплате %7</translation>
        </message>
        <message>
            <source>Statement: select a manager above</source>
            <translation>Выписка: выберите менеджера в таблице выше</translation>
        </message>
        <message>
            <source>Statement of %1</source>
            <translation>Выписка: %1</translation>
        </message>
        <message>
            <source>%1 (waived, not charged)</source>
            <translation>%1 (прощён, не удерживается)</translation>
        </message>
        <message>
            <source>The ledger is still being computed; export again in a moment.</source>
            <translation>Ведомость ещё рассчитывается; повторите экспорт через минуту.</translation>
        </message>
        <message>
            <source>Ledger of week %1 exported to %2</source>
            <translation>Ведомость недели %1 выгружена в %2</translation>
        </message>
        <message>
            <source>The ledger could not be written to %1: %2</source>
            <translation>Не удалось записать ведомость в %1: %2</translation>
        </message>
        <message>
            <source>Review bonus</source>
            <translation>Бонус за звонок</translation>
        </message>
        <message>
            <source>Review fine</source>
            <translation>Штраф за звонок</translation>
        </message>
        <message>
            <source>Callback fine</source>
            <translation>Штраф за перезвон</translation>
        </message>
        <message>
            <source>Team bonus</source>
            <translation>Командный бонус</translation>
        </message>
        <message>
            <source>Team leader bonus</source>
            <translation>Бонус тимлида</translation>
        </message>
        <message>
            <source>Reviewer bonus</source>
            <translation>Бонус проверяющего</translation>
        </message>
    </context>
    <context>
        <name>callscore::LedgerTableModel</name>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Пройдено</translation>
        </message>
        <message>
            <source>Violations</source>
            <translation>Нарушения</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Бонус</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>К выплате</translation>
        </message>
        <message>
            <source>Amounts in %1</source>
            <translation>Суммы в %1</translation>
        </message>
        <message>
            <source>Fines
charged</source>
            <translation>Штрафы
удержаны</translation>
        </message>
        <message>
            <source>Fines
waived</source>
            <translation>Штрафы
прощены</translation>
        </message>
        <message>
            <source>Callback fines
charged</source>
            <translation>Перезвоны:
удержано</translation>
        </message>
        <message>
            <source>Callback fines
waived</source>
            <translation>Перезвоны:
прощено</translation>
        </message>
        <message>
            <source>Team
bonus</source>
            <translation>Командный
бонус</translation>
        </message>
        <message>
            <source>Leader
bonus</source>
            <translation>Бонус
лидера</translation>
        </message>
    </context>
    <context>
        <name>callscore::MainWindow</name>
        <message>
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>Ведомость</translation>
        </message>
        <message>
            <source>No reviewer named %1 in the staff list</source>
            <translation>В списке сотрудников нет проверяющего %1</translation>
        </message>
        <message>
            <source>Call %1 is not in the store</source>
            <translation>Звонка %1 нет в базе</translation>
        </message>
    </context>
    <context>
        <name>callscore::Player</name>
        <message>
            <source>This call has no recording.</source>
            <translation>У этого звонка нет записи.</translation>
        </message>
        <message>
            <source>The recording %1 does not exist or cannot be read.</source>
            <translation>Запись %1 не найдена или недоступна для чтения.</translation>
        </message>
        <message>
            <source>Audio playback is unavailable: GStreamer could not be initialised.</source>
            <translation>Воспроизведение недоступно: не удалось запустить GStreamer.</translation>
        </message>
        <message>
            <source>Audio playback is unavailable: the GStreamer playbin element is not installed (gstreamer1.0-plugins-base).</source>
            <translation>Воспроизведение недоступно: не установлен элемент GStreamer playbin (gstreamer1.0-plugins-base).</translation>
        </message>
        <message>
            <source>The recording %1 cannot be played.</source>
            <translation>Запись %1 не удаётся воспроизвести.</translation>
        </message>
        <message>
            <source>The recording %1 cannot be decoded: it is not an audio format this player can read (%2).</source>
            <translation>Запись %1 не удаётся декодировать: это не аудиоформат, который умеет читать проигрыватель (%2).</translation>
        </message>
        <message>
            <source>The recording %1 cannot be decoded: a GStreamer plugin it needs is not installed (%2).</source>
            <translation>Запись %1 не удаётся декодировать: не установлен нужный модуль GStreamer (%2).</translation>
        </message>
        <message>
            <source>The recording %1 cannot be opened: %2</source>
            <translation>Запись %1 не удаётся открыть: %2</translation>
        </message>
        <message>
            <source>Playback of %1 failed: %2</source>
            <translation>Ошибка воспроизведения %1: %2</translation>
        </message>
    </context>
    <context>
        <name>callscore::PlayerWidget</name>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Играть</translation>
        </message>
    </context>
    <context>
        <name>callscore::QueuePage</name>
        <message>
            <source>no reviewers in the staff list</source>
            <translation>в списке сотрудников нет проверяющих</translation>
        </message>
        <message>
            <source>Loading the queue…</source>
            <translation>Загрузка очереди…</translation>
        </message>
        <message>
            <source>The queue cannot be read: %1</source>
            <translation>Не удалось прочитать очередь: %1</translation>
        </message>
        <message>
            <source>No calls to review for this date.</source>
            <translation>На эту дату звонков для проверки нет.</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in the queue, %1 reviewed</source>
            <translation>
                <numerusform>%n звонок в очереди, проверено %1</numerusform>
                <numerusform>%n звонка в очереди, проверено %1</numerusform>
                <numerusform>%n звонков в очереди, проверено %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 reviewed today</source>
            <translation>Сегодня проверено %1 из %2</translation>
        </message>
        <message>
            <source>calls of %1</source>
            <translation>звонки за %1</translation>
        </message>
    </context>
    <context>
        <name>callscore::QueueTableModel</name>
        <message>
            <source>No recording</source>
            <translation>Нет записи</translation>
        </message>
        <message>
            <source>✓ %1, violation</source>
            <translation>✓ %1, нарушение</translation>
        </message>
        <message>
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Talk time</source>
            <translation>Разговор</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Проверено</translation>
        </message>
    </context>
    <context>
        <name>callscore::ReviewPage</name>
        <message>
            <source>Checklist: %1, version %2</source>
            <translation>Чек-лист: %1, версия %2</translation>
        </message>
        <message>
            <source>The store has no checklist template; import one first.</source>
            <translation>В базе нет шаблона чек-листа; сначала импортируйте его.</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Звонок %1</translation>
        </message>
        <message>
            <source>Manager: %1</source>
            <translation>Менеджер: %1</translation>
        </message>
        <message>
            <source>Customer: %1</source>
            <translation>Клиент: %1</translation>
        </message>
        <message>
            <source>Start: %1</source>
            <translation>Начало: %1</translation>
        </message>
        <message>
            <source>Direction: %1</source>
            <translation>Направление: %1</translation>
        </message>
        <message>
            <source>Talk time: %1</source>
            <translation>Разговор: %1</translation>
        </message>
        <message>
            <source>Reviewed by %1 on %2. A submitted review is final and is shown read-only.</source>
            <translation>Оценил(а) %1, %2. Отправленная оценка окончательна и показана только для чтения.</translation>
        </message>
        <message>
            <source>Score so far: %1
%2 of %3 items answered</source>
            <translation>Текущий балл: %1
Отвечено пунктов: %2 из %3</translation>
        </message>
        <message>
            <source>Violation: a critical item failed.</source>
            <translation>Нарушение: не выполнен критичный пункт.</translation>
        </message>
        <message>
            <source>Score: %1</source>
            <translation>Балл: %1</translation>
        </message>
        <message>
            <source>Violation: a critical item failed. A fine will follow.</source>
            <translation>Нарушение: не выполнен критичный пункт. Будет начислен штраф.</translation>
        </message>
        <message>
            <source>Violation: below the pass mark of %1. A fine will follow.</source>
            <translation>Нарушение: ниже проходного балла %1. Будет начислен штраф.</translation>
        </message>
        <message>
            <source>Passed, below every bonus band.</source>
            <translation>Звонок пройден, но бонус не положен.</translation>
        </message>
        <message>
            <source>Passed: bonus %1.</source>
            <translation>Звонок пройден: бонус %1.</translation>
        </message>
        <message>
            <source>Choose the reviewer on the Queue page first</source>
            <translation>Сначала выберите проверяющего на странице «Очередь»</translation>
        </message>
        <message>
            <source>Enabled once every item is answered</source>
            <translation>Станет доступно, когда все пункты отмечены</translation>
        </message>
        <message>
            <source>The review was not saved: %1</source>
            <translation>Оценка не сохранена: %1</translation>
        </message>
        <message>
            <source>Review of call %1 submitted. %2</source>
            <translation>Оценка звонка %1 отправлена. %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>The store %1 cannot be opened:
%2</source>
            <translation>Не удалось открыть базу %1:
%2</translation>
        </message>
        <message>
            <source>CallScore</source>
            <translation>CallScore</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Find a partner…</source>
        <translation>Знайти партнера…</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Знайти партнера</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Until (optional):</source>
        <translation>До (нео&amp;бов&apos;язково):</translation>
    </message>
    <message>
        <source>Programme &amp;measures:</source>
        <translation>За&amp;ходи програми:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Пар&amp;тнери:</translation>
    </message>
    <message>
        <source>What was done (&amp;Ukrainian):</source>
        <translation>Що зроблено (&amp;укр.):</translation>
    </message>
    <message>
        <source>What was done (&amp;English):</source>
        <translation>Що зроблено (&amp;англ.):</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Посилання:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Written as the report&apos;s sentence after the date, e.g. «взяв онлайн участь у 5-му Міжнародному саміті мерів»</source>
        <translation>Пишеться як речення звіту після дати, напр. «взяв онлайн участь у 5-му Міжнародному саміті мерів»</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>Захід від %1</translation>
    </message>
    <message>
        <source>Add activity «%1»</source>
        <translation>Додати захід «%1»</translation>
    </message>
    <message>
        <source>Edit activity «%1»</source>
        <translation>Змінити захід «%1»</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Заходи програми</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Що зроблено</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Пункт програми</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Новий пункт програми</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>ne&amp;xt day</source>
        <translation>наступного дн&amp;я</translation>
    </message>
    <message>
        <source>The item ends after midnight</source>
        <translation>Пункт програми завершується після опівночі</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Завершення</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>&amp;Title (Ukrainian)</source>
        <translation>&amp;Назва (укр.)</translation>
    </message>
    <message>
        <source>Title (En&amp;glish)</source>
        <translation>Назва (&amp;англ.)</translation>
    </message>
    <message>
        <source>Desc&amp;ription</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Місце проведення</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Res&amp;ponsible</source>
        <translation>&amp;Відповідальна особа</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>Прис&amp;утні</translation>
    </message>
    <message>
        <source>Dress &amp;code</source>
        <translation>Дрес-&amp;код</translation>
    </message>
    <message>
        <source>Transp&amp;ort</source>
        <translation>&amp;Транспорт</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Пр&amp;имітки</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце проведення</translation>
    </message>
    <message>
        <source>No venue: type to search</source>
        <translation>Місце не вказано: почніть вводити назву для пошуку</translation>
    </message>
    <message>
        <source>Ne&amp;w venue…</source>
        <translation>Нове міс&amp;це…</translation>
    </message>
    <message>
        <source>— nobody named —</source>
        <translation>— не призначено —</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (видалено)</translation>
    </message>
    <message>
        <source>Kyiv time (%1).</source>
        <translation>Київський час (%1).</translation>
    </message>
    <message>
        <source>Local time of the visit (%1); %2.</source>
        <translation>Місцевий час візиту (%1); %2.</translation>
    </message>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>додавання пункту програми «%1»</translation>
    </message>
    <message>
        <source>Change agenda item “%1”</source>
        <translation>редагування пункту програми «%1»</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Partner: %1</source>
        <translation>Партнер: %1</translation>
    </message>
    <message>
        <source>culture, education, sport</source>
        <translation>культура, освіта, спорт</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Обрати…</translation>
    </message>
    <message>
        <source>Choose the scanned document</source>
        <translation>Обрати скан документа</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Дата &amp;підписання:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Чинна до:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Areas of coo&amp;peration (comma separated):</source>
        <translation>Сфе&amp;ри співпраці (через кому):</translation>
    </message>
    <message>
        <source>&amp;Document reference:</source>
        <translation>Ре&amp;квізити документа:</translation>
    </message>
    <message>
        <source>Sc&amp;an of the document:</source>
        <translation>Скан &amp;документа:</translation>
    </message>
    <message>
        <source>Scan of the document</source>
        <translation>Скан документа</translation>
    </message>
    <message>
        <source>&amp;Facilitated by:</source>
        <translation>За спри&amp;яння:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <source>Agreement «%1»</source>
        <translation>Угода «%1»</translation>
    </message>
    <message>
        <source>Add agreement «%1»</source>
        <translation>додавання угоди «%1»</translation>
    </message>
    <message>
        <source>Change agreement «%1»</source>
        <translation>редагування угоди «%1»</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Скани документів (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Чинна до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Не вдалося відкрити базу даних</translation>
    </message>
    <message>
        <source>A demo database was created: %1</source>
        <translation>Створено демонстраційну базу: %1</translation>
    </message>
</context>
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <source>Apply a checklist template</source>
        <translation>Застосувати шаблон чек-листа</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n завдання</numerusform>
            <numerusform>%1 — %n завдання</numerusform>
            <numerusform>%1 — %n завдань</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Due dates are counted from the visit&apos;s arrival (%1) or departure (%2).</source>
        <translation>Терміни рахуються від прибуття (%1) або відбуття (%2) делегації.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>Apply the template again?</source>
        <translation>Застосувати шаблон ще раз?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the template&apos;s tasks are in the checklist already; applying it adds them a second time. Apply anyway?</source>
        <translation>
            <numerusform>%n завдання шаблону вже є в чек-листі; шаблон додасть його вдруге. Усе одно застосувати?</numerusform>
            <numerusform>%n завдання шаблону вже є в чек-листі; шаблон додасть їх удруге. Усе одно застосувати?</numerusform>
            <numerusform>%n завдань шаблону вже є в чек-листі; шаблон додасть їх удруге. Усе одно застосувати?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply checklist «%1»</source>
        <translation>Застосувати чек-лист «%1»</translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message>
        <source>(Kyiv %1)</source>
        <translation>(Київ %1)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ще %1</translation>
    </message>
    <message>
        <source>Kyiv %1</source>
        <translation>Київ %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Programme by the hour</source>
        <translation>Програма за годинами</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Попередній (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Наступний (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Перейти до:</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Місяць</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Тиждень</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Д&amp;ень</translation>
    </message>
    <message>
        <source>Click a visit or an item to open it; ⚠ marks a conflict, red for an error and amber for a warning (its tooltip says which). Times are the visit&apos;s own, with Kyiv time beside them for visits abroad.</source>
        <translation>Клацніть візит або пункт програми, щоб відкрити його; ⚠ позначає накладку: червоним — помилку, жовтогарячим — попередження (підказка пояснює, яку). Час — місцевий для візиту, для візитів за кордон поруч указано київський.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>T%1 after departure</source>
        <translation>T%1 після відбуття</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Done %1: click or Space to reopen</source>
        <translation>Виконано %1: клацніть або натисніть Пробіл, щоб відкрити знову</translation>
    </message>
    <message>
        <source>Click or Space: done today</source>
        <translation>Клацання або Пробіл: виконано сьогодні</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>The visit&apos;s checklist</source>
        <translation>Чек-лист візиту</translation>
    </message>
    <message>
        <source>Apply &amp;template…</source>
        <translation>Застосувати &amp;шаблон…</translation>
    </message>
    <message>
        <source>Add a template&apos;s tasks, due counted from the arrival or the departure</source>
        <translation>Додати завдання шаблону з термінами від прибуття чи відбуття</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Додати завдання…</translation>
    </message>
    <message>
        <source>A task of your own (Insert)</source>
        <translation>Власне завдання (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <source>Do&amp;ne / reopen</source>
        <translation>&amp;Виконано / відкрити знову</translation>
    </message>
    <message>
        <source>Mark the task done today, or open again (a click on ✓, or Space)</source>
        <translation>Позначити завдання виконаним сьогодні або відкрити знову (клацання на ✓ або Пробіл)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Delete the task (Delete); Undo brings it back</source>
        <translation>Видалити завдання (Delete); «Скасувати» поверне його</translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue · %3 done · %4 cancelled</source>
        <translation>Відкритих: %1, з них прострочених: %2 · виконаних: %3 · скасованих: %4</translation>
    </message>
    <message>
        <source>Reopen «%1»</source>
        <translation>Відкрити знову «%1»</translation>
    </message>
    <message>
        <source>Done: «%1»</source>
        <translation>Виконано: «%1»</translation>
    </message>
    <message>
        <source>Delete task «%1»</source>
        <translation>Видалити завдання «%1»</translation>
    </message>
</context>
<context>
    <name>ChecklistsArea</name>
    <message numerus="yes">
        <source>next %n day(s)</source>
        <translation>
            <numerusform>найближчий %n день</numerusform>
            <numerusform>найближчі %n дні</numerusform>
            <numerusform>найближчі %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Upcoming tasks for</source>
        <translation>Найближчі завдання на</translation>
    </message>
    <message>
        <source>&amp;Upcoming:</source>
        <translation>&amp;Найближчі:</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблони…</translation>
    </message>
    <message>
        <source>The checklists each kind of visit starts from</source>
        <translation>Чек-листи, з яких починається кожен вид візиту</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>За виконавцями</translation>
    </message>
    <message>
        <source>By &amp;assignee:</source>
        <translation>За &amp;виконавцями:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Найближчі</translation>
    </message>
    <message>
        <source>Done lately</source>
        <translation>Виконані нещодавно</translation>
    </message>
    <message>
        <source>Ticked off lately (click to open again):</source>
        <translation>Нещодавно виконані (клацніть, щоб відкрити знову):</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Прострочених: %1</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n day(s): %1</source>
        <translation>
            <numerusform>На найближчий %n день: %1</numerusform>
            <numerusform>На найближчі %n дні: %1</numerusform>
            <numerusform>На найближчі %n днів: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 overdue, %3 due in the next %n day(s)</source>
        <translation>
            <numerusform>%1: прострочених %2, на найближчий %n день %3</numerusform>
            <numerusform>%1: прострочених %2, на найближчі %n дні %3</numerusform>
            <numerusform>%1: прострочених %2, на найближчі %n днів %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(без виконавця)</translation>
    </message>
    <message>
        <source>%1
%2 overdue, %3 upcoming</source>
        <translation>%1
прострочених %2, найближчих %3</translation>
    </message>
    <message>
        <source>Tick off «%1»</source>
        <translation>Позначити виконаним «%1»</translation>
    </message>
    <message>
        <source>Open «%1» again</source>
        <translation>Відкрити знову «%1»</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicts</source>
        <translation>Накладки</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Лише &amp;помилки</translation>
    </message>
    <message>
        <source>Enter or a double click opens the item in its delegation.</source>
        <translation>Enter або подвійне клацання відкриває пункт програми в його делегації.</translation>
    </message>
    <message>
        <source>No conflicts: every programme fits together.</source>
        <translation>Накладок немає: усі програми узгоджені між собою.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2</source>
        <translation>Помилок: %1, попереджень: %2</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The planner ran into a problem</source>
        <translation>У планувальнику сталася помилка</translation>
    </message>
    <message>
        <source>Something went wrong inside the planner. What was saved is safe: every change is saved whole or not at all. Please try again; if it happens again, send the details to whoever looks after the planner.</source>
        <translation>Усередині планувальника щось пішло не так. Те, що збережено, у безпеці: кожна зміна зберігається повністю або не зберігається зовсім. Спробуйте ще раз; якщо помилка повториться, надішліть подробиці тому, хто супроводжує планувальник.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Подробиці записано у %1.</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Учасники</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>&amp;Програма</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>Пода&amp;рунки</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Чек-&amp;лист</translation>
    </message>
    <message>
        <source>&amp;Delete delegation</source>
        <translation>Видалити &amp;делегацію</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print a document of this delegation (Ctrl+P)</source>
        <translation>Надрукувати документ цієї делегації (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Title (Ukrainian):</source>
        <translation>&amp;Назва (укр.):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Назва (&amp;англ.):</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>Нап&amp;рям:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Дата по&amp;чатку:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Дата &amp;завершення:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Країна (код ISO):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовий по&amp;яс:</translation>
    </message>
    <message>
        <source>&amp;Responsible officer:</source>
        <translation>&amp;Відповідальна особа:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>М&amp;ета:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Pa&amp;rtners:</source>
        <translation>Пар&amp;тнери:</translation>
    </message>
    <message>
        <source>Programme &amp;measures:</source>
        <translation>За&amp;ходи програми:</translation>
    </message>
    <message>
        <source>The document is made from what is saved: save your changes first to see them printed.</source>
        <translation>Документ складається зі збереженого: спершу збережіть зміни, щоб побачити їх надрукованими.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (View &gt; Conflicts)</source>
        <translation>
            <numerusform>… і ще %n (Вигляд &gt; Накладки)</numerusform>
            <numerusform>… і ще %n (Вигляд &gt; Накладки)</numerusform>
            <numerusform>… і ще %n (Вигляд &gt; Накладки)</numerusform>
        </translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Нова делегація</translation>
    </message>
    <message>
        <source>Save the delegation first</source>
        <translation>Спершу збережіть делегацію</translation>
    </message>
    <message>
        <source>Add delegation «%1»</source>
        <translation>додавання делегації «%1»</translation>
    </message>
    <message>
        <source>Edit delegation «%1»</source>
        <translation>редагування делегації «%1»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Видалити делегацію</translation>
    </message>
    <message>
        <source>Delete the delegation «%1» with its participants and programme?
Edit &gt; Undo brings it back.</source>
        <translation>Видалити делегацію «%1» разом з учасниками та програмою візиту?
Повернути її можна через Редагування &gt; Скасувати.</translation>
    </message>
    <message>
        <source>Delete delegation «%1»</source>
        <translation>видалення делегації «%1»</translation>
    </message>
</context>
<context>
    <name>DelegationTableModel</name>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасників</translation>
    </message>
</context>
<context>
    <name>DelegationsArea</name>
    <message>
        <source>Search: title, place, partner, participant…</source>
        <translation>Пошук: назва, місто, партнер, учасник…</translation>
    </message>
    <message>
        <source>Search delegations</source>
        <translation>Пошук делегацій</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Усі напрями</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Programme measure</source>
        <translation>Захід програми</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Кінець періоду</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегації</translation>
    </message>
    <message>
        <source>&amp;New delegation</source>
        <translation>Н&amp;ова делегація</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Видалити делегацію</translation>
    </message>
    <message>
        <source>Delete the delegation «%1» with its participants and programme?
Edit &gt; Undo brings it back.</source>
        <translation>Видалити делегацію «%1» разом з учасниками та програмою візиту?
Повернути її можна через Редагування &gt; Скасувати.</translation>
    </message>
    <message>
        <source>Delete delegation «%1»</source>
        <translation>видалення делегації «%1»</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Could not undo</source>
        <translation>Не вдалося скасувати</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Не вдалося повторити</translation>
    </message>
    <message>
        <source>The undo history has been cleared.</source>
        <translation>Історію дій для скасування очищено.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Експорт календаря</translation>
    </message>
    <message>
        <source>What goes into the file</source>
        <translation>Що потрапить у файл</translation>
    </message>
    <message>
        <source>&amp;Everything: every visit and its programme</source>
        <translation>&amp;Усе: кожен візит і його програма</translation>
    </message>
    <message>
        <source>A &amp;period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>One &amp;delegation:</source>
        <translation>Одна &amp;делегація:</translation>
    </message>
    <message>
        <source>One person&apos;s &amp;itinerary:</source>
        <translation>&amp;Маршрут однієї особи:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>&amp;Language of the titles:</source>
        <translation>&amp;Мова назв:</translation>
    </message>
    <message>
        <source>Checklist &amp;tasks (as to-dos)</source>
        <translation>&amp;Завдання чек-листів (як справи)</translation>
    </message>
    <message>
        <source>Each checklist task as a to-do due on its day, for the task list of Thunderbird, Outlook or Apple Reminders. Not in a person&apos;s itinerary.</source>
        <translation>Кожне завдання чек-листа — як справа з терміном у списку завдань Thunderbird, Outlook чи Apple Reminders. У маршрут особи не входять.</translation>
    </message>
    <message>
        <source>All times in &amp;UTC (for old calendar programs)</source>
        <translation>Увесь час в &amp;UTC (для старих календарних програм)</translation>
    </message>
    <message>
        <source>Include &amp;phone numbers and e-mail addresses</source>
        <translation>Додати &amp;телефони та адреси електронної пошти</translation>
    </message>
    <message>
        <source>Phones and e-mails are personal data: include them only in a file that stays in the office. Passports, health and dietary needs never go into a calendar.</source>
        <translation>Телефони й адреси електронної пошти — персональні дані: додавайте їх лише до файлу, що залишається в управлінні. Паспортні дані, стан здоров’я та харчові потреби в календар не потрапляють ніколи.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>Choose the delegation.</source>
        <translation>Виберіть делегацію.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Виберіть особу.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файли календаря (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Записую календар…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Personal data: it is left out of anything that leaves the office unless you ask for it.</source>
        <translation>Персональні дані: їх не включають до жодних матеріалів, що передаються за межі управління, якщо ви не попросите про це.</translation>
    </message>
    <message>
        <source>Empty means no date: select the date and press Delete.</source>
        <translation>Порожнє поле означає, що дати немає: виділіть дату й натисніть Delete.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Запис тим часом змінено</translation>
    </message>
    <message>
        <source>Reload it to see the other changes (yours in this window are dropped), or keep editing and copy your changes aside first.</source>
        <translation>Оновіть запис, щоб побачити зміни колеги (ваші зміни в цьому вікні буде втрачено), або продовжте редагування й спершу скопіюйте свої зміни окремо.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продовжити редагування</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>This window has changes that are not saved. Save them?</source>
        <translation>У цьому вікні є незбережені зміни. Зберегти їх?</translation>
    </message>
</context>
<context>
    <name>GiftItemDialog</name>
    <message>
        <source>New gift item</source>
        <translation>Новий сувенір</translation>
    </message>
    <message>
        <source>Gift item</source>
        <translation>Сувенір</translation>
    </message>
    <message>
        <source>The item shows in red when the stock is at or below this many</source>
        <translation>Сувенір позначається червоним, коли залишок дорівнює цій кількості або менший</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>&amp;Name (Ukrainian):</source>
        <translation>&amp;Назва (укр.):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Назва (&amp;англ.):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <source>Category (En&amp;glish):</source>
        <translation>Категорія (ан&amp;гл.):</translation>
    </message>
    <message>
        <source>&amp;Unit cost, UAH:</source>
        <translation>&amp;Ціна за одиницю, грн:</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Постачальник:</translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation>&amp;Мінімальний залишок:</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>&amp;Фото:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Photo of the item</source>
        <translation>Фото сувеніра</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(без фото)</translation>
    </message>
    <message>
        <source>(the picture cannot be read)</source>
        <translation>(зображення не вдається прочитати)</translation>
    </message>
    <message>
        <source>Add gift item «%1»</source>
        <translation>Додати сувенір «%1»</translation>
    </message>
    <message>
        <source>Edit gift item «%1»</source>
        <translation>Змінити сувенір «%1»</translation>
    </message>
</context>
<context>
    <name>GiftLimitDialog</name>
    <message>
        <source>In force &amp;from:</source>
        <translation>Діє &amp;з:</translation>
    </message>
    <message>
        <source>Limit &amp;per gift:</source>
        <translation>Ліміт на &amp;один подарунок:</translation>
    </message>
    <message>
        <source>Limit per &amp;year from one source:</source>
        <translation>Ліміт на &amp;рік від одного джерела:</translation>
    </message>
    <message>
        <source>New gift limits</source>
        <translation>Нові ліміти подарунків</translation>
    </message>
    <message>
        <source>Gift limits from %1</source>
        <translation>Ліміти подарунків з %1</translation>
    </message>
    <message>
        <source>Add the gift limits from %1</source>
        <translation>Додати ліміти подарунків з %1</translation>
    </message>
    <message>
        <source>Change the gift limits from %1</source>
        <translation>Змінити ліміти подарунків з %1</translation>
    </message>
</context>
<context>
    <name>GiftLimitModel</name>
    <message>
        <source>Valid from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Per gift</source>
        <translation>На один подарунок</translation>
    </message>
    <message>
        <source>Per year from one source</source>
        <translation>На рік від одного джерела</translation>
    </message>
</context>
<context>
    <name>GiftLimitsDialog</name>
    <message>
        <source>Limits on gifts to officials</source>
        <translation>Ліміти подарунків посадовим особам</translation>
    </message>
    <message>
        <source>Limits on gifts, the newest first</source>
        <translation>Ліміти подарунків, найновіші першими</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the limits</source>
        <translation>Видалити ліміти</translation>
    </message>
    <message>
        <source>Delete the limits in force from %1 (%2 per gift, %3 a year from one source)?</source>
        <translation>Видалити ліміти, чинні з %1 (%2 на один подарунок, %3 на рік від одного джерела)?</translation>
    </message>
    <message>
        <source>Delete the gift limits from %1</source>
        <translation>Видалити ліміти подарунків з %1</translation>
    </message>
</context>
<context>
    <name>GiftMovementModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Рух</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Visit or recipient</source>
        <translation>Візит або отримувач</translation>
    </message>
    <message>
        <source>Document, supplier or reason</source>
        <translation>Документ, постачальник або причина</translation>
    </message>
</context>
<context>
    <name>GiftPlanModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарунок</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>%1 in stock, %2 planned</source>
        <translation>на складі %1, заплановано %2</translation>
    </message>
    <message>
        <source>given before: %1</source>
        <translation>уже дарували: %1</translation>
    </message>
</context>
<context>
    <name>GiftPlanPanel</name>
    <message>
        <source>Gifts planned at the visit</source>
        <translation>Подарунки, заплановані на візит</translation>
    </message>
    <message>
        <source>&amp;Plan a gift…</source>
        <translation>&amp;Запланувати подарунок…</translation>
    </message>
    <message>
        <source>A gift for a participant or a partner (Insert)</source>
        <translation>Подарунок учаснику або партнеру (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>Drop the plan (Delete)</source>
        <translation>Скасувати план (Delete)</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>&amp;Вручити</translation>
    </message>
    <message>
        <source>Mark handed out: the stock goes down and the gift register gets the entry (Ctrl+Enter)</source>
        <translation>Позначити врученим: залишок на складі зменшиться, а до реєстру подарунків додасться запис (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>Скасувати в&amp;ручення</translation>
    </message>
    <message>
        <source>Not handed out after all: the stock and the register are put back</source>
        <translation>Подарунок так і не вручено: залишок і реєстр стають такими, як були</translation>
    </message>
    <message>
        <source>%1 planned, %2 handed out, worth %3 in all</source>
        <translation>Заплановано: %1, вручено: %2, загальна вартість %3</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>попереджень: %1</translation>
    </message>
    <message>
        <source>Remove planned gift «%1»</source>
        <translation>Прибрати запланований подарунок «%1»</translation>
    </message>
    <message>
        <source>Hand out «%1»</source>
        <translation>Вручити «%1»</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Скасувати вручення</translation>
    </message>
    <message>
        <source>«%1» was not handed out after all? Its stock movement and register entry are removed.</source>
        <translation>«%1» так і не вручено? Рух на складі та запис у реєстрі буде вилучено.</translation>
    </message>
    <message>
        <source>Take back «%1»</source>
        <translation>Скасувати вручення «%1»</translation>
    </message>
</context>
<context>
    <name>GiftRecordDialog</name>
    <message>
        <source>(no delegation)</source>
        <translation>(без делегації)</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(без партнера)</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(без особи)</translation>
    </message>
    <message>
        <source>(not from the stock)</source>
        <translation>(не зі складу)</translation>
    </message>
    <message>
        <source>Above the legal limit</source>
        <translation>Понад законодавчий ліміт</translation>
    </message>
    <message>
        <source>Handed over to the community&apos;s property</source>
        <translation>Передано у власність громади</translation>
    </message>
    <message>
        <source>Given or &amp;received:</source>
        <translation>Вручено чи &amp;отримано:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Подарунок:</translation>
    </message>
    <message>
        <source>From the &amp;stock:</source>
        <translation>Зі &amp;складу:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Вартість:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Нагода:</translation>
    </message>
    <message>
        <source>De&amp;legation:</source>
        <translation>Деле&amp;гація:</translation>
    </message>
    <message>
        <source>Gi&amp;ver:</source>
        <translation>Дар&amp;увальник:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Отри&amp;мувач:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Па&amp;ртнер:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>Осо&amp;ба:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>New gift register entry</source>
        <translation>Новий запис реєстру подарунків</translation>
    </message>
    <message>
        <source>Gift register entry «%1»</source>
        <translation>Запис реєстру подарунків «%1»</translation>
    </message>
    <message>
        <source>No limit on gifts is set for %1.</source>
        <translation>Ліміт подарунків на %1 не встановлено.</translation>
    </message>
    <message>
        <source>Above the limit in force on %1: %2 per gift. Tick “above the legal limit” and hand the gift over to the community&apos;s property.</source>
        <translation>Понад ліміт, чинний на %1: %2 на один подарунок. Позначте «понад законодавчий ліміт» і передайте подарунок у власність громади.</translation>
    </message>
    <message>
        <source>Within the limit in force on %1: %2 per gift (and %3 a year from one source).</source>
        <translation>У межах ліміту, чинного на %1: %2 на один подарунок (і %3 на рік від одного джерела).</translation>
    </message>
    <message>
        <source>Add gift register entry «%1»</source>
        <translation>Додати запис реєстру подарунків «%1»</translation>
    </message>
    <message>
        <source>Change gift register entry «%1»</source>
        <translation>Змінити запис реєстру подарунків «%1»</translation>
    </message>
</context>
<context>
    <name>GiftRegisterModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation>Вручено/отримано</translation>
    </message>
    <message>
        <source>Occasion, delegation</source>
        <translation>Нагода, делегація</translation>
    </message>
    <message>
        <source>Giver → recipient</source>
        <translation>Хто → кому</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарунок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Above the limit</source>
        <translation>Понад ліміт</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано громаді</translation>
    </message>
    <message>
        <source>over %1 per gift</source>
        <translation>понад %1 за подарунок</translation>
    </message>
    <message>
        <source>over %1 a year from one source</source>
        <translation>понад %1 на рік від одного джерела</translation>
    </message>
    <message>
        <source>yes (marked by the officer)</source>
        <translation>так (позначено вручну)</translation>
    </message>
    <message>
        <source>no limit set for the day</source>
        <translation>ліміт на цей день не встановлено</translation>
    </message>
    <message>
        <source>no (value unknown)</source>
        <translation>ні (вартість невідома)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
</context>
<context>
    <name>GiftRegisterPanel</name>
    <message>
        <source>Period from</source>
        <translation>Період з</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Період до</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Вручено чи отримано</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Вручені й отримані</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казати:</translation>
    </message>
    <message>
        <source>Gift register</source>
        <translation>Реєстр подарунків</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Новий запис…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Ліміти…</translation>
    </message>
    <message>
        <source>The legal limits on gifts to officials</source>
        <translation>Законодавчі ліміти подарунків посадовим особам</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>Д&amp;рукувати реєстр…</translation>
    </message>
    <message>
        <source>The register of the period chosen, as PDF</source>
        <translation>Реєстр за вибраний період у PDF</translation>
    </message>
    <message>
        <source>Entries: %1; given: %2, worth %3; received: %4, worth %5; above the limit: %6</source>
        <translation>Записів: %1; вручено: %2 на %3; отримано: %4 на %5; понад ліміт: %6</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Видалити запис</translation>
    </message>
    <message>
        <source>Delete the entry «%1» of %2 from the gift register?</source>
        <translation>Видалити з реєстру подарунків запис «%1» від %2?</translation>
    </message>
    <message>
        <source>Delete gift register entry «%1»</source>
        <translation>Видалити запис реєстру подарунків «%1»</translation>
    </message>
</context>
<context>
    <name>GiftStockModel</name>
    <message>
        <source>Item</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>На складі</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Ціна за одиницю</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Дозамовити від</translation>
    </message>
</context>
<context>
    <name>GiftsArea</name>
    <message>
        <source>Item or category, in Ukrainian or English…</source>
        <translation>Найменування або категорія, українською чи англійською…</translation>
    </message>
    <message>
        <source>Find a gift item</source>
        <translation>Знайти сувенір</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Stock on the day</source>
        <translation>Залишок на день</translation>
    </message>
    <message>
        <source>Stock &amp;on:</source>
        <translation>Залишок &amp;на:</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>Новий с&amp;увенір…</translation>
    </message>
    <message>
        <source>Add an item to the catalogue (Insert)</source>
        <translation>Додати сувенір до каталогу (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <source>Names, category, cost, photo (Enter)</source>
        <translation>Назви, категорія, ціна, фото (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Only an item with nothing in stock</source>
        <translation>Лише сувенір, якого немає на складі</translation>
    </message>
    <message>
        <source>&amp;Purchase…</source>
        <translation>&amp;Закупівля…</translation>
    </message>
    <message>
        <source>Items bought, with the invoice (Ctrl+B)</source>
        <translation>Придбані сувеніри з накладною (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Списати…</translation>
    </message>
    <message>
        <source>Items lost or broken, with the reason</source>
        <translation>Втрачені чи пошкоджені сувеніри, з причиною</translation>
    </message>
    <message>
        <source>Stock-&amp;take…</source>
        <translation>&amp;Інвентаризація…</translation>
    </message>
    <message>
        <source>Record the counted quantity</source>
        <translation>Записати фактичну кількість</translation>
    </message>
    <message>
        <source>Print in&amp;ventory…</source>
        <translation>Друкувати &amp;опис…</translation>
    </message>
    <message>
        <source>The inventory on the day chosen, as PDF</source>
        <translation>Опис залишків на вибраний день у PDF</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Експорт в Excel…</translation>
    </message>
    <message>
        <source>The inventory on the day chosen, as .xlsx</source>
        <translation>Опис залишків на вибраний день у .xlsx</translation>
    </message>
    <message>
        <source>Gift stock</source>
        <translation>Сувенірна продукція</translation>
    </message>
    <message>
        <source>Movements of the item</source>
        <translation>Рух найменування</translation>
    </message>
    <message>
        <source>Movements of the item chosen:</source>
        <translation>Рух вибраного найменування:</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>Скла&amp;д</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Реєстр</translation>
    </message>
    <message>
        <source>On %1: %2 items, %3 pieces, worth %4; at or below the reorder level: %5</source>
        <translation>На %1: найменувань — %2, одиниць — %3, вартість %4; на рівні дозамовлення або нижче: %5</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Видалити сувенір</translation>
    </message>
    <message>
        <source>Take «%1» out of the catalogue? Its movements stay on record.</source>
        <translation>Вилучити «%1» з каталогу? Його рухи лишаться в обліку.</translation>
    </message>
    <message>
        <source>Delete gift item «%1»</source>
        <translation>Видалити сувенір «%1»</translation>
    </message>
    <message>
        <source>inventory-%1.xlsx</source>
        <translation>опис-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the inventory</source>
        <translation>Експорт опису залишків</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>«%1» could not be written: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>Inventory written: %1</source>
        <translation>Опис записано: %1</translation>
    </message>
</context>
<context>
    <name>ImportCalendarDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>Імпорт календаря</translation>
    </message>
    <message numerus="yes">
        <source>«%1»: %n event(s)</source>
        <translation>
            <numerusform>«%1»: %n подія</numerusform>
            <numerusform>«%1»: %n події</numerusform>
            <numerusform>«%1»: %n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the events go</source>
        <translation>Куди додати події</translation>
    </message>
    <message>
        <source>Into the programme of &amp;delegation:</source>
        <translation>До програми &amp;делегації:</translation>
    </message>
    <message>
        <source>Into a &amp;new delegation titled:</source>
        <translation>До &amp;нової делегації з назвою:</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>Title of the new delegation</source>
        <translation>Назва нової делегації</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Що зробить імпорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Choose the delegation.</source>
        <translation>Виберіть делегацію.</translation>
    </message>
    <message>
        <source>Will add %1, change %2, leave %3 as they are and skip %4.</source>
        <translation>Буде додано: %1, змінено: %2, залишено без змін: %3, пропущено: %4.</translation>
    </message>
    <message>
        <source>Some events fall outside the visit&apos;s dates (%1): change the visit&apos;s dates first, or import into another delegation.</source>
        <translation>Деякі події виходять за дати візиту (%1): спершу змініть дати візиту або імпортуйте до іншої делегації.</translation>
    </message>
    <message>
        <source>a calendar file</source>
        <translation>файлу календаря</translation>
    </message>
    <message>
        <source>import of «%1»</source>
        <translation>імпорт «%1»</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>What happens</source>
        <translation>Що станеться</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце проведення</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>outside the visit&apos;s dates</source>
        <translation>поза датами візиту</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>(not known)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>e.g. PS 101</source>
        <translation>напр. PS 101</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegation planner — %1</source>
        <translation>Планувальник делегацій — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегації</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Сувеніри</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листи</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Нова делегація…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Нова &amp;база даних…</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;Експорт календаря…</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>І&amp;мпорт календаря…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Створити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Останні бази даних</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ви&amp;гляд</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Накладки…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Дру&amp;к</translation>
    </message>
    <message>
        <source>Gift &amp;inventory…</source>
        <translation>&amp;Опис залишків сувенірів…</translation>
    </message>
    <message>
        <source>Gift r&amp;egister…</source>
        <translation>&amp;Реєстр подарунків…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Про програму</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>Delegations: %1</source>
        <translation>Делегацій: %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>Planner databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Бази даних планувальника (*.sqlite3 *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Planner databases (*.sqlite3 *.db)</source>
        <translation>Бази даних планувальника (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>«%1» already exists. Choose another name, or open it with File &gt; Open database.</source>
        <translation>Файл «%1» уже існує. Оберіть іншу назву або відкрийте його через Файл &gt; Відкрити базу даних.</translation>
    </message>
    <message>
        <source>No other database yet</source>
        <translation>Інших баз даних поки немає</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Створити резервну копію</translation>
    </message>
    <message>
        <source>A shared database on a server is backed up by the server&apos;s administrator.</source>
        <translation>Резервні копії спільної бази даних на сервері створює адміністратор сервера.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Створення резервної копії…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Choose a delegation first: open it, or select it in the Delegations list.</source>
        <translation>Спершу виберіть делегацію: відкрийте її або виділіть у списку делегацій.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Імпорт календаря</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Файли календаря (*.ics);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Could not read the calendar file</source>
        <translation>Не вдалося прочитати файл календаря</translation>
    </message>
    <message>
        <source>Imported: %1 items added, %2 changed (Edit &gt; Undo takes it back)</source>
        <translation>Імпортовано: додано пунктів — %1, змінено — %2 (Редагування &gt; Скасувати поверне, як було)</translation>
    </message>
    <message>
        <source>Calendar written: %1 visits and %2 programme items in %3</source>
        <translation>Календар записано: візитів — %1, пунктів програми — %2, файл %3</translation>
    </message>
    <message>
        <source>Delegation planner</source>
        <translation>Планувальник делегацій</translation>
    </message>
    <message>
        <source>Delegation planner %1
International cooperation department.</source>
        <translation>Планувальник делегацій %1
Управління міжнародного співробітництва.</translation>
    </message>
</context>
<context>
    <name>MomentInput</name>
    <message>
        <source>Known</source>
        <translation>Відомо</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1: відомо</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another day</source>
        <translation>Перенести на інший день</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Move “%1” to another day; its times stay the same.</source>
        <translation>Перенести «%1» на інший день; час початку й завершення не зміниться.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Purchase of «%1»</source>
        <translation>Закупівля: «%1»</translation>
    </message>
    <message>
        <source>Write-off of «%1»</source>
        <translation>Списання: «%1»</translation>
    </message>
    <message>
        <source>Stock-take of «%1»</source>
        <translation>Інвентаризація: «%1»</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>invoice or act, e.g. ВН-014/24</source>
        <translation>накладна чи акт, напр. ВН-014/24</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Кількість:</translation>
    </message>
    <message>
        <source>&amp;Unit cost, UAH:</source>
        <translation>&amp;Ціна за одиницю, грн:</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Постачальник:</translation>
    </message>
    <message>
        <source>&amp;Invoice or act No.:</source>
        <translation>№ &amp;накладної чи акта:</translation>
    </message>
    <message>
        <source>Programme &amp;measure:</source>
        <translation>&amp;Захід програми:</translation>
    </message>
    <message>
        <source>e.g. broken in transport, act No. 3</source>
        <translation>напр. пошкоджено під час перевезення, акт № 3</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>In the books:</source>
        <translation>За обліком:</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Фактично:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Різниця:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <source>Open the Checklists</source>
        <translation>Відкрити чек-листи</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Тривають зараз</translation>
    </message>
    <message numerus="yes">
        <source>Coming %n week(s)</source>
        <translation>
            <numerusform>Найближчий %n тиждень</numerusform>
            <numerusform>Найближчі %n тижні</numerusform>
            <numerusform>Найближчі %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Agreements ending</source>
        <translation>Угоди, що закінчуються</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Сьогодні: %1</translation>
    </message>
    <message>
        <source>No visit is in progress today.</source>
        <translation>Сьогодні не триває жоден візит.</translation>
    </message>
    <message>
        <source>Nothing planned for the coming weeks.</source>
        <translation>На найближчі тижні нічого не заплановано.</translation>
    </message>
    <message>
        <source>Overdue checklist tasks: %1</source>
        <translation>Прострочені завдання чек-листів: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checklist tasks due in the next %n day(s): %1</source>
        <translation>
            <numerusform>Завдань чек-листів на найближчий %n день: %1</numerusform>
            <numerusform>Завдань чек-листів на найближчі %n дні: %1</numerusform>
            <numerusform>Завдань чек-листів на найближчі %n днів: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Souvenirs running low: %1</source>
        <translation>Сувеніри, що закінчуються: %1</translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>закінчилася %n день тому</numerusform>
            <numerusform>закінчилася %n дні тому</numerusform>
            <numerusform>закінчилася %n днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1 (%2)</source>
        <translation>до %1 (%2)</translation>
    </message>
    <message>
        <source>No agreement ends in the coming months.</source>
        <translation>Найближчими місяцями жодна угода не закінчується.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Type a name in Cyrillic or Latin, then choose with ↓ and Enter</source>
        <translation>Введіть ім’я кирилицею або латиницею, потім оберіть особу клавішами ↓ та Enter</translation>
    </message>
    <message>
        <source>Add participant: search people</source>
        <translation>Додати учасника: пошук осіб</translation>
    </message>
    <message>
        <source>&amp;Add participant:</source>
        <translation>Дод&amp;ати учасника:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Знайдені особи</translation>
    </message>
    <message>
        <source>Participants in order of precedence</source>
        <translation>Учасники в порядку протокольного старшинства</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Role, arrival, departure, hotel (Enter)</source>
        <translation>Роль, прибуття, відбуття, готель (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Remove from the delegation (Delete)</source>
        <translation>Вилучити зі складу делегації (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;гору</translation>
    </message>
    <message>
        <source>Earlier in the order of precedence (Ctrl+Up)</source>
        <translation>Вище в порядку старшинства (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Later in the order of precedence (Ctrl+Down)</source>
        <translation>Нижче в порядку старшинства (Ctrl+Down)</translation>
    </message>
    <message>
        <source>(already a participant)</source>
        <translation>(уже учасник)</translation>
    </message>
    <message>
        <source>Create person «%1»…</source>
        <translation>Створити особу «%1»…</translation>
    </message>
    <message>
        <source>Add participant «%1»</source>
        <translation>додавання учасника «%1»</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Вилучити учасника</translation>
    </message>
    <message>
        <source>Remove «%1» from the delegation? They also leave the programme items they attend.
Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>Вилучити «%1» зі складу делегації? Особу буде вилучено й з пунктів програми, у яких вона бере участь.
Повернути можна через Редагування &gt; Скасувати (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove participant «%1»</source>
        <translation>вилучення учасника «%1»</translation>
    </message>
    <message>
        <source>Move «%1» up</source>
        <translation>переміщення «%1» вгору</translation>
    </message>
    <message>
        <source>Move «%1» down</source>
        <translation>переміщення «%1» вниз</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Відбуття</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Готель</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>Participant «%1»</source>
        <translation>Учасник «%1»</translation>
    </message>
    <message>
        <source>Times are by the clock of the visit: %1.</source>
        <translation>Час зазначено за часовим поясом візиту: %1.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Транспорт:</translation>
    </message>
    <message>
        <source>Flight or train &amp;number:</source>
        <translation>&amp;Номер рейсу або поїзда:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Дата й час:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Відбуття</translation>
    </message>
    <message>
        <source>Tr&amp;ansport:</source>
        <translation>Тр&amp;анспорт:</translation>
    </message>
    <message>
        <source>Flight or train n&amp;umber:</source>
        <translation>Номер ре&amp;йсу або поїзда:</translation>
    </message>
    <message>
        <source>Date and ti&amp;me:</source>
        <translation>Дата й &amp;час:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Міс&amp;це:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Готель:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Edit participant «%1»</source>
        <translation>редагування учасника «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Name (Ukrainian):</source>
        <translation>&amp;Назва (укр.):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Назва (&amp;англ.):</translation>
    </message>
    <message>
        <source>Name in its own lan&amp;guage:</source>
        <translation>Назва мовою &amp;оригіналу:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Країна (код ISO):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Місто:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Веб&amp;сайт:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новий партнер</translation>
    </message>
    <message>
        <source>Partner «%1»</source>
        <translation>Партнер «%1»</translation>
    </message>
    <message>
        <source>Add partner «%1»</source>
        <translation>додавання партнера «%1»</translation>
    </message>
    <message>
        <source>Change partner «%1»</source>
        <translation>редагування партнера «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Вручено чи отримано</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарунок</translation>
    </message>
    <message>
        <source>To or from</source>
        <translation>Кому чи від кого</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Остання зустріч</translation>
    </message>
    <message>
        <source>Name in Ukrainian, English or its own language…</source>
        <translation>Назва українською, англійською або мовою оригіналу…</translation>
    </message>
    <message>
        <source>Find partners</source>
        <translation>Пошук партнерів</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Знайти:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Пар&amp;тнери:</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>Новий &amp;партнер…</translation>
    </message>
    <message>
        <source>Ed&amp;it partner…</source>
        <translation>Р&amp;едагувати…</translation>
    </message>
    <message>
        <source>Dele&amp;te partner</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Agreements of the chosen partner</source>
        <translation>Угоди обраного партнера</translation>
    </message>
    <message>
        <source>Ne&amp;w agreement…</source>
        <translation>Н&amp;ова угода…</translation>
    </message>
    <message>
        <source>Edit a&amp;greement…</source>
        <translation>Редагуват&amp;и угоду…</translation>
    </message>
    <message>
        <source>De&amp;lete agreement</source>
        <translation>Вида&amp;лити угоду</translation>
    </message>
    <message>
        <source>Visits of the chosen partner</source>
        <translation>Візити вибраного партнера</translation>
    </message>
    <message>
        <source>Gifts given to and received from the chosen partner</source>
        <translation>Подарунки, вручені вибраному партнерові та отримані від нього</translation>
    </message>
    <message>
        <source>People of the chosen partner</source>
        <translation>Особи вибраного партнера</translation>
    </message>
    <message>
        <source>P&amp;rint partner&apos;s file…</source>
        <translation>&amp;Друкувати справу партнера…</translation>
    </message>
    <message>
        <source>Print the regi&amp;ster…</source>
        <translation>Друкувати &amp;реєстр…</translation>
    </message>
    <message>
        <source>Every partner with its agreements, visits, gifts and people met</source>
        <translation>Кожен партнер з його угодами, візитами, подарунками та особами, з якими зустрічалися</translation>
    </message>
    <message>
        <source>&amp;Agreements (choose a partner):</source>
        <translation>&amp;Угоди (оберіть партнера):</translation>
    </message>
    <message>
        <source>&amp;Agreements with «%1»:</source>
        <translation>&amp;Угоди з «%1»:</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Подарунки</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message numerus="yes">
        <source>Its %n agreement(s) are hidden with it.</source>
        <translation>
            <numerusform>Разом із ним буде приховано %n пов’язану угоду.</numerusform>
            <numerusform>Разом із ним буде приховано %n пов’язані угоди.</numerusform>
            <numerusform>Разом із ним буде приховано %n пов’язаних угод.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partner «%1»?</source>
        <translation>Видалити партнера «%1»?</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Видалити партнера</translation>
    </message>
    <message>
        <source>Delete partner «%1»</source>
        <translation>видалення партнера «%1»</translation>
    </message>
    <message>
        <source>Delete agreement «%1»?</source>
        <translation>Видалити угоду «%1»?</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Видалити угоду</translation>
    </message>
    <message>
        <source>Delete agreement «%1»</source>
        <translation>видалення угоди «%1»</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the deletion.</source>
        <translation>Видалення можна скасувати клавішами Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <source>Surname or name, in Cyrillic or Latin, organisation, e-mail…</source>
        <translation>Прізвище або ім’я кирилицею чи латиницею, організація, e-mail…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Пошук осіб</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Нова &amp;особа…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Р&amp;едагувати…</translation>
    </message>
    <message>
        <source>Open the person&apos;s card (Enter)</source>
        <translation>Відкрити картку особи (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the person (Delete); Ctrl+Z undoes it</source>
        <translation>Видалити особу (Delete); скасувати — Ctrl+Z</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Осіб: %1</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Видалити особу</translation>
    </message>
    <message>
        <source>Delete «%1»?
Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>Видалити «%1»?
Повернути запис можна через Редагування &gt; Скасувати (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete person «%1»</source>
        <translation>видалення особи «%1»</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Прізвище та ім’я</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Латиницею</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>e.g. Mr, Ms, Dr</source>
        <translation>напр. пан, пані, д-р</translation>
    </message>
    <message>
        <source>comma separated, e.g. uk, en, de</source>
        <translation>через кому, напр. uk, en, de</translation>
    </message>
    <message>
        <source>Sur&amp;name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Surname (&amp;Latin):</source>
        <translation>Прізвище &amp;латиницею:</translation>
    </message>
    <message>
        <source>Given names (Lat&amp;in):</source>
        <translation>Ім’я латини&amp;цею:</translation>
    </message>
    <message>
        <source>Hono&amp;rific:</source>
        <translation>&amp;Звертання:</translation>
    </message>
    <message>
        <source>&amp;Position (Ukrainian):</source>
        <translation>По&amp;сада (укр.):</translation>
    </message>
    <message>
        <source>Position (&amp;English):</source>
        <translation>Посада (&amp;англ.):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>Па&amp;ртнер:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Країна (код ISO):</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Електронна пошта:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональні дані</translation>
    </message>
    <message>
        <source>The shaded fields are personal data protected by law: they stay in the office and are left out of lists and exports that leave it unless you ask for them.</source>
        <translation>Виділені кольором поля містять персональні дані, захищені законом: вони залишаються в управлінні й не потрапляють до списків та експортованих файлів, що передаються за його межі, якщо ви не попросите про це.</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>Особливості &amp;харчування:</translation>
    </message>
    <message>
        <source>Accessi&amp;bility needs:</source>
        <translation>Потреби щодо &amp;доступності:</translation>
    </message>
    <message>
        <source>&amp;Full name in passport:</source>
        <translation>По&amp;вне ім’я за паспортом:</translation>
    </message>
    <message>
        <source>Passport numbe&amp;r:</source>
        <translation>&amp;Номер паспорта:</translation>
    </message>
    <message>
        <source>Passport countr&amp;y:</source>
        <translation>Країна вида&amp;чі паспорта:</translation>
    </message>
    <message>
        <source>Passport &amp;valid until:</source>
        <translation>Паспорт ді&amp;йсний до:</translation>
    </message>
    <message>
        <source>Date of birt&amp;h:</source>
        <translation>Дата народ&amp;ження:</translation>
    </message>
    <message>
        <source>Dele&amp;gations of this person:</source>
        <translation>&amp;Участь у делегаціях:</translation>
    </message>
    <message>
        <source>Delegations of this person</source>
        <translation>Делегації цієї особи</translation>
    </message>
    <message>
        <source>Enter or a double click opens the delegation</source>
        <translation>Enter або подвійне клацання відкриває делегацію</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>(deleted partner)</source>
        <translation>(видалений партнер)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>Person «%1»</source>
        <translation>Особа «%1»</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Делегацій поки немає</translation>
    </message>
    <message>
        <source>Add person «%1»</source>
        <translation>додавання особи «%1»</translation>
    </message>
    <message>
        <source>Edit person «%1»</source>
        <translation>редагування особи «%1»</translation>
    </message>
</context>
<context>
    <name>PlannedGiftDialog</name>
    <message>
        <source>Plan a gift</source>
        <translation>Запланувати подарунок</translation>
    </message>
    <message>
        <source>Planned gift</source>
        <translation>Запланований подарунок</translation>
    </message>
    <message>
        <source>%1 — %2 in stock</source>
        <translation>%1 — на складі %2</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <translation>уже немає в каталозі</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(нікому)</translation>
    </message>
    <message>
        <source>not a participant now</source>
        <translation>уже не учасник</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>e.g. official meeting with the mayor</source>
        <translation>напр. офіційна зустріч з міським головою</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Подарунок:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Кількість:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>To &amp;person:</source>
        <translation>&amp;Особі:</translation>
    </message>
    <message>
        <source>To pa&amp;rtner:</source>
        <translation>Па&amp;ртнеру:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Нагода:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Handed out: only the occasion and the notes can change.</source>
        <translation>Вручено: змінити можна лише нагоду й примітки.</translation>
    </message>
    <message>
        <source>Plan gift «%1»</source>
        <translation>Запланувати подарунок «%1»</translation>
    </message>
    <message>
        <source>Change planned gift «%1»</source>
        <translation>Змінити запланований подарунок «%1»</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Зберегти як PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Складаю документ…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Before printing, look at these:</source>
        <translation>Перш ніж друкувати, перегляньте:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>«%1» could not be written: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Не вдалося скористатися принтером.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Visit &amp;programme…</source>
        <translation>&amp;Програма перебування…</translation>
    </message>
    <message>
        <source>Participant &amp;list…</source>
        <translation>&amp;Список учасників…</translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation>&amp;Бейджі…</translation>
    </message>
    <message>
        <source>&amp;Table cards…</source>
        <translation>&amp;Таблички на стіл…</translation>
    </message>
    <message>
        <source>&amp;Checklist…</source>
        <translation>&amp;Чек-лист…</translation>
    </message>
    <message>
        <source>&amp;Gift list…</source>
        <translation>Список по&amp;дарунків…</translation>
    </message>
    <message>
        <source>Visit programme: %1</source>
        <translation>Програма перебування: %1</translation>
    </message>
    <message>
        <source>Participant list: %1</source>
        <translation>Список учасників: %1</translation>
    </message>
    <message>
        <source>Name badges: %1</source>
        <translation>Бейджі: %1</translation>
    </message>
    <message>
        <source>Table cards: %1</source>
        <translation>Таблички на стіл: %1</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Чек-лист: %1</translation>
    </message>
    <message>
        <source>Gift list: %1</source>
        <translation>Список подарунків: %1</translation>
    </message>
    <message>
        <source>Gift inventory on %1</source>
        <translation>Опис залишків сувенірів на %1</translation>
    </message>
    <message>
        <source>Gift register %1</source>
        <translation>Реєстр подарунків %1</translation>
    </message>
    <message>
        <source>Annual programme report %1</source>
        <translation>Річний звіт про виконання програми %1</translation>
    </message>
    <message>
        <source>Register of partners and agreements</source>
        <translation>Реєстр партнерів і угод</translation>
    </message>
    <message>
        <source>Partner file: %1</source>
        <translation>Справа партнера: %1</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Kyiv %1, next day</source>
        <translation>Київ %1, наступного дня</translation>
    </message>
    <message>
        <source>Kyiv %1, day before</source>
        <translation>Київ %1, напередодні</translation>
    </message>
    <message>
        <source>Kyiv %1</source>
        <translation>Київ %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programmes and measures</source>
        <translation>Програми та заходи</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Програма:</translation>
    </message>
    <message>
        <source>&amp;New programme from this one…</source>
        <translation>Нова про&amp;грама на основі цієї…</translation>
    </message>
    <message>
        <source>A new period with these sections and measures</source>
        <translation>Новий період з цими розділами та заходами</translation>
    </message>
    <message>
        <source>&amp;Title (Ukrainian):</source>
        <translation>Наз&amp;ва (укр.):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Назва (&amp;англ.):</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>&amp;З року:</translation>
    </message>
    <message>
        <source>&amp;Until year:</source>
        <translation>&amp;До року:</translation>
    </message>
    <message>
        <source>&amp;Save programme</source>
        <translation>Зберег&amp;ти програму</translation>
    </message>
    <message>
        <source>Save the titles and years</source>
        <translation>Зберегти назви та роки</translation>
    </message>
    <message>
        <source>Sections and measures</source>
        <translation>Розділи та заходи</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Add se&amp;ction…</source>
        <translation>Додати р&amp;озділ…</translation>
    </message>
    <message>
        <source>A new section at the end</source>
        <translation>Новий розділ у кінці</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Додати за&amp;хід…</translation>
    </message>
    <message>
        <source>A new measure at the end of the section chosen (Insert)</source>
        <translation>Новий захід у кінці вибраного розділу (Insert)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Number, code or title (Enter)</source>
        <translation>Номер, код або назва (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Only a measure nothing is tagged with, or an empty section (Del)</source>
        <translation>Лише захід, яким нічого не позначено, або порожній розділ (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вгор&amp;у</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>New programme from «%1»</source>
        <translation>Нова програма на основі «%1»</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Новий розділ</translation>
    </message>
    <message>
        <source>New measure in section %1</source>
        <translation>Новий захід у розділі %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Захід %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Розділ %1</translation>
    </message>
    <message>
        <source>Delete the measure %1 «%2»?</source>
        <translation>Видалити захід %1 «%2»?</translation>
    </message>
    <message>
        <source>Delete the section %1 «%2»?</source>
        <translation>Видалити розділ %1 «%2»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце проведення</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Присутні</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>Дрес-код</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>outside the visit&apos;s dates</source>
        <translation>поза датами візиту</translation>
    </message>
    <message>
        <source>Nothing planned for this day yet</source>
        <translation>На цей день поки нічого не заплановано</translation>
    </message>
    <message>
        <source>everyone (%1)</source>
        <translation>усі (%1)</translation>
    </message>
    <message>
        <source>Local time (%1); Kyiv time in brackets</source>
        <translation>Місцевий час (%1); київський час — у дужках</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>Дод&amp;ати пункт…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Ду&amp;блювати</translation>
    </message>
    <message>
        <source>&amp;Move to another day…</source>
        <translation>Перенести на &amp;інший день…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Programme of the visit</source>
        <translation>Програма візиту</translation>
    </message>
    <message>
        <source>This delegation has been deleted.</source>
        <translation>Цю делегацію видалено.</translation>
    </message>
    <message>
        <source>Times are local to the visit (%1); Kyiv time is in brackets.</source>
        <translation>Зазначено місцевий час візиту (%1); київський час — у дужках.</translation>
    </message>
    <message>
        <source>Times are Kyiv time (%1).</source>
        <translation>Зазначено київський час (%1).</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>дублювання «%1»</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>перенесення «%1» на інший день: %2</translation>
    </message>
    <message>
        <source>Delete “%1” (%2, %3)? Undo brings it back.</source>
        <translation>Видалити «%1» (%2, %3)? Цю дію можна скасувати.</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Видалити пункт програми</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>видалення «%1»</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Edit report sentence «%1»</source>
        <translation>Редагувати речення звіту «%1»</translation>
    </message>
    <message>
        <source>Year of the report</source>
        <translation>Рік звіту</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Мова звіту</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>S&amp;tatistics annex</source>
        <translation>Додаток зі с&amp;татистикою</translation>
    </message>
    <message>
        <source>Add the year&apos;s statistics after the report</source>
        <translation>Додати статистику за рік після звіту</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <source>The report as it prints, in the print preview</source>
        <translation>Звіт у тому вигляді, як він друкується, у попередньому перегляді</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>The report as PDF or as Word (.docx) to edit</source>
        <translation>Звіт у PDF або у Word (.docx) для редагування</translation>
    </message>
    <message>
        <source>P&amp;rogramme…</source>
        <translation>Пр&amp;ограма…</translation>
    </message>
    <message>
        <source>The programmes, their sections and measures</source>
        <translation>Програми, їхні розділи та заходи</translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation>&amp;Звіт</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>За&amp;ходи</translation>
    </message>
    <message>
        <source>Stat&amp;istics</source>
        <translation>Стат&amp;истика</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>Записів ще немає</translation>
    </message>
    <message>
        <source>Years with records: %1</source>
        <translation>Роки із записами: %1</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>По&amp;казати</translation>
    </message>
    <message>
        <source>The records with no measure</source>
        <translation>Записи без заходу програми</translation>
    </message>
    <message>
        <source>The report: measures and their entries</source>
        <translation>Звіт: заходи програми та їхні пункти</translation>
    </message>
    <message>
        <source>Measure or entry</source>
        <translation>Захід програми або пункт</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Пункти</translation>
    </message>
    <message>
        <source>Edit &amp;sentence…</source>
        <translation>Редагувати ре&amp;чення…</translation>
    </message>
    <message>
        <source>The entry&apos;s wording in the report (Enter)</source>
        <translation>Формулювання пункту у звіті (Enter)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Відкрити запис</translation>
    </message>
    <message>
        <source>The visit or activity the entry is made from</source>
        <translation>Візит або захід, з якого складено пункт</translation>
    </message>
    <message>
        <source>Activities of the year</source>
        <translation>Заходи року</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новий…</translation>
    </message>
    <message>
        <source>An activity that is not a visit (Insert)</source>
        <translation>Захід, що не є візитом (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Зм&amp;інити…</translation>
    </message>
    <message>
        <source>Change the activity (Enter)</source>
        <translation>Змінити захід (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <source>Delete the activity (Del); Edit &gt; Undo brings it back</source>
        <translation>Видалити захід (Del); Правка &gt; Скасувати повертає його</translation>
    </message>
    <message>
        <source>The year in numbers</source>
        <translation>Рік у цифрах</translation>
    </message>
    <message>
        <source>Agreements in force by country</source>
        <translation>Чинні угоди за країнами</translation>
    </message>
    <message>
        <source>Agreements in force by type</source>
        <translation>Чинні угоди за типами</translation>
    </message>
    <message>
        <source>Delegations by direction</source>
        <translation>Делегації за напрямом</translation>
    </message>
    <message>
        <source>Delegations by measure</source>
        <translation>Делегації за заходами програми</translation>
    </message>
    <message>
        <source>Delegations by month</source>
        <translation>Делегації за місяцями</translation>
    </message>
    <message>
        <source>(the officer&apos;s own wording)</source>
        <translation>(власне формулювання працівника)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the year have no measure and are not in the report</source>
        <translation>
            <numerusform>%n запис року не має заходу програми і не входить до звіту</numerusform>
            <numerusform>%n записи року не мають заходу програми і не входять до звіту</numerusform>
            <numerusform>%n записів року не мають заходу програми і не входять до звіту</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements counted in force on %1</source>
        <translation>Угоди, чинні станом на %1</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Чинні угоди</translation>
    </message>
    <message>
        <source>Partner communities</source>
        <translation>Громади-партнери</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Країни-партнери</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегації</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Records with no measure</source>
        <translation>Записи без заходу програми</translation>
    </message>
    <message>
        <source>Tag these records with a measure of the programme to put them in the report:</source>
        <translation>Позначте ці записи заходом програми, щоб включити їх до звіту:</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Видалити захід</translation>
    </message>
    <message>
        <source>Delete the activity «%1»?
Edit &gt; Undo brings it back.</source>
        <translation>Видалити захід «%1»?
Правка &gt; Скасувати повертає його.</translation>
    </message>
    <message>
        <source>Delete activity «%1»</source>
        <translation>Видалити захід «%1»</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>річний-звіт-%1.pdf</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Зберегти річний звіт</translation>
    </message>
    <message>
        <source>«%1» could not be written: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Звіт записано: %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запис звіту…</translation>
    </message>
</context>
<context>
    <name>SentenceDialog</name>
    <message>
        <source>Sentence of the report</source>
        <translation>Речення звіту</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Дати:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запис:</translation>
    </message>
    <message>
        <source>Generated (Ukrainian):</source>
        <translation>Згенеровано (укр.):</translation>
    </message>
    <message>
        <source>Generated (English):</source>
        <translation>Згенеровано (англ.):</translation>
    </message>
    <message>
        <source>&amp;Ukrainian:</source>
        <translation>&amp;Українською:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Англійською:</translation>
    </message>
    <message>
        <source>Use the &amp;generated text</source>
        <translation>Використати з&amp;генерований текст</translation>
    </message>
    <message>
        <source>The report then follows the record&apos;s data</source>
        <translation>Тоді звіт відповідатиме даним запису</translation>
    </message>
</context>
<context>
    <name>TaskBoardModel</name>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>виконано %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>запізнення %n день</numerusform>
            <numerusform>запізнення %n дні</numerusform>
            <numerusform>запізнення %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(без виконавця)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>Click or press Space to open it again</source>
        <translation>Клацніть або натисніть Пробіл, щоб відкрити знову</translation>
    </message>
    <message>
        <source>Click or press Space to tick it off</source>
        <translation>Клацніть або натисніть Пробіл, щоб позначити виконаним</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>on a fixed date</source>
        <translation>у визначений день</translation>
    </message>
    <message>
        <source>days from the arrival (%1)</source>
        <translation>днів від прибуття (%1)</translation>
    </message>
    <message>
        <source>days from the departure (%1)</source>
        <translation>днів від відбуття (%1)</translation>
    </message>
    <message>
        <source>Negative: before; e.g. −14 is T−14</source>
        <translation>Від’ємне число — до; напр. −14 означає T−14</translation>
    </message>
    <message>
        <source>Title (&amp;Ukrainian):</source>
        <translation>Назва (&amp;укр.):</translation>
    </message>
    <message>
        <source>Title (E&amp;nglish):</source>
        <translation>Назва (&amp;англ.):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Розділ:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>&amp;Днів:</translation>
    </message>
    <message>
        <source>Due &amp;on:</source>
        <translation>Термін &amp;на:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Виконавець:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Коментар:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Add task «%1»</source>
        <translation>Додати завдання «%1»</translation>
    </message>
    <message>
        <source>Change task «%1»</source>
        <translation>Змінити завдання «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation>Шаблони чек-листів</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Н&amp;овий</translation>
    </message>
    <message>
        <source>A new, empty template</source>
        <translation>Новий порожній шаблон</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Копія</translation>
    </message>
    <message>
        <source>A copy of the template chosen, saved now</source>
        <translation>Копія вибраного шаблону, збережена одразу</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Delete the template chosen (can be undone)</source>
        <translation>Видалити вибраний шаблон (можна скасувати)</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>Ш&amp;аблони:</translation>
    </message>
    <message>
        <source>&amp;Name (Ukrainian):</source>
        <translation>&amp;Назва (укр.):</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>Назва (ан&amp;гл.):</translation>
    </message>
    <message>
        <source>&amp;Kind of visit:</source>
        <translation>&amp;Вид візиту:</translation>
    </message>
    <message>
        <source>Tasks of the template</source>
        <translation>Завдання шаблону</translation>
    </message>
    <message>
        <source>Days: how many before (−) or after (+) the arrival or departure the task is due. F2 or typing edits a cell.</source>
        <translation>Дні: за скільки днів до (−) чи після (+) прибуття або відбуття настає термін. F2 або введення тексту змінює клітинку.</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Додати завдання</translation>
    </message>
    <message>
        <source>A new task below the one chosen (Insert)</source>
        <translation>Нове завдання під вибраним (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Прибрати завдання</translation>
    </message>
    <message>
        <source>Take the chosen task out (Delete)</source>
        <translation>Прибрати вибране завдання (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Завдання:</translation>
    </message>
    <message>
        <source>New checklist template «%1»</source>
        <translation>Новий шаблон чек-листа «%1»</translation>
    </message>
    <message>
        <source>Edit checklist template «%1»</source>
        <translation>Змінити шаблон чек-листа «%1»</translation>
    </message>
    <message>
        <source>Duplicate checklist template «%1»</source>
        <translation>Копія шаблону чек-листа «%1»</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Видалити шаблон</translation>
    </message>
    <message>
        <source>Delete the template «%1»? Checklists already made from it stay; Undo brings it back.</source>
        <translation>Видалити шаблон «%1»? Уже створені з нього чек-листи залишаться; «Скасувати» поверне шаблон.</translation>
    </message>
    <message>
        <source>Delete checklist template «%1»</source>
        <translation>Видалити шаблон чек-листа «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateTasksModel</name>
    <message>
        <source>Task (Ukrainian)</source>
        <translation>Завдання (укр.)</translation>
    </message>
    <message>
        <source>Task (English)</source>
        <translation>Завдання (англ.)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Днів</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>New venue</source>
        <translation>Нове місце проведення</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Назва &amp;англійською</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>А&amp;дреса</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Ca&amp;pacity</source>
        <translation>Міс&amp;ткість</translation>
    </message>
    <message>
        <source>Add venue “%1”</source>
        <translation>додавання місця проведення «%1»</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
</TS>

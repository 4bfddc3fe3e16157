<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Application</name>
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
    <name>MainWindow</name>
    <message>
        <source>Delegation planner — %1</source>
        <translation>Планувальник делегацій — %1</translation>
    </message>
    <message>
        <source>Search: title, place, partner, participant…</source>
        <translation>Пошук: назва, місто, партнер, учасник…</translation>
    </message>
    <message>
        <source>Search delegations</source>
        <translation>Пошук делегацій</translation>
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
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
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
</TS>

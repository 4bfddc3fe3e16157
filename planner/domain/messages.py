"""Words the planner says to people, in Ukrainian first and English second.

Errors and labels are looked up here by a stable code, so the same error reads right in the
command line, the GUI and the tests, in the user's language. The GUI's own widgets are
translated with Qt Linguist; this catalogue serves every layer below it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from enum import StrEnum
from typing import Literal

Language = Literal["uk", "en"]
LANGUAGES: tuple[Language, ...] = ("uk", "en")
DEFAULT_LANGUAGE: Language = "uk"

# code: (Ukrainian, English). Placeholders are str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("Поле «{field}» не може бути порожнім.", "“{field}” must not be empty."),
    "too_long": (
        "Поле «{field}» задовге: не більше {limit} символів.",
        "“{field}” is too long: at most {limit} characters.",
    ),
    "end_before_start": (
        "«{field}» не може бути раніше за початок.",
        "“{field}” cannot be before the start.",
    ),
    "unknown_timezone": (
        "Невідомий часовий пояс «{value}». Приклад: Europe/Kyiv.",
        "Unknown time zone “{value}”. Example: Europe/Kyiv.",
    ),
    "naive_datetime": (
        "Для поля «{field}» потрібен час з часовим поясом.",
        "“{field}” needs a time with its time zone.",
    ),
    "outside_delegation": (
        "Пункт програми ({value}) виходить за дати делегації {start} – {end}.",
        "The agenda item ({value}) falls outside the delegation's dates {start} – {end}.",
    ),
    "agenda_outside_new_dates": (
        "З новими датами {count} пункт(и) програми опиняться поза візитом (перший: «{first}»). "
        "Спершу перенесіть їх.",
        "With the new dates {count} agenda item(s) would fall outside the visit (first: “{first}”). "
        "Move them first.",
    ),
    "unknown_country": (
        "Невідомий код країни «{value}»: потрібен код ISO 3166 з двох літер, напр. UA, DE, CZ.",
        "Unknown country code “{value}”: use a two-letter ISO 3166 code such as UA, DE, CZ.",
    ),
    "bad_email": (
        "Адреса «{value}» не схожа на e-mail.",
        "“{value}” does not look like an e-mail.",
    ),
    "not_positive": (
        "Поле «{field}» має бути більше нуля.",
        "“{field}” must be greater than zero.",
    ),
    "negative": ("Поле «{field}» не може бути від’ємним.", "“{field}” cannot be negative."),
    "template_task_required": (
        "Завдання №{row}: поле «{field}» не може бути порожнім.",
        "Task {row}: “{field}” must not be empty.",
    ),
    "offset_out_of_range": (
        "Завдання №{row}: термін {value} дн. від візиту — більше ніж ±{limit} днів.",
        "Task {row}: {value} days from the visit is beyond ±{limit} days.",
    ),
    "task_cancelled": (
        "Завдання «{title}» скасоване разом із візитом: спершу відкрийте його знову.",
        "The task “{title}” was cancelled with its visit: reopen it first.",
    ),
    "bad_choice": (
        "Недопустиме значення «{value}» для поля «{field}».",
        "“{value}” is not a valid value for “{field}”.",
    ),
    "programme_overlap": (
        "Роки нової програми перекриваються з роками іншої програми.",
        "The new programme's years overlap those of another programme.",
    ),
    "measure_in_use": (
        "Захід програми «{measure}» не можна видалити: його ще використовують записи ({count}: "
        "візитів — {delegations}, інших заходів — {activities}, рухів складу — {movements}). "
        "Спершу зніміть із них цей захід.",
        "The measure “{measure}” cannot be deleted: records still use it ({count}: "
        "visits {delegations}, activities {activities}, stock movements {movements}). "
        "Untag them first.",
    ),
    "section_not_empty": (
        "Розділ «{section}» не можна видалити: у ньому є заходи ({count}). Спершу видаліть їх.",
        "The section “{section}” cannot be deleted: it has measures ({count}). Delete them first.",
    ),
    "duplicate": (
        "Запис «{value}» уже існує ({field}).",
        "“{value}” already exists ({field}).",
    ),
    "not_a_participant": (
        "Особа №{value} не є учасником цієї делегації.",
        "Person #{value} is not a participant of this delegation.",
    ),
    "insufficient_stock": (
        "Недостатньо на складі: «{item}» є {available} шт., потрібно {requested}.",
        "Not enough in stock: “{item}” has {available}, {requested} needed.",
    ),
    "stock_negative_on": (
        "Залишок «{item}» став би від’ємним на {date}.",
        "The stock of “{item}” would go below zero on {date}.",
    ),
    "gift_low_stock": (
        "Замало на складі на {date}: «{item}» є {available} шт., заплановано {requested}.",
        "Not enough in stock on {date}: “{item}” has {available}, {requested} planned.",
    ),
    "gift_given_before": (
        "«{item}» уже дарували отримувачу «{recipient}»: {earlier}.",
        "“{item}” was already given to {recipient}: {earlier}.",
    ),
    "limit_year_below_gift": (
        "Річний ліміт від одного джерела не може бути меншим за ліміт на один подарунок.",
        "The yearly limit from one source cannot be lower than the limit per gift.",
    ),
    "bad_money": (
        "«{value}» не є сумою. Напишіть, напр., 1 234,50.",
        "“{value}” is not a sum of money. Write e.g. 1234.50.",
    ),
    "stock_left": (
        "«{item}» ще є на складі ({quantity} шт.): спершу спишіть залишок.",
        "“{item}” is still in stock ({quantity}): write the rest off first.",
    ),
    "already_handed_out": (
        "«{item}» уже вручено {date}: спершу скасуйте вручення.",
        "“{item}” was handed out on {date}: take the hand-out back first.",
    ),
    "not_handed_out": (
        "«{item}» ще не вручено.",
        "“{item}” has not been handed out yet.",
    ),
    "movement_of_planned_gift": (
        "Це вручення заплановано у візиті «{visit}»: скасуйте його на вкладці «Подарунки» візиту.",
        "This hand-out belongs to a gift planned at “{visit}”: take it back in that visit's "
        "Gifts tab.",
    ),
    "recipient_required": (
        "Вкажіть отримувача: особу або партнера.",
        "Name the recipient: a person or a partner.",
    ),
    "bad_date": (
        "«{value}» не є датою. Формат: РРРР-ММ-ДД, напр. 2024-09-27.",
        "“{value}” is not a date. Use YYYY-MM-DD, e.g. 2024-09-27.",
    ),
    "stale_edit": (
        "{record} №{id} тим часом змінив інший користувач. Оновіть запис і внесіть зміни знову.",
        "{record} #{id} was changed by someone else meanwhile. Reload it and make your change again.",
    ),
    "stale_edit_any": (
        "{record}: запис тим часом змінив інший користувач. Оновіть його і внесіть зміни знову.",
        "{record}: someone else changed the record meanwhile. Reload it and make your change again.",
    ),
    "no_programme": (
        "На {year} рік немає програми міжнародного співробітництва: звіт не складається. "
        "Додайте програму, що охоплює цей рік.",
        "There is no cooperation programme for {year}: no report can be made. "
        "Add a programme that covers this year.",
    ),
    "bad_report_format": (
        "Звіт зберігається у файл .pdf або .docx, а не «{value}».",
        "The report is saved as a .pdf or .docx file, not “{value}”.",
    ),
    "not_found": ("{record} №{id} не знайдено.", "{record} #{id} was not found."),
    "in_use": (
        "{record} №{id} не можна видалити: на нього посилаються інші записи ({detail}).",
        "{record} #{id} cannot be deleted: other records refer to it ({detail}).",
    ),
    "db_too_new": (
        "Базу даних створено новішою версією планувальника (схема {found}). "
        "Оновіть програму, щоб її відкрити.",
        "The database was written by a newer version of the planner (schema {found}). "
        "Update the application to open it.",
    ),
    "db_damaged": (
        "База даних пошкоджена ({detail}). Відновіть її з резервної копії.",
        "The database is damaged ({detail}). Restore it from a backup.",
    ),
    "db_not_planner": (
        "Файл «{path}» не є базою даних планувальника.",
        "“{path}” is not a planner database.",
    ),
    "db_missing": (
        "Файл бази даних «{path}» не існує.",
        "The database file “{path}” does not exist.",
    ),
    "backup_onto_itself": (
        "Резервну копію не можна записати поверх самої бази: оберіть інший файл.",
        "A backup cannot be written over the database itself: choose another file.",
    ),
    "db_unavailable": (
        "Не вдалося відкрити базу даних: {detail}",
        "Could not open the database: {detail}",
    ),
    "db_exists": (
        "Файл «{path}» уже існує; демонстраційні дані пишуться лише в нову базу.",
        "“{path}” already exists; the demo year is written only into a new database.",
    ),
    "db_not_empty": (
        "Демонстраційний рік пишеться лише в порожню базу даних.",
        "The demo year is written only into an empty database.",
    ),
    "db_refused": (
        "База даних відмовилася зберегти зміну; нічого не записано. ({detail})",
        "The database refused the change; nothing was written. ({detail})",
    ),
    "db_needs_upgrade": (
        "База даних має схему {found}, ця версія планувальника — {expected}. Відкрийте її в "
        "планувальнику, щоб оновити (спершу буде зроблено резервну копію).",
        "The database has schema {found}; this planner uses {expected}. Open it in the planner "
        "to upgrade it (a backup copy is made first).",
    ),
    "db_busy": (
        "База даних зайнята іншим користувачем; спробуйте ще раз.",
        "The database is busy with another user; try again.",
    ),
    # Exporting a calendar (planner.exports.ics_export, planner.services.calendar).
    "calendar_responsible": ("Відповідальна особа: {value}", "Responsible: {value}"),
    "calendar_attendees": ("Присутні: {value}", "Attending: {value}"),
    "calendar_dress_code": ("Дрес-код: {value}", "Dress code: {value}"),
    "calendar_transport": ("Транспорт: {value}", "Transport: {value}"),
    "calendar_phone": ("тел. {value}", "tel. {value}"),
    "calendar_assignee": ("Виконавець: {value}", "Assignee: {value}"),
    "calendar_name_all": ("{office}: візити та програми", "{office}: visits and programmes"),
    "calendar_name_period": (
        "{office}: візити {first} – {last}",
        "{office}: visits {first} – {last}",
    ),
    "calendar_name_person": ("Програма: {name}", "Itinerary: {name}"),
    "calendar_office": (
        "Управління міжнародного співробітництва",
        "International cooperation department",
    ),
    "cannot_write_file": (
        "Не вдалося записати файл «{path}»: {detail}",
        "Could not write the file “{path}”: {detail}",
    ),
    # Importing a calendar file (planner.exports.ics_import): {line} is the file's line.
    "ics_not_utf8": (
        "Рядок {line}: текст файлу не в кодуванні UTF-8; збережіть календар як UTF-8.",
        "Line {line}: the file's text is not UTF-8; save the calendar as UTF-8.",
    ),
    "ics_not_calendar": (
        "Рядок {line}: це не файл iCalendar: очікувався рядок BEGIN:VCALENDAR, а стоїть «{text}».",
        "Line {line}: this is not an iCalendar file: BEGIN:VCALENDAR was expected, not “{text}”.",
    ),
    "ics_empty": (
        "Рядок {line}: файл порожній, у ньому немає календаря.",
        "Line {line}: the file is empty; it holds no calendar.",
    ),
    "ics_broken_line": (
        "Рядок {line}: пошкоджений рядок «{text}»: очікувався вигляд НАЗВА:значення.",
        "Line {line}: a broken line “{text}”: NAME:value was expected.",
    ),
    "ics_unexpected_end": (
        "Рядок {line}: END:{name} без відповідного BEGIN:{name}.",
        "Line {line}: END:{name} without its BEGIN:{name}.",
    ),
    "ics_wrong_end": (
        "Рядок {line}: END:{name}, хоча BEGIN:{open} з рядка {open_line} ще не закрито.",
        "Line {line}: END:{name} while BEGIN:{open} of line {open_line} is still open.",
    ),
    "ics_unclosed": (
        "Рядок {line}: BEGIN:{name} ніде не закрито (немає END:{name} до кінця файлу).",
        "Line {line}: BEGIN:{name} is never closed (no END:{name} before the end of the file).",
    ),
    "ics_bad_datetime": (
        "Рядок {line}: {property} «{value}» не є датою чи часом (приклад: 20240927T100000).",
        "Line {line}: {property} “{value}” is not a date or time (e.g. 20240927T100000).",
    ),
    "ics_bad_duration": (
        "Рядок {line}: DURATION «{value}» не є тривалістю (приклад: PT1H30M).",
        "Line {line}: DURATION “{value}” is not a duration (e.g. PT1H30M).",
    ),
    "ics_bad_number": (
        "Рядок {line}: {property} «{value}» не є цілим числом.",
        "Line {line}: {property} “{value}” is not a whole number.",
    ),
    "ics_unknown_tzid": (
        "Рядок {line}: невідомий часовий пояс «{tzid}», і файл не описує його (немає "
        "VTIMEZONE з таким TZID).",
        "Line {line}: unknown time zone “{tzid}”, and the file does not define it (no "
        "VTIMEZONE with that TZID).",
    ),
    "ics_bad_timezone": (
        "Рядок {line}: опис часового поясу «{tzid}» (VTIMEZONE) не вдається прочитати: {detail}",
        "Line {line}: the definition of the time zone “{tzid}” (VTIMEZONE) cannot be read: "
        "{detail}",
    ),
    "ics_missing_dtstart": (
        "Рядок {line}: подія «{summary}» не має початку (DTSTART).",
        "Line {line}: the event “{summary}” has no start (DTSTART).",
    ),
    "ics_mixed_value_types": (
        "Рядок {line}: {property} — дата з часом, а початок — лише дата (або навпаки); "
        "вони мають бути одного типу.",
        "Line {line}: {property} is a date with a time and the start only a date (or the "
        "other way round); they must be of one kind.",
    ),
    "ics_end_before_start": (
        "Рядок {line}: подія «{summary}» закінчується раніше, ніж починається.",
        "Line {line}: the event “{summary}” ends before it starts.",
    ),
    "ics_duplicate_uid": (
        "Рядок {line}: UID «{uid}» уже був у події з рядка {first}; кожна подія має мати свій UID.",
        "Line {line}: the UID “{uid}” was already used by the event at line {first}; every "
        "event needs a UID of its own.",
    ),
    # What a calendar import would do that the officer should know (the preview's warnings).
    "ics_floating_time": (
        "«{summary}» (рядок {line}): час без часового поясу; прочитано як час {zone}.",
        "“{summary}” (line {line}): a time with no time zone, read as {zone} time.",
    ),
    "ics_recurring": (
        "«{summary}» (рядок {line}): повторювана подія; імпортовано лише перше повторення "
        "({start}).",
        "“{summary}” (line {line}): a recurring event; only its first occurrence ({start}) "
        "is imported.",
    ),
    "ics_recurrence_override": (
        "«{summary}» (рядок {line}): змінене окреме повторення повторюваної події; пропущено.",
        "“{summary}” (line {line}): a changed occurrence of a recurring event; left out.",
    ),
    "ics_older_sequence": (
        "«{summary}» (рядок {line}): у файлі старіша версія події (SEQUENCE {found}), ніж "
        "збережена (SEQUENCE {stored}); пропущено.",
        "“{summary}” (line {line}): the file has an older version of the event (SEQUENCE "
        "{found}) than the one saved (SEQUENCE {stored}); left out.",
    ),
    "ics_outside_visit": (
        "«{summary}» (рядок {line}): {first} – {last}, поза датами візиту {start} – {end}.",
        "“{summary}” (line {line}): {first} – {last}, outside the visit's dates {start} – {end}.",
    ),
    "ics_planner_visit": (
        "«{summary}» (рядок {line}): це сам візит, а не пункт його програми; пропущено.",
        "“{summary}” (line {line}): this is the visit itself, not an item of its programme; "
        "left out.",
    ),
    "ics_no_uid": (
        "«{summary}» (рядок {line}): подія без UID; повторний імпорт зміненого файлу не "
        "впізнає її.",
        "“{summary}” (line {line}): the event has no UID; importing an edited file again will "
        "not recognise it.",
    ),
    "import_file_unreadable": (
        "Не вдалося прочитати файл «{path}»: {detail}",
        "Could not read the file “{path}”: {detail}",
    ),
    "ics_outside_event": ("«{summary}» (рядок {line})", "“{summary}” (line {line})"),
    "ics_import_outside_visit": (
        "Імпорт не виконано: поза датами візиту {start} – {end} опиняються події ({count}): "
        "{events}. Спершу змініть дати візиту.",
        "Nothing was imported: events fall outside the visit's dates {start} – {end} ({count}): "
        "{events}. Change the visit's dates first.",
    ),
    # Conflicts in the calendar (planner.domain.conflicts): one message per rule.
    "conflict_person_overlap": (
        "{people}: водночас у двох пунктах програми — «{first_title}» ({first_time}; "
        "{first_delegation}) і «{second_title}» ({second_time}; {second_delegation}).",
        "{people}: in two agenda items at once — “{first_title}” ({first_time}; "
        "{first_delegation}) and “{second_title}” ({second_time}; {second_delegation}).",
    ),
    "conflict_venue_overlap": (
        "«{venue}» зайнято двічі водночас: «{first_title}» ({first_time}; {first_delegation}) "
        "і «{second_title}» ({second_time}; {second_delegation}).",
        "“{venue}” is booked twice at once: “{first_title}” ({first_time}; {first_delegation}) "
        "and “{second_title}” ({second_time}; {second_delegation}).",
    ),
    "conflict_outside_visit": (
        "Пункт програми «{first_title}» ({first_time}) поза датами візиту {dates} "
        "({first_delegation}).",
        "The agenda item “{first_title}” ({first_time}) lies outside the visit's dates {dates} "
        "({first_delegation}).",
    ),
    "conflict_official_abroad": (
        "{people} у цей час за кордоном ({trip}, {trip_dates}), але значиться на "
        "«{first_title}» ({first_time}; {first_delegation}) як {capacity}.",
        "{people} is abroad then ({trip}, {trip_dates}) but is down for “{first_title}” "
        "({first_time}; {first_delegation}) as {capacity}.",
    ),
    "conflict_as_attendee": ("учасник", "an attendee"),
    "conflict_as_responsible": ("відповідальна особа", "the responsible person"),
    "conflict_interpreter_needed": (
        "«{first_title}» ({first_time}; {first_delegation}): не всі присутні мають спільну мову "
        "({speakers}), а перекладача не призначено.",
        "“{first_title}” ({first_time}; {first_delegation}): some attendees share no language "
        "({speakers}) and no interpreter attends.",
    ),
    "conflict_too_little_time": (
        "{people}: лише {gap} хв між «{first_title}» ({first_venue}, до {first_end}) і "
        "«{second_title}» ({second_venue}, з {second_start}); на переїзд потрібно щонайменше "
        "{buffer} хв.",
        "{people}: only {gap} min between “{first_title}” ({first_venue}, until {first_end}) "
        "and “{second_title}” ({second_venue}, from {second_start}); getting there takes at "
        "least {buffer} min.",
    ),
    "conflict_too_little_time_none": (
        "{people}: «{second_title}» ({second_venue}) починається {second_start}, щойно "
        "закінчується «{first_title}» ({first_venue}); на переїзд потрібно щонайменше {buffer} хв.",
        "{people}: “{second_title}” ({second_venue}) starts {second_start}, just as "
        "“{first_title}” ({first_venue}) ends; getting there takes at least {buffer} min.",
    ),
    # Printed documents (planner.domain.printing): what falls back to the other language.
    "print_gap_council": (
        "Налаштування: не вказано назву ради — у шапці її не буде.",
        "Settings: the council's name is not set — the header will not have it.",
    ),
    "print_gap_council_uk": (
        "Налаштування: немає української назви ради, буде англійська.",
        "Settings: no Ukrainian name of the council; the English one is printed.",
    ),
    "print_gap_council_en": (
        "Налаштування: немає англійської назви ради, буде українська.",
        "Settings: no English name of the council; the Ukrainian one is printed.",
    ),
    "print_gap_title_uk": (
        "Делегація «{title}»: немає української назви.",
        "The delegation “{title}”: no Ukrainian title.",
    ),
    "print_gap_title_en": (
        "Делегація «{title}»: немає англійської назви.",
        "The delegation “{title}”: no English title.",
    ),
    "print_gap_item_uk": (
        "Пункт «{title}», {day}: немає української назви.",
        "Item “{title}”, {day}: no Ukrainian title.",
    ),
    "print_gap_item_en": (
        "Пункт «{title}», {day}: немає англійської назви.",
        "Item “{title}”, {day}: no English title.",
    ),
    "print_gap_venue_uk": (
        "Місце проведення «{name}»: немає української назви.",
        "Venue “{name}”: no Ukrainian name.",
    ),
    "print_gap_venue_en": (
        "Місце проведення «{name}»: немає англійської назви.",
        "Venue “{name}”: no English name.",
    ),
    "print_gap_latin_name": (
        "{name}: немає імені латиницею, буде транслітерація «{latin}».",
        "{name}: no name in Latin letters; printed transliterated as “{latin}”.",
    ),
    "print_gap_position_uk": (
        "{name}: немає посади українською, буде англійська.",
        "{name}: no position in Ukrainian; the English one is printed.",
    ),
    "print_gap_position_en": (
        "{name}: немає посади англійською, буде українська.",
        "{name}: no position in English; the Ukrainian one is printed.",
    ),
    "print_gap_task_uk": (
        "Завдання «{title}», {day}: немає української назви.",
        "Task “{title}”, {day}: no Ukrainian title.",
    ),
    "print_gap_task_en": (
        "Завдання «{title}», {day}: немає англійської назви.",
        "Task “{title}”, {day}: no English title.",
    ),
    "print_gap_signatory": (
        "Налаштування: не вказано посаду й ім’я керівника управління — підпису не буде.",
        "Settings: the head of department's position and name are not set — no signature.",
    ),
    "print_gap_head_position_uk": (
        "Налаштування: немає посади керівника українською, буде англійська.",
        "Settings: no Ukrainian position of the head of department; the English one is printed.",
    ),
    "print_gap_head_position_en": (
        "Налаштування: немає посади керівника англійською, буде українська.",
        "Settings: no English position of the head of department; the Ukrainian one is printed.",
    ),
    "print_gap_head_name_en": (
        "Налаштування: немає імені керівника латиницею, буде транслітерація «{latin}».",
        "Settings: no Latin name of the head of department; printed transliterated as “{latin}”.",
    ),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "text_uk": ("Текст (укр.)", "Text (Ukrainian)"),
    "text_en": ("Текст (англ.)", "Text (English)"),
    "held_on": ("Дата", "Date"),
    "ends_on": ("Дата завершення", "End date"),
    "measure_ids": ("Заходи програми", "Programme measures"),
    "partner_ids": ("Партнери", "Partners"),
    "title_uk": ("Назва (укр.)", "Title (Ukrainian)"),
    "title_en": ("Назва (англ.)", "Title (English)"),
    "name_uk": ("Назва (укр.)", "Name (Ukrainian)"),
    "name_en": ("Назва (англ.)", "Name (English)"),
    "name_native": ("Назва мовою оригіналу", "Native name"),
    "name": ("Назва", "Name"),
    "family_name": ("Прізвище", "Surname"),
    "given_names": ("Ім’я", "Given names"),
    "family_name_latin": ("Прізвище латиницею", "Surname (Latin)"),
    "given_names_latin": ("Ім’я латиницею", "Given names (Latin)"),
    "email": ("E-mail", "E-mail"),
    "country": ("Країна", "Country"),
    "start_date": ("Дата початку", "Start date"),
    "end_date": ("Дата завершення", "End date"),
    "starts_at": ("Початок", "Start"),
    "ends_at": ("Завершення", "End"),
    "timezone": ("Часовий пояс", "Time zone"),
    "direction": ("Напрям", "Direction"),
    "status": ("Статус", "Status"),
    "kind": ("Вид", "Kind"),
    "role": ("Роль", "Role"),
    "signed_on": ("Дата підписання", "Signed on"),
    "valid_until": ("Чинна до", "Valid until"),
    "capacity": ("Місткість", "Capacity"),
    "quantity": ("Кількість", "Quantity"),
    "unit_cost": ("Ціна за одиницю", "Unit cost"),
    "reorder_level": ("Мінімальний залишок", "Reorder level"),
    "on": ("Дата", "Date"),
    "counted": ("Фактична кількість", "Counted quantity"),
    "recipient": ("Отримувач", "Recipient"),
    "reason": ("Причина", "Reason"),
    "code": ("Код", "Code"),
    "due_on": ("Термін", "Due date"),
    "offset_days": ("Днів від візиту", "Days from the visit"),
    "arrival_at": ("Прибуття", "Arrival"),
    "departure_at": ("Відбуття", "Departure"),
    "attendees": ("Присутні", "Attendees"),
    "value": ("Вартість", "Value"),
    "category": ("Категорія", "Category"),
    "category_en": ("Категорія (англ.)", "Category (English)"),
    "item_id": ("Сувенір", "Gift item"),
    "valid_from": ("Діє з", "Valid from"),
    "per_gift": ("Ліміт на один подарунок", "Limit per gift"),
    "per_year_from_one_source": ("Річний ліміт від одного джерела", "Yearly limit from one source"),
    "occasion": ("Нагода", "Occasion"),
    "giver": ("Дарувальник", "Giver"),
    "supplier": ("Постачальник", "Supplier"),
    "document_number": ("Номер накладної чи акта", "Invoice or act No."),
    "measure_id": ("Захід програми", "Programme measure"),
    "photo_path": ("Фото", "Photo"),
    "description": ("Опис", "Description"),
    "venue_id": ("Місце проведення", "Venue"),
    "notes": ("Примітки", "Notes"),
}

RECORD_LABELS: dict[str, tuple[str, str]] = {
    "delegation": ("Делегацію", "Delegation"),
    "person": ("Особу", "Person"),
    "partner": ("Партнера", "Partner"),
    "agreement": ("Угоду", "Agreement"),
    "venue": ("Місце проведення", "Venue"),
    "agenda_item": ("Пункт програми", "Agenda item"),
    "participation": ("Участь", "Participation"),
    "gift_item": ("Сувенір", "Gift item"),
    "task": ("Завдання", "Task"),
    "checklist_template": ("Шаблон чек-листа", "Checklist template"),
    "programme": ("Програму", "Programme"),
    "measure": ("Захід програми", "Programme measure"),
    "gift_record": ("Запис реєстру подарунків", "Gift register entry"),
    "planned_gift": ("Запланований подарунок", "Planned gift"),
    "gift_limit": ("Ліміт подарунків", "Gift limit"),
    "stock_movement": ("Рух сувенірів", "Stock movement"),
    "activity": ("Захід", "Activity"),
    "report_sentence": ("Речення звіту", "Report sentence"),
}

ENUM_LABELS: dict[str, tuple[str, str]] = {
    # Direction
    "incoming": ("вхідна", "incoming"),
    "outgoing": ("вихідна", "outgoing"),
    "online": ("онлайн", "online"),
    # DelegationStatus
    "draft": ("чернетка", "draft"),
    "planned": ("заплановано", "planned"),
    "confirmed": ("підтверджено", "confirmed"),
    "completed": ("завершено", "completed"),
    "cancelled": ("скасовано", "cancelled"),
    "done": ("виконано", "done"),
    "open": ("відкрито", "open"),
    # roles
    "head": ("голова делегації", "head of delegation"),
    "deputy_head": ("заступник голови", "deputy head"),
    "member": ("член делегації", "member"),
    "host_official": ("посадова особа сторони, що приймає", "host official"),
    "expert": ("експерт", "expert"),
    "interpreter": ("перекладач", "interpreter"),
    "protocol_officer": ("протокольна служба", "protocol officer"),
    "press": ("преса", "press"),
    "security": ("охорона", "security"),
    "driver": ("водій", "driver"),
    # PartnerKind
    "city": ("місто", "city"),
    "international_organisation": ("міжнародна організація", "international organisation"),
    "financial_institution": ("фінансова установа", "financial institution"),
    "embassy": ("посольство", "embassy"),
    "company": ("компанія", "company"),
    "ngo": ("громадська організація", "NGO"),
    "education": ("заклад освіти", "educational institution"),
    "government": ("орган влади", "government body"),
    # AgreementType
    "twinning": ("угода про побратимство", "twinning agreement"),
    "partnership": ("угода про партнерство", "partnership agreement"),
    "memorandum": ("меморандум", "memorandum"),
    "solidarity_partnership": ("солідарне партнерство", "solidarity partnership"),
    "technical_assistance": ("технічна допомога", "technical assistance"),
    "other": ("інше", "other"),
    # AgreementStatus (its draft is above)
    "in_force": ("чинна", "in force"),
    "expired": ("строк дії минув", "expired"),
    "terminated": ("розірвана", "terminated"),
    # AgendaStatus and TaskStatus: planned, confirmed, done, cancelled, open are above
    # TransportKind (its other is above)
    "plane": ("літак", "plane"),
    "train": ("поїзд", "train"),
    "bus": ("автобус", "bus"),
    "car": ("автомобіль", "car"),
    # TaskCategory (its press and security are above, with the roles)
    "invitations": ("запрошення", "invitations"),
    "accommodation": ("проживання", "accommodation"),
    "transport": ("транспорт", "transport"),
    "interpreting": ("усний переклад", "interpreting"),
    "programme": ("програма візиту", "programme"),
    "protocol": ("протокол", "protocol"),
    "gifts": ("подарунки", "gifts"),
    "follow_up": ("заходи після візиту", "follow-up"),
    # TaskAnchor
    "arrival": ("прибуття", "arrival"),
    "departure": ("відбуття", "departure"),
    # VisitKind
    "incoming_official": ("офіційний візит до міста", "incoming official visit"),
    "outgoing_visit": ("виїзний візит", "outgoing visit"),
    "online_meeting": ("онлайн-зустріч", "online meeting"),
    "youth_or_sports": ("молодіжний або спортивний обмін", "youth or sports exchange"),
    "city_day": ("День міста", "City Day"),
    # ActivityKind ("online_meeting", "purchase" and "other" are given elsewhere here)
    "publication": ("публікація", "publication"),
    "platform_update": ("оновлення платформи", "platform update"),
    "event": ("захід", "event"),
    # MovementKind
    "purchase": ("закупівля", "purchase"),
    "hand_out": ("видача", "hand-out"),
    "write_off": ("списання", "write-off"),
    "stock_take": ("інвентаризація", "stock-take"),
    # GiftDirection
    "given": ("вручено", "given"),
    "received": ("отримано", "received"),
    # ImportAction (planner.domain.calendar_import)
    "create": ("створити", "create"),
    "update": ("оновити", "update"),
    "unchanged": ("без змін", "unchanged"),
    "skip": ("пропустити", "skip"),
    # ConflictRule and Severity (planner.domain.conflicts)
    "person_overlap": ("особа у двох місцях водночас", "person double-booked"),
    "venue_overlap": ("місце зайняте двічі", "venue double-booked"),
    "outside_visit": ("поза датами візиту", "outside the visit's dates"),
    "official_abroad": ("посадовець за кордоном", "official abroad"),
    "interpreter_needed": ("потрібен перекладач", "interpreter needed"),
    "too_little_time": ("замало часу на переїзд", "too little time between venues"),
    "error": ("помилка", "error"),
    "warning": ("попередження", "warning"),
}


def default_language(environ: Mapping[str, str] | None = None) -> Language:
    """Ukrainian first: English only when the environment asks for it."""
    env = os.environ if environ is None else environ
    chosen = env.get("PLANNER_LANG") or env.get("LANGUAGE") or env.get("LANG") or ""
    return "en" if chosen.lower().startswith("en") else "uk"


def _pick(pair: tuple[str, str], lang: Language) -> str:
    return pair[0] if lang == "uk" else pair[1]


def field_label(field: str, lang: Language = DEFAULT_LANGUAGE) -> str:
    pair = FIELD_LABELS.get(field)
    return _pick(pair, lang) if pair else field


def record_label(record: str, lang: Language = DEFAULT_LANGUAGE) -> str:
    pair = RECORD_LABELS.get(record)
    return _pick(pair, lang) if pair else record


def enum_label(value: StrEnum | str, lang: Language = DEFAULT_LANGUAGE) -> str:
    pair = ENUM_LABELS.get(str(value))
    return _pick(pair, lang) if pair else str(value).replace("_", " ")


def message(code: str, params: Mapping[str, object], lang: Language = DEFAULT_LANGUAGE) -> str:
    """The message for ``code`` in ``lang``; field and record names in it are translated too."""
    pair = MESSAGES.get(code)
    if pair is None:
        return f"{code}: {dict(params)}"
    shown = dict(params)
    if isinstance(shown.get("field"), str):
        shown["field"] = field_label(str(shown["field"]), lang)
    if isinstance(shown.get("record"), str):
        shown["record"] = record_label(str(shown["record"]), lang)
    return _pick(pair, lang).format(**shown)

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
    "bad_choice": (
        "Недопустиме значення «{value}» для поля «{field}».",
        "“{value}” is not a valid value for “{field}”.",
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
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
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
    "arrival_at": ("Прибуття", "Arrival"),
    "departure_at": ("Відбуття", "Departure"),
    "attendees": ("Присутні", "Attendees"),
    "value": ("Вартість", "Value"),
    "description": ("Опис", "Description"),
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
    # MovementKind
    "purchase": ("закупівля", "purchase"),
    "hand_out": ("видача", "hand-out"),
    "write_off": ("списання", "write-off"),
    "stock_take": ("інвентаризація", "stock-take"),
    # GiftDirection
    "given": ("вручено", "given"),
    "received": ("отримано", "received"),
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

"""The window's own words in Ukrainian and English, until the GUI issue moves them to Qt
Linguist catalogues; labels of records and values come from ``planner.domain.messages``."""

from __future__ import annotations

from planner.domain.messages import Language

_TEXTS: dict[str, tuple[str, str]] = {
    "app_name": ("Планувальник делегацій", "Delegation planner"),
    "menu_file": ("&Файл", "&File"),
    "menu_help": ("&Довідка", "&Help"),
    "open_database": ("&Відкрити базу даних…", "&Open database…"),
    "quit": ("Ви&йти", "&Quit"),
    "about": ("&Про програму", "&About"),
    "about_text": (
        "Планувальник делегацій {version}\nУправління міжнародного співробітництва.",
        "Delegation planner {version}\nInternational cooperation department.",
    ),
    "search_placeholder": (
        "Пошук: назва, місто, партнер, учасник…",
        "Search: title, place, partner, participant…",
    ),
    "count": ("Делегацій: {shown}", "Delegations: {shown}"),
    "col_dates": ("Дати", "Dates"),
    "col_title": ("Назва", "Title"),
    "col_direction": ("Напрям", "Direction"),
    "col_status": ("Статус", "Status"),
    "col_place": ("Місце", "Place"),
    "col_partners": ("Партнери", "Partners"),
    "col_participants": ("Учасників", "Participants"),
    "open_failed": ("Не вдалося відкрити базу даних", "Could not open the database"),
    "database_filter": ("Бази даних планувальника (*.sqlite3 *.db);;Усі файли (*)",
                        "Planner databases (*.sqlite3 *.db);;All files (*)"),
    "demo_written": (
        "Створено демонстраційну базу: {path}",
        "A demo database was created: {path}",
    ),
}  # fmt: skip


def tr(key: str, lang: Language, **params: object) -> str:
    uk, en = _TEXTS[key]
    return (uk if lang == "uk" else en).format(**params)

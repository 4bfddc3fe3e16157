"""Country names for documents and statistics, by ISO 3166-1 alpha-2 code.

Records keep a country as its two-letter code; the report and the statistics print its name.
A code not listed here prints as itself (the code is still right, only its name is missing).
"""

from __future__ import annotations

from planner.domain.printing import Bilingual

_NAMES: dict[str, tuple[str, str]] = {
    # Europe
    "AL": ("Албанія", "Albania"),
    "AD": ("Андорра", "Andorra"),
    "AT": ("Австрія", "Austria"),
    "BA": ("Боснія і Герцеговина", "Bosnia and Herzegovina"),
    "BE": ("Бельгія", "Belgium"),
    "BG": ("Болгарія", "Bulgaria"),
    "CH": ("Швейцарія", "Switzerland"),
    "CY": ("Кіпр", "Cyprus"),
    "CZ": ("Чехія", "Czechia"),
    "DE": ("Німеччина", "Germany"),
    "DK": ("Данія", "Denmark"),
    "EE": ("Естонія", "Estonia"),
    "ES": ("Іспанія", "Spain"),
    "FI": ("Фінляндія", "Finland"),
    "FR": ("Франція", "France"),
    "GB": ("Велика Британія", "United Kingdom"),
    "GR": ("Греція", "Greece"),
    "HR": ("Хорватія", "Croatia"),
    "HU": ("Угорщина", "Hungary"),
    "IE": ("Ірландія", "Ireland"),
    "IS": ("Ісландія", "Iceland"),
    "IT": ("Італія", "Italy"),
    "LI": ("Ліхтенштейн", "Liechtenstein"),
    "LT": ("Литва", "Lithuania"),
    "LU": ("Люксембург", "Luxembourg"),
    "LV": ("Латвія", "Latvia"),
    "MC": ("Монако", "Monaco"),
    "MD": ("Молдова", "Moldova"),
    "ME": ("Чорногорія", "Montenegro"),
    "MK": ("Північна Македонія", "North Macedonia"),
    "MT": ("Мальта", "Malta"),
    "NL": ("Нідерланди", "Netherlands"),
    "NO": ("Норвегія", "Norway"),
    "PL": ("Польща", "Poland"),
    "PT": ("Португалія", "Portugal"),
    "RO": ("Румунія", "Romania"),
    "RS": ("Сербія", "Serbia"),
    "SE": ("Швеція", "Sweden"),
    "SI": ("Словенія", "Slovenia"),
    "SK": ("Словаччина", "Slovakia"),
    "SM": ("Сан-Марино", "San Marino"),
    "UA": ("Україна", "Ukraine"),
    "VA": ("Ватикан", "Vatican City"),
    "XK": ("Косово", "Kosovo"),
    "BY": ("Білорусь", "Belarus"),
    "RU": ("Російська Федерація", "Russian Federation"),
    # The Caucasus and Central Asia
    "AM": ("Вірменія", "Armenia"),
    "AZ": ("Азербайджан", "Azerbaijan"),
    "GE": ("Грузія", "Georgia"),
    "KZ": ("Казахстан", "Kazakhstan"),
    "UZ": ("Узбекистан", "Uzbekistan"),
    # North America
    "US": ("США", "United States"),
    "CA": ("Канада", "Canada"),
    "MX": ("Мексика", "Mexico"),
    # Asia and the Pacific
    "CN": ("Китай", "China"),
    "IN": ("Індія", "India"),
    "ID": ("Індонезія", "Indonesia"),
    "JP": ("Японія", "Japan"),
    "KR": ("Республіка Корея", "Republic of Korea"),
    "MY": ("Малайзія", "Malaysia"),
    "PH": ("Філіппіни", "Philippines"),
    "SG": ("Сінгапур", "Singapore"),
    "TH": ("Таїланд", "Thailand"),
    "TW": ("Тайвань", "Taiwan"),
    "VN": ("В’єтнам", "Viet Nam"),
    "AU": ("Австралія", "Australia"),
    "NZ": ("Нова Зеландія", "New Zealand"),
    # The Middle East
    "AE": ("Об’єднані Арабські Емірати", "United Arab Emirates"),
    "IL": ("Ізраїль", "Israel"),
    "JO": ("Йорданія", "Jordan"),
    "QA": ("Катар", "Qatar"),
    "SA": ("Саудівська Аравія", "Saudi Arabia"),
    "TR": ("Туреччина", "Türkiye"),
    # Africa
    "DZ": ("Алжир", "Algeria"),
    "EG": ("Єгипет", "Egypt"),
    "ET": ("Ефіопія", "Ethiopia"),
    "GH": ("Гана", "Ghana"),
    "KE": ("Кенія", "Kenya"),
    "MA": ("Марокко", "Morocco"),
    "NG": ("Нігерія", "Nigeria"),
    "TN": ("Туніс", "Tunisia"),
    "ZA": ("Південно-Африканська Республіка", "South Africa"),
    # Latin America
    "AR": ("Аргентина", "Argentina"),
    "BR": ("Бразилія", "Brazil"),
    "CL": ("Чилі", "Chile"),
    "CO": ("Колумбія", "Colombia"),
    "PE": ("Перу", "Peru"),
    "UY": ("Уругвай", "Uruguay"),
}

COUNTRY_NAMES: dict[str, Bilingual] = {code: Bilingual(uk, en) for code, (uk, en) in _NAMES.items()}


def country_name(code: str) -> Bilingual:
    """The country's name in both languages; the code itself where the name is not known."""
    key = code.strip().upper()
    return COUNTRY_NAMES.get(key) or Bilingual(key, key)

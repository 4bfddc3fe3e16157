"""Protocol checklists: due dates counted from a visit's arrival or departure, default templates."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.enums import TaskAnchor, TaskCategory, VisitKind
from planner.domain.records import ChecklistTemplate, TemplateTask

C = TaskCategory
A = TaskAnchor


def due_date(anchor: TaskAnchor, offset_days: int, start_date: date, end_date: date) -> date:
    """T-30 before arrival is ``(ARRIVAL, -30)``; T+7 after departure is ``(DEPARTURE, 7)``."""
    base = start_date if anchor is TaskAnchor.ARRIVAL else end_date
    return base + timedelta(days=offset_days)


def _t(uk: str, en: str, category: TaskCategory, offset: int, anchor: TaskAnchor = A.ARRIVAL,
       assignee: str = "") -> TemplateTask:  # fmt: skip
    return TemplateTask(title_uk=uk, title_en=en, category=category, offset_days=offset,
                        anchor=anchor, default_assignee=assignee)  # fmt: skip


_INCOMING = (
    _t("Надіслати офіційне запрошення", "Send the official invitation", C.INVITATIONS, -45),
    _t("Листи візової підтримки", "Visa support letters", C.INVITATIONS, -30),
    _t("Забронювати готель", "Book the hotel", C.ACCOMMODATION, -21),
    _t("Трансфер з аеропорту / вокзалу", "Airport or station transfer", C.TRANSPORT, -14),
    _t("Замовити перекладача", "Book the interpreter", C.INTERPRETING, -14),
    _t("Погодити програму перебування", "Agree the visit programme", C.PROGRAMME, -10),
    _t("Забронювати зали та місця зустрічей", "Book rooms and venues", C.PROGRAMME, -10),
    _t("Прапори, таблички з іменами", "Flags and name cards", C.PROTOCOL, -3),
    _t("Підготувати подарунки", "Prepare the gifts", C.GIFTS, -3),
    _t("Анонс для преси", "Press announcement", C.PRESS, -2),
    _t("Прес-реліз за підсумками", "Press release on the results", C.PRESS, 1, A.DEPARTURE),
    _t("Листи подяки", "Thank-you letters", C.FOLLOW_UP, 7, A.DEPARTURE),
)
_OUTGOING = (
    _t("Розпорядження про відрядження", "Business trip order", C.INVITATIONS, -21),
    _t("Квитки та страхування", "Tickets and insurance", C.TRANSPORT, -14),
    _t("Бронювання готелю", "Hotel booking", C.ACCOMMODATION, -14),
    _t("Презентація громади", "Presentation of the community", C.PROGRAMME, -7),
    _t("Подарунки для партнерів", "Gifts for the partners", C.GIFTS, -5),
    _t("Звіт про відрядження", "Trip report", C.FOLLOW_UP, 5, A.DEPARTURE),
    _t("Новина на сайті міської ради", "News on the council's website", C.PRESS, 1, A.DEPARTURE),
)
_ONLINE = (
    _t("Узгодити платформу і посилання", "Agree the platform and link", C.PROGRAMME, -5),
    _t("Перевірити звук і перекладача", "Test sound and interpreting", C.INTERPRETING, -1),
    _t("Новина на сайті міської ради", "News on the council's website", C.PRESS, 1, A.DEPARTURE),
)
_YOUTH = (
    _t("Списки учасників і згоди батьків", "Participant lists and parents' consent",
       C.INVITATIONS, -30),
    _t("Транспорт для групи", "Transport for the group", C.TRANSPORT, -14),
    _t("Супровідні особи", "Accompanying adults", C.SECURITY, -14),
    _t("Подяка приймаючій стороні", "Thanks to the hosts", C.FOLLOW_UP, 7, A.DEPARTURE),
)  # fmt: skip
_CITY_DAY = (
    *_INCOMING,
    _t("Місця для гостей на урочистостях", "Seats for the guests at the ceremonies",
       C.PROTOCOL, -7),
    _t("Безпека на масових заходах", "Security at public events", C.SECURITY, -7),
)  # fmt: skip

DEFAULT_TEMPLATES: tuple[ChecklistTemplate, ...] = (
    ChecklistTemplate("Вхідна офіційна делегація", VisitKind.INCOMING_OFFICIAL,
                      "Incoming official delegation", _INCOMING),
    ChecklistTemplate("Закордонний візит", VisitKind.OUTGOING_VISIT, "Visit abroad", _OUTGOING),
    ChecklistTemplate("Онлайн-зустріч", VisitKind.ONLINE_MEETING, "Online meeting", _ONLINE),
    ChecklistTemplate("Молодіжна або спортивна група", VisitKind.YOUTH_OR_SPORTS,
                      "Youth or sports group", _YOUTH),
    ChecklistTemplate("День міста з іноземними гостями", VisitKind.CITY_DAY,
                      "City Day with foreign guests", _CITY_DAY),
)  # fmt: skip

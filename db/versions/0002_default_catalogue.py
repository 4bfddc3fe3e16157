"""The default catalogue every database starts with: the 2021-2025 programme and its measures,
the protocol checklist templates, and the legal limits on gifts to officials.

Revision ID: 0002_default_catalogue
Revises: 0001_first_schema
Create Date: 2026-11-22

The rows are written out here as they were released (a migration never changes afterwards);
they are added only where the table is still empty, so an edited catalogue is left alone.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0002_default_catalogue"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None

# The rows as released, copied from planner.domain on 2026-11-22 so that this migration
# never changes when the application's defaults do.
PROGRAMME = (
    "Програма міжнародного співробітництва та промоції міської територіальної громади на 2021-2025 роки",
    "International Cooperation and Promotion Programme of the city community 2021-2025",
    2021,
    2025,
)
SECTIONS = (
    (
        "I",
        "Міжнародне співробітництво",
        "International cooperation",
        (
            (
                "1.1",
                "Організація прийомів офіційних делегацій, представників міжнародних організацій, фінансових інституцій з питань налагодження співпраці",
                "Receiving official delegations, international organisations and financial institutions",
            ),
            (
                "1.2",
                "Проведення виїзних робочих зустрічей з представниками міжнародних організацій, у т.ч. донорських",
                "Working visits abroad to international and donor organisations",
            ),
            (
                "1.3",
                "Співпраця з міжнародними організаціями з підготовки проектів економічного та соціального розвитку",
                "Cooperation with international organisations on economic and social development projects",
            ),
            (
                "1.4",
                "Забезпечення участі представників міст-побратимів та інших іноземних делегацій у заходах, що проводяться в громаді",
                "Twin-city and other foreign delegations at local events",
            ),
            (
                "1.5",
                "Організація участі груп учнів, студентів, спортивних та творчих колективів у заходах, що проводяться містами-побратимами",
                "Pupils', students', sports and arts groups at twin-city events",
            ),
            (
                "1.6",
                "Обмін досвідом з іншими містами України",
                "Exchange of experience with Ukrainian cities",
            ),
            (
                "1.7",
                "Організація прийомів груп учнів, студентів, спортивних та творчих колективів міст-побратимів для участі у заходах, що проводяться в громаді",
                "Receiving twin-city pupils', students', sports and arts groups locally",
            ),
            (
                "1.8",
                "Участь представників виконавчих органів міської ради у семінарах, тренінгах, інших навчальних заходах з проектного менеджменту",
                "Council staff at seminars and trainings on project management",
            ),
            (
                "1.9",
                "Забезпечення навчання, стажування, підвищення кваліфікації та обміну досвідом працівників міської ради в Україні та за кордоном",
                "Training, internships and exchanges of council staff at home and abroad",
            ),
            (
                "1.10",
                "Сприяння участі суб’єктів підприємництва громади у бізнес-зустрічах, інвестиційних форумах, конференціях тощо",
                "Local businesses at business meetings, investment forums and conferences",
            ),
            (
                "1.11",
                "Проведення урочистих заходів з нагоди святкування Дня міста і відзначення річниць укладання договорів про побратимство, забезпечення участі іноземних делегацій",
                "City Day and twinning anniversaries with foreign delegations",
            ),
            (
                "1.12",
                "Співпраця з дипломатичними представництвами України за кордоном щодо презентації економічного потенціалу громади",
                "Cooperation with Ukrainian embassies on presenting the community's economy",
            ),
        ),
    ),
    (
        "II",
        "Промоція міста",
        "Promotion of the city",
        (
            (
                "2.1",
                "Проведення онлайн заходів на базі онлайн платформи міст-побратимів та забезпечення її функціонування",
                "Online events on the twin-cities platform and its upkeep",
            ),
            (
                "2.2",
                "Придбання презентаційної, сувенірної та іміджевої продукції",
                "Purchase of presentation, souvenir and image products",
            ),
            (
                "2.3",
                "Створення туристичного знаку міст-побратимів та віртуального пам’ятного знаку нагород Призу Європи",
                "Twin-city tourist sign and the virtual Prize of Europe",
            ),
            (
                "2.4",
                "Розширення присутності громади в інформаційному полі інших держав",
                "Presence of the community in other countries' information space",
            ),
            (
                "2.5",
                "Розміщення на офіційній сторінці міської ради інформації про заходи міжнародного співробітництва",
                "Publishing international cooperation news on the council's website",
            ),
            (
                "2.6",
                "Забезпечення публікацій про економічний та інвестиційний потенціал громади в засобах масової інформації",
                "Publications on the community's economic and investment potential",
            ),
        ),
    ),
)
# (title uk, title en, category, counted from, days)
INCOMING_TASKS = (
    ("Надіслати офіційне запрошення", "Send the official invitation", "invitations", "arrival", -45),
    ("Листи візової підтримки", "Visa support letters", "invitations", "arrival", -30),
    ("Забронювати готель", "Book the hotel", "accommodation", "arrival", -21),
    ("Трансфер з аеропорту / вокзалу", "Airport or station transfer", "transport", "arrival", -14),
    ("Замовити перекладача", "Book the interpreter", "interpreting", "arrival", -14),
    ("Погодити програму перебування", "Agree the visit programme", "programme", "arrival", -10),
    ("Забронювати зали та місця зустрічей", "Book rooms and venues", "programme", "arrival", -10),
    ("Прапори, таблички з іменами", "Flags and name cards", "protocol", "arrival", -3),
    ("Підготувати подарунки", "Prepare the gifts", "gifts", "arrival", -3),
    ("Анонс для преси", "Press announcement", "press", "arrival", -2),
    ("Прес-реліз за підсумками", "Press release on the results", "press", "departure", 1),
    ("Листи подяки", "Thank-you letters", "follow_up", "departure", 7),
)  # fmt: skip
TEMPLATES = (
    ("Вхідна офіційна делегація", "Incoming official delegation", "incoming_official", INCOMING_TASKS),
    ("Закордонний візит", "Visit abroad", "outgoing_visit", (
        ("Розпорядження про відрядження", "Business trip order", "invitations", "arrival", -21),
        ("Квитки та страхування", "Tickets and insurance", "transport", "arrival", -14),
        ("Бронювання готелю", "Hotel booking", "accommodation", "arrival", -14),
        ("Презентація громади", "Presentation of the community", "programme", "arrival", -7),
        ("Подарунки для партнерів", "Gifts for the partners", "gifts", "arrival", -5),
        ("Звіт про відрядження", "Trip report", "follow_up", "departure", 5),
        ("Новина на сайті міської ради", "News on the council's website", "press", "departure", 1),
    )),
    ("Онлайн-зустріч", "Online meeting", "online_meeting", (
        ("Узгодити платформу і посилання", "Agree the platform and link", "programme", "arrival", -5),
        ("Перевірити звук і перекладача", "Test sound and interpreting", "interpreting", "arrival", -1),
        ("Новина на сайті міської ради", "News on the council's website", "press", "departure", 1),
    )),
    ("Молодіжна або спортивна група", "Youth or sports group", "youth_or_sports", (
        ("Списки учасників і згоди батьків", "Participant lists and parents' consent", "invitations", "arrival", -30),
        ("Транспорт для групи", "Transport for the group", "transport", "arrival", -14),
        ("Супровідні особи", "Accompanying adults", "security", "arrival", -14),
        ("Подяка приймаючій стороні", "Thanks to the hosts", "follow_up", "departure", 7),
    )),
    ("День міста з іноземними гостями", "City Day with foreign guests", "city_day", (
        *INCOMING_TASKS,
        ("Місця для гостей на урочистостях", "Seats for the guests at the ceremonies", "protocol", "arrival", -7),
        ("Безпека на масових заходах", "Security at public events", "security", "arrival", -7),
    )),
)  # fmt: skip

# Subsistence minimum for able-bodied persons on 1 January (Laws on the State Budget); the Law
# "On Prevention of Corruption", art. 23: one minimum per gift, two per year from one source.
GIFT_LIMITS = (
    (date(2021, 1, 1), Decimal(2270)),
    (date(2022, 1, 1), Decimal(2481)),
    (date(2023, 1, 1), Decimal(2684)),
    (date(2024, 1, 1), Decimal(3028)),
    (date(2025, 1, 1), Decimal(3028)),
    (date(2026, 1, 1), Decimal(3328)),
)

programme = sa.table(
    "programme",
    sa.column("id", sa.Integer), sa.column("version", sa.Integer),
    sa.column("title_uk", sa.Text), sa.column("title_en", sa.Text),
    sa.column("start_year", sa.Integer), sa.column("end_year", sa.Integer),
)  # fmt: skip
section = sa.table(
    "programme_section",
    sa.column("id", sa.Integer), sa.column("programme_id", sa.Integer),
    sa.column("number", sa.String), sa.column("title_uk", sa.Text),
    sa.column("title_en", sa.Text), sa.column("position", sa.Integer),
)  # fmt: skip
measure = sa.table(
    "measure",
    sa.column("version", sa.Integer), sa.column("programme_id", sa.Integer),
    sa.column("section_id", sa.Integer), sa.column("code", sa.String),
    sa.column("title_uk", sa.Text), sa.column("title_en", sa.Text),
    sa.column("position", sa.Integer),
)  # fmt: skip
template = sa.table(
    "checklist_template",
    sa.column("id", sa.Integer), sa.column("version", sa.Integer),
    sa.column("name_uk", sa.Text), sa.column("name_en", sa.Text),
    sa.column("visit_kind", sa.String),
)  # fmt: skip
template_task = sa.table(
    "template_task",
    sa.column("template_id", sa.Integer), sa.column("position", sa.Integer),
    sa.column("title_uk", sa.Text), sa.column("title_en", sa.Text),
    sa.column("category", sa.String), sa.column("anchor", sa.String),
    sa.column("offset_days", sa.Integer), sa.column("default_assignee", sa.Text),
)  # fmt: skip
gift_limit = sa.table(
    "gift_limit",
    sa.column("valid_from", sa.Date), sa.column("per_gift", sa.BigInteger),
    sa.column("per_year_from_one_source", sa.BigInteger),
)  # fmt: skip


def _empty(connection: sa.Connection, table: sa.TableClause) -> bool:
    return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0


def _insert(connection: sa.Connection, table: sa.TableClause, **values: object) -> int:
    """Insert one row; the new id where the table has one."""
    statement = sa.insert(table).values(**values)
    if "id" not in table.c:
        connection.execute(statement)
        return 0
    return int(connection.execute(statement.returning(table.c.id)).scalar_one())


def upgrade() -> None:
    connection = op.get_bind()
    if _empty(connection, programme):
        title_uk, title_en, start_year, end_year = PROGRAMME
        programme_id = _insert(
            connection,
            programme,
            version=1,
            title_uk=title_uk,
            title_en=title_en,
            start_year=start_year,
            end_year=end_year,
        )
        for position, (number, section_uk, section_en, measures) in enumerate(SECTIONS):
            section_id = _insert(
                connection,
                section,
                programme_id=programme_id,
                number=number,
                title_uk=section_uk,
                title_en=section_en,
                position=position,
            )
            for index, (code, measure_uk, measure_en) in enumerate(measures):
                _insert(
                    connection,
                    measure,
                    version=1,
                    programme_id=programme_id,
                    section_id=section_id,
                    code=code,
                    title_uk=measure_uk,
                    title_en=measure_en,
                    position=index,
                )
    if _empty(connection, template):
        for name_uk, name_en, visit_kind, tasks in TEMPLATES:
            template_id = _insert(
                connection,
                template,
                version=1,
                name_uk=name_uk,
                name_en=name_en,
                visit_kind=visit_kind,
            )
            for position, (task_uk, task_en, category, anchor, offset) in enumerate(tasks):
                _insert(
                    connection,
                    template_task,
                    template_id=template_id,
                    position=position,
                    title_uk=task_uk,
                    title_en=task_en,
                    category=category,
                    anchor=anchor,
                    offset_days=offset,
                    default_assignee="",
                )
    if _empty(connection, gift_limit):
        for valid_from, minimum in GIFT_LIMITS:
            _insert(
                connection,
                gift_limit,
                valid_from=valid_from,
                per_gift=int(minimum * 100),
                per_year_from_one_source=int(minimum * 200),
            )


def downgrade() -> None:
    # The catalogue may have been edited and referenced since: it is kept.
    pass

"""The default cooperation programme: the 2021-2025 programme of the seed report and its measures.

The annual implementation report is a table of these measures, section by section; delegations,
purchases and other records are tagged with them. Users can edit the catalogue; this is what a
new database starts with.
"""

from __future__ import annotations

from planner.domain.records import Measure, Programme, ProgrammeSection

_SECTION_I = (
    ("1.1", "Організація прийомів офіційних делегацій, представників міжнародних організацій, "
     "фінансових інституцій з питань налагодження співпраці",
     "Receiving official delegations, international organisations and financial institutions"),
    ("1.2", "Проведення виїзних робочих зустрічей з представниками міжнародних організацій, "
     "у т.ч. донорських",
     "Working visits abroad to international and donor organisations"),
    ("1.3", "Співпраця з міжнародними організаціями з підготовки проектів економічного та "
     "соціального розвитку",
     "Cooperation with international organisations on economic and social development projects"),
    ("1.4", "Забезпечення участі представників міст-побратимів та інших іноземних делегацій "
     "у заходах, що проводяться в громаді",
     "Twin-city and other foreign delegations at local events"),
    ("1.5", "Організація участі груп учнів, студентів, спортивних та творчих колективів у "
     "заходах, що проводяться містами-побратимами",
     "Pupils', students', sports and arts groups at twin-city events"),
    ("1.6", "Обмін досвідом з іншими містами України",
     "Exchange of experience with Ukrainian cities"),
    ("1.7", "Організація прийомів груп учнів, студентів, спортивних та творчих колективів "
     "міст-побратимів для участі у заходах, що проводяться в громаді",
     "Receiving twin-city pupils', students', sports and arts groups locally"),
    ("1.8", "Участь представників виконавчих органів міської ради у семінарах, тренінгах, "
     "інших навчальних заходах з проектного менеджменту",
     "Council staff at seminars and trainings on project management"),
    ("1.9", "Забезпечення навчання, стажування, підвищення кваліфікації та обміну досвідом "
     "працівників міської ради в Україні та за кордоном",
     "Training, internships and exchanges of council staff at home and abroad"),
    ("1.10", "Сприяння участі суб’єктів підприємництва громади у бізнес-зустрічах, "
     "інвестиційних форумах, конференціях тощо",
     "Local businesses at business meetings, investment forums and conferences"),
    ("1.11", "Проведення урочистих заходів з нагоди святкування Дня міста і відзначення річниць "
     "укладання договорів про побратимство, забезпечення участі іноземних делегацій",
     "City Day and twinning anniversaries with foreign delegations"),
    ("1.12", "Співпраця з дипломатичними представництвами України за кордоном щодо презентації "
     "економічного потенціалу громади",
     "Cooperation with Ukrainian embassies on presenting the community's economy"),
)  # fmt: skip

_SECTION_II = (
    ("2.1", "Проведення онлайн заходів на базі онлайн платформи міст-побратимів та забезпечення "
     "її функціонування",
     "Online events on the twin-cities platform and its upkeep"),
    ("2.2", "Придбання презентаційної, сувенірної та іміджевої продукції",
     "Purchase of presentation, souvenir and image products"),
    ("2.3", "Створення туристичного знаку міст-побратимів та віртуального пам’ятного знаку "
     "нагород Призу Європи",
     "Twin-city tourist sign and the virtual Prize of Europe"),
    ("2.4", "Розширення присутності громади в інформаційному полі інших держав",
     "Presence of the community in other countries' information space"),
    ("2.5", "Розміщення на офіційній сторінці міської ради інформації про заходи міжнародного "
     "співробітництва",
     "Publishing international cooperation news on the council's website"),
    ("2.6", "Забезпечення публікацій про економічний та інвестиційний потенціал громади в "
     "засобах масової інформації",
     "Publications on the community's economic and investment potential"),
)  # fmt: skip


def _measures(rows: tuple[tuple[str, str, str], ...]) -> tuple[Measure, ...]:
    return tuple(
        Measure(code=code, title_uk=uk, title_en=en, position=index)
        for index, (code, uk, en) in enumerate(rows)
    )


DEFAULT_PROGRAMME = Programme(
    title_uk="Програма міжнародного співробітництва та промоції міської територіальної громади "
    "на 2021-2025 роки",
    title_en="International Cooperation and Promotion Programme of the city community 2021-2025",
    start_year=2021,
    end_year=2025,
    sections=(
        ProgrammeSection("I", "Міжнародне співробітництво", "International cooperation",
                         _measures(_SECTION_I)),
        ProgrammeSection("II", "Промоція міста", "Promotion of the city", _measures(_SECTION_II)),
    ),
)  # fmt: skip

# The measure that purchases of souvenirs serve unless the officer says otherwise.
SOUVENIR_PURCHASE_MEASURE = "2.2"

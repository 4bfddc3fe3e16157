"""A demo year of the protocol office's work, shifted to any year from the 2024 programme report."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from planner.domain.enums import (
    ActivityKind,
    AgendaStatus,
    AgreementStatus,
    AgreementType,
    DelegationStatus,
    Direction,
    GiftDirection,
    ParticipantRole,
    PartnerKind,
    TaskAnchor,
    TaskCategory,
    TaskStatus,
    TransportKind,
    VisitKind,
)
from planner.domain.errors import DatabaseProblem
from planner.domain.records import (
    HOME_TIMEZONE,
    Activity,
    AgendaItem,
    Agreement,
    Delegation,
    GiftItem,
    GiftRecord,
    Participation,
    Partner,
    Person,
    PlannedGift,
    Task,
    Venue,
)
from planner.domain.stock import CATEGORIES_EN
from planner.domain.text import transliterate
from planner.domain.zones import at
from planner.services import (
    activities,
    agenda,
    checklists,
    delegations,
    gifts,
    partners,
    people,
    planned_gifts,
    programmes,
    settings,
    venues,
)
from planner.storage.database import Database

K = PartnerKind
AT = AgreementType
D = Direction
R = ParticipantRole
V = VisitKind
HOME = "Хмельницький"
COUNCIL = "Хмельницька міська рада"
# Reserved test domain (RFC 2606): demo addresses never reach a real mailbox.
MAIL_DOMAIN = "example"


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo wrote."""

    delegations: int
    agenda_items: int
    people: int
    partners: int
    agreements: int
    gift_items: int
    movements: int
    tasks: int
    activities: int = 0


# --- Settings -----------------------------------------------------------------------------------

_SETTINGS = {
    settings.COUNCIL_NAME: COUNCIL,
    settings.COUNCIL_NAME_EN: "Khmelnytskyi City Council",
    settings.DEPARTMENT_HEAD_POSITION: "Начальник управління міжнародного співробітництва",
    settings.DEPARTMENT_HEAD_NAME: "Оксана МЕЛЬНИЧУК",
    settings.DEPARTMENT_HEAD_POSITION_EN: "Head of the International Cooperation Department",
    settings.DEPARTMENT_HEAD_NAME_EN: "Oksana MELNYCHUK",
}

# --- Partners and agreements ----------------------------------------------------------------------

# key, name_uk, name_en, name_native, kind, country, city, website
_PARTNERS: tuple[tuple[str, str, str, str, PartnerKind, str, str, str], ...] = (
    ("prague6", "Міський район Прага 6", "Prague 6 City District", "Městská část Praha 6",
     K.CITY, "CZ", "Прага", "https://www.praha6.cz"),
    ("stuttgart", "Штутгарт", "Stuttgart", "Landeshauptstadt Stuttgart", K.CITY, "DE",
     "Штутгарт", "https://www.stuttgart.de"),
    ("dresden", "Дрезден", "Dresden", "Landeshauptstadt Dresden", K.CITY, "DE", "Дрезден",
     "https://www.dresden.de"),
    ("silistra", "Сілістра", "Silistra", "Община Силистра", K.CITY, "BG", "Сілістра",
     "https://www.silistra.bg"),
    ("ciechanow", "Цеханів", "Ciechanów", "Miasto Ciechanów", K.CITY, "PL", "Цеханів",
     "https://www.umciechanow.pl"),
    ("lublin", "Люблін", "Lublin", "Miasto Lublin", K.CITY, "PL", "Люблін", "https://lublin.eu"),
    ("krakow", "Краків", "Kraków", "Gmina Miejska Kraków", K.CITY, "PL", "Краків",
     "https://www.krakow.pl"),
    ("wroclaw", "Вроцлав", "Wrocław", "Gmina Wrocław", K.CITY, "PL", "Вроцлав",
     "https://www.wroclaw.pl"),
    ("cluj", "Клуж-Напока", "Cluj-Napoca", "Municipiul Cluj-Napoca", K.CITY, "RO",
     "Клуж-Напока", "https://primariaclujnapoca.ro"),
    ("haldensleben", "Гальденслебен", "Haldensleben", "Stadt Haldensleben", K.CITY, "DE",
     "Гальденслебен", "https://www.haldensleben.de"),
    ("siauliai", "Шяуляй", "Šiauliai", "Šiaulių miesto savivaldybė", K.CITY, "LT", "Шяуляй",
     "https://www.siauliai.lt"),
    ("nefco", "Північна екологічна фінансова корпорація (НЕФКО)",
     "Nordic Environment Finance Corporation (NEFCO)", "Pohjoismaiden ympäristörahoitusyhtiö",
     K.FINANCIAL_INSTITUTION, "FI", "Гельсінкі", "https://www.nefco.int"),
    ("eu_delegation", "Представництво Європейського Союзу в Україні",
     "Delegation of the European Union to Ukraine", "", K.INTERNATIONAL_ORGANISATION, "UA",
     "Київ", "https://www.eeas.europa.eu/delegations/ukraine"),
    ("undp", "Програма розвитку ООН (ПРООН) в Україні",
     "United Nations Development Programme (UNDP) in Ukraine", "",
     K.INTERNATIONAL_ORGANISATION, "UA", "Київ", "https://www.undp.org/ukraine"),
    ("eurocities", "Асоціація європейських міст Eurocities", "Eurocities", "",
     K.INTERNATIONAL_ORGANISATION, "BE", "Брюссель", "https://eurocities.eu"),
    ("bosch", "Фонд Роберта Боша", "Robert Bosch Foundation", "Robert Bosch Stiftung GmbH",
     K.NGO, "DE", "Штутгарт", "https://www.bosch-stiftung.de"),
    ("steinbeis", "Фонд Штайнбайса (центри Steinbeis)", "Steinbeis Foundation",
     "Steinbeis-Stiftung", K.NGO, "DE", "Штутгарт", "https://www.steinbeis.de"),
    ("uaid", "Американський інвестиційний фонд UAID", "UAID investment fund", "", K.COMPANY,
     "US", "Вашингтон", ""),
    ("haering", "Anton Haering KG", "Anton Haering KG", "Anton Häring KG", K.COMPANY, "DE",
     "Бубсгайм", ""),
    ("embassy_de", "Посольство України у Федеративній Республіці Німеччина",
     "Embassy of Ukraine in the Federal Republic of Germany",
     "Botschaft der Ukraine in der Bundesrepublik Deutschland", K.EMBASSY, "DE", "Берлін",
     "https://germany.mfa.gov.ua"),
    ("prointegrity", "Проєкт «Сприяння доброчесності у публічному секторі» (Pro-Integrity), "
     "DAI Global", "Pro-Integrity project, DAI Global, LLC", "", K.COMPANY, "US", "Бетесда",
     "https://www.dai.com"),
    ("csis", "Центр стратегічних та міжнародних досліджень (CSIS)",
     "Center for Strategic and International Studies (CSIS)", "", K.NGO, "US", "Вашингтон",
     "https://www.csis.org"),
    ("unhabitat", "Програма ООН з населених пунктів (ООН-Хабітат)", "UN-Habitat", "",
     K.INTERNATIONAL_ORGANISATION, "KE", "Найробі", "https://unhabitat.org"),
    ("skew", "Сервісна служба «Громади в єдиному світі» (SKEW)",
     "Service Agency Communities in One World (SKEW), Engagement Global",
     "Servicestelle Kommunen in der Einen Welt", K.GOVERNMENT, "DE", "Бонн",
     "https://skew.engagement-global.de"),
    ("htw_dresden", "Дрезденський університет прикладних наук (HTW Dresden)",
     "Dresden University of Applied Sciences (HTW Dresden)",
     "Hochschule für Technik und Wirtschaft Dresden", K.EDUCATION, "DE", "Дрезден",
     "https://www.htw-dresden.de"),
)  # fmt: skip

_PARTNER_NOTES = {
    "prague6": "Рада Праги 6 виділила фінансову допомогу та придбала генератори для соціальної "
    "сфери Хмельницького.",
    "nefco": "Програма ЄС «Житло для ВПО»: новобудова на вул. Озерна, 6/2-Г.",
    "undp": "Проєкт «Підтримка швидкого економічного відновлення українських муніципалітетів "
    "(SRER)»: грант 654,8 тис. євро.",
    "htw_dresden": "Проєкт U_CAN – Towards Ukrainian Carbon Neutral Cities (разом з ХНУ).",
}

# partner key, kind, title, signed (years before the demo year, month, day), valid until
# (years, month, day) or None, areas, status, document reference, facilitated by
_AGREEMENTS: tuple[
    tuple[str, AgreementType, str, tuple[int, int, int] | None, tuple[int, int, int] | None,
          str, AgreementStatus, str, str], ...
] = (
    ("ciechanow", AT.TWINNING, "Угода про побратимство між містами Хмельницький і Цеханів",
     (27, 5, 22), None, "культура; освіта; молодь; спорт; економіка", AgreementStatus.IN_FORCE,
     "№ 1-97", ""),
    ("silistra", AT.TWINNING, "Угода про побратимство між містами Хмельницький і Сілістра",
     (23, 9, 12), None, "культура; освіта; туризм; молодь", AgreementStatus.IN_FORCE,
     "№ 14-01", "Посольство України в Республіці Болгарія"),
    ("siauliai", AT.TWINNING, "Угода про побратимство між містами Хмельницький і Шяуляй",
     (21, 6, 5), None, "цивільний захист; культура; освіта; економіка",
     AgreementStatus.IN_FORCE, "№ 7-03", ""),
    ("haldensleben", AT.PARTNERSHIP, "Договір про партнерство між містами Хмельницький і "
     "Гальденслебен", (18, 4, 27), None, "молодь; культура; соціальна сфера",
     AgreementStatus.IN_FORCE, "№ 3-06", ""),
    ("stuttgart", AT.SOLIDARITY_PARTNERSHIP, "Угода про солідарне партнерство "
     "Штутгарт – Хмельницький – Дрезден", (2, 11, 24), None,
     "гуманітарна допомога; відбудова; цивільний захист; молодь; громадянське суспільство",
     AgreementStatus.IN_FORCE, "№ 22-С", "Сервісна служба SKEW"),
    ("dresden", AT.SOLIDARITY_PARTNERSHIP, "Угода про солідарне партнерство "
     "Штутгарт – Хмельницький – Дрезден", (2, 11, 24), None,
     "гуманітарна допомога; відбудова; охорона здоров’я; освіта; культура",
     AgreementStatus.IN_FORCE, "№ 22-С", "Сервісна служба SKEW"),
    ("prague6", AT.PARTNERSHIP, "Договір про партнерство між містом Хмельницький та міським "
     "районом Прага 6", (1, 4, 18), None,
     "гуманітарна допомога; освіта; культура; енергетика", AgreementStatus.IN_FORCE,
     "№ 5-23", "Посольство України в Чеській Республіці"),
    ("lublin", AT.MEMORANDUM, "Меморандум про співпрацю у сфері молодіжної політики",
     (8, 3, 15), (3, 3, 15), "молодь; освіта", AgreementStatus.EXPIRED, "№ 2-16", ""),
    ("krakow", AT.MEMORANDUM, "Меморандум про співпрацю між СЗОШ I-III ступенів № 22 імені "
     "Олега Ольжича та загальноосвітнім ліцеєм Бартоломея Новодворського в Кракові",
     (0, 6, 10), None, "освіта; молодь; обмін учнями", AgreementStatus.IN_FORCE, "", ""),
    ("wroclaw", AT.MEMORANDUM, "Лист про наміри щодо співпраці молодіжних рад", (1, 10, 2),
     None, "молодь; самоврядування", AgreementStatus.IN_FORCE, "", ""),
    ("silistra", AT.MEMORANDUM, "Меморандум про співробітництво в галузі культури між "
     "управлінням культури і туризму Хмельницької міської ради і відділом «Освіта, культура "
     "і спорт» муніципалітету міста Сілістра", (0, 9, 14), None,
     "культура; мистецька освіта; фестивалі", AgreementStatus.IN_FORCE, "", ""),
    ("eurocities", AT.OTHER, "Членство Хмельницького в Асоціації європейських міст Eurocities",
     (0, 5, 30), None, "культура; мобільність; довкілля; соціальні питання; економічний "
     "розвиток; розумне містобудування", AgreementStatus.IN_FORCE, "", ""),
    ("nefco", AT.TECHNICAL_ASSISTANCE, "Грантова угода щодо проєкту «Нове будівництво "
     "багатоквартирних житлових будинків для внутрішньо переміщених осіб на вул. Озерна, "
     "6/2-Г в м. Хмельницькому»", (1, 10, 9), (-3, 12, 31),
     "житлове будівництво; внутрішньо переміщені особи; енергоефективність",
     AgreementStatus.IN_FORCE, "№ NEF-UA-04", "Представництво ЄС в Україні"),
    ("undp", AT.TECHNICAL_ASSISTANCE, "Грантова угода в рамках проєкту SRER: «Проскурів "
     "бізнес-хол»", (0, 3, 1), (0, 12, 31), "економічне відновлення; підприємництво",
     AgreementStatus.IN_FORCE, "№ SRER-KH-17", ""),
    ("prointegrity", AT.TECHNICAL_ASSISTANCE, "Меморандум про співробітництво щодо надання "
     "міжнародної технічної допомоги між виконавчим комітетом Хмельницької міської ради та "
     "проєктом «Сприяння доброчесності у публічному секторі» (Pro-Integrity)", (0, 12, 10),
     None, "доброчесність; антикорупційні ризики; регуляторні акти; цифровізація",
     AgreementStatus.IN_FORCE, "", "USAID, UK International Development"),
    ("uaid", AT.MEMORANDUM, "Меморандум про наміри щодо Індустріального парку «Хмельницький»",
     None, None, "інвестиції; індустріальний парк", AgreementStatus.DRAFT, "", ""),
)  # fmt: skip

# --- Venues ---------------------------------------------------------------------------------------

# key, name, name_en, address, city, capacity
_VENUES: tuple[tuple[str, str, str, str, str, int | None], ...] = (
    ("session_hall", "Сесійна зала Хмельницької міської ради",
     "Session Hall, Khmelnytskyi City Council", "вул. Героїв Майдану, 3", HOME, 250),
    ("mayor_office", "Кабінет міського голови", "Mayor's Office",
     "вул. Героїв Майдану, 3, 2-й поверх", HOME, 12),
    ("small_hall", "Мала зала засідань виконавчого комітету",
     "Small Meeting Room of the Executive Committee", "вул. Героїв Майдану, 3", HOME, 40),
    ("vconf", "Зала відеоконференцій міської ради", "Video Conference Room, City Council",
     "вул. Героїв Майдану, 3, 3-й поверх", HOME, 20),
    ("press_room", "Пресцентр міської ради", "Press Centre, City Council",
     "вул. Героїв Майдану, 3", HOME, 60),
    ("podillia", "Готель «Поділля»", "Hotel Podillia", "вул. Проскурівська, 1", HOME, 120),
    ("restaurant", "Ресторан «Старе місто»", "Stare Misto restaurant",
     "вул. Проскурівська, 20", HOME, 80),
    ("station", "Залізничний вокзал Хмельницький", "Khmelnytskyi Railway Station",
     "вул. Привокзальна, 1", HOME, None),
    ("square", "Майдан Незалежності", "Independence Square", "майдан Незалежності", HOME, None),
    ("memorial", "Меморіал Героїв, які віддали життя за Незалежність України",
     "Memorial to the Heroes who gave their lives for Ukraine", "Алея Героїв", HOME, None),
    ("veteran", "КЗ «Ветеранський простір»", "Veterans' Space (municipal institution)",
     "вул. Кам’янецька, 35", HOME, 50),
    ("electrotrans", "ХКП «Електротранс»", "Elektrotrans municipal transport company",
     "Вінницьке шосе, 15", HOME, None),
    ("ozerna", "Будівельний майданчик житла для ВПО", "Construction site of housing for IDPs",
     "вул. Озерна, 6/2-Г", HOME, None),
    ("kns12", "Каналізаційна насосна станція № 12", "Sewage Pumping Station No. 12",
     "Старокостянтинівське шосе, 1/1К", HOME, None),
    ("hostel_inst", "Гуртожиток на вул. Інститутській", "Dormitory, Instytutska St.",
     "вул. Інститутська, 12/1", HOME, None),
    ("kamianetska", "Будівля під гуртожиток на вул. Кам’янецькій",
     "Future dormitory, Kamianetska St.", "вул. Кам’янецька, 74", HOME, None),
    ("proskuriv_hall", "«Проскурів бізнес-хол» (ТЦ «Дитячий світ»)",
     "Proskuriv Business Hall (Dytiachyi Svit centre)", "вул. Проскурівська, 4", HOME, 150),
    ("industrial_park", "Індустріальний парк «Хмельницький»", "Khmelnytskyi Industrial Park",
     "Старокостянтинівське шосе, 20", HOME, None),
    ("art_museum", "Хмельницький обласний художній музей", "Khmelnytskyi Regional Art Museum",
     "вул. Проскурівська, 47", HOME, 100),
    ("culture_house", "Міський будинок культури", "City House of Culture", "вул. Свободи, 30",
     HOME, 600),
    ("khnu", "Хмельницький національний університет", "Khmelnytskyi National University",
     "вул. Інститутська, 11", HOME, 200),
    ("idp_centre", "Центр підтримки внутрішньо переміщених осіб", "IDP Support Centre",
     "вул. Грушевського, 54", HOME, 40),
    ("volunteer_hub", "Міський волонтерський центр", "City Volunteer Centre",
     "вул. Соборна, 16", HOME, 60),
    ("social_centre", "Хмельницький міський центр соціальних служб",
     "City Centre of Social Services", "вул. Героїв Майдану, 12", HOME, 30),
    ("youth_centre", "Молодіжний центр «Простір»", "Prostir Youth Centre",
     "вул. Зарічанська, 10", HOME, 80),
    ("smart_office", "Офіс «Розумне довкілля. Хмельницький»", "Smart Environment Office",
     "вул. Соборна, 38", HOME, 25),
    ("waste_centre", "Центр управління відходами", "Waste Management Centre",
     "вул. Вінницьке шосе, 40", HOME, 30),
    ("guffi", "Навчальний центр поводження з відходами «Гуффі-центр»",
     "Guffi waste education centre", "вул. Вінницьке шосе, 40", HOME, 40),
    ("rescue_unit", "Державна пожежно-рятувальна частина № 1",
     "State Fire and Rescue Unit No. 1", "вул. Пожежна, 2", HOME, None),
    ("humanitarian", "Гуманітарний хаб міської ради", "City Humanitarian Hub",
     "вул. Тернопільська, 14", HOME, None),
    ("prague6_townhall", "Радниця міського району Прага 6", "Prague 6 Town Hall",
     "Čs. armády 601/23, Praha 6", "Прага", 120),
    ("embassy_cz", "Посольство України в Чеській Республіці",
     "Embassy of Ukraine in the Czech Republic", "Charlese de Gaulla 29, Praha 6", "Прага",
     None),
    ("parliament_cz", "Палата депутатів Парламенту Чеської Республіки",
     "Chamber of Deputies of the Czech Parliament", "Sněmovní 4, Praha 1", "Прага", None),
    ("refugee_cz", "Український центр допомоги біженцям", "Ukrainian Refugee Aid Centre",
     "Praha 2", "Прага", None),
    ("embassy_festival", "Майданчик Фестивалю посольств", "Embassy Festival grounds",
     "Vítězné náměstí, Praha 6", "Прага", None),
    ("stuttgart_rathaus", "Ратуша Штутгарта", "Stuttgart City Hall (Rathaus)",
     "Marktplatz 1, 70173 Stuttgart", "Штутгарт", 300),
    ("schlossplatz", "Палацова площа (Schlossplatz)", "Schlossplatz",
     "Schlossplatz, 70173 Stuttgart", "Штутгарт", None),
    ("stuttgart_fire", "Навчальний центр пожежної охорони Штутгарта",
     "Stuttgart Fire Brigade Training Centre", "Stuttgart-Bad Cannstatt", "Штутгарт", None),
    ("stuttgart_plant", "Головна очисна станція Штутгарт-Мюльгаузен",
     "Stuttgart-Mühlhausen wastewater treatment plant", "Stuttgart-Mühlhausen", "Штутгарт",
     None),
    ("dresden_rathaus", "Нова ратуша Дрездена", "Dresden New Town Hall",
     "Dr.-Külz-Ring 19, 01067 Dresden", "Дрезден", 200),
    ("dresden_ihk", "Торгово-промислова палата Дрездена",
     "Dresden Chamber of Industry and Commerce", "Langer Weg 4, 01239 Dresden", "Дрезден", None),
    ("dresden_ukr_house", "Український дім у Дрездені", "Ukrainian House Dresden",
     "Dresden-Neustadt", "Дрезден", 60),
    ("dresden_congress", "Міжнародний конгрес-центр Дрездена",
     "International Congress Center Dresden", "Ostra-Ufer 2, 01067 Dresden", "Дрезден", 800),
    ("dresden_clinic", "Університетська клініка імені Карла Густава Каруса",
     "Carl Gustav Carus University Hospital", "Fetscherstraße 74, 01307 Dresden", "Дрезден",
     None),
    ("dresden_museum", "Музей транспорту Дрездена", "Dresden Transport Museum",
     "Augustusstraße 1, 01067 Dresden", "Дрезден", None),
    ("elbe", "Набережна Ельби (Terrassenufer)", "Elbe riverside (Terrassenufer)",
     "Terrassenufer, Dresden", "Дрезден", None),
    ("saxon_park", "Національний парк «Саксонська Швейцарія»", "Saxon Switzerland National Park",
     "Bad Schandau", "Бад-Шандау", None),
    ("dresden_marathon", "Старт Дрезденського марафону", "Dresden Marathon start",
     "Ostra-Allee, Dresden", "Дрезден", None),
    ("berlin_citycube", "Конгрес-центр CityCube Berlin", "CityCube Berlin",
     "Messedamm 26, 14055 Berlin", "Берлін", 5000),
    ("embassy_berlin", "Посольство України у ФРН", "Embassy of Ukraine in Germany",
     "Albrechtstraße 26, 10117 Berlin", "Берлін", None),
    ("nangang", "Виставковий центр Наньган, зала 1", "Taipei Nangang Exhibition Center, Hall 1",
     "No. 1 Jingmao 2nd Rd, Nangang District, Taipei", "Тайбей", None),
    ("taipei_cityhall", "Мерія Тайбея", "Taipei City Hall",
     "No. 1 Shifu Rd, Xinyi District, Taipei", "Тайбей", None),
    ("taipei_pmo", "Офіс проєктів розумного міста Тайбея",
     "Taipei Smart City Project Management Office", "Taipei", "Тайбей", None),
    ("cluj_venue", "Конференц-центр щорічної конференції Eurocities",
     "Eurocities Annual Conference venue", "Cluj-Napoca", "Клуж-Напока", None),
    ("cluj_cityhall", "Мерія Клуж-Напоки", "Cluj-Napoca City Hall",
     "Str. Moților 3, Cluj-Napoca", "Клуж-Напока", None),
    ("ciechanow_townhall", "Ратуша Цеханова", "Ciechanów Town Hall",
     "pl. Jana Pawła II 6, Ciechanów", "Цеханів", None),
    ("ciechanow_youth", "Молодіжний центр Цеханова", "Ciechanów Youth Centre", "Ciechanów",
     "Цеханів", None),
    ("lublin_csk", "Центр зустрічі культур", "Centre for the Meeting of Cultures",
     "plac Teatralny 1, Lublin", "Люблін", None),
    ("wroclaw_venue", "Центр молодіжних ініціатив", "Youth Initiatives Centre", "Wrocław",
     "Вроцлав", None),
    ("wroclaw_townhall", "Ратуша Вроцлава", "Wrocław City Hall", "Sukiennice 9, Wrocław",
     "Вроцлав", None),
    ("silistra_municipality", "Муніципалітет Сілістри", "Silistra Municipality",
     "ул. Симеон Велики 33, Силистра", "Сілістра", None),
    ("silistra_stage", "Літня сцена Дунайського парку", "Danube Park summer stage",
     "Дунавски парк, Силистра", "Сілістра", None),
    ("kyiv_conf", "Конгресно-виставковий центр «Парковий»", "Parkovyi Congress Centre",
     "Паркова дорога, 16-А", "Київ", None),
    ("csis", "Центр стратегічних та міжнародних досліджень (CSIS)", "CSIS headquarters",
     "1616 Rhode Island Ave NW, Washington, DC 20036", "Вашингтон", None),
    ("embassy_us", "Посольство України в США", "Embassy of Ukraine in the United States",
     "3350 M St NW, Washington, DC 20007", "Вашингтон", None),
    ("uzhnu", "Ужгородський національний університет", "Uzhhorod National University",
     "вул. Університетська, 14", "Ужгород", None),
    ("brussels_square", "Конгрес-центр SQUARE", "SQUARE Brussels Convention Centre",
     "Mont des Arts, 1000 Brussels", "Брюссель", None),
    ("ep_brussels", "Європейський парламент", "European Parliament",
     "Rue Wiertz 60, 1047 Brussels", "Брюссель", None),
    ("eiec", "Міжнародний виставковий центр Єгипту", "Egypt International Exhibition Center",
     "New Cairo", "Каїр", None),
    ("warsaw_venue", "Конференц-центр «Zielna»", "Zielna Conference Centre",
     "ul. Zielna 37, Warszawa", "Варшава", None),
    ("haldensleben_townhall", "Ратуша Гальденслебена", "Haldensleben Town Hall",
     "Markt 22, Haldensleben", "Гальденслебен", None),
)  # fmt: skip

# --- People ---------------------------------------------------------------------------------------

# The council's people and other Ukrainians, all fictional: key, family name, given name,
# position, position in English, languages, partner key or organisation ("" = the council).
_UKRAINIANS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("mayor", "Мартинюк", "Олег", "Хмельницький міський голова", "Mayor of Khmelnytskyi",
     "uk en", ""),
    ("dep_first", "Гуменюк", "Сергій", "Перший заступник міського голови",
     "First Deputy Mayor", "uk en pl", ""),
    ("dep_social", "Бондарук", "Ірина", "Заступник міського голови з гуманітарних питань",
     "Deputy Mayor for Humanitarian Affairs", "uk de", ""),
    ("dep_housing", "Савчук", "Віталій", "Заступник міського голови з питань житлово-"
     "комунального господарства", "Deputy Mayor for Housing and Utilities", "uk", ""),
    ("secretary", "Олійник", "Наталія", "Секретар міської ради", "Secretary of the City Council",
     "uk en", ""),
    ("head_dept", "Мельничук", "Оксана", "Начальник управління міжнародного співробітництва",
     "Head of the International Cooperation Department", "uk en de", ""),
    ("kravchuk", "Кравчук", "Тетяна", "Заступник начальника управління міжнародного "
     "співробітництва", "Deputy Head of the International Cooperation Department", "uk en pl",
     ""),
    ("zaika", "Заїка", "Юлія", "Головний спеціаліст з питань протоколу",
     "Chief Protocol Specialist", "uk en fr", ""),
    ("gudz", "Ґудзь", "Дмитро", "Головний спеціаліст з проєктного менеджменту",
     "Chief Specialist, Project Management", "uk en", ""),
    ("shcherban", "Щербань", "Марія", "Провідний спеціаліст, перекладач",
     "Senior Specialist, interpreter", "uk bg en", ""),
    ("lukianchuk", "Лук’янчук", "Євгенія", "Головний спеціаліст з питань європейської "
     "інтеграції", "Chief Specialist, European Integration", "uk en fr", ""),
    ("int_en", "Яремчук", "Андрій", "Перекладач англійської мови", "English interpreter",
     "uk en", ""),
    ("int_de", "Дячук", "Олена", "Перекладач німецької мови", "German interpreter", "uk de en",
     ""),
    ("int_cs", "Юзвак", "Вікторія", "Перекладач чеської та польської мов",
     "Czech and Polish interpreter", "uk cs pl sk", ""),
    ("drv1", "Гнатюк", "Василь", "Водій", "Driver", "uk", ""),
    ("drv2", "Стецюк", "Петро", "Водій", "Driver", "uk pl", ""),
    ("drv3", "Мороз", "Ігор", "Водій автобуса", "Bus driver", "uk", ""),
    ("press", "Ковбасюк", "Анастасія", "Прессекретар міського голови",
     "Press Secretary to the Mayor", "uk en", ""),
    ("photo", "Ільчишин", "Роман", "Фотограф відділу інформаційної діяльності", "Photographer",
     "uk", ""),
    ("head_culture", "Бабій", "Людмила", "Начальник управління культури і туризму",
     "Head of the Culture and Tourism Department", "uk en", ""),
    ("head_education", "Поліщук", "Олександр", "Директор департаменту освіти та науки",
     "Director of the Education and Science Department", "uk en", ""),
    ("head_youth", "Возняк", "Ярослав", "Начальник управління молоді та спорту",
     "Head of the Youth and Sports Department", "uk en pl", ""),
    ("head_economy", "Семенюк", "Галина", "Директор департаменту економіки",
     "Director of the Economy Department", "uk en", ""),
    ("head_constr", "Ткачук", "Микола", "Начальник управління капітального будівництва",
     "Head of the Capital Construction Department", "uk", ""),
    ("head_arch", "Марчук", "Світлана", "Головний архітектор міста", "Chief Architect of the City",
     "uk en", ""),
    ("head_it", "Павлюк", "Антон", "Начальник управління цифрової трансформації",
     "Head of the Digital Transformation Department", "uk en", ""),
    ("eco_head", "Костенко", "Лариса", "Начальник управління екології та контролю за "
     "благоустроєм", "Head of the Ecology Department", "uk en de", ""),
    ("anticorr", "Кучер", "Ганна", "Уповноважена особа з питань запобігання корупції",
     "Anti-corruption Officer", "uk en", ""),
    ("electrotrans", "Шевчук", "Богдан", "Директор ХКП «Електротранс»",
     "Director, Elektrotrans", "uk", "ХКП «Електротранс»"),
    ("veteran", "Костюк", "Максим", "Директор КЗ «Ветеранський простір»",
     "Director, Veterans' Space", "uk en", "КЗ «Ветеранський простір»"),
    ("park_ceo", "Гаврилюк", "Артем", "Директор ТОВ «Керуюча компанія «Міський індустріальний "
     "парк Хмельницького»", "CEO, Khmelnytskyi Industrial Park management company", "uk en",
     "ТОВ «Керуюча компанія «Міський індустріальний парк Хмельницького»"),
    ("agency_dir", "Климчук", "Інна", "Директор КУ «Агенція розвитку Хмельницького»",
     "Director, Khmelnytskyi Development Agency", "uk en", "КУ «Агенція розвитку Хмельницького»"),
    ("rescue_chief", "Панчишин", "Руслан", "Начальник ДПРЧ № 1 м. Хмельницький",
     "Chief, State Fire and Rescue Unit No. 1", "uk en", "ГУ ДСНС у Хмельницькій області"),
    ("rescuer1", "Дудар", "Олексій", "Рятувальник", "Rescuer", "uk",
     "ГУ ДСНС у Хмельницькій області"),
    ("rescuer2", "Романюк", "Віктор", "Рятувальник", "Rescuer", "uk en",
     "ГУ ДСНС у Хмельницькій області"),
    ("khnu", "Вербицька", "Ніна", "Проректор з міжнародних зв’язків", "Vice-Rector",
     "uk en de", "Хмельницький національний університет"),
    ("kalyna_lead", "Федорчук", "Зоряна", "Керівник зразкового ансамблю народного танцю «Калина»",
     "Artistic director, Kalyna folk dance ensemble", "uk",
     "Центр національного виховання учнівської молоді"),
    ("kalyna_2", "Бойчук", "Ліна", "Хореограф ансамблю «Калина»", "Choreographer", "uk en",
     "Центр національного виховання учнівської молоді"),
    ("youth_head", "Ващук", "Софія", "Голова Молодіжної ради Хмельницького",
     "Chair, Khmelnytskyi Youth Council", "uk en pl", "Молодіжна рада Хмельницького"),
    ("teacher", "Рудь", "Леся", "Вчитель історії СЗОШ № 22", "History teacher, School No. 22",
     "uk en", "СЗОШ I-III ступенів № 22 імені Олега Ольжича"),
    ("teacher2", "Гайдук", "Володимир", "Директор СЗОШ № 22 імені Олега Ольжича",
     "Principal, School No. 22", "uk pl", "СЗОШ I-III ступенів № 22 імені Олега Ольжича"),
    ("student1", "Прокопчук", "Назар", "Студент, член Молодіжної ради", "Student",
     "uk en", "Хмельницький національний університет"),
    ("student2", "Білик", "Уляна", "Студентка", "Student", "uk en pl",
     "Хмельницький університет управління та права імені Леоніда Юзькова"),
    ("student3", "Яковенко", "Єлизавета", "Студентка", "Student", "uk en de",
     "Хмельницький національний університет"),
    ("coach", "Гордійчук", "Валентина", "Тренер з легкої атлетики", "Athletics coach", "uk",
     "Управління молоді та спорту"),
    ("athlete1", "Бойко", "Христина", "Легкоатлетка", "Athlete", "uk en",
     "ДЮСШ № 1"),
    ("athlete2", "Лесик", "Дарина", "Легкоатлетка", "Athlete", "uk", "ДЮСШ № 1"),
    ("athlete3", "Степанюк", "Ірина", "Легкоатлетка", "Athlete", "uk", "ДЮСШ № 1"),
    ("cyclist1", "Кушнір", "Тарас", "Велосипедист", "Cyclist", "uk", "Велоклуб «Поділля»"),
    ("cyclist2", "Мельник", "Остап", "Велосипедист", "Cyclist", "uk en", "Велоклуб «Поділля»"),
    ("accomp1", "Бурлака", "Оксана", "Супровідна особа групи дітей", "Group leader", "uk de",
     "Служба у справах дітей"),
    ("psych", "Тимощук", "Марина", "Психолог", "Psychologist", "uk en",
     "Центр соціальних служб"),
    ("honcharuk", "Гончарук", "Валерія", "Координаторка програми «Партнерство «Відкритий "
     "Уряд» – місцевий рівень»", "Coordinator, Open Government Partnership – Local",
     "uk en", "Ініціатива «Партнерство «Відкритий Уряд»"),
    ("kovtun", "Ковтун", "Тарас", "Програмний менеджер", "Programme Manager", "uk en",
     "Міжнародний фонд «Відродження»"),
    ("ambassador", "Сидоренко", "Дмитро", "Надзвичайний і Повноважний Посол України у ФРН",
     "Ambassador of Ukraine to Germany", "uk de en", "embassy_de"),
    ("kovalenko_eu", "Коваленко", "Тетяна", "Менеджерка програм", "Programme Manager", "uk en",
     "eu_delegation"),
    ("lytvyn", "Литвин", "Ірина", "Координаторка проєкту SRER", "SRER project coordinator",
     "uk en", "undp"),
    ("rudenko", "Руденко", "Олена", "Заступниця керівника проєкту Pro-Integrity",
     "Deputy Chief of Party, Pro-Integrity", "uk en", "prointegrity"),
)  # fmt: skip

# Foreign guests and hosts, fictional, names as in their passports: key, partner key or
# organisation, country, family name, given names, the Ukrainian spelling of both, honorific,
# position, position in English, languages.
_FOREIGNERS: tuple[tuple[str, str, str, str, str, str, str, str, str, str, str], ...] = (
    ("dvorak", "prague6", "CZ", "Dvořák", "Tomáš", "Дворжак", "Томаш", "Mgr.",
     "Староста міського району Прага 6", "Mayor of Prague 6", "cs en de"),
    ("novakova", "prague6", "CZ", "Nováková", "Jana", "Новакова", "Яна", "Ing.",
     "Заступниця старости Праги 6", "Deputy Mayor of Prague 6", "cs en"),
    ("cerny", "prague6", "CZ", "Černý", "Martin", "Черний", "Мартін", "",
     "Член Ради Праги 6", "Member of the Prague 6 Council", "cs de"),
    ("svobodova", "prague6", "CZ", "Svobodová", "Lucie", "Свободова", "Люціє", "Mgr.",
     "Керівниця відділу зовнішніх зв’язків", "Head of External Relations", "cs en uk"),
    ("prochazkova", "prague6", "CZ", "Procházková", "Kateřina", "Прохазкова", "Катержина", "",
     "Перекладачка", "Interpreter", "cs uk"),
    ("hruby", "Чеська Республіка", "CZ", "Hrubý", "Petr", "Грубий", "Петр", "Ing.",
     "Колишній староста міського району Прага 6", "Former Mayor of Prague 6", "cs en"),
    ("weber", "stuttgart", "DE", "Weber", "Michael", "Вебер", "Міхаель", "",
     "Бургомістр Штутгарта", "Mayor (Bürgermeister) of Stuttgart", "de en"),
    ("schneider", "stuttgart", "DE", "Schneider", "Sabine", "Шнайдер", "Забіне", "",
     "Референтка з питань міст-партнерів", "Twin Cities Officer", "de en"),
    ("hoffmann", "stuttgart", "DE", "Hoffmann", "Ulrike", "Гофманн", "Ульріке", "Dr.",
     "Голова громадської делегації Штутгарта", "Head of the Stuttgart civic delegation",
     "de en"),
    ("becker", "stuttgart", "DE", "Becker", "Thomas", "Беккер", "Томас", "",
     "Волонтер громадської ініціативи", "Volunteer, civic initiative", "de"),
    ("wagner", "stuttgart", "DE", "Wagner", "Anna", "Вагнер", "Анна", "",
     "Консультантка з питань захисту прав жінок", "Women's rights counsellor", "de en"),
    ("fischer", "stuttgart", "DE", "Fischer", "Lukas", "Фішер", "Лукас", "",
     "Член Молодіжної ради Штутгарта", "Member of the Stuttgart Youth Council", "de en"),
    ("maier", "stuttgart", "DE", "Maier", "Florian", "Майєр", "Флоріан", "",
     "Інструктор пожежної охорони Штутгарта", "Instructor, Stuttgart Fire Brigade", "de en"),
    ("koch", "stuttgart", "DE", "Koch", "Sandra", "Кох", "Сандра", "",
     "Координаторка спортивних обмінів", "Sports exchange coordinator", "de en"),
    ("schaefer", "bosch", "DE", "Schäfer", "Katharina", "Шефер", "Катаріна", "Dr.",
     "Керівниця проєктів", "Project Director", "de en"),
    ("richter", "bosch", "DE", "Richter", "Jonas", "Ріхтер", "Йонас", "",
     "Менеджер проєктів", "Project Manager", "de en"),
    ("lehmann", "dresden", "DE", "Lehmann", "Frank", "Леманн", "Франк", "",
     "Обербургомістр Дрездена", "Lord Mayor of Dresden", "de en"),
    ("wolf", "dresden", "DE", "Wolf", "Claudia", "Вольф", "Клаудія", "",
     "Керівниця бюро міжнародних справ", "Head of the Office for International Affairs",
     "de en"),
    ("zimmermann", "dresden", "DE", "Zimmermann", "Heike", "Циммерманн", "Гайке", "",
     "Координаторка Українського дому в Дрездені", "Coordinator, Ukrainian House Dresden",
     "de uk"),
    ("schulz", "dresden", "DE", "Schulz", "Stefan", "Шульц", "Штефан", "",
     "Депутат міської ради Дрездена", "Dresden City Councillor", "de"),
    ("iliev", "silistra", "BG", "Iliev", "Stoyan", "Ілієв", "Стоян", "",
     "Мер Сілістри", "Mayor of Silistra", "bg en"),
    ("todorova", "silistra", "BG", "Todorova", "Desislava", "Тодорова", "Десислава", "",
     "Начальниця відділу «Освіта, культура і спорт»", "Head of Education, Culture and Sport",
     "bg en"),
    ("nowak", "ciechanow", "PL", "Nowak", "Krzysztof", "Новак", "Кшиштоф", "",
     "Президент міста Цеханів", "Mayor of Ciechanów", "pl en"),
    ("wisniewska", "ciechanow", "PL", "Wiśniewska", "Agnieszka", "Вішневська", "Агнешка", "",
     "Координаторка Молодіжного форуму", "Youth Forum coordinator", "pl en"),
    ("zielinska", "lublin", "PL", "Zielińska", "Marta", "Зелінська", "Марта", "",
     "Координаторка молодіжних зустрічей міст – володарів Призу Європи",
     "Coordinator, Europe Prize youth meetings", "pl en"),
    ("kaminska", "krakow", "PL", "Kamińska", "Ewa", "Камінська", "Ева", "dr",
     "Директорка ліцею Бартоломея Новодворського", "Principal, Nowodworski High School",
     "pl en"),
    ("lewandowski", "wroclaw", "PL", "Lewandowski", "Paweł", "Левандовський", "Павел", "",
     "Координатор молодіжних обмінів", "Youth exchange coordinator", "pl de en"),
    ("popescu", "cluj", "RO", "Popescu", "Andrei", "Попеску", "Андрей", "",
     "Радник мера з міжнародних відносин", "Adviser to the Mayor on International Relations",
     "ro en fr"),
    ("lambert", "eurocities", "BE", "Lambert", "Sophie", "Ламбер", "Софі", "",
     "Менеджерка з питань членства", "Membership Manager", "fr en nl"),
    ("peeters", "eurocities", "BE", "Peeters", "Jan", "Петерс", "Ян", "",
     "Радник з питань політики", "Policy Adviser", "nl en fr"),
    ("neumann", "haldensleben", "DE", "Neumann", "Jörg", "Нойманн", "Йорг", "",
     "Бургомістр Гальденслебена", "Mayor of Haldensleben", "de"),
    ("kazlauskas", "siauliai", "LT", "Kazlauskas", "Tomas", "Казлаускас", "Томас", "",
     "Начальник пожежно-рятувальної служби Шяуляя", "Chief, Šiauliai Fire and Rescue Service",
     "lt en"),
    ("petrauskiene", "siauliai", "LT", "Petrauskienė", "Rūta", "Петраускене", "Рута", "",
     "Фахівчиня з міжнародних зв’язків", "International Relations Officer", "lt en pl"),
    ("virtanen", "nefco", "FI", "Virtanen", "Mikko", "Віртанен", "Мікко", "",
     "Старший радник", "Senior Adviser", "fi en sv"),
    ("korhonen", "nefco", "FI", "Korhonen", "Anna-Kaisa", "Корхонен", "Анна-Кайса", "",
     "Старша менеджерка проєктів", "Senior Project Manager", "fi en"),
    ("andersson", "nefco", "SE", "Andersson", "Lars", "Андерссон", "Ларс", "",
     "Керівник програм НЕФКО в Україні", "Head of Ukraine Programmes", "sv en"),
    ("dubois", "eu_delegation", "FR", "Dubois", "Pierre", "Дюбуа", "П’єр", "",
     "Керівник секції", "Head of Section", "fr en"),
    ("rossi", "eu_delegation", "IT", "Rossi", "Elena", "Россі", "Елена", "",
     "Менеджерка програми «Житло для ВПО»", "Programme Manager, Housing for IDPs", "it en"),
    ("miller", "uaid", "US", "Miller", "Robert", "Міллер", "Роберт", "",
     "Керуючий партнер", "Managing Partner", "en"),
    ("davis", "uaid", "US", "Davis", "Jennifer", "Девіс", "Дженніфер", "",
     "Інвестиційна директорка", "Investment Director", "en es"),
    ("thompson", "Конгрес США", "US", "Thompson", "Michael", "Томпсон", "Майкл", "",
     "Старший радник Конгресу США", "Senior Congressional Adviser", "en"),
    ("collins", "Конгрес США", "US", "Collins", "Sarah", "Коллінз", "Сара", "",
     "Старша радниця Конгресу США", "Senior Congressional Adviser", "en fr"),
    ("harris", "Конгрес США", "US", "Harris", "David", "Гарріс", "Девід", "",
     "Експерт з питань бюджету", "Budget expert", "en"),
    ("brenner", "steinbeis", "DE", "Brenner", "Klaus", "Бреннер", "Клаус", "Prof. Dr.",
     "Директор центрів Steinbeis у Німеччині, Румунії, Австрії, Україні та Азербайджані",
     "Director of Steinbeis centres", "de en ro"),
    ("keller", "haering", "DE", "Keller", "Markus", "Келлер", "Маркус", "",
     "Керуючий директор Anton Haering KG", "Managing Director, Anton Haering KG", "de en"),
    ("wang", "Уряд міста Тайбей", "TW", "Wang", "Shu-Fen", "Ван", "Шу-Фень", "",
     "Заступниця директора департаменту інформаційних технологій",
     "Deputy Commissioner, Department of Information Technology", "zh en"),
    ("huang", "Уряд міста Тайбей", "TW", "Huang", "Chih-Ming", "Хуан", "Чжі-Мін", "",
     "Директор Саміту розумних міст", "Director, Smart City Summit & Expo", "zh en"),
    ("lin", "Тайбейське представництво в Польщі", "TW", "Lin", "Chia-Hao", "Лінь", "Цзя-Хао",
     "", "Радник представництва", "Counsellor", "zh en pl"),
    ("chen", "Тайванська асоціація міст", "TW", "Chen", "Yu-Ting", "Чень", "Юй-Тін", "",
     "Координаторка асоціації", "Association coordinator", "zh en"),
    ("carter", "csis", "US", "Carter", "Emily", "Картер", "Емілі", "Dr.",
     "Старша наукова співробітниця", "Senior Fellow", "en"),
    ("hassan", "Міністерство житлового будівництва Єгипту", "EG", "Hassan", "Ahmed", "Хасан",
     "Ахмед", "Eng.", "Радник міністра", "Adviser to the Minister", "ar en"),
    ("elsayed", "unhabitat", "EG", "El-Sayed", "Mona", "Ель-Саєд", "Мона", "",
     "Програмна офіцерка", "Programme Officer", "ar en fr"),
    ("obrien", "prointegrity", "US", "O'Brien", "Kevin", "О’Браєн", "Кевін", "",
     "Керівник проєкту Pro-Integrity", "Chief of Party, Pro-Integrity", "en"),
    ("lindqvist", "undp", "SE", "Lindqvist", "Jakob", "Ліндквіст", "Якоб", "",
     "Керівник проєкту SRER", "Team Leader, SRER project", "sv en"),
    ("braun", "skew", "DE", "Braun", "Julia", "Браун", "Юлія", "",
     "Координаторка мережі німецько-українських муніципальних партнерств",
     "Network Coordinator, German-Ukrainian municipal partnerships", "de en uk"),
)  # fmt: skip

# Personal needs (dietary, accessibility): kept for the office, never printed for others.
_NEEDS: dict[str, tuple[str, str]] = {
    "hoffmann": ("вегетаріанське харчування", ""),
    "becker": ("", "крісло колісне: пандуси, ліфт, низькопідлоговий транспорт"),
    "rossi": ("без глютену (целіакія)", ""),
    "miller": ("алергія на горіхи", ""),
    "novakova": ("вегетаріанське харчування", ""),
    "schaefer": ("веганське харчування", ""),
    "veteran": ("", "протез нижньої кінцівки: уникати довгих пішохідних маршрутів"),
    "brenner": ("", "слабкий зір: програма друкується великим шрифтом (16 пт)"),
    "andersson": ("без лактози", ""),
    "obrien": ("пескатаріанське харчування", ""),
    "kalyna_lead": ("без цукру (діабет)", ""),
}
# People whose passport details the office keeps (for visas, tickets and hotel lists).
_PASSPORTS = ("mayor", "head_dept", "dep_first", "int_en", "int_de", "int_cs", "dvorak",
              "novakova", "hoffmann", "miller", "thompson", "andersson", "keller")  # fmt: skip
_NO_EMAIL = ("drv1", "drv2", "drv3", "athlete2", "athlete3", "cyclist1")
_PHONE_CODES = {"UA": "+380", "CZ": "+420", "DE": "+49", "PL": "+48", "BG": "+359", "RO": "+40",
                "LT": "+370", "FI": "+358", "SE": "+46", "US": "+1", "TW": "+886", "EG": "+20",
                "BE": "+32", "FR": "+33", "IT": "+39"}  # fmt: skip
# The council's international cooperation department: they answer for agenda items.
_DEPARTMENT = ("head_dept", "kravchuk", "zaika", "gudz", "shcherban", "lukianchuk")

# --- Delegations and their programmes ------------------------------------------------------------


class _Item(NamedTuple):
    """One agenda item: day of the visit (0 = first), local start, minutes, venue, titles and
    codes for dress and transport."""

    day: int
    start: str
    minutes: int
    venue: str
    title_uk: str
    title_en: str = ""
    extra: str = ""


class _Trip(NamedTuple):
    """How the travelling side arrives and leaves: "kind number", local time (optionally with a
    day offset, "-1 18:20"), place; and the hotel."""

    arrive_by: str
    arrive_at: str
    place: str
    leave_by: str
    leave_at: str
    hotel: str = ""


class _Visit(NamedTuple):
    key: str
    direction: Direction
    dates: str  # "MM-DD" or "MM-DD/MM-DD" in the demo year
    title_uk: str
    title_en: str
    partners: str
    measures: str
    people: str  # "person/role ...", role "member" when left out, in order of precedence
    template: VisitKind | None
    agenda: tuple[_Item, ...]
    place: str = HOME
    country: str = "UA"
    zone: str = HOME_TIMEZONE
    purpose: str = ""
    trip: _Trip | None = None
    status: DelegationStatus | None = None
    notes: str = ""


_DRESS = {
    "b": "Діловий",
    "f": "Офіційний (темний костюм)",
    "c": "Повсякденний, зручне взуття",
    "s": "Спортивний",
    "h": "Каска та сигнальний жилет (видає підрядник)",
}
_TRANSPORT = {
    "bus": "Мікроавтобус міської ради",
    "car": "Службові автомобілі міської ради",
    "walk": "Пішки",
    "host": "Транспорт приймаючої сторони",
    "taxi": "Таксі",
}

_I = _Item
_TRAIN_IN = _Trip("train IC+ 705", "07:55", "Залізничний вокзал Хмельницький",
                  "train IC+ 706", "20:15", "Готель «Поділля»")  # fmt: skip
_CAR_IN = _Trip("car", "09:00", "Хмельницька міська рада", "car", "18:00")
_KYIV_TRAIN = _Trip("train IC+ 743", "08:50", "Залізничний вокзал Хмельницький",
                    "train IC+ 744", "18:40")  # fmt: skip

_VISITS: tuple[_Visit, ...] = (
    # Incoming: official delegations, international organisations, investors.
    _Visit("us_congress", D.INCOMING, "01-26", "Зустріч зі старшими радниками Конгресу США",
           "Meeting with senior advisers of the U.S. Congress", "", "1.1",
           "thompson/head collins harris/expert mayor/host_official dep_first/host_official "
           "int_en/interpreter zaika/protocol_officer drv1/driver", V.INCOMING_OFFICIAL,
           (_I(0, "10:00", 30, "mayor_office", "Зустріч у міського голови",
               "Meeting with the Mayor", "b"),
            _I(0, "10:30", 90, "small_hall",
               "Робоча зустріч: потреби громади та підготовка бюджету США на {next} рік",
               "Working meeting: the community's needs and the U.S. budget for {next}", "b"),
            _I(0, "12:30", 60, "restaurant", "Робочий обід", "Working lunch"),
            _I(0, "14:00", 90, "veteran", "Відвідування КЗ «Ветеранський простір»",
               "Visit to the Veterans' Space", "c car")),
           purpose="Підготовка політики США щодо України та бюджету США на наступний рік.",
           trip=_CAR_IN),
    _Visit("prague6_ex", D.INCOMING, "03-13",
           "Зустріч з колишнім старостою міського району Прага 6",
           "Meeting with the former Mayor of Prague 6", "prague6", "1.1",
           "hruby/head mayor/host_official int_cs/interpreter zaika/protocol_officer",
           V.INCOMING_OFFICIAL,
           (_I(0, "11:00", 60, "mayor_office",
               "Зустріч з міським головою: співпраця та гуманітарна допомога",
               "Meeting with the Mayor: cooperation and humanitarian aid", "b"),
            _I(0, "12:30", 60, "restaurant", "Обід", "Lunch"),
            _I(0, "14:00", 60, "humanitarian", "Передача гуманітарної допомоги",
               "Handover of humanitarian aid", "c car")),
           purpose="Співпраця Хмельницького з Прагою 6 і гуманітарна допомога.", trip=_CAR_IN),
    _Visit("eu_nefco_jun", D.INCOMING, "06-21",
           "Візит Представництва ЄС та НЕФКО: проєкти «Житло для ВПО»",
           "EU Delegation and NEFCO visit: Housing for IDPs projects", "eu_delegation nefco",
           "1.1 1.3",
           "dubois/head rossi kovalenko_eu virtanen korhonen mayor/host_official "
           "dep_housing/host_official head_constr/host_official int_en/interpreter "
           "zaika/protocol_officer drv1/driver drv2/driver press/press",
           V.INCOMING_OFFICIAL,
           (_I(0, "09:30", 30, "mayor_office", "Зустріч з міським головою",
               "Welcome by the Mayor", "b"),
            _I(0, "10:00", 90, "small_hall",
               "Робоча зустріч: етапи реалізації проєктів Програми «Житло для ВПО»",
               "Working meeting: the Housing for IDPs projects step by step", "b"),
            _I(0, "11:30", 60, "small_hall",
               "Презентація проєктів: КНС № 12, гуртожиток на вул. Інститутській, 12/1, "
               "будівля на вул. Кам’янецькій, 74",
               "Projects: pumping station No. 12, 12/1 Instytutska St. dormitory, "
               "74 Kamianetska St."),
            _I(0, "12:30", 60, "restaurant", "Робочий обід", "Working lunch"),
            _I(0, "13:30", 60, "ozerna",
               "Відвідування будівельного майданчика на вул. Озерна, 6/2-Г",
               "Site visit: new housing for IDPs, 6/2-H Ozerna St.", "h bus"),
            _I(0, "14:30", 60, "hostel_inst", "Відвідування гуртожитку на вул. Інститутській, 12/1",
               "Site visit: dormitory at 12/1 Instytutska St.", "h bus"),
            _I(0, "15:30", 30, "kamianetska", "Відвідування об’єкта на вул. Кам’янецькій, 74",
               "Site visit: 74 Kamianetska St.", "h bus"),
            _I(0, "16:30", 60, "kns12", "Відвідування каналізаційної насосної станції № 12",
               "Site visit: sewage pumping station No. 12", "h bus")),
           purpose="Етапи проєктів, що фінансуються ЄС у Програмі «Житло для ВПО», фінансування "
                   "нових проєктів.",
           trip=_KYIV_TRAIN),
    _Visit("germany_day", D.INCOMING, "06-29", "День Німеччини у Хмельницькому",
           "Germany Day in Khmelnytskyi",
           "stuttgart dresden", "1.4",
           "schneider/head wolf mayor/host_official head_culture/host_official int_de/interpreter "
           "zaika/protocol_officer press/press photo/press", V.INCOMING_OFFICIAL,
           (_I(0, "10:00", 60, "mayor_office", "Зустріч з міським головою",
               "Meeting with the Mayor", "b"),
            _I(0, "11:30", 120, "square", "Відкриття Дня Німеччини на майдані Незалежності",
               "Opening of Germany Day on Independence Square", "b walk"),
            _I(0, "14:00", 90, "art_museum",
               "Фотовиставка «Штутгарт і Дрезден – друзі Хмельницького»",
               "Photo exhibition: Stuttgart and Dresden, friends of Khmelnytskyi"),
            _I(0, "17:00", 90, "culture_house", "Концерт муніципального естрадно-духового оркестру",
               "Concert of the Municipal Brass Band")),
           purpose="Подяка Штутгарту і Дрездену за всебічну допомогу та підтримку.",
           trip=_TRAIN_IN),
    _Visit("prague6_cityday", D.INCOMING, "09-27/09-29",
           "Офіційний візит делегації міського району Прага 6 з нагоди Дня міста",
           "Official visit of the Prague 6 delegation for Khmelnytskyi City Day", "prague6",
           "1.11 1.4",
           "dvorak/head novakova/deputy_head cerny svobodova prochazkova/interpreter "
           "mayor/host_official "
           "dep_first/host_official secretary/host_official head_dept/protocol_officer "
           "zaika/protocol_officer "
           "int_cs/interpreter drv1/driver drv2/driver press/press photo/press", V.CITY_DAY,
           (_I(0, "08:00", 30, "station", "Зустріч делегації на залізничному вокзалі",
               "Welcome at the railway station", "bus"),
            _I(0, "09:00", 60, "podillia", "Поселення в готелі «Поділля», сніданок",
               "Check-in at Hotel Podillia, breakfast"),
            _I(0, "10:30", 60, "mayor_office", "Офіційна зустріч з міським головою",
               "Official meeting with the Mayor", "f"),
            _I(0, "12:00", 60, "memorial", "Вшанування пам’яті Героїв, покладання квітів",
               "Commemoration of the fallen Heroes, laying of flowers", "f walk"),
            _I(0, "13:30", 60, "restaurant", "Обід", "Lunch"),
            _I(0, "15:00", 90, "veteran", "Відвідування КЗ «Ветеранський простір»",
               "Visit to the Veterans' Space", "c bus"),
            _I(0, "19:00", 120, "restaurant", "Офіційна вечеря від імені міського голови",
               "Official dinner hosted by the Mayor", "f"),
            _I(1, "10:00", 120, "square", "Урочисте відкриття Дня міста Хмельницького",
               "Opening ceremony of City Day", "f walk"),
            _I(1, "12:30", 90, "electrotrans", "Відвідування ХКП «Електротранс»",
               "Visit to the Elektrotrans company", "c bus"),
            _I(1, "14:30", 60, "art_museum", "Художні та фотовиставки",
               "Art and photo exhibitions"),
            _I(1, "16:00", 60, "square", "Ярмарок, виступи мажореток і хореографічних колективів",
               "Fair, majorettes and dance groups", "c walk"),
            _I(1, "19:00", 90, "culture_house", "Концерт муніципального естрадно-духового оркестру",
               "Concert of the Municipal Brass Band", "b"),
            _I(2, "10:00", 90, "khnu",
               "Зустріч у Хмельницькому національному університеті: освітні проєкти",
               "Khmelnytskyi National University: education projects", "b bus"),
            _I(2, "12:00", 60, "session_hall", "Передача генераторів, придбаних Радою Праги 6",
               "Handover of the generators bought by the Prague 6 Council", "b"),
            _I(2, "13:30", 60, "podillia", "Обід, підсумкова зустріч", "Lunch and wrap-up meeting"),
            _I(2, "19:30", 30, "station", "Проводи делегації", "Farewell at the railway station",
               "bus")),
           purpose="День міста Хмельницького; вшанування Героїв; генератори від Ради Праги 6.",
           trip=_TRAIN_IN),
    _Visit("uaid", D.INCOMING, "10-01", "Зустріч з представниками інвестиційного фонду UAID",
           "Meeting with the UAID investment fund", "uaid", "1.10 1.1",
           "miller/head davis mayor/host_official head_economy/host_official "
           "park_ceo/host_official "
           "int_en/interpreter zaika/protocol_officer drv2/driver", V.INCOMING_OFFICIAL,
           (_I(0, "10:00", 90, "small_hall", "Зустріч з міським головою: можливості співпраці",
               "Meeting with the Mayor: opportunities for cooperation", "b"),
            _I(0, "11:30", 60, "small_hall",
               "Презентація проєкту «Індустріальний парк «Хмельницький»",
               "The Khmelnytskyi Industrial Park project"),
            _I(0, "13:00", 60, "restaurant", "Робочий обід", "Working lunch"),
            _I(0, "14:30", 90, "industrial_park", "Огляд території індустріального парку",
               "Site visit to the industrial park", "c car")),
           purpose="Співпраця щодо проєкту «Індустріальний парк «Хмельницький».", trip=_CAR_IN),
    _Visit("undp_srer", D.INCOMING, "10-24", "Відкриття «Проскурів бізнес-хол» за участі ПРООН",
           "Opening of the Proskuriv Business Hall with UNDP", "undp", "1.3",
           "lindqvist/head lytvyn mayor/host_official head_economy/host_official "
           "agency_dir/host_official "
           "int_en/interpreter zaika/protocol_officer press/press photo/press", V.INCOMING_OFFICIAL,
           (_I(0, "11:00", 60, "proskuriv_hall",
               "Урочисте відкриття бізнес-простору «Проскурів бізнес-хол»",
               "Opening of the Proskuriv Business Hall", "b"),
            _I(0, "12:00", 60, "proskuriv_hall", "Презентація результатів проєкту SRER",
               "Results of the SRER project"),
            _I(0, "13:30", 60, "restaurant", "Обід", "Lunch"),
            _I(0, "15:00", 30, "press_room", "Брифінг для ЗМІ", "Press briefing")),
           purpose="Результати проєкту SRER ПРООН (654,8 тис. євро).", trip=_KYIV_TRAIN),
    _Visit("stuttgart_civic", D.INCOMING, "10-30/11-02",
           "Візит громадської делегації Штутгарта та Фонду Роберта Боша",
           "Visit of the Stuttgart civic delegation and the Robert Bosch Foundation",
           "stuttgart bosch", "1.4",
           "hoffmann/head becker wagner fischer schaefer richter dep_social/host_official "
           "head_youth/host_official "
           "int_de/interpreter int_en/interpreter kravchuk/protocol_officer drv1/driver "
           "press/press", V.INCOMING_OFFICIAL,
           (_I(0, "08:00", 30, "station", "Зустріч делегації на вокзалі",
               "Welcome at the railway station", "bus"),
            _I(0, "10:00", 60, "small_hall", "Зустріч із заступником міського голови",
               "Meeting with the Deputy Mayor", "b"),
            _I(0, "11:30", 90, "idp_centre", "Центр підтримки ВПО: методи підтримки та інтеграції",
               "IDP support centre: support and integration", "c bus"),
            _I(0, "13:30", 60, "restaurant", "Обід", "Lunch"),
            _I(0, "15:00", 90, "volunteer_hub", "Зустріч із волонтерами Хмельницького",
               "Meeting Khmelnytskyi volunteers", "c bus"),
            _I(1, "10:00", 90, "social_centre",
               "Права жінок і протидія домашньому насильству: зустріч із ГО",
               "Women's rights and domestic violence: meeting NGOs"),
            _I(1, "12:00", 60, "restaurant", "Обід", "Lunch"),
            _I(1, "14:00", 90, "youth_centre", "Молодіжна рада: розвиток молодіжного руху",
               "Youth council: growing the youth movement"),
            _I(1, "18:00", 120, "restaurant", "Вечеря з представниками громадських організацій",
               "Dinner with civil society organisations"),
            _I(2, "10:00", 90, "veteran", "Відвідування КЗ «Ветеранський простір»",
               "Visit to the Veterans' Space", "c bus"),
            _I(2, "12:00", 90, "session_hall",
               "Круглий стіл громадських організацій Штутгарта і Хмельницького",
               "Round table of Stuttgart and Khmelnytskyi NGOs", "b"),
            _I(2, "15:00", 90, "square", "Екскурсія містом", "Guided city walk", "c walk"),
            _I(3, "10:00", 60, "podillia", "Підсумкова зустріч", "Wrap-up meeting"),
            _I(3, "19:30", 30, "station", "Проводи делегації", "Farewell at the railway station",
               "bus")),
           purpose="Обмін досвідом громадських організацій: ВПО, волонтерство, права "
                   "жінок, молодь.",
           trip=_TRAIN_IN),
    _Visit("opengov_forum", D.INCOMING, "12-03/12-04", "Форум відкритого врядування",
           "Open Government Forum",
           "", "1.3 1.6",
           "honcharuk/head kovtun mayor/host_official agency_dir/host_official "
           "zaika/protocol_officer press/press",
           V.INCOMING_OFFICIAL,
           (_I(0, "10:00", 60, "session_hall", "Відкриття Форуму відкритого врядування",
               "Opening of the Forum", "b"),
            _I(0, "11:30", 120, "session_hall",
               "Панельні дискусії: кращі практики відкритого врядування",
               "Panels: good practice in open government"),
            _I(0, "14:30", 90, "session_hall",
               "План дій «Партнерство «Відкритий Уряд» у Хмельницькому",
               "Khmelnytskyi's Open Government Partnership action plan"),
            _I(1, "10:00", 60, "smart_office", "Офіс «Розумне довкілля. Хмельницький»",
               "Smart Environment Office", "bus"),
            _I(1, "11:30", 60, "waste_centre", "Центр управління відходами",
               "Waste Management Centre", "bus"),
            _I(1, "13:00", 90, "guffi", "Навчальний центр «Гуффі-центр»",
               "Guffi waste education centre", "bus")),
           purpose="Обмін досвідом і кращими практиками відкритого врядування.", trip=_KYIV_TRAIN),
    _Visit("haering", D.INCOMING, "12-09",
           "Зустріч з директором центрів Steinbeis і керівником Anton Haering KG",
           "Meeting with the Steinbeis director and the managing director of Anton Haering KG",
           "steinbeis haering", "1.1 1.10",
           "brenner/head keller mayor/host_official head_economy/host_official "
           "park_ceo/host_official "
           "int_de/interpreter zaika/protocol_officer drv2/driver", V.INCOMING_OFFICIAL,
           (_I(0, "10:00", 90, "mayor_office",
               "Зустріч з міським головою: завод автомобільних компонентів в Україні",
               "Meeting with the Mayor: an automotive components plant in Ukraine", "b"),
            _I(0, "11:30", 60, "small_hall", "Інвестиційні можливості громади",
               "Investment opportunities"),
            _I(0, "13:00", 60, "restaurant", "Робочий обід", "Working lunch"),
            _I(0, "14:30", 90, "industrial_park", "Огляд індустріального парку «Хмельницький»",
               "Visit to the Khmelnytskyi Industrial Park", "c car")),
           purpose="Можливості створення заводу з виробництва автомобільних компонентів.",
           trip=_CAR_IN),
    _Visit("prointegrity", D.INCOMING, "12-10", "Підписання Меморандуму з проєктом Pro-Integrity",
           "Signing of the Memorandum with the Pro-Integrity project", "prointegrity", "1.3",
           "obrien/head rudenko mayor/host_official secretary/host_official anticorr/host_official "
           "int_en/interpreter zaika/protocol_officer press/press", V.INCOMING_OFFICIAL,
           (_I(0, "11:00", 30, "session_hall",
               "Урочисте підписання Меморандуму про міжнародну технічну допомогу",
               "Signing of the Memorandum on technical assistance", "f"),
            _I(0, "12:00", 60, "small_hall",
               "Робоча зустріч: корупційні ризики і План покращення доброчесності",
               "Working meeting: corruption risks and the Integrity Improvement Plan"),
            _I(0, "13:30", 60, "restaurant", "Обід", "Lunch"),
            _I(0, "15:00", 30, "press_room", "Брифінг для ЗМІ", "Press briefing")),
           purpose="Альянс доброчесності місцевого самоврядування.", trip=_KYIV_TRAIN),
    _Visit("nefco_dec", D.INCOMING, "12-12", "Робоча зустріч з НЕФКО: проєкт на вул. Озерна, 6/2-Г",
           "Working meeting with NEFCO: the Ozerna St. housing project", "nefco", "1.1 1.3",
           "andersson/head virtanen dep_housing/host_official head_constr/host_official "
           "int_en/interpreter "
           "zaika/protocol_officer drv1/driver", V.INCOMING_OFFICIAL,
           (_I(0, "10:00", 90, "small_hall", "Стан реалізації проєкту", "Progress of the project",
               "b"),
            _I(0, "12:00", 90, "ozerna", "Візит на об’єкт на вул. Озерна, 6/2-Г",
               "Site visit, 6/2-H Ozerna St.", "h bus"),
            _I(0, "14:00", 60, "restaurant", "Обід", "Lunch")),
           purpose="Стан проєкту «Нове будівництво багатоквартирних житлових будинків для ВПО».",
           trip=_KYIV_TRAIN),
    _Visit("silistra_kids", D.INCOMING, "09-27/09-29", "Дитячий ансамбль Сілістри на Дні міста",
           "Silistra children's ensemble at City Day", "silistra", "1.11",
           "todorova/head head_culture/host_official shcherban/interpreter", V.YOUTH_OR_SPORTS,
           (_I(1, "11:00", 60, "square", "Виступ ансамблю на святковій сцені",
               "Performance on the festival stage"),
            _I(1, "16:00", 60, "youth_centre", "Майстер-клас болгарського танцю",
               "Bulgarian dance workshop")),
           status=DelegationStatus.CANCELLED,
           notes="Скасовано: сторона Сілістри відклала поїздку через безпекову ситуацію."),
    _Visit("siauliai_visit", D.INCOMING, "12-18/12-19", "Візит пожежно-рятувальної служби Шяуляя",
           "Visit of the Šiauliai fire and rescue service", "siauliai", "1.3",
           "kazlauskas/head petrauskiene rescue_chief/host_official int_en/interpreter", None,
           (_I(0, "10:00", 90, "rescue_unit", "Знайомство з роботою рятувальників",
               "The Khmelnytskyi rescue service at work"),
            _I(1, "10:00", 120, "rescue_unit", "Спільні навчання", "Joint exercise", "s")),
           status=DelegationStatus.DRAFT, notes="Дати попередні, чекаємо підтвердження з Шяуляя."),
    # Outgoing: visits abroad and in Ukraine, in the host city's time zone.
    _Visit("dresden_mar", D.OUTGOING, "03-04/03-05",
           "Тристороння зустріч міських голів Штутгарт – Хмельницький – Дрезден",
           "Trilateral meeting of the mayors of Stuttgart, Khmelnytskyi and Dresden",
           "dresden stuttgart embassy_de", "1.2 1.12",
           "mayor/head head_dept int_de/interpreter press/press lehmann/host_official "
           "weber/host_official "
           "wolf/host_official schulz/host_official ambassador/host_official", V.OUTGOING_VISIT,
           (_I(0, "10:00", 120, "dresden_rathaus", "Тристороння зустріч міських голів", "", "b"),
            _I(0, "12:30", 60, "dresden_rathaus", "Обід з депутатами міської ради Дрездена"),
            _I(0, "14:00", 90, "dresden_ihk",
               "Зустріч з представниками німецьких муніципалітетів і бізнесу", "", "b host"),
            _I(0, "17:00", 90, "dresden_ukr_house", "Зустріч з українською громадою Дрездена"),
            _I(1, "10:00", 180, "dresden_congress",
               "Форум солідарного партнерства за участі Посла України у ФРН", "", "b"),
            _I(1, "14:00", 60, "dresden_clinic",
               "Реабілітація українських військових: зустріч у клініці", "", "host")),
           place="Дрезден", country="DE", zone="Europe/Berlin",
           purpose="Гуманітарна допомога, підтримка біженців, реабілітація військових.",
           trip=_Trip("car", "-1 19:00", "Дрезден", "car", "18:00", "Hotel am Terrassenufer")),
    _Visit("prague_mar", D.OUTGOING, "03-06/03-07",
           "Офіційна зустріч міського голови зі старостою Праги 6",
           "The Mayor's official meeting with the Mayor of Prague 6", "prague6", "1.2",
           "mayor/head head_dept int_cs/interpreter dvorak/host_official svobodova/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "10:00", 90, "prague6_townhall", "Зустріч зі старостою міського району Прага 6",
               "", "b"),
            _I(0, "13:00", 60, "embassy_cz",
               "Зустріч з тимчасово повіреним у справах України в Чехії", "", "b"),
            _I(0, "15:00", 90, "parliament_cz", "Зустріч з чеськими парламентарями", "", "b taxi"),
            _I(1, "10:00", 90, "refugee_cz",
               "Зустріч з волонтерами Українського центру допомоги біженцям"),
            _I(1, "12:00", 60, "prague6_townhall", "Підсумкова зустріч і обід")),
           place="Прага", country="CZ", zone="Europe/Prague", purpose="Подальша підтримка України.",
           trip=_Trip("car", "09:00", "Прага", "car", "16:00", "Hotel Diplomat Praha")),
    _Visit("taipei", D.OUTGOING, "03-18/03-22", "Саміт та виставка розумних міст {year} (Тайбей)",
           "Smart City Summit & Expo {year}, Taipei", "", "1.2 1.10",
           "dep_first/head head_it head_economy int_en/interpreter wang/host_official "
           "huang/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "10:00", 60, "nangang", "Реєстрація, відкриття Саміту розумних міст"),
            _I(0, "13:00", 180, "nangang", "Виставка рішень для розумних міст"),
            _I(1, "10:00", 120, "nangang", "Форум мерів: інновації та технології для міст", "",
               "b"),
            _I(1, "15:00", 90, "taipei_cityhall", "Зустріч у мерії Тайбея", "", "b host"),
            _I(2, "10:00", 120, "taipei_pmo", "Офіс проєктів розумного міста Тайбея", "", "host"),
            _I(3, "10:00", 180, "nangang", "Бізнес-зустрічі з компаніями"),
            _I(4, "10:00", 60, "nangang", "Підсумкова сесія Саміту")),
           place="Тайбей", country="TW", zone="Asia/Taipei",
           purpose="Тенденції, інновації та технології розумних міст.",
           trip=_Trip("plane BR 66", "06:30", "Міжнародний аеропорт Таоюань", "plane BR 65",
                      "23:30",
                      "Taipei Garden Hotel")),
    _Visit("ciechanow_youth", D.OUTGOING, "04-25/04-28",
           "Молодіжний форум міст-побратимів Цеханова",
           "Youth Forum of Ciechanów's twin cities", "ciechanow silistra haldensleben", "1.5",
           "teacher/head student1 student2 youth_head nowak/host_official wisniewska/host_official",
           V.YOUTH_OR_SPORTS,
           (_I(0, "17:00", 60, "ciechanow_townhall", "Урочисте відкриття Молодіжного форуму", "",
               "b"),
            _I(1, "10:00", 180, "ciechanow_youth",
               "Дискусія: громадянська освіта і міжнародні організації"),
            _I(2, "11:00", 90, "ciechanow_townhall",
               "Зустріч з делегаціями Сілістри та Гальденслебена"),
            _I(3, "08:00", 60, "ciechanow_youth", "Прощальний сніданок")),
           place="Цеханів", country="PL", zone="Europe/Warsaw",
           trip=_Trip("bus", "14:00", "Цеханів", "bus", "09:30", "Bursa Szkolna, Ciechanów")),
    _Visit("cluj_eurocities", D.OUTGOING, "05-29/05-31",
           "Щорічна конференція Eurocities (Клуж-Напока)",
           "Eurocities Annual Conference, Cluj-Napoca", "eurocities cluj", "1.2 1.3",
           "dep_first/head head_dept int_en/interpreter lambert/host_official "
           "popescu/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "14:00", 90, "cluj_venue", "Відкриття щорічної конференції Eurocities"),
            _I(0, "16:00", 90, "cluj_venue", "Сесія: міста і війна в Україні"),
            _I(1, "10:00", 120, "cluj_venue", "Загальні збори Eurocities: членство Хмельницького",
               "", "b"),
            _I(1, "15:00", 60, "cluj_cityhall", "Зустріч у мерії Клуж-Напоки", "", "b"),
            _I(2, "10:00", 120, "cluj_venue",
               "Тематичні візити: мобільність і розумне містобудування", "", "host")),
           place="Клуж-Напока", country="RO", zone="Europe/Bucharest",
           purpose="Членство Хмельницького в мережі Eurocities.",
           trip=_Trip("plane W6 3402", "10:30", "Міжнародний аеропорт Клуж", "plane W6 3403",
                      "19:00",
                      "Hotel Platinia")),
    _Visit("lublin_youth", D.OUTGOING, "05-31/06-03",
           "Молодіжний форум у Любліні (міста – володарі Призу Європи)",
           "Youth forum in Lublin (Europe Prize cities)", "lublin", "1.5",
           "teacher2/head student1 student3 zielinska/host_official", V.YOUTH_OR_SPORTS,
           (_I(0, "16:00", 60, "lublin_csk", "Відкриття форуму"),
            _I(1, "10:00", 180, "lublin_csk", "Дискусія: майбутнє європейської інтеграції"),
            _I(2, "10:00", 180, "lublin_csk", "Майстерні з молодіжної політики"),
            _I(3, "09:00", 60, "lublin_csk", "Підсумки форуму")),
           place="Люблін", country="PL", zone="Europe/Warsaw",
           trip=_Trip("bus", "13:00", "Люблін", "bus", "11:00", "Hostel Lublin")),
    _Visit("kyiv_democracy", D.OUTGOING, "06-05",
           "Конференція з демократичного врядування {year} (Київ)",
           "Democratic Governance Conference {year}, Kyiv", "", "1.6",
           "mayor/head press/press drv1/driver", None,
           (_I(0, "10:00", 60, "kyiv_conf", "Відкриття конференції"),
            _I(0, "11:30", 30, "kyiv_conf",
               "Виступ міського голови: ініціативи громади під час війни", "", "b"),
            _I(0, "13:00", 90, "kyiv_conf", "Панельна дискусія")),
           place="Київ", trip=_Trip("car", "08:30", "Київ", "car", "16:00")),
    _Visit("prague_embassies", D.OUTGOING, "06-08", "Фестиваль посольств у Празі 6",
           "Embassy Festival, Prague 6",
           "prague6", "1.2", "dep_social/head int_cs/interpreter svobodova/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "11:00", 120, "embassy_festival", "Український стенд на Фестивалі посольств"),
            _I(0, "14:00", 60, "prague6_townhall", "Кроки співпраці за Договором про партнерство",
               "", "b")),
           place="Прага", country="CZ", zone="Europe/Prague",
           trip=_Trip("car", "-1 20:00", "Прага", "car", "17:00", "Hotel Diplomat Praha")),
    _Visit("berlin_urc", D.OUTGOING, "06-11/06-12",
           "Міжнародна конференція з питань відновлення України URC {year} (Берлін)",
           "Ukraine Recovery Conference URC {year}, Berlin", "embassy_de", "1.3 1.2",
           "mayor/head head_economy head_dept int_de/interpreter ambassador/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "13:00", 60, "berlin_citycube", "Реєстрація, відкриття конференції", "", "b"),
            _I(0, "15:00", 120, "berlin_citycube", "Панель: муніципальний вимір відновлення"),
            _I(0, "19:00", 120, "embassy_berlin", "Прийом у Посольстві України у ФРН", "",
               "f taxi"),
            _I(1, "10:00", 120, "berlin_citycube",
               "Зустрічі з донорами і міжнародними фінансовими інституціями", "", "b"),
            _I(1, "13:00", 60, "berlin_citycube", "Підсумкове засідання")),
           place="Берлін", country="DE", zone="Europe/Berlin",
           trip=_Trip("plane LO 379", "09:30", "Аеропорт Берлін-Бранденбург", "plane LO 380",
                      "20:30",
                      "Hotel Palace Berlin")),
    _Visit("wroclaw_youth", D.OUTGOING, "06-23/06-26",
           "Обмін молодіжних рад Німеччини, Польщі та України (Вроцлав)",
           "Youth council exchange, Wrocław", "wroclaw", "1.5",
           "youth_head/head student2 student3 lewandowski/host_official", V.YOUTH_OR_SPORTS,
           (_I(0, "17:00", 60, "wroclaw_townhall", "Зустріч у ратуші Вроцлава"),
            _I(1, "10:00", 240, "wroclaw_venue", "Самоврядування і політика: майстерні"),
            _I(2, "10:00", 240, "wroclaw_venue", "Економіка і соціальні науки: майстерні"),
            _I(3, "09:00", 60, "wroclaw_venue", "Підсумки обміну")),
           place="Вроцлав", country="PL", zone="Europe/Warsaw",
           trip=_Trip("bus", "13:00", "Вроцлав", "bus", "11:00")),
    _Visit("kalyna_silistra", D.OUTGOING, "06-29/07-04",
           "Ансамбль «Калина» на фестивалі «Завтрашній мир починається з сьогоднішньої "
           "дружби» (Сілістра)",
           "Kalyna ensemble at the children's dance festival, Silistra", "silistra", "1.5",
           "kalyna_lead/head kalyna_2 shcherban/interpreter iliev/host_official "
           "todorova/host_official",
           V.YOUTH_OR_SPORTS,
           (_I(1, "18:00", 90, "silistra_stage",
               "Урочисте відкриття 26-го міжнародного дитячого танцювального фестивалю"),
            _I(2, "19:00", 90, "silistra_stage", "Виступ ансамблю народного танцю «Калина»"),
            _I(3, "11:00", 60, "silistra_municipality",
               "Офіційна зустріч з мером Сілістри: співпраця у сфері культури", "", "b"),
            _I(4, "10:00", 180, "silistra_stage", "Екскурсія Сілістрою і берегом Дунаю")),
           place="Сілістра", country="BG", zone="Europe/Sofia",
           trip=_Trip("bus", "20:00", "Сілістра", "bus", "08:00", "Hotel Drustar")),
    _Visit("dresden_kids", D.OUTGOING, "07-14/07-26",
           "Відпочинок і оздоровлення дітей загиблих Героїв у Дрездені",
           "Holiday for children of fallen Heroes in Dresden", "dresden", "1.5",
           "accomp1/head psych zimmermann/host_official", V.YOUTH_OR_SPORTS,
           (_I(1, "10:00", 120, "dresden_ukr_house", "Знайомство з Українським домом"),
            _I(3, "10:00", 180, "dresden_museum", "Екскурсія до Музею транспорту"),
            _I(5, "09:00", 360, "elbe", "Сплав по Ельбі", "", "s"),
            _I(8, "10:00", 240, "saxon_park", "Велосипедний тур Саксонською Швейцарією", "",
               "s host"),
            _I(11, "18:00", 120, "dresden_rathaus", "Прощальна зустріч у ратуші")),
           place="Дрезден", country="DE", zone="Europe/Berlin",
           purpose="20 дітей загиблих Героїв, зниклих безвісти і полонених.",
           trip=_Trip("bus", "16:00", "Дрезден", "bus", "08:00", "Jugendherberge Dresden")),
    _Visit("stuttgart_rescue", D.OUTGOING, "07-22/07-27",
           "Навчання хмельницьких рятувальників з пошуку людей з-під завалів (Штутгарт)",
           "Search and rescue training for Khmelnytskyi rescuers, Stuttgart", "stuttgart",
           "1.3",
           "rescue_chief/head rescuer1 rescuer2 maier/host_official", V.OUTGOING_VISIT,
           (_I(0, "14:00", 60, "stuttgart_fire", "Інструктаж"),
            _I(1, "08:00", 480, "stuttgart_fire",
               "Курс пошуку людей з-під завалів за стандартами ЄС: теорія"),
            _I(2, "08:00", 480, "stuttgart_fire", "Практичні заняття на полігоні", "", "s"),
            _I(4, "08:00", 480, "stuttgart_fire", "Підсумкові навчання", "", "s"),
            _I(5, "10:00", 60, "stuttgart_rathaus", "Вручення сертифікатів", "", "b")),
           place="Штутгарт", country="DE", zone="Europe/Berlin",
           trip=_Trip("bus", "11:00", "Штутгарт", "bus", "14:00")),
    _Visit("stuttgart_run", D.OUTGOING, "07-25/07-26",
           "Хмельницькі легкоатлетки на Штутгартському забігу",
           "Khmelnytskyi athletes at the Stuttgart Run", "stuttgart", "1.5",
           "coach/head athlete1 athlete2 koch/host_official", V.YOUTH_OR_SPORTS,
           (_I(0, "17:00", 60, "schlossplatz", "Отримання стартових пакетів"),
            _I(1, "09:00", 180, "schlossplatz", "Штутгартський забіг", "", "s")),
           place="Штутгарт", country="DE", zone="Europe/Berlin",
           trip=_Trip("bus", "12:00", "Штутгарт", "bus", "15:00")),
    _Visit("haldensleben", D.OUTGOING, "09-12/09-14",
           "Участь у святкуванні Дня міста Гальденслебен",
           "Haldensleben town festival", "haldensleben", "1.2",
           "dep_social/head neumann/host_official", None,
           (_I(1, "11:00", 120, "haldensleben_townhall", "Урочистий прийом у ратуші"),),
           place="Гальденслебен", country="DE", zone="Europe/Berlin",
           status=DelegationStatus.CANCELLED,
           notes="Скасовано через сесію міської ради; привітання надіслано листом."),
    _Visit("brezel_race", D.OUTGOING, "09-15", "Веломарафон «Brezel Race» (Штутгарт)",
           "Brezel Race, Stuttgart",
           "stuttgart", "1.5", "cyclist1/head cyclist2 koch/host_official", V.YOUTH_OR_SPORTS,
           (_I(0, "08:00", 60, "schlossplatz", "Реєстрація учасників"),
            _I(0, "09:30", 300, "schlossplatz", "Веломарафон «Brezel Race»", "", "s")),
           place="Штутгарт", country="DE", zone="Europe/Berlin",
           trip=_Trip("car", "-1 18:00", "Штутгарт", "car", "17:00")),
    _Visit("washington_csis", D.OUTGOING, "09-25",
           "Друга конференція «Ведення бізнесу в Україні» (CSIS, Вашингтон)",
           "Second Doing Business in Ukraine conference (CSIS, Washington, D.C.)", "csis",
           "1.10 1.2",
           "dep_first/head head_economy int_en/interpreter carter/host_official", V.OUTGOING_VISIT,
           (_I(0, "09:00", 60, "csis", "Реєстрація, відкриття конференції", "", "b"),
            _I(0, "10:00", 120, "csis", "Сесії: енергетика, будівництво та оборона"),
            _I(0, "13:30", 90, "csis", "Панель: локальна перспектива відбудови і робоча сила"),
            _I(0, "16:00", 60, "embassy_us", "Зустріч у Посольстві України в США", "", "b taxi")),
           place="Вашингтон", country="US", zone="America/New_York",
           purpose="Відновлення України: енергетика, будівництво, оборона.",
           trip=_Trip("plane LH 418", "-1 16:30", "Аеропорт Вашингтон-Даллес", "plane LH 419",
                      "21:30",
                      "Hotel Washington")),
    _Visit("uzhhorod_training", D.OUTGOING, "10-07/10-11",
           "Навчання з європейської інтеграції (Ужгород)",
           "European integration training, Uzhhorod", "", "1.8", "lukianchuk/head", None,
           (_I(0, "10:00", 360, "uzhnu", "Модуль 1: право ЄС і наближення законодавства"),
            _I(2, "10:00", 360, "uzhnu", "Модуль 2: фонди і програми ЄС для громад"),
            _I(4, "10:00", 180, "uzhnu", "Підсумкове тестування і вручення сертифікатів")),
           place="Ужгород",
           purpose="Навчання від МЗС Румунії та Офісу Віцепрем’єр-міністра з євроінтеграції.",
           trip=_Trip("train № 81", "07:30", "Залізничний вокзал Ужгород", "train № 82", "18:30")),
    _Visit("brussels_summit", D.OUTGOING, "10-21/10-22",
           "Європейський саміт мерів Eurocities (Брюссель)",
           "Eurocities European Mayors Summit, Brussels", "eurocities", "1.2",
           "mayor/head head_dept int_en/interpreter peeters/host_official", V.OUTGOING_VISIT,
           (_I(0, "14:00", 180, "brussels_square", "Саміт мерів: пленарне засідання", "", "b"),
            _I(0, "18:00", 90, "ep_brussels", "Зустріч з депутатами Європарламенту", "", "b taxi"),
            _I(1, "10:00", 120, "brussels_square", "Робочі групи: міста і відновлення України")),
           place="Брюссель", country="BE", zone="Europe/Brussels",
           trip=_Trip("plane SN 2558", "11:30", "Аеропорт Брюсселя", "plane SN 2559", "18:00",
                      "Hotel Le Plaza")),
    _Visit("dresden_marathon", D.OUTGOING, "10-27",
           "Хмельницькі спортсменки на 24-му Дрезденському марафоні",
           "Khmelnytskyi athletes at the 24th Dresden Marathon", "dresden", "1.5",
           "coach/head athlete1 athlete3 zimmermann/host_official", V.YOUTH_OR_SPORTS,
           (_I(0, "08:00", 60, "dresden_marathon", "Розминка, стартові номери", "", "s"),
            _I(0, "10:00", 300, "dresden_marathon", "Дрезденський марафон", "", "s")),
           place="Дрезден", country="DE", zone="Europe/Berlin",
           trip=_Trip("bus", "-1 15:00", "Дрезден", "bus", "18:00")),
    _Visit("cairo_wuf", D.OUTGOING, "11-04/11-08",
           "12-та сесія Всесвітнього форуму міст WUF12 (Каїр)",
           "Twelfth session of the World Urban Forum (WUF12), Cairo", "unhabitat", "1.2",
           "dep_first/head head_arch int_en/interpreter hassan/host_official elsayed/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "10:00", 120, "eiec", "Відкриття WUF12", "", "b"),
            _I(0, "14:00", 120, "eiec", "Діалог: житло і стале місто"),
            _I(1, "10:00", 180, "eiec", "Сесія: відновлення міст після війни"),
            _I(2, "10:00", 120, "eiec", "Український павільйон: презентація Хмельницького", "",
               "b"),
            _I(3, "11:00", 90, "eiec", "Зустріч з ООН-Хабітат щодо програм для України"),
            _I(4, "10:00", 120, "eiec", "Підсумкова пленарна сесія")),
           place="Каїр", country="EG", zone="Africa/Cairo",
           purpose="Стала урбанізація і відновлення міст.",
           trip=_Trip("plane MS 724", "-1 21:30", "Міжнародний аеропорт Каїра", "plane MS 723",
                      "23:30",
                      "Novotel Cairo El Borg")),
    _Visit("warsaw_taiwan", D.OUTGOING, "11-21/11-22",
           "Вечір дружби Тайваню та України і передача генераторів (Варшава)",
           "Taiwan–Ukraine Friendship Evening and generator handover, Warsaw", "", "1.2 1.10",
           "dep_first/head head_dept int_en/interpreter lin/host_official chen/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "18:00", 180, "warsaw_venue", "Вечір дружби між Тайванем та Україною", "", "f"),
            _I(1, "11:00", 90, "warsaw_venue",
               "Церемонія передачі генераторів і ноутбуків українським містам", "", "b"),
            _I(1, "13:00", 60, "warsaw_venue", "Робоча зустріч з Тайванською асоціацією міст")),
           place="Варшава", country="PL", zone="Europe/Warsaw",
           trip=_Trip("car", "14:00", "Варшава", "car", "16:00", "Hotel Polonia Palace")),
    _Visit("stuttgart_twins", D.OUTGOING, "11-27/11-29",
           "Зустріч міст-побратимів Штутгарта: «Екологія»",
           "Stuttgart twin cities meeting: Ecology", "stuttgart", "1.2",
           "dep_housing/head eco_head int_de/interpreter weber/host_official "
           "schneider/host_official",
           V.OUTGOING_VISIT,
           (_I(0, "15:00", 90, "stuttgart_rathaus", "Відкриття зустрічі міст-побратимів", "", "b"),
            _I(0, "19:00", 120, "stuttgart_rathaus", "Прийом від імені обербургомістра", "", "f"),
            _I(1, "09:30", 180, "stuttgart_rathaus", "Робочі групи: кліматична політика і відходи"),
            _I(1, "14:00", 120, "stuttgart_plant",
               "Відвідування очисної станції Штутгарт-Мюльгаузен", "", "c host"),
            _I(2, "10:00", 90, "stuttgart_rathaus", "Підсумкова сесія, спільна декларація", "",
               "b")),
           place="Штутгарт", country="DE", zone="Europe/Berlin",
           trip=_Trip("plane LH 1349", "11:30", "Аеропорт Штутгарта", "plane LH 1348", "17:00",
                      "Hotel am Schlossgarten")),
    # Online meetings and events, from the council's video conference room.
    _Visit("twin_platform", D.ONLINE, "02-06",
           "Онлайн-презентація платформи міст-побратимів і віртуального Призу Європи",
           "Online presentation of the twin-cities platform and the virtual Prize of Europe",
           "ciechanow silistra siauliai haldensleben", "2.1 2.3 2.5",
           "head_dept/head gudz press/press", V.ONLINE_MEETING,
           (_I(0, "10:30", 30, "vconf", "Технічна перевірка зв’язку"),
            _I(0, "11:00", 90, "vconf", "Презентація VR-локацій міст-побратимів")),
           place="Онлайн"),
    _Visit("siauliai_zoom", D.ONLINE, "02-28", "Зум-зустріч з пожежно-рятувальною службою Шяуляя",
           "Zoom meeting with the Šiauliai fire and rescue service", "siauliai", "1.3",
           "rescue_chief/head kazlauskas petrauskiene int_en/interpreter zaika/protocol_officer",
           V.ONLINE_MEETING,
           (_I(0, "10:30", 30, "vconf", "Технічна перевірка зв’язку"),
            _I(0, "11:00", 60, "vconf", "Напрямки співробітництва рятувальників")),
           place="Онлайн"),
    _Visit("ims", D.ONLINE, "04-11", "5-й Міжнародний саміт мерів (онлайн)",
           "5th International Summit of Mayors (online)",
           "", "1.2 2.4", "mayor/head int_en/interpreter zaika/protocol_officer press/press",
           V.ONLINE_MEETING,
           (_I(0, "13:30", 30, "vconf", "Технічна перевірка зв’язку"),
            _I(0, "14:00", 120, "vconf",
               "Виступ міського голови: міська інфраструктура в умовах війни")),
           place="Онлайн"),
    _Visit("cities4cities", D.ONLINE, "04-15/04-19",
           "Навчальний курс «Євроінтеграція для українських муніципалітетів» (Cities4Cities)",
           "European integration for Ukrainian municipalities (Cities4Cities | United4Ukraine)", "",
           "1.8",
           "gudz/head lukianchuk shcherban", None,
           (_I(0, "10:00", 120, "vconf", "Модуль 1: політики ЄС для міст"),
            _I(2, "10:00", 120, "vconf", "Модуль 2: програми ЄС і пошук партнерів"),
            _I(4, "10:00", 120, "vconf", "Модуль 3: підготовка проєктних заявок")),
           place="Онлайн"),
    _Visit("skew_apr", D.ONLINE, "04-16",
           "Мережева зустріч німецько-українських муніципальних партнерств (SKEW), квітень",
           "SKEW network meeting of German-Ukrainian municipal partnerships, April",
           "skew stuttgart dresden", "1.3",
           "kravchuk/head braun int_de/interpreter", V.ONLINE_MEETING,
           (_I(0, "14:00", 120, "vconf", "Мережева зустріч партнерств"),), place="Онлайн"),
    _Visit("skew_may", D.ONLINE, "05-14",
           "Мережева зустріч німецько-українських муніципальних партнерств (SKEW), травень",
           "SKEW network meeting of German-Ukrainian municipal partnerships, May", "skew", "1.3",
           "kravchuk/head braun int_de/interpreter", V.ONLINE_MEETING,
           (_I(0, "14:00", 120, "vconf", "Мережева зустріч партнерств"),), place="Онлайн"),
    _Visit("krakow_school", D.ONLINE, "06-10",
           "Підписання Меморандуму між СЗОШ № 22 та ліцеєм Бартоломея Новодворського (онлайн)",
           "Memorandum between School No. 22 and the Nowodworski High School in Kraków (online)",
           "krakow", "1.5",
           "teacher2/head head_education kaminska int_cs/interpreter", V.ONLINE_MEETING,
           (_I(0, "12:00", 60, "vconf", "Онлайн-підписання Меморандуму про співпрацю"),),
           place="Онлайн"),
    _Visit("interreg", D.ONLINE, "07-03",
           "Запуск Програми Interreg Europe в Україні: досвід і подальші кроки",
           "Launch of Interreg Europe in Ukraine", "", "1.6 1.8", "gudz/head head_economy", None,
           (_I(0, "11:00", 120, "vconf", "Онлайн-захід Interreg Europe"),), place="Онлайн"),
    _Visit("ukrainians_world", D.ONLINE, "08-26",
           "Міжнародна зустріч «Світове українство у допомозі Україні»",
           "Global Ukrainians helping Ukraine", "", "1.3 2.4", "head_dept/head kravchuk",
           V.ONLINE_MEETING,
           (_I(0, "16:00", 90, "vconf", "Онлайн-зустріч «Світове українство у допомозі Україні»"),),
           place="Онлайн"),
    _Visit("opengov_online", D.ONLINE, "09-03",
           "Робоча онлайн-зустріч з програмою «Партнерство «Відкритий уряд» – місцевий рівень»",
           "Working meeting with the Open Government Partnership local programme", "", "1.3",
           "agency_dir/head honcharuk", V.ONLINE_MEETING,
           (_I(0, "10:00", 60, "vconf", "Розширення співпраці в рамках програми"),),
           place="Онлайн"),
    _Visit("partnerships_recovery", D.ONLINE, "09-12",
           "Онлайн-зустріч «Внесок муніципальних партнерств у відбудову України»",
           "Municipal partnerships and the recovery of Ukraine", "skew", "1.6",
           "head_dept/head braun int_de/interpreter", V.ONLINE_MEETING,
           (_I(0, "14:00", 90, "vconf", "Внесок муніципальних партнерств у відбудову"),),
           place="Онлайн"),
    _Visit("regional_policy", D.ONLINE, "09-25",
           "Онлайн-дискусія щодо європейської регіональної політики",
           "Online discussion on EU regional policy", "", "1.3", "gudz/head lukianchuk", None,
           (_I(0, "15:00", 90, "vconf", "Регіональна політика ЄС: можливості і перспективи"),),
           place="Онлайн"),
    _Visit("investment_congress", D.ONLINE, "10-31",
           "Перший Закордонний Інвестиційний Конгрес (онлайн)",
           "First Foreign Investment Congress (online)", "", "1.10", "head_economy/head park_ceo",
           V.ONLINE_MEETING,
           (_I(0, "09:30", 30, "vconf", "Технічна перевірка зв’язку"),
            _I(0, "10:00", 180, "vconf",
               "Конгрес: рівні умови і прозорі правила для іноземного капіталу")),
           place="Онлайн"),
    _Visit("valmiera", D.ONLINE, "11-22", "Онлайн-захід «Шлях латвійського міста Валмієра до ЄС»",
           "Valmiera's road to the EU (online)", "", "1.8", "gudz/head lukianchuk",
           V.ONLINE_MEETING,
           (_I(0, "11:00", 90, "vconf", "Інтеграція, євростандарти та співпраця з фондами"),),
           place="Онлайн"),
    _Visit("prague6_council", D.ONLINE, "12-16",
           "Виступ міського голови на засіданні Ради Праги 6 (онлайн)",
           "The Mayor addresses the Prague 6 Council (online)", "prague6", "1.2 2.1",
           "mayor/head dvorak int_cs/interpreter zaika/protocol_officer press/press",
           V.ONLINE_MEETING,
           (_I(0, "16:30", 30, "vconf", "Технічна перевірка зв’язку"),
            _I(0, "17:00", 30, "vconf", "Виступ міського голови на засіданні Ради Праги 6", "",
               "b")),
           place="Онлайн", notes="Рада Праги 6 розглядає гуманітарну допомогу Хмельницькому."),
)  # fmt: skip

# Hand-made tasks: visit, title, English title, category, anchor and offset, assignee.
_EXTRA_TASKS: tuple[tuple[str, str, str, TaskCategory, TaskAnchor, int, str], ...] = (
    ("prague6_cityday", "Лист подяки Раді Праги 6 за генератори",
     "Thank the Prague 6 Council for the generators", TaskCategory.FOLLOW_UP,
     TaskAnchor.DEPARTURE, 3, "head_dept"),
    ("eu_nefco_jun", "Фотозвіт з об’єктів для Представництва ЄС",
     "Photo report of the sites for the EU Delegation", TaskCategory.FOLLOW_UP,
     TaskAnchor.DEPARTURE, 5, "gudz"),
    ("cairo_wuf", "Інформація про участь у WUF12 для сесії міської ради",
     "Report on WUF12 for the council session", TaskCategory.FOLLOW_UP, TaskAnchor.DEPARTURE, 10,
     "lukianchuk"),
    ("stuttgart_twins", "Презентація Хмельницького на тему «Екологія»",
     "Khmelnytskyi presentation on ecology", TaskCategory.PROGRAMME, TaskAnchor.ARRIVAL, -3,
     "eco_head"),
    ("nefco_dec", "Каски та сигнальні жилети для візиту на будмайданчик",
     "Helmets and vests for the site visit", TaskCategory.SECURITY, TaskAnchor.ARRIVAL, -1,
     "zaika"),
)  # fmt: skip

# --- Activities that are not visits (the rest of the seed report) ------------------------------

# dates ("MM-DD" or "MM-DD/MM-DD"), kind, measures, partners, text, text in English, link.
# Measures 1.7 and 1.9 have nothing, as in the seed report ("Заходи не здійснювались."); the
# online summit of 11 April and the Mayor's address to the Prague 6 Council are visits above.
_ACTIVITIES: tuple[tuple[str, ActivityKind, str, str, str, str, str], ...] = (
    ("01-08/12-20", ActivityKind.PUBLICATION, "2.5", "",
     "інформація про заходи міжнародного співробітництва постійно розміщувалася на офіційній "
     "сторінці Хмельницької міської ради та у мережі Facebook",
     "news of the international cooperation events was posted regularly on the City Council's "
     "official website and Facebook page", "https://khm.gov.ua"),
    ("02-14", ActivityKind.OTHER, "1.10", "htw_dresden",
     "хмельницькі університети спільно з Дрезденським університетом прикладних наук "
     "розпочали участь у проєкті U_CAN – Towards Ukrainian Carbon Neutral Cities і отримали "
     "грантове фінансування на мережу підтримки міст на шляху до нульових викидів",
     "Khmelnytskyi's universities joined the U_CAN project (Towards Ukrainian Carbon Neutral "
     "Cities) with the Dresden University of Applied Sciences and received grant funding for "
     "a network supporting cities on their way to zero emissions", ""),
    ("02-20", ActivityKind.PLATFORM_UPDATE, "2.1", "",
     "актуалізовано інформацію на онлайн платформі міст-побратимів, яка містить VR простір "
     "для промоції міста та VR локації міст-побратимів (з розміщенням панорам, фото-, "
     "відеоматеріалів, переходом на інтернет-ресурси партнерів)",
     "the twin cities' online platform was updated: its VR space promotes the city and shows "
     "VR locations of the twin cities (panoramas, photos, videos, links to the partners' "
     "websites)", "https://khm.ileyes.com/"),
    ("03-27", ActivityKind.PUBLICATION, "2.4", "eurocities",
     "на офіційному вебсайті Асоціації європейських міст – Eurocities створено профіль міста "
     "Хмельницького, який розповідає про інвестиційні переваги, проєкти та можливості "
     "співпраці з містом та громадою",
     "a profile of Khmelnytskyi was published on the website of Eurocities, the association of "
     "European cities, presenting the city's investment advantages, projects and opportunities "
     "for cooperation", "http://surl.li/oarixr"),
    ("04-22", ActivityKind.PUBLICATION, "2.4", "",
     "з метою залучення до співпраці європейських партнерів на платформі Cities4Cities | "
     "United4Ukraine розміщено вичерпну інформацію про Хмельницьку міську територіальну громаду",
     "to attract European partners, full information on the Khmelnytskyi city community was "
     "published on the Cities4Cities | United4Ukraine platform", "http://surl.li/zghetx"),
    ("05-09", ActivityKind.PLATFORM_UPDATE, "2.3", "",
     "оновлено вебсторінку віртуального Призу Європи, володарем якого місто Хмельницький стало "
     "у 2021 році; QR-код для переходу на вебсторінку розміщено на пам’ятній табличці в "
     "центральній частині міста",
     "the web page of the virtual Prize of Europe, awarded to Khmelnytskyi in 2021, was "
     "updated; a QR code leading to it is on the memorial plaque in the city centre",
     "https://khm.ileyes.com/euprize"),
    ("07-16", ActivityKind.PUBLICATION, "2.6", "dresden",
     "Єдине національне інформаційне агентство України «Укрінформ» опублікувало статтю про "
     "м. Хмельницький та фотовиставку «Хмельницький під час війни», яка діє у м. Дрезден",
     "Ukrinform, the national news agency of Ukraine, published an article on Khmelnytskyi and "
     "the photo exhibition “Khmelnytskyi in wartime” on show in Dresden",
     "http://surl.li/sjeos"),
    ("08-14", ActivityKind.PUBLICATION, "2.6", "",
     "на сайтах Американської торговельної палати в Україні (http://surl.li/hdkhir) та "
     "Європейської Бізнес Асоціації (http://surl.li/zvhvrd) висвітлено інформацію про "
     "підписання знакової для Хмельницького угоди про рекультивацію полігону та будівництво "
     "нового сміттєзвалища",
     "the American Chamber of Commerce in Ukraine (http://surl.li/hdkhir) and the European "
     "Business Association (http://surl.li/zvhvrd) reported the signing of the landmark "
     "agreement on the reclamation of Khmelnytskyi's landfill and the building of a new one",
     "http://surl.li/hdkhir"),
    ("11-05", ActivityKind.PUBLICATION, "1.12 2.6", "embassy_de",
     "презентаційні матеріали про економічний потенціал Хмельницької міської територіальної "
     "громади поширено серед іноземних дипломатичних представництв та посольств України за "
     "кордоном",
     "presentation materials on the economic potential of the Khmelnytskyi city community "
     "were sent to foreign diplomatic missions and to Ukraine's embassies abroad", ""),
)  # fmt: skip


# --- Souvenirs and gifts (measure 2.2) ------------------------------------------------------------

# key, name, name in English, category, unit cost (UAH), supplier, reorder level
_GIFT_ITEMS: tuple[tuple[str, str, str, str, str, str, int], ...] = (
    ("notebook", "Брендований блокнот з ручкою в тубусі", "Branded notebook with a pen in a tube",
     "канцелярія", "385.00", "ТОВ «Поділля-Принт»", 20),
    ("ceramic", "Керамічна картина «Хмельницький»", "Ceramic painting “Khmelnytskyi”",
     "мистецтво", "1850.00", "Майстерня художньої кераміки «Глина і вогонь»", 3),
    ("tea", "Подарунковий набір для чаю з гравіюванням", "Engraved tea gift set",
     "подарункові набори", "1240.00", "ФОП Лисенко Т. М.", 5),
    ("giftset", "Подарунковий набір з символікою міста", "Gift set with the city's symbols",
     "подарункові набори", "860.00", "ТОВ «Сувенір-Поділля»", 10),
    ("box", "Подарункова скринька з символікою міста", "Gift box with the city's symbols",
     "подарункові набори", "640.00", "ТОВ «Сувенір-Поділля»", 10),
    ("keychain", "Брелок з символікою міста", "Keychain with the city's symbols",
     "дрібні сувеніри", "95.00", "ТОВ «Сувенір-Поділля»", 30),
    ("vyshyvanka_m", "Вишиванка чоловіча", "Embroidered shirt (vyshyvanka), men's", "текстиль",
     "2950.00", "ТОВ «Вишиванка Поділля»", 2),
    ("vyshyvanka_w", "Вишиванка жіноча", "Embroidered shirt (vyshyvanka), women's", "текстиль",
     "3100.00", "ТОВ «Вишиванка Поділля»", 2),
    ("painting", "Картина «Хмельницький травневий»", "Painting “Khmelnytskyi in May”",
     "мистецтво", "4500.00", "ФОП Лісовий А. Р. (авторська робота)", 1),
    ("rushnyk", "Рушник вишитий", "Embroidered towel (rushnyk)", "текстиль", "2400.00",
     "ФОП Ковальська Г. І.", 1),
    ("greetings", "Подарунковий набір «Вітання з Хмельницького»",
     "“Greetings from Khmelnytskyi” gift set", "подарункові набори", "720.00",
     "ТОВ «Подільські смаколики»", 10),
    ("brooch", "Брошка з символікою України", "Brooch with Ukrainian symbols", "дрібні сувеніри",
     "180.00", "ФОП Дорош О. В.", 20),
    ("chips", "Фруктові чіпси місцевого виробництва", "Local fruit chips", "продукти", "120.00",
     "ФГ «Сад Поділля»", 30),
    ("sweets", "Цукерки «Подільські» в подарунковій коробці", "Boxed sweets", "продукти",
     "260.00", "ТОВ «Подільські смаколики»", 20),
)  # fmt: skip

# month, day, item, quantity
_PURCHASES: tuple[tuple[int, int, str, int], ...] = (
    (1, 15, "notebook", 30), (1, 15, "keychain", 30), (1, 15, "brooch", 25),
    (1, 16, "giftset", 10), (1, 16, "box", 15), (1, 18, "tea", 6), (1, 18, "ceramic", 5),
    (1, 22, "rushnyk", 2), (1, 22, "painting", 2), (1, 22, "greetings", 10),
    (4, 10, "chips", 40), (4, 10, "sweets", 25), (4, 15, "greetings", 10),
    (5, 20, "vyshyvanka_m", 2), (5, 20, "vyshyvanka_w", 2), (5, 22, "notebook", 25),
    (9, 2, "ceramic", 3), (9, 2, "giftset", 10), (9, 5, "keychain", 20), (9, 5, "chips", 30),
    (9, 5, "sweets", 20), (9, 10, "painting", 2), (9, 10, "tea", 4), (9, 10, "box", 10),
    (10, 21, "notebook", 20), (10, 21, "greetings", 10), (11, 4, "brooch", 20),
    (11, 4, "rushnyk", 1),
)  # fmt: skip

# The main protocol gift of a visit, recorded in the gift register too: visit, item, person.
_MAIN_GIFTS: tuple[tuple[str, str, str], ...] = (
    ("us_congress", "greetings", "thompson"),
    ("dresden_mar", "rushnyk", "lehmann"),
    ("prague_mar", "ceramic", "dvorak"),
    ("taipei", "tea", "wang"),
    ("eu_nefco_jun", "ceramic", "dubois"),
    ("kalyna_silistra", "giftset", "iliev"),
    ("prague6_cityday", "painting", "dvorak"),
    ("prague6_cityday", "vyshyvanka_w", "novakova"),
    ("uaid", "tea", "miller"),
    ("washington_csis", "ceramic", "carter"),
    ("stuttgart_civic", "painting", "hoffmann"),
    ("cairo_wuf", "ceramic", "hassan"),
    ("warsaw_taiwan", "tea", "lin"),
    ("stuttgart_twins", "painting", "weber"),
    ("haering", "vyshyvanka_m", "keller"),
)

# Gifts received by the council's officials: visit, day, description, giver, recipient, value.
_RECEIVED: tuple[tuple[str, int, str, str, str, str], ...] = (
    ("dresden_mar", 0, "Порцелянова ваза Майсенської мануфактури", "lehmann", "mayor", "9800.00"),
    ("taipei", 1, "Набір тайванського чаю улун", "huang", "dep_first", "1400.00"),
    ("prague6_cityday", 0, "Фотоальбом «Praha 6» з автографами", "dvorak", "mayor", "650.00"),
    ("stuttgart_civic", 0, "Книга «Stuttgart» і керамічна кружка", "hoffmann", "dep_social",
     "420.00"),
    ("cairo_wuf", 1, "Сувенірна статуетка (копія)", "hassan", "dep_first", "900.00"),
)  # fmt: skip

_WRITE_OFF = (10, 15, "ceramic", 1, "Пошкоджено під час транспортування: тріщина на кераміці")
_STOCK_TAKE = (11, 15, "keychain", -2)  # the count found two keychains fewer than the books

# --- Writing --------------------------------------------------------------------------------------


def _fill(text: str, year: int) -> str:
    return text.replace("{year}", str(year)).replace("{next}", str(year + 1))


def _dates(spec: str, year: int) -> tuple[date, date]:
    first, _, last = spec.partition("/")
    month, day = (int(x) for x in first.split("-"))
    start = date(year, month, day)
    if not last:
        return start, start
    month, day = (int(x) for x in last.split("-"))
    return start, date(year, month, day)


def _moment(day: date, clock: str, zone: str) -> datetime:
    """``clock`` is "HH:MM" or "-1 HH:MM" (a day before ``day``)."""
    offset, _, hhmm = clock.rpartition(" ")
    hour, minute = (int(x) for x in hhmm.split(":"))
    return at(day + timedelta(days=int(offset or 0)), hour, minute, zone)


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("'", "").replace("’", "")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c in "-")


def _email(given: str, family: str, organisation: str) -> str:
    domain = organisation.replace("_", "-")
    return f"{_ascii(given)[:1]}.{_ascii(family)}@{domain}.{MAIL_DOMAIN}"


def _phone(rng: random.Random, country: str) -> str:
    """A number that looks right but reaches nobody: subscriber numbers starting with 000 are
    not given out."""
    if country == "UA":
        operator = rng.choice(("50", "63", "66", "67", "68", "73", "93", "95", "97", "98"))
        return f"+380 {operator} 000 {rng.randint(10, 99)} {rng.randint(10, 99)}"
    code = _PHONE_CODES.get(country, "+1")
    return f"{code} 000 000 {rng.randint(100, 999)}"


def _passport(rng: random.Random, person: Person, year: int) -> Person:
    country = person.country or "UA"
    letters = "ABCEFHKMNPTX"
    if country == "UA":
        number = f"F{rng.choice(letters)}{rng.randint(100000, 999999)}"
    elif country == "DE":
        number = f"C{rng.choice(letters)}{rng.randint(1000000, 9999999)}"
    else:
        number = str(rng.randint(10_000_000, 99_999_999))
    return replace(
        person,
        passport_name=f"{_ascii(person.family_name_latin).upper()} "
        f"{_ascii(person.given_names_latin).upper()}",
        passport_number=number,
        passport_country=country,
        passport_expires_on=date(year + rng.randint(1, 8), rng.randint(1, 12), rng.randint(1, 28)),
        birth_date=date(year - rng.randint(28, 63), rng.randint(1, 12), rng.randint(1, 28)),
    )


def _status(visit: _Visit, start: date, end: date, today: date) -> DelegationStatus:
    if visit.status is not None:
        return visit.status
    if end < today:
        return DelegationStatus.COMPLETED
    if start - today <= timedelta(days=14):
        return DelegationStatus.CONFIRMED
    return DelegationStatus.PLANNED


_AGENDA_STATUS = {
    DelegationStatus.DRAFT: AgendaStatus.PLANNED,
    DelegationStatus.PLANNED: AgendaStatus.PLANNED,
    DelegationStatus.CONFIRMED: AgendaStatus.CONFIRMED,
    DelegationStatus.COMPLETED: AgendaStatus.DONE,
    DelegationStatus.CANCELLED: AgendaStatus.CANCELLED,
}
_TRAVELLERS_IN = frozenset({R.HEAD, R.DEPUTY_HEAD, R.MEMBER, R.EXPERT})
_ALWAYS_ATTEND = frozenset({R.HEAD, R.DEPUTY_HEAD, R.HOST_OFFICIAL, R.INTERPRETER})


class _Writer:
    """Writes the demo through the public services, remembering the ids it was given."""

    def __init__(self, db: Database, year: int, today: date) -> None:
        self.db, self.year, self.today = db, year, today
        self.rng = random.Random(f"delegation-planner-demo-{year}")
        self.partner: dict[str, int] = {}
        self.venue: dict[str, int] = {}
        self.person: dict[str, Person] = {}
        self.visit: dict[str, Delegation] = {}
        self.roles: dict[str, list[tuple[str, ParticipantRole]]] = {}
        self.item: dict[str, GiftItem] = {}
        self.counts = dict.fromkeys(
            ("agreements", "agenda_items", "movements", "tasks", "activities"), 0
        )
        self._programme_of_the_year()
        measures = programmes.measures_by_code(db, year)
        self.measure = {code: m.id for code, m in measures.items() if m.id is not None}

    def write(self) -> DemoSummary:
        settings.save_settings(self.db, _SETTINGS, settings.get_settings(self.db))
        self.partners()
        self.venues()
        self.people()
        templates = {t.visit_kind: t.id for t in checklists.list_templates(self.db)}
        for visit in _VISITS:
            self.delegation(visit, templates)
        self.gifts()
        self.write_activities()
        return DemoSummary(
            delegations=len(self.visit), agenda_items=self.counts["agenda_items"],
            people=len(self.person), partners=len(self.partner),
            agreements=self.counts["agreements"], gift_items=len(self.item),
            movements=self.counts["movements"], tasks=self.counts["tasks"],
            activities=self.counts["activities"],
        )  # fmt: skip

    def _programme_of_the_year(self) -> None:
        """A year no programme covers gets one: the default programme's measures for the five
        years from the demo year (up to the next programme), its title's years replaced."""
        known = programmes.list_programmes(self.db)
        if not known or any(p.start_year <= self.year <= p.end_year for p in known):
            return
        source = min(known, key=lambda p: abs(p.start_year - self.year))
        later = [p.start_year for p in known if p.start_year > self.year]
        end = min([self.year + 4, *(start - 1 for start in later)])
        old, new = f"{source.start_year}-{source.end_year}", f"{self.year}-{end}"
        assert source.id is not None
        programmes.copy_programme(
            self.db, source.id, source.title_uk.replace(old, new),
            source.title_en.replace(old, new), self.year, end,
        )  # fmt: skip

    def write_activities(self) -> None:
        for dates, kind, codes, partner_keys, text_uk, text_en, link in _ACTIVITIES:
            start, end = _dates(dates, self.year)
            activities.save_activity(self.db, Activity(
                kind=kind, held_on=start, ends_on=end if end != start else None,
                text_uk=text_uk, text_en=text_en, link=link,
                measure_ids=tuple(self.measure[code] for code in codes.split()),
                partner_ids=tuple(self.partner[key] for key in partner_keys.split()),
            ))  # fmt: skip
            self.counts["activities"] += 1

    def partners(self) -> None:
        for key, name_uk, name_en, native, kind, country, city, website in _PARTNERS:
            saved = partners.save_partner(self.db, Partner(
                name_uk=name_uk, kind=kind, name_en=name_en, name_native=native,
                country=country, city=city, website=website, notes=_PARTNER_NOTES.get(key, ""),
            ))  # fmt: skip
            assert saved.id is not None
            self.partner[key] = saved.id
        for key, agreement_kind, title, signed, until, areas, status, reference, by in _AGREEMENTS:
            signed_on = self._years_ago(signed)
            notes = ""
            if signed_on is not None and signed_on > self.today:
                notes = f"Підписання заплановано на {signed_on:%d.%m.%Y}."
                signed_on, status = None, AgreementStatus.DRAFT
            partners.save_agreement(self.db, Agreement(
                partner_id=self.partner[key], kind=agreement_kind, title=title, signed_on=signed_on,
                valid_until=self._years_ago(until), areas=tuple(areas.split("; ")),
                status=status, document_reference=reference, facilitated_by=by, notes=notes,
            ))  # fmt: skip
            self.counts["agreements"] += 1

    def _years_ago(self, when: tuple[int, int, int] | None) -> date | None:
        if when is None:
            return None
        years, month, day = when
        return date(self.year - years, month, day)

    def venues(self) -> None:
        for key, name, name_en, address, city, capacity in _VENUES:
            saved = venues.save_venue(self.db, Venue(
                name=name, name_en=name_en, address=address, city=city, capacity=capacity,
            ))  # fmt: skip
            assert saved.id is not None
            self.venue[key] = saved.id

    def people(self) -> None:
        rng = self.rng
        for key, family, given, position, position_en, langs, org in _UKRAINIANS:
            partner_id = self.partner.get(org)
            organisation = org if partner_id is None else _partner_name(org)
            domain = (
                org if partner_id is not None else "khmelnytskyi" if org else "khmelnytskyi-rada"
            )
            self._save_person(key, Person(
                family_name=family, given_names=given,
                family_name_latin=transliterate(family), given_names_latin=transliterate(given),
                position=position, position_en=position_en,
                organisation=organisation or COUNCIL, partner_id=partner_id, country="UA",
                languages=tuple(langs.split()),
                email="" if key in _NO_EMAIL else _email(transliterate(given),
                                                         transliterate(family), domain),
                phone=_phone(rng, "UA"),
            ))  # fmt: skip
        for (key, org, country, family_latin, given_latin, family, given, honorific, position,
             position_en, langs) in _FOREIGNERS:  # fmt: skip
            partner_id = self.partner.get(org)
            self._save_person(key, Person(
                family_name=family, given_names=given, family_name_latin=family_latin,
                given_names_latin=given_latin, honorific=honorific, position=position,
                position_en=position_en,
                organisation=_partner_name(org) if partner_id is not None else org,
                partner_id=partner_id, country=country, languages=tuple(langs.split()),
                email=_email(given_latin, family_latin, org if partner_id else "guests"),
                phone=_phone(rng, country) if rng.random() < 0.8 else "",
            ))  # fmt: skip

    def _save_person(self, key: str, person: Person) -> None:
        dietary, accessibility = _NEEDS.get(key, ("", ""))
        person = replace(person, dietary_needs=dietary, accessibility_needs=accessibility)
        if key in _PASSPORTS:
            person = _passport(self.rng, person, self.year)
        self.person[key] = people.save_person(self.db, person)

    def _guest(self, key: str, role: ParticipantRole) -> bool:
        """Whether someone at an incoming visit is one of the guests (who travel, stay at the
        hotel and receive gifts): guests' roles, and the foreigners among the rest."""
        return role in _TRAVELLERS_IN or self.person[key].country != "UA"

    def _pid(self, key: str) -> int:
        person_id = self.person[key].id
        assert person_id is not None
        return person_id

    def delegation(self, visit: _Visit, templates: dict[VisitKind, int | None]) -> None:
        start, end = _dates(visit.dates, self.year)
        status = _status(visit, start, end, self.today)
        cast = [
            (key, R(role or "member"))
            for key, _, role in (token.partition("/") for token in visit.people.split())
        ]
        officer = next((k for k, _ in cast if k in _DEPARTMENT), "zaika")
        saved = delegations.save_delegation(self.db, Delegation(
            direction=visit.direction, title_uk=_fill(visit.title_uk, self.year),
            title_en=_fill(visit.title_en, self.year), start_date=start, end_date=end,
            purpose=visit.purpose, timezone=visit.zone, place=visit.place,
            country=visit.country,
            status=DelegationStatus.PLANNED if status is DelegationStatus.CANCELLED else status,
            responsible_officer=self.person[officer].display_name, notes=visit.notes,
            partner_ids=tuple(self.partner[p] for p in visit.partners.split()),
            measure_ids=tuple(self.measure[m] for m in visit.measures.split()),
        ))  # fmt: skip
        assert saved.id is not None
        self.visit[visit.key] = saved
        self.roles[visit.key] = cast
        for key, role in cast:
            self._participate(visit, saved, key, role, start, end)
        for item in visit.agenda:
            self._agenda_item(visit, saved, item, cast, start, _AGENDA_STATUS[status])
        template_id = templates.get(visit.template) if visit.template is not None else None
        if template_id is not None:
            tasks = checklists.apply_template(self.db, saved.id, template_id)
            self.counts["tasks"] += len(tasks)
            if status is not DelegationStatus.CANCELLED:
                for task in tasks:
                    self._progress(task, status)
        if status is DelegationStatus.CANCELLED:
            # Cancelling closes the open checklist tasks as cancelled (the service does it).
            self.visit[visit.key] = delegations.save_delegation(
                self.db, replace(saved, status=status)
            )
        for task_visit, title, title_en, category, anchor, offset, assignee in _EXTRA_TASKS:
            if task_visit == visit.key:
                self._extra_task(saved, status, title, title_en, category, anchor, offset,
                                 assignee)  # fmt: skip

    def _participate(
        self, visit: _Visit, delegation: Delegation, key: str, role: ParticipantRole,
        start: date, end: date,
    ) -> None:  # fmt: skip
        assert delegation.id is not None
        trip = visit.trip
        travels = trip is not None and (
            self._guest(key, role) if visit.direction is D.INCOMING else role is not R.HOST_OFFICIAL
        )
        participation = Participation(delegation_id=delegation.id, person_id=self._pid(key),
                                      role=role)  # fmt: skip
        if travels and trip is not None:
            arrive_kind, _, arrive_number = trip.arrive_by.partition(" ")
            leave_kind, _, leave_number = trip.leave_by.partition(" ")
            participation = replace(
                participation,
                arrival_transport=TransportKind(arrive_kind), arrival_number=arrive_number,
                arrival_at=_moment(start, trip.arrive_at, visit.zone), arrival_place=trip.place,
                departure_transport=TransportKind(leave_kind), departure_number=leave_number,
                departure_at=_moment(end, trip.leave_at, visit.zone), departure_place=trip.place,
                hotel=trip.hotel,
                notes="Номер, доступний для крісла колісного" if key == "becker" else "",
            )  # fmt: skip
        people.save_participation(self.db, participation)

    def _agenda_item(
        self, visit: _Visit, delegation: Delegation, item: _Item,
        cast: list[tuple[str, ParticipantRole]], start: date, status: AgendaStatus,
    ) -> None:  # fmt: skip
        assert delegation.id is not None
        rng = self.rng
        codes = item.extra.split()
        dress = next((_DRESS[c] for c in codes if c in _DRESS), "")
        transport = next((_TRANSPORT[c] for c in codes if c in _TRANSPORT), "")
        attendees = [
            key
            for key, role in cast
            if role in _ALWAYS_ATTEND
            or (role is R.DRIVER and not {"bus", "car"}.isdisjoint(codes))
            or (role is not R.DRIVER and rng.random() < 0.75)
        ]
        staff = [key for key, _ in cast if key in _DEPARTMENT] or ["zaika"]
        responsible = rng.choice(staff) if rng.random() < 0.85 else None
        day = start + timedelta(days=item.day)
        begins = _moment(day, item.start, visit.zone)
        ends = begins + timedelta(minutes=item.minutes)
        if status is AgendaStatus.CONFIRMED and ends.date() < self.today:
            status = AgendaStatus.DONE  # the first days of a visit still under way
        agenda.save_agenda_item(self.db, AgendaItem(
            delegation_id=delegation.id, starts_at=begins, ends_at=ends,
            title_uk=_fill(item.title_uk, self.year), title_en=_fill(item.title_en, self.year),
            venue_id=self.venue[item.venue],
            responsible_person_id=self._pid(responsible) if responsible else None,
            attendee_person_ids=tuple(sorted({self._pid(k) for k in attendees})),
            dress_code=dress, transport=transport, status=status,
        ))  # fmt: skip
        self.counts["agenda_items"] += 1

    def _progress(self, task: Task, status: DelegationStatus) -> None:
        """Tick off what a real office would have done by ``today``; leave the rest open."""
        assert task.id is not None
        rng, today = self.rng, self.today
        if task.due_on <= today:
            done = rng.random() < (0.97 if status is DelegationStatus.COMPLETED else 0.6)
        else:
            done = rng.random() < 0.1
        if not done:
            return
        if rng.random() < 0.08:
            done_on = task.due_on + timedelta(days=rng.randint(1, 3))
        else:
            done_on = task.due_on - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3, 5)))
        checklists.mark_task_done(self.db, task.id, task.version, min(done_on, today))

    def _extra_task(
        self, delegation: Delegation, status: DelegationStatus, title: str, title_en: str,
        category: TaskCategory, anchor: TaskAnchor, offset: int, assignee: str,
    ) -> None:  # fmt: skip
        assert delegation.id is not None
        base = delegation.start_date if anchor is TaskAnchor.ARRIVAL else delegation.end_date
        due = base + timedelta(days=offset)
        done = status is DelegationStatus.COMPLETED and due <= self.today
        checklists.save_task(self.db, Task(
            delegation_id=delegation.id, title_uk=title, title_en=title_en, due_on=due,
            category=category, anchor=anchor, offset_days=offset,
            assignee=self.person[assignee].display_name,
            status=TaskStatus.DONE if done else TaskStatus.OPEN,
            done_on=due - timedelta(days=1) if done else None,
        ))  # fmt: skip
        self.counts["tasks"] += 1

    # Souvenir stock: every movement goes through the services in date order, so the stock is
    # never below zero; a hand-out takes what is left when the stock runs short.

    def gifts(self) -> None:
        today = self.today
        measure_id = self.measure.get("2.2")
        for key, name, name_en, category, cost, supplier, reorder in _GIFT_ITEMS:
            self.item[key] = gifts.save_gift_item(self.db, GiftItem(
                name_uk=name, name_en=name_en, category=category,
                category_en=CATEGORIES_EN.get(category, ""), unit_cost=Decimal(cost),
                supplier=supplier, reorder_level=reorder,
            ))  # fmt: skip
        # (day, order, action, item, quantity, visit, person, partner, text)
        events: list[tuple[date, int, str, str, int, str, str, str, str]] = []
        # The purchases of one day come on one delivery note (one record of the report).
        days = sorted({(month, day) for month, day, _, _ in _PURCHASES})
        for month, day, item, quantity in _PURCHASES:
            number = days.index((month, day)) + 1
            events.append((date(self.year, month, day), 0, "buy", item, quantity, "", "", "",
                           f"ВН-{number:03d}/{self.year % 100:02d}"))  # fmt: skip
        for planned in _VISITS:
            events.extend(self._hand_outs(planned))
        month, day, item, quantity, reason = _WRITE_OFF
        events.append((date(self.year, month, day), 2, "write_off", item, quantity, "", "", "",
                       reason))  # fmt: skip
        month, day, item, difference = _STOCK_TAKE
        events.append((date(self.year, month, day), 3, "count", item, difference, "", "", "", ""))
        stock = dict.fromkeys(self.item, 0)
        for on, _, action, item, quantity, visit, person, partner, text in sorted(
            events, key=lambda e: (e[0], e[1])
        ):
            item_id = self.item[item].id
            assert item_id is not None
            if action == "hand_out":
                # The visit's gifts are planned per recipient; those of visits already made
                # are handed out (the stock movement and the register entry at once).
                if on <= today:
                    quantity = min(quantity, stock[item])  # never needed with the tables above
                    if quantity <= 0:
                        continue
                visit_id = self.visit[visit].id
                assert visit_id is not None
                plan = planned_gifts.save_planned_gift(self.db, PlannedGift(
                    delegation_id=visit_id, item_id=item_id, quantity=quantity,
                    on=on, recipient_person_id=self._pid(person) if person else None,
                    recipient_partner_id=self.partner[partner] if partner else None,
                    occasion=self.visit[visit].title_uk if text == "main" else "",
                ))  # fmt: skip
                if on <= today:
                    assert plan.id is not None
                    planned_gifts.hand_out_planned(self.db, plan.id, plan.version)
                    stock[item] -= quantity
                    self.counts["movements"] += 1
                continue
            if on > today:
                continue
            if action == "buy":
                gifts.record_purchase(
                    self.db, item_id, on, quantity, self.item[item].unit_cost,
                    supplier=self.item[item].supplier, document_number=text,
                    measure_id=measure_id,
                )  # fmt: skip
                stock[item] += quantity
            elif action == "count":
                counted = max(stock[item] + quantity, 0)
                gifts.stock_take(self.db, item_id, on, counted)
                stock[item] = counted
            else:
                quantity = min(quantity, stock[item])  # never needed with the tables above
                if quantity <= 0:
                    continue
                gifts.write_off(self.db, item_id, on, quantity, text)
                stock[item] -= quantity
            self.counts["movements"] += 1
        for visit_key, day_offset, description, giver, recipient, value in _RECEIVED:
            self._gift_received(visit_key, day_offset, description, giver, recipient, value)

    def _hand_outs(
        self, visit: _Visit
    ) -> list[tuple[date, int, str, str, int, str, str, str, str]]:
        """What was handed out at a visit: the main gift, small ones to the other guests or
        hosts, and local sweets for the hosts of a youth or sports group."""
        delegation = self.visit[visit.key]
        if visit.direction is D.ONLINE or delegation.status in (
            DelegationStatus.CANCELLED, DelegationStatus.DRAFT,
        ):  # fmt: skip
            return []
        rng, on = self.rng, delegation.start_date
        recipients = [
            key
            for key, role in self.roles[visit.key]
            if (
                self._guest(key, role) if visit.direction is D.INCOMING else role is R.HOST_OFFICIAL
            )
        ]
        main = [(item, person) for v, item, person in _MAIN_GIFTS if v == visit.key]
        partner = visit.partners.split()[0] if visit.partners else ""
        out = [(on, 1, "hand_out", item, 1, visit.key, person, partner, "main")
               for item, person in main]  # fmt: skip
        given = {person for _, person in main}
        for position, person in enumerate(recipients):
            if person in given:
                continue
            if position == 0:
                small = rng.choice(("giftset", "box", "greetings"))
                out.append((on, 1, "hand_out", small, 1, visit.key, person, "", ""))
            out.append((on, 1, "hand_out", "notebook", 1, visit.key, person, "", ""))
            extra = rng.choice(("brooch", "keychain"))
            out.append((on, 1, "hand_out", extra, 1, visit.key, person, "", ""))
        if visit.template is V.YOUTH_OR_SPORTS and partner:
            out.append((on, 1, "hand_out", "chips", rng.randint(3, 6), visit.key, "", partner, ""))
            out.append((on, 1, "hand_out", "sweets", rng.randint(2, 4), visit.key, "", partner, ""))
        elif partner:
            for_partner = "greetings" if visit.direction is D.INCOMING else "box"
            out.append((on, 1, "hand_out", for_partner, 1, visit.key, "", partner, ""))
        return out

    def _gift_received(
        self, visit_key: str, day_offset: int, description: str, giver_key: str,
        recipient_key: str, value: str,
    ) -> None:  # fmt: skip
        delegation = self.visit[visit_key]
        on = delegation.start_date + timedelta(days=day_offset)
        if on > self.today or delegation.status is DelegationStatus.CANCELLED:
            return
        giver, recipient = self.person[giver_key], self.person[recipient_key]
        limit = gifts.gift_limit_on(self.db, on)
        exceeds = limit is not None and Decimal(value) > limit.per_gift
        # person_id is the counterpart (the giver); the recipient is our official.
        gifts.save_gift_record(self.db, GiftRecord(
            direction=GiftDirection.RECEIVED, on=on, description=description,
            occasion=delegation.title_uk, delegation_id=delegation.id,
            giver=f"{giver.display_name} ({giver.position})",
            recipient=f"{recipient.position} {recipient.display_name}",
            person_id=giver.id, partner_id=giver.partner_id, value=Decimal(value),
            exceeds_limit=exceeds, handed_over=exceeds,
            notes="Вартість перевищує законодавчий ліміт: подарунок передано у власність "
            "міської ради за актом приймання-передачі." if exceeds else "",
        ))  # fmt: skip


def _partner_name(key: str) -> str:
    return next(p[1] for p in _PARTNERS if p[0] == key)


def write_demo_year(db: Database, year: int, today: date | None = None) -> DemoSummary:
    """Fill a new, empty planner database with a realistic year of the office's work.

    The year follows the 2024 report of the cooperation programme with its dates moved to
    ``year``. ``today`` (by default 22 November of that year) decides what is already done:
    visits before it are completed, those within two weeks confirmed, later ones planned.
    The same arguments always write the same records.
    """
    if (
        delegations.count_delegations(db)
        or partners.list_partners(db)
        or people.list_people(db, limit=1)
    ):
        raise DatabaseProblem("db_not_empty")
    return _Writer(db, year, today or date(year, 11, 22)).write()

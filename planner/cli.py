"""The command line: ``planner demo | list | check | conflicts | export | import | print``
(later issues add report).

Errors a user can cause (a missing file, a bad date, an unknown id) print one clear line on
stderr in the user's language and exit non-zero; only defects keep their traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from planner import __version__
from planner.domain.errors import DatabaseProblem, PlannerError, ValidationError
from planner.domain.messages import Language, default_language, enum_label
from planner.domain.rules import parse_date
from planner.domain.zones import today_in_kyiv
from planner.services import agenda, checklists, delegations, gifts, integrity, partners, people
from planner.storage.database import (
    Database,
    database_url,
    default_database_path,
    open_database,
    sqlite_file,
)

if TYPE_CHECKING:
    from planner.domain.calendar_import import ImportPreview

EXIT_OK = 0
EXIT_PROBLEM = 1  # what was asked for found something wrong (e.g. ``check``)
EXIT_USAGE = 2  # the user's input was wrong: nothing was done

LIST_KINDS = ("delegations", "people", "partners", "agenda", "gifts", "tasks")
EXPORT_KINDS = ("ics", "inventory")
PRINT_KINDS = ("programme", "participants", "badges", "tent-cards", "checklist")
# Documents of the gift stock, not of one delegation: they take no --delegation.
GIFT_PRINT_KINDS = ("inventory", "gift-register")
# The gift list of one visit: it takes --delegation, and is printed in uk or en.
GIFT_LIST_KIND = "gift-list"


def _year(text: str) -> int:
    if not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"{text!r}: a year from 2000 to 2100")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="URL_OR_PATH", default=argparse.SUPPRESS,
        help="SQLite file or SQLAlchemy URL (default: the planner's own database)",
    )  # fmt: skip
    common.add_argument("--lang", choices=("uk", "en"), default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="planner",
        description="Delegation planner of the international cooperation department. "
        "Without a command it opens the application.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="write the demo year into a new database"
    )
    demo.add_argument("--year", type=_year, default=today_in_kyiv().year,
                      help="the year to write (default: this year)")  # fmt: skip

    listing = commands.add_parser("list", parents=[common], help="list records as a table or JSON")
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true", help="a JSON array of objects")
    listing.add_argument("--search", default="", help="only records matching this text")
    listing.add_argument("--delegation", type=int, help="agenda, tasks: of this delegation only")
    listing.add_argument("--from", dest="first", help="agenda: from this day (YYYY-MM-DD)")
    listing.add_argument("--to", dest="last", help="agenda: to this day (YYYY-MM-DD)")
    listing.add_argument("--overdue", action="store_true", help="tasks: open ones past due")
    listing.add_argument("--upcoming", type=int, metavar="DAYS",
                         help="tasks: open ones due from today to DAYS days ahead")  # fmt: skip
    listing.add_argument("--assignee", default="", help="tasks: of this assignee only")
    listing.add_argument("--as-of", dest="as_of", help="gifts: stock on this day (YYYY-MM-DD)")

    export = commands.add_parser("export", parents=[common], help="write records to a file")
    export.add_argument("kind", choices=EXPORT_KINDS,
                        help="ics: an iCalendar file of the visits; inventory: the gift stock "
                        "as an .xlsx workbook")  # fmt: skip
    export.add_argument(
        "--as-of", dest="as_of", help="inventory: stock on this day (YYYY-MM-DD, default today)"
    )
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--delegation", type=int, help="ics: this delegation only")
    export.add_argument("--person", type=int, help="ics: this person's itinerary only")
    export.add_argument("--from", dest="first", help="ics: from this day (YYYY-MM-DD)")
    export.add_argument("--to", dest="last", help="ics: to this day (YYYY-MM-DD)")
    export.add_argument(
        "--utc", action="store_true", help="ics: every time in UTC, for old clients"
    )
    export.add_argument("--with-contacts", dest="with_contacts", action="store_true",
                        help="ics: people's phones and e-mails in the descriptions")  # fmt: skip
    export.add_argument("--tasks", action=argparse.BooleanOptionalAction, default=True,
                        help="ics: the checklist tasks as to-dos (default: yes; never in "
                        "a person's itinerary)")  # fmt: skip

    check = commands.add_parser("check", parents=[common], help="integrity and consistency report")
    check.add_argument("--json", action="store_true")

    importing = commands.add_parser(
        "import", parents=[common], help="import a calendar file into a visit's programme"
    )
    importing.add_argument("format", choices=("ics",), help="the file's format (iCalendar)")
    importing.add_argument("file", help="the calendar file, e.g. programme.ics")
    importing.add_argument("--delegation", type=int,
                           help="into this delegation (default: a new one, titled from the "
                           "calendar's name)")  # fmt: skip
    importing.add_argument("--dry-run", action="store_true",
                           help="only show what the import would do; write nothing")  # fmt: skip

    clashes = commands.add_parser(
        "conflicts", parents=[common], help="double bookings and other conflicts in the calendar"
    )
    clashes.add_argument("--json", action="store_true", help="a JSON array of objects")
    clashes.add_argument("--delegation", type=int, help="only those involving this delegation")
    clashes.add_argument("--from", dest="first", help="from this day (YYYY-MM-DD)")
    clashes.add_argument("--to", dest="last", help="to this day (YYYY-MM-DD)")

    # Its own --lang is the document's language (uk, en or both); the interface's language
    # for messages stays the one given before the command (planner --lang en print ...).
    printing = commands.add_parser(
        "print", help="a delegation's document, the gift inventory or register as a PDF file"
    )
    printing.add_argument("kind", choices=(*PRINT_KINDS, GIFT_LIST_KIND, *GIFT_PRINT_KINDS),
                          help="programme, participants, badges, tent-cards, checklist, "
                          "gift-list (the visit's gifts); "
                          "inventory (gift stock on a date), gift-register")  # fmt: skip
    printing.add_argument(
        "--db", metavar="URL_OR_PATH", default=argparse.SUPPRESS,
        help="SQLite file or SQLAlchemy URL (default: the planner's own database)",
    )  # fmt: skip
    printing.add_argument(
        "--delegation",
        type=int,
        help="the delegation's id (every kind but inventory, gift-register)",
    )
    printing.add_argument(
        "--as-of", dest="as_of", help="inventory: stock on this day (YYYY-MM-DD, default today)"
    )
    printing.add_argument("--from", dest="first", help="gift-register: from this day")
    printing.add_argument("--to", dest="last", help="gift-register: to this day")
    printing.add_argument("--out", required=True, metavar="FILE.pdf", help="the file to write")
    printing.add_argument("--lang", dest="document_language", choices=("uk", "en", "uk+en"),
                          default="uk", help="the document's language (default: uk)")  # fmt: skip
    # Which arguments a kind needs depends on the kind: ``_print`` reports a missing one
    # through this parser, with argparse's own words and exit status.
    printing.set_defaults(print_parser=printing)

    # Like print's, the report's own --lang is the document's language.
    report = commands.add_parser("report", help="the annual programme report, its statistics, "
                                 "the partners' register")  # fmt: skip
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    for name, text in (("annual", "the annual programme implementation report (.pdf or .docx)"),
                       ("statistics", "the year's statistics (agreements, visits, countries)"),
                       ("partners", "the register of partners and agreements, or one "
                        "partner's file (.pdf)")):  # fmt: skip
        sub = reports.add_parser(name, help=text)
        sub.add_argument(
            "--db", metavar="URL_OR_PATH", default=argparse.SUPPRESS,
            help="SQLite file or SQLAlchemy URL (default: the planner's own database)",
        )  # fmt: skip
        if name != "partners":
            sub.add_argument("--year", type=_year, required=True)
        if name == "statistics":
            sub.add_argument("--json", action="store_true", help="a JSON object")
            continue
        sub.add_argument("--out", required=True, metavar="FILE", help="the file to write")
        sub.add_argument("--lang", dest="document_language", choices=("uk", "en"),
                         default="uk", help="the document's language (default: uk)")  # fmt: skip
        if name == "annual":
            sub.add_argument("--statistics", action="store_true",
                             help="add the statistics as an annex")  # fmt: skip
        else:
            sub.add_argument("--partner", type=int, help="only this partner's file")
    return parser


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Carry out a command; user errors become one line on ``err`` and a non-zero exit."""
    out = out or sys.stdout
    err = err or sys.stderr
    lang: Language = getattr(args, "lang", None) or default_language()
    handler = _COMMANDS[args.command]
    try:
        return handler(args, out, err, lang)
    except PlannerError as problem:
        print("planner: " + " ".join(problem.message(lang).split()), file=err)
        return EXIT_USAGE


def _db_argument(args: argparse.Namespace) -> str | Path:
    value: str | None = getattr(args, "db", None)
    return value if value else default_database_path()


def _open_existing(args: argparse.Namespace) -> Database:
    return open_database(_db_argument(args), create=False)


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    from planner.services.demo import write_demo_year

    target = _db_argument(args)
    final = sqlite_file(database_url(target))
    if final is not None and final.exists():
        raise DatabaseProblem("db_exists", path=str(final))
    # A SQLite demo is written beside the target and moved into place only when complete, so
    # a failure never leaves a half-written database behind.
    writing = final.with_name(f".{final.name}.writing") if final is not None else None
    db = open_database(writing or target, create=True)
    try:
        summary = write_demo_year(db, args.year, today=today_in_kyiv())
    except BaseException:
        db.close()
        if writing is not None:
            for leftover in writing.parent.glob(f"{writing.name}*"):
                leftover.unlink()
        raise
    db.close()
    if writing is not None and final is not None:
        os.replace(writing, final)
    print(final or db.display_name, file=out)
    heading = "Демонстраційний рік {year}: " if lang == "uk" else "Demo year {year}: "
    counts = ", ".join(f"{k} {v}" for k, v in asdict(summary).items())
    print(heading.format(year=args.year) + counts, file=err)
    return EXIT_OK


def _day(text: str | None, field: str) -> date | None:
    return None if text is None else parse_date(text, field)


def _list(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    db = _open_existing(args)
    try:
        if args.delegation is not None:
            delegations.get_delegation(db, args.delegation)  # an unknown id is a clear error
        rows = _LISTERS[args.kind](db, args)
    finally:
        db.close()
    if args.json:
        json.dump([_plain(r) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print_table(rows, out, lang)
    return EXIT_OK


def _list_delegations(db: Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    from planner.domain.records import DelegationFilter

    rows = delegations.list_delegations(db, DelegationFilter(text=args.search))
    return [
        {"id": r.id, "title": r.title_uk, "title_en": r.title_en, "direction": r.direction,
         "status": r.status, "start": r.start_date, "end": r.end_date, "timezone": r.timezone,
         "place": r.place, "country": r.country, "partners": r.partner_names,
         "participants": r.participant_count, "measures": r.measure_codes}
        for r in rows
    ]  # fmt: skip


def _list_agenda(db: Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = agenda.list_agenda(
        db, args.delegation, _day(args.first, "starts_at"), _day(args.last, "ends_at")
    )
    return [
        {"id": r.id, "delegation_id": r.delegation_id, "delegation": r.delegation_title,
         "start": r.starts_at, "end": r.ends_at, "title": r.title_uk, "title_en": r.title_en,
         "venue": r.venue_name, "status": r.status}
        for r in rows
    ]  # fmt: skip


def _list_people(db: Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "family_name": p.family_name, "given_names": p.given_names,
         "family_name_latin": p.family_name_latin, "given_names_latin": p.given_names_latin,
         "position": p.position, "organisation": p.organisation, "country": p.country,
         "email": p.email, "phone": p.phone}
        for p in people.list_people(db, args.search)
    ]  # fmt: skip


def _list_partners(db: Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "name": p.name_uk, "name_en": p.name_en, "kind": p.kind,
         "country": p.country, "agreements": p.agreement_count}
        for p in partners.list_partners(db, args.search)
    ]  # fmt: skip


def _list_gifts(db: Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    return [
        {"id": s.item.id, "name": s.item.name_uk, "name_en": s.item.name_en,
         "category": s.item.category, "quantity": s.quantity, "unit_cost": s.item.unit_cost,
         "value": s.value, "reorder_level": s.item.reorder_level}
        for s in gifts.list_stock(db, _day(args.as_of, "on"), args.search)
    ]  # fmt: skip


def _list_tasks(db: Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    """``--overdue``: open, due before today; ``--upcoming DAYS``: open, due from today to
    today + DAYS; both: open and due by today + DAYS, the late ones included."""
    today = today_in_kyiv()
    overdue_on = today if args.overdue else None
    due_between: tuple[date, date] | None = None
    if args.upcoming is not None:
        if args.upcoming < 0:
            raise ValidationError.single("--upcoming", "negative")
        last = today + timedelta(days=args.upcoming)
        if args.overdue:
            overdue_on = last + timedelta(days=1)
        else:
            due_between = (today, last)
    rows = checklists.list_tasks(db, args.delegation, overdue_on, args.assignee,
                                 due_between=due_between)  # fmt: skip
    return [
        {"id": t.task.id, "delegation_id": t.task.delegation_id,
         "delegation_title": t.delegation_title, "title_uk": t.task.title_uk,
         "title_en": t.task.title_en, "category": t.task.category, "due_on": t.task.due_on,
         "status": t.task.status, "assignee": t.task.assignee, "done_on": t.task.done_on}
        for t in rows
    ]  # fmt: skip


_LISTERS: dict[str, Callable[[Database, argparse.Namespace], list[dict[str, Any]]]] = {
    "delegations": _list_delegations,
    "people": _list_people,
    "partners": _list_partners,
    "agenda": _list_agenda,
    "gifts": _list_gifts,
    "tasks": _list_tasks,
}


def _plain(value: Any) -> Any:
    """JSON-ready: dates and aware datetimes as ISO 8601 (with their UTC offset)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    return value


def _cell(value: Any, lang: Language) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M %z")
    if isinstance(value, Enum):
        return enum_label(value, lang)
    return str(value)


def _print_table(rows: Sequence[dict[str, Any]], out: TextIO, lang: Language) -> None:
    if not rows:
        print("(немає записів)" if lang == "uk" else "(no records)", file=out)
        return
    headers = list(rows[0])
    cells = [[_cell(row[h], lang) for h in headers] for row in rows]
    widths = [min(40, max(len(h), *(len(c[i]) for c in cells))) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(), file=out)
    for row in cells:
        shown = [
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(row, widths, strict=True)
        ]
        print("  ".join(shown).rstrip(), file=out)


def _check(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    try:
        db = open_database(_db_argument(args), create=False, migrate=False)
    except DatabaseProblem as problem:
        if problem.code not in ("db_damaged", "db_needs_upgrade"):
            raise
        # Damage and an old schema are what a check is for: a finding, not a usage error.
        text = " ".join(problem.message(lang).split())
        if args.json:
            report = {"ok": False, "counts": {},
                      "findings": [{"code": problem.code, "message": text}]}  # fmt: skip
            json.dump(report, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            print(text, file=out)
        return EXIT_PROBLEM
    try:
        findings = integrity.check_database(db)
        counts = integrity.count_rows(db)
    finally:
        db.close()
    if args.json:
        json.dump(
            {"ok": not findings, "counts": counts,
             "findings": [{"code": f.code, "message": f.message(lang)} for f in findings]},
            out, ensure_ascii=False, indent=2,
        )  # fmt: skip
        out.write("\n")
    else:
        for finding in findings:
            print(finding.message(lang), file=out)
        summary = ", ".join(f"{k} {v}" for k, v in counts.items())
        if findings:
            head = "Знайдено проблем: {n}." if lang == "uk" else "Problems found: {n}."
            print(head.format(n=len(findings)) + f" ({summary})", file=out)
        else:
            print(("Усе гаразд" if lang == "uk" else "All is well") + f": {summary}", file=out)
    return EXIT_PROBLEM if findings else EXIT_OK


def _conflicts(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    from planner.domain.conflicts import Severity
    from planner.services.conflicts import find_conflicts

    first, last = _day(args.first, "start_date"), _day(args.last, "end_date")
    db = _open_existing(args)
    try:
        found = find_conflicts(db, delegation_id=args.delegation, first=first, last=last)
    finally:
        db.close()
    errors = sum(1 for c in found if c.severity is Severity.ERROR)
    if args.json:
        json.dump(
            [{"rule": c.rule, "severity": c.severity, "moment": c.moment,
              "message": c.message(lang), "item_ids": c.item_ids,
              "delegation_ids": c.delegation_ids, "person_ids": c.person_ids,
              "venue_id": c.venue_id,
              "items": [{"id": i.item_id, "delegation_id": i.delegation_id,
                         "title": i.title_uk, "title_en": i.title_en,
                         "start": i.local_starts_at, "end": i.local_ends_at}
                        for i in c.items]}
             for c in found],
            out, ensure_ascii=False, indent=2, default=_plain,
        )  # fmt: skip
        out.write("\n")
    else:
        for c in found:
            when = f"{c.moment:%Y-%m-%d %H:%M %z}"
            print(f"{when}  {enum_label(c.severity, lang)}: {c.message(lang)}", file=out)
        if not found:
            print("Конфліктів не знайдено." if lang == "uk" else "No conflicts found.", file=out)
        else:
            summary = ("Помилок: {e}, попереджень: {w}." if lang == "uk"
                       else "Errors: {e}, warnings: {w}.")  # fmt: skip
            print(summary.format(e=errors, w=len(found) - errors), file=out)
    return EXIT_PROBLEM if errors else EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    from planner.domain.calendar_import import OutsideVisitError
    from planner.services import calendar_import

    path = Path(args.file)
    calendar = calendar_import.read_calendar_file(path)  # a broken file: before the database
    db = _open_existing(args)
    try:
        new = None
        if args.delegation is None:
            new = calendar_import.proposed_delegation(calendar, calendar.name or path.stem)
        preview = calendar_import.preview_import(
            db, calendar, delegation_id=args.delegation, new_delegation=new
        )
        _print_import_preview(preview, out, lang)
        if not preview.can_import:
            raise OutsideVisitError(preview.outside_visit, preview.delegation)
        if args.dry_run:
            print("Нічого не записано (--dry-run)." if lang == "uk"
                  else "Nothing was written (--dry-run).", file=out)  # fmt: skip
            return EXIT_OK
        result = calendar_import.import_calendar(
            db, calendar, delegation_id=args.delegation, new_delegation=new
        )
    finally:
        db.close()
    done = ("Імпортовано в делегацію №{id} «{title}»{new}: створено {c}, оновлено {u}, "
            "без змін {n}, пропущено {s}." if lang == "uk" else
            "Imported into delegation #{id} “{title}”{new}: {c} created, {u} updated, "
            "{n} unchanged, {s} skipped.")  # fmt: skip
    made = (" (нову)" if lang == "uk" else " (new)") if result.delegation_created else ""
    print(done.format(id=result.delegation.id, title=result.delegation.title_uk, new=made,
                      c=len(result.created), u=len(result.updated), n=len(result.unchanged),
                      s=len(result.skipped)), file=out)  # fmt: skip
    return EXIT_OK


def _print_import_preview(preview: ImportPreview, out: TextIO, lang: Language) -> None:
    from zoneinfo import ZoneInfo

    from planner.domain.messages import field_label

    visit = preview.delegation
    if visit.id is None:
        heading = ("Нова делегація «{title}», {start} – {end}, {zone}:" if lang == "uk"
                   else "A new delegation “{title}”, {start} – {end}, {zone}:")  # fmt: skip
    else:
        heading = ("Делегація №{id} «{title}», {start} – {end}, {zone}:" if lang == "uk"
                   else "Delegation #{id} “{title}”, {start} – {end}, {zone}:")  # fmt: skip
    print(heading.format(id=visit.id, title=visit.title_uk, start=visit.start_date,
                         end=visit.end_date, zone=visit.timezone), file=out)  # fmt: skip
    zone = ZoneInfo(visit.timezone)
    marks = {"create": "+", "update": "~", "unchanged": "=", "skip": "-"}
    for planned in preview.items:
        starts = planned.item.starts_at.astimezone(zone)
        ends = planned.item.ends_at.astimezone(zone)
        when = f"{starts:%Y-%m-%d %H:%M}–" + (
            f"{ends:%H:%M}" if ends.date() == starts.date() else f"{ends:%Y-%m-%d %H:%M}"
        )
        line = (f"  {marks[planned.action.value]} {enum_label(planned.action, lang):<11} {when}  "
                f"{planned.item.title_uk}")  # fmt: skip
        if planned.venue_name or planned.event.location:
            line += f"  @ {planned.venue_name or planned.event.location}"
        if planned.changed:
            fields = ", ".join(field_label(name, lang) for name in planned.changed)
            line += f"  ({'змінено' if lang == 'uk' else 'changed'}: {fields})"
        print(line, file=out)
    if not preview.items:
        print("  (у файлі немає подій)" if lang == "uk" else "  (no events in the file)",
              file=out)  # fmt: skip
    for warning in preview.warnings:
        print(("  Увага: " if lang == "uk" else "  Note: ") + warning.message(lang), file=out)
    summary = ("Створити {c}, оновити {u}, без змін {n}, пропустити {s}." if lang == "uk"
               else "To create {c}, update {u}, unchanged {n}, skip {s}.")  # fmt: skip
    print(summary.format(c=len(preview.created), u=len(preview.updated),
                         n=len(preview.unchanged), s=len(preview.skipped)), file=out)  # fmt: skip


def _print(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    # reportlab loads here, when a document is made, never when the application starts.
    from planner.services.printing import missing_translations, print_document

    if args.kind in GIFT_PRINT_KINDS:
        return _print_gift_document(args, out, lang)
    if args.delegation is None:
        _print_usage_error(args, "the following arguments are required: --delegation")
    if args.kind == GIFT_LIST_KIND:
        return _print_gift_list(args, out)
    db = _open_existing(args)
    try:
        written = print_document(
            db, args.kind, args.delegation, args.document_language, Path(args.out)
        )
        gaps = missing_translations(db, args.delegation, args.document_language,
                                    kind=args.kind, ui=lang)  # fmt: skip
    finally:
        db.close()
    print(written, file=out)
    if gaps:
        print("Без перекладу:" if lang == "uk" else "Not translated:", file=err)
        for gap in gaps:
            print(f"  {gap}", file=err)
    return EXIT_OK


def _print_usage_error(args: argparse.Namespace, message: str) -> NoReturn:
    """Stop as argparse stops on a missing argument: usage and message on stderr, exit 2."""
    parser: argparse.ArgumentParser | None = getattr(args, "print_parser", None)
    if parser is None:
        parser = build_parser()
    parser.error(message)


def _print_gift_list(args: argparse.Namespace, out: TextIO) -> int:
    """``planner print gift-list --delegation ID``: the gifts given at one visit."""
    from planner.services.gift_documents import print_gift_list

    if args.document_language not in ("uk", "en"):
        _print_usage_error(args, f"argument --lang: {args.kind} is printed in uk or en")
    db = _open_existing(args)
    try:
        written = print_gift_list(db, Path(args.out), args.delegation, args.document_language)
    finally:
        db.close()
    print(written, file=out)
    return EXIT_OK


def _print_gift_document(args: argparse.Namespace, out: TextIO, lang: Language) -> int:
    """``planner print inventory`` and ``planner print gift-register``: documents of the whole
    gift stock, in Ukrainian or English."""
    from planner.services import gift_documents

    if args.delegation is not None:
        _print_usage_error(args, f"argument --delegation: not allowed with {args.kind}")
    if args.document_language not in ("uk", "en"):
        _print_usage_error(args, f"argument --lang: {args.kind} is printed in uk or en")
    language: Language = args.document_language
    target = Path(args.out)
    if args.kind == "inventory":
        as_of = _day(args.as_of, "on")
        db = _open_existing(args)
        try:
            written = gift_documents.print_inventory(db, target, as_of, language)
        finally:
            db.close()
    else:
        missing = [name for name, value in (("--from", args.first), ("--to", args.last))
                   if value is None]  # fmt: skip
        if missing:
            _print_usage_error(args, "the following arguments are required: " + ", ".join(missing))
        first, last = _day(args.first, "start_date"), _day(args.last, "end_date")
        assert first is not None and last is not None
        db = _open_existing(args)
        try:
            written = gift_documents.print_gift_register(db, target, first, last, language)
        finally:
            db.close()
    print(written, file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    from planner.services.calendar import export_ics

    if args.kind == "inventory":
        return _export_inventory(args, out, lang)
    first, last = _day(args.first, "start_date"), _day(args.last, "end_date")
    db = _open_existing(args)
    try:
        summary = export_ics(
            db, Path(args.out), delegation_id=args.delegation, person_id=args.person,
            first=first, last=last, language=lang, with_contacts=args.with_contacts,
            with_tasks=args.tasks, utc=args.utc,
        )  # fmt: skip
    finally:
        db.close()
    print(args.out, file=out)
    counts = ("Календар: візитів {visits}, пунктів програми {events}" if lang == "uk"
              else "Calendar: {visits} visits, {events} agenda items")  # fmt: skip
    if summary.tasks:
        counts += ", завдань {tasks}" if lang == "uk" else ", {tasks} tasks"
    print(counts.format(visits=summary.visits, events=summary.events, tasks=summary.tasks),
          file=err)  # fmt: skip
    return EXIT_OK


def _export_inventory(args: argparse.Namespace, out: TextIO, lang: Language) -> int:
    """``planner export inventory``: the gift stock on a day as an .xlsx workbook, in the
    interface's language."""
    from planner.services.gift_documents import export_inventory

    as_of = _day(args.as_of, "on")
    db = _open_existing(args)
    try:
        written = export_inventory(db, Path(args.out), as_of, lang)
    finally:
        db.close()
    print(written, file=out)
    return EXIT_OK


def _report(args: argparse.Namespace, out: TextIO, err: TextIO, lang: Language) -> int:
    """``planner report annual|statistics|partners``."""
    from planner.services import partners_register, reports

    db = _open_existing(args)
    try:
        if args.report == "annual":
            written = reports.write_annual_report(db, args.year, Path(args.out),
                                                  args.document_language,
                                                  with_statistics=args.statistics)  # fmt: skip
        elif args.report == "partners":
            written = partners_register.write_partners_register(
                db, Path(args.out), args.document_language, args.partner
            )
        else:
            figures = reports.report_statistics(db, args.year)
            if args.json:
                print(json.dumps(_plain(figures), ensure_ascii=False, indent=2), file=out)
            else:
                _print_statistics(figures, out, lang)
            return EXIT_OK
    finally:
        db.close()
    print(written, file=out)
    return EXIT_OK


def _plain(value: Any) -> Any:
    """Dataclasses, dates and enums as JSON's plain values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _print_statistics(figures: Any, out: TextIO, lang: Language) -> None:
    uk = lang == "uk"
    print(f"{'Угоди чинні на' if uk else 'Agreements in force on'} {figures.on:%d.%m.%Y}: "
          f"{figures.agreements_in_force}; "
          f"{'громад-партнерів' if uk else 'partner communities'} {figures.partner_communities}; "
          f"{'країн' if uk else 'countries'} {figures.partner_countries}", file=out)  # fmt: skip
    tables = (
        ("За країнами" if uk else "By country", figures.agreements_by_country),
        ("За типами" if uk else "By type", figures.agreements_by_type),
        ("Делегації за напрямом" if uk else "Delegations by direction",
         figures.delegations_by_direction),
        ("Делегації за заходами" if uk else "Delegations by measure",
         figures.delegations_by_measure),
        ("Делегації за місяцями" if uk else "Delegations by month", figures.delegations_by_month),
    )  # fmt: skip
    for title, rows in tables:
        print(f"\n{title}:", file=out)
        for row in rows:
            print(f"  {row.label.get(lang):<40} {row.count:>6}", file=out)
    print(
        f"\n{'Делегацій' if uk else 'Delegations'}: {figures.delegations}; "
        f"{'інших заходів' if uk else 'other activities'}: {figures.activities}",
        file=out,
    )


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO, Language], int]] = {
    "demo": _demo,
    "list": _list,
    "check": _check,
    "export": _export,
    "import": _import,
    "conflicts": _conflicts,
    "print": _print,
    "report": _report,
}

"""Dates and times as the officer reads them, in the interface's locale: "26 січня 2027" in
Ukrainian, "26 January 2027" in English; weeks start on Monday in both."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def long_date(day: date) -> str:
    """ "26 січня 2027": the month in the genitive, as Ukrainian writes a date."""
    return QLocale().toString(qdate(day), "d MMMM yyyy")


def weekday_date(day: date) -> str:
    """ "вівторок, 26 січня 2027": a programme's day heading."""
    return QLocale().toString(qdate(day), "dddd, d MMMM yyyy")


def short_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def date_range(start: date, end: date) -> str:
    """ "26–28 січня 2027"; the month and year are written once where they are shared."""
    locale = QLocale()
    if start == end:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end)}"
    if start.year == end.year:
        return f"{locale.toString(qdate(start), 'd MMMM')} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def time_text(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")

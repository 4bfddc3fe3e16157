"""Errors a user can cause or meet, each able to explain itself in Ukrainian or English.

They are kept apart from bugs: anything raised as a ``PlannerError`` is shown to the user as
one clear sentence (a dialog, or one line on stderr); anything else is a defect and keeps its
traceback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from planner.domain.messages import DEFAULT_LANGUAGE, Language, message


class PlannerError(Exception):
    """A problem the user can understand and act on."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        self.code = code or self.code
        self.params: Mapping[str, object] = MappingProxyType(dict(params))
        super().__init__(self.message("en"))

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        return message(self.code, self.params, lang)


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field of a form."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        return message(self.code, {"field": self.field, **self.params}, lang)


class ValidationError(PlannerError):
    """The input breaks one or more rules; nothing was written. ``problems`` name the fields."""

    code = "validation"

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems: tuple[FieldProblem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__(self.code)

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        return " ".join(p.message(lang) for p in self.problems)

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}

    @classmethod
    def single(cls, field_name: str, code: str, **params: object) -> ValidationError:
        return cls([FieldProblem(field_name, code, params)])


class StaleEditError(PlannerError):
    """The record was changed by someone else since it was loaded: the save is refused."""

    code = "stale_edit"

    def __init__(self, record: str, record_id: int | None) -> None:
        if record_id is None:
            super().__init__("stale_edit_any", record=record)
        else:
            super().__init__(record=record, id=record_id)


class NotFoundError(PlannerError):
    code = "not_found"

    def __init__(self, record: str, record_id: int) -> None:
        super().__init__(record=record, id=record_id)


class InUseError(PlannerError):
    code = "in_use"

    def __init__(self, record: str, record_id: int, detail: str) -> None:
        super().__init__(record=record, id=record_id, detail=detail)


class DatabaseProblem(PlannerError):
    """The database cannot be used as it is: too new, damaged, missing, locked, not ours."""


class ProblemCollector:
    """Gathers field problems so that a form shows all of them at once, not one per save."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def add(self, field_name: str, code: str, **params: object) -> None:
        self.problems.append(FieldProblem(field_name, code, params))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

"""What a page reads from its query string, checked as the CLI checks its options: a bad value is a
:class:`UsageError` (a 400 page naming it), and large answers come one page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from flask import request

from copmop.graph.xref import parse_meetings
from copmop.pipeline.cli.options import parse_langs, parse_treatments
from copmop.pipeline.errors import NotFound, UsageError

__all__ = [
    "PAGE_SIZE",
    "Page",
    "args_with",
    "choice",
    "day",
    "depth",
    "integer",
    "langs",
    "meetings",
    "page_number",
    "text",
    "treatments",
]

PAGE_SIZE = 50
T = TypeVar("T")


def text(name: str, limit: int = 200) -> str:
    """A free-text parameter, stripped; longer than ``limit`` characters is a bad request."""
    value = request.args.get(name, "").strip()
    if len(value) > limit:
        raise UsageError(f"{name}: at most {limit} characters")
    if "\x00" in value:
        raise UsageError(f"{name}: a NUL character is not text")
    return value


def choice(name: str, choices: Sequence[str], default: str) -> str:
    """One of ``choices`` (``direction=cites``); the default when the parameter is absent or empty."""
    value = request.args.get(name, "") or default
    if value not in choices:
        raise UsageError(f"{name}={value!r}: one of {', '.join(choices)}")
    return value


def integer(name: str, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high``; None when the parameter is absent or empty."""
    value = request.args.get(name, "").strip()
    if not value:
        return None
    if not value.isascii() or not value.isdecimal() or not low <= int(value) <= high:
        raise UsageError(f"{name}={value[:40]!r}: give a whole number from {low} to {high}")
    return int(value)


def page_number(name: str = "page") -> int:
    """``page=3``: 1 when absent."""
    return integer(name, 1, 1_000_000) or 1


def depth(default: int | None) -> int | None:
    """``depth=2`` (1 = direct links); ``depth=all``: every depth."""
    if request.args.get("depth", "").strip() == "all":
        return None
    found = integer("depth", 1, 1000)
    return default if found is None else found


def langs() -> list[str] | None:
    """``lang=zh,en``, as ``--lang`` reads it."""
    return parse_langs(text("lang", 40) or None)


def meetings(name: str) -> tuple[int, int] | None:
    """``meetings=5-10``, as ``--meetings`` reads it."""
    return parse_meetings(text(name, 20) or None, name)


def treatments() -> list[str] | None:
    """``treatment=replaces,amends``, or the parameter repeated (as a form's boxes send it), as
    ``--treatment`` reads it."""
    values = [v.strip() for v in request.args.getlist("treatment") if v.strip()]
    joined = ",".join(values)
    if len(joined) > 400:
        raise UsageError("treatment: at most 400 characters")
    return parse_treatments(joined or None)


def day(name: str) -> dt.date | None:
    """``as_of=2026-11-30``, as ``--as-of`` reads it; None when absent or empty."""
    value = text(name, 40)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else _bad_day(name, value)
    except ValueError:
        return _bad_day(name, value)


def _bad_day(name: str, value: str) -> dt.date:
    raise UsageError(f"{name}={value!r}: give a day as YYYY-MM-DD")


@dataclass
class Page(Generic[T]):
    """One page of a longer answer: its items, its number (from 1) and how many there are in all."""

    items: list[T]
    number: int
    size: int
    total: int
    exact: bool = True  # False: there are more than ``total`` (a search does not count them all)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def first(self) -> int:
        """The position (from 1) of the page's first item in the whole answer."""
        return (self.number - 1) * self.size + 1

    @classmethod
    def of(cls, rows: Sequence[T], number: int, size: int = PAGE_SIZE) -> Page[T]:
        """The ``number``-th page of ``rows``; a page past the last is not found."""
        page = cls([], number, size, len(rows))
        if number > page.pages:
            raise NotFound(f"page {number}: there are {page.pages}")
        start = (number - 1) * size
        page.items = list(rows[start : start + size])
        return page

    @classmethod
    def counted(cls, items: list[T], number: int, size: int, total: int) -> Page[T]:
        """A page fetched by the database (``LIMIT``/``OFFSET``), with the total it counted."""
        page = cls(items, number, size, total)
        if number > page.pages:
            raise NotFound(f"page {number}: there are {page.pages}")
        return page


def args_with(**changes: Any) -> dict[str, Any]:
    """The current query string with some parameters changed (``None`` removes one); a repeated
    parameter (``treatment=replaces&treatment=amends``) stays repeated."""
    args: dict[str, Any] = {k: v if len(v) > 1 else v[0] for k, v in request.args.lists() if v}
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = value
    return args

"""The rows of the table-driven tests of forms read in context (``test_forms_context``,
``test_forms_parts``): a text, the citations expected of it, and what surrounds it."""

from __future__ import annotations

from dataclasses import dataclass

Cite = tuple[str, str, str | None, str]


@dataclass(frozen=True)
class Row:
    """A text of ``lang`` in a document serving ``host`` whose own decision is ``own``; in the annex
    ``scope``; the paragraph ``number`` when the text is one. Each expected citation is (kind, target,
    pinpoint, raw): the raw is the text at the citation's offsets, the first place it stands."""

    form: str
    lang: str
    text: str
    expected: tuple[Cite, ...]
    host: str = "CPB"
    own: tuple[str, str] = ("decision", "CP-10/7")
    scope: str | None = None
    number: str | None = None


def check(row: Row, found: list[tuple[str, str, str | None, int, int]]) -> None:
    """The citations found are the row's, at the offsets of their raws."""
    want = [
        (k, t, p, row.text.index(raw), row.text.index(raw) + len(raw))
        for k, t, p, raw in row.expected
    ]
    assert found == want

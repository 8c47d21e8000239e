"""Accuracy of the citation finder against the gold files (``tests/gold/*.json``), as ``make eval``
prints it and the tests check it: per document, per kind, per language and per form.

The forms are those the finder has to read: ``anaphora`` ("paragraph 5 of the same decision"),
``lists`` (one expression, several targets), ``ranges`` ("paragraphs 3 to 5"), ``alternatives``
("paragraph 4 or 6"), ``pinpoints`` (an entry with a pinpoint) and ``symbols`` (a UN document symbol).
A gold entry says its forms in an optional ``form`` list (``"form": ["anaphora"]``); ``pinpoints`` and
``symbols`` it need not say, they follow from its pinpoint and kind. A citation the finder found and the
gold lacks takes its forms from its raw text.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copmop.lang import patterns, vocab
from copmop.pipeline.ingest import process
from tests.golden_io import ROOT

GOLD = ROOT / "tests" / "gold"
FORMS = ("anaphora", "lists", "ranges", "alternatives", "pinpoints", "symbols")

Entry = tuple[str, str, str, str | None]  # clause, kind, target, pinpoint


@dataclass
class Result:
    """Gold and found entries of one fixture, and the forms of each."""

    name: str
    lang: str
    gold: set[Entry] = field(default_factory=set)
    found: set[Entry] = field(default_factory=set)
    forms: dict[Entry, set[str]] = field(default_factory=dict)

    def level(self, level: str) -> tuple[set[Any], set[Any]]:
        """The two sets compared at a level: ``doc`` (kind, target), ``clause`` (+ clause),
        ``pinpoint`` (+ pinpoint)."""

        def cut(entries: set[Entry]) -> set[Any]:
            if level == "doc":
                return {(k, t) for _, k, t, _ in entries}
            if level == "clause":
                return {(c, k, t) for c, k, t, _ in entries}
            return set(entries)

        return cut(self.gold), cut(self.found)


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def implied_forms(kind: str, pinpoint: str | None) -> set[str]:
    """The forms an entry's kind and pinpoint say: a symbol, a pinpoint."""
    return ({"symbols"} if kind == "document" else set()) | ({"pinpoints"} if pinpoint else set())


def raw_forms(raw: str, lang: str, shared: int) -> set[str]:
    """The forms a citation's raw text shows; ``shared`` is how many targets that raw names."""
    table = patterns.BY_LANG.get(lang, patterns.BY_LANG["en"])
    out = set()
    if table["anaphor"].search(raw):
        out.add("anaphora")
    if patterns.NUMBER_RANGE.search(raw):
        out.add("ranges")
    if shared > 1:
        out.add("lists")
    words = raw.replace("،", " ").replace(",", " ").split()
    if any(w in vocab.OR_WORDS.get(lang, ()) for w in words) or (lang == "zh" and "或" in raw):
        out.add("alternatives")
    if patterns.SYMBOL.search(raw):
        out.add("symbols")
    return out


def evaluate(path: Path) -> Result:
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = process(ROOT / data["fixture"])
    result = Result(name=Path(data["fixture"]).name, lang=doc.lang)
    for e in data["citations"]:
        entry = (e["clause"], e["kind"], e["target"], e["pinpoint"])
        result.gold.add(entry)
        tagged = set(e.get("form") or ())
        result.forms[entry] = result.forms.get(entry, set()) | tagged | implied_forms(*entry[1:4:2])
    spans = Counter((c.via or c.par_id, c.char_start, c.char_end) for c in doc.citations)
    for c in doc.citations:
        entry = (c.par_id.split("#", 1)[1], c.kind.value, c.target, c.pinpoint)
        result.found.add(entry)
        if entry not in result.gold:
            shared = spans[(c.via or c.par_id, c.char_start, c.char_end)]
            seen = raw_forms(c.raw, doc.lang, shared) | implied_forms(c.kind.value, c.pinpoint)
            result.forms[entry] = result.forms.get(entry, set()) | seen
    return result


def scores(gold: set[Any], found: set[Any]) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 where there is nothing to find and nothing found)."""
    hit = len(gold & found)
    p = hit / len(found) if found else 1.0
    r = hit / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def by_group(
    results: list[Result],
    key: str,
    level: str = "clause",
    found_of: dict[str, set[Entry]] | None = None,
) -> dict[str, tuple[set[Any], set[Any]]]:
    """Entries pooled by ``kind``, ``lang`` or ``form`` (an entry counts in each of its forms), at the
    ``clause`` level (clause, kind, target) or the ``pinpoint`` level; ``found_of`` replaces each
    fixture's found entries (the baseline's, say)."""
    groups: dict[str, tuple[set[Any], set[Any]]] = defaultdict(lambda: (set(), set()))
    for r in results:
        found = r.found if found_of is None else found_of.get(r.name, set())
        for side, entries in ((0, r.gold), (1, found)):
            for entry in entries:
                cut = entry if level == "pinpoint" else entry[:3]
                for name in _names(r, entry, key):
                    groups[name][side].add((r.name, *cut))
    return dict(groups)


def _names(r: Result, entry: Entry, key: str) -> list[str]:
    if key == "kind":
        return [entry[1]]
    if key == "lang":
        return [r.lang]
    forms = r.forms.get(entry)
    if forms is None:  # a baseline entry the current run neither finds nor has in gold
        forms = implied_forms(entry[1], entry[3])
    return sorted(forms) or ["plain"]

"""Accuracy of the citation finder against the gold files (``tests/gold/*.json``), as ``make eval``
prints it and the tests check it: per document, per kind and per language."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copmop.pipeline.ingest import process
from tests.golden_io import ROOT

GOLD = ROOT / "tests" / "gold"

Entry = tuple[str, str, str, str | None]  # clause, kind, target, pinpoint


@dataclass
class Result:
    """Gold and found entries of one fixture."""

    name: str
    lang: str
    gold: set[Entry] = field(default_factory=set)
    found: set[Entry] = field(default_factory=set)

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


def evaluate(path: Path) -> Result:
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = process(ROOT / data["fixture"])
    result = Result(name=Path(data["fixture"]).name, lang=doc.lang)
    result.gold = {(e["clause"], e["kind"], e["target"], e["pinpoint"]) for e in data["citations"]}
    result.found = {
        (c.par_id.split("#", 1)[1], c.kind.value, c.target, c.pinpoint) for c in doc.citations
    }
    return result


def scores(gold: set[Any], found: set[Any]) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 where there is nothing to find and nothing found)."""
    hit = len(gold & found)
    p = hit / len(found) if found else 1.0
    r = hit / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def by_group(results: list[Result], key: str) -> dict[str, tuple[set[Any], set[Any]]]:
    """Clause-level entries pooled by kind or by language."""
    groups: dict[str, tuple[set[Any], set[Any]]] = defaultdict(lambda: (set(), set()))
    for r in results:
        for entry in r.gold:
            name = entry[1] if key == "kind" else r.lang
            groups[name][0].add((r.name, *entry[:3]))
        for entry in r.found:
            name = entry[1] if key == "kind" else r.lang
            groups[name][1].add((r.name, *entry[:3]))
    return dict(groups)

"""Treatments and statuses against the hand-written gold of the treatment fixtures
(``tests/gold/treatment/``: one ``t-*.json`` per decision, with a ``treatment`` for each citation, and
``status.json``, the statuses they lead to), as ``make eval`` prints them and the tests check them.

Treatment accuracy counts the citations the finder found and the gold has (the finder's misses are
counted apart: they are the finder's, not the classifier's); a status is exact when its status, its
history (treatment, deciding decision, clause, date, in order) and, where the gold gives one, its end
all agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copmop.graph.status import standings
from copmop.pipeline.ingest import ingest, process
from copmop.pipeline.models import Document, Standing
from copmop.pipeline.store import Store
from tests.golden_io import ROOT

GOLD = ROOT / "tests" / "gold" / "treatment"
FIXTURES = ROOT / "tests" / "fixtures" / "treatment"
# The day the gold's statuses hold (status.json was written as of it).
AS_OF = dt.date(2026, 11, 30)

Key = tuple[str, str | None, str, str, str | None]  # clause, via, kind, target, pinpoint


@dataclass
class Treated:
    """The gold and found treatments of one fixture's citations."""

    name: str
    lang: str
    gold: dict[Key, str] = field(default_factory=dict)
    found: dict[Key, str] = field(default_factory=dict)

    @property
    def both(self) -> list[Key]:
        return sorted(set(self.gold) & set(self.found), key=str)

    @property
    def right(self) -> int:
        return sum(self.gold[k] == self.found[k] for k in self.both)

    @property
    def missed(self) -> int:
        return len(set(self.gold) - set(self.found))


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("t-*.json"))


def fixture_of(gold: Path) -> Path:
    """The laid-out text of a gold file's source (``t-cp-6-12.zh.src`` → ``….txt``)."""
    name = json.loads(gold.read_text(encoding="utf-8"))["fixture"]
    return FIXTURES / Path(name).with_suffix(".txt").name


def _path(par_id: str | None) -> str | None:
    return par_id.split("#", 1)[1] if par_id else None


def treated(gold: Path, doc: Document | None = None) -> Treated:
    """Gold and found treatments of one fixture (``doc``: the fixture already processed)."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    doc = doc or process(fixture_of(gold))
    out = Treated(name=gold.stem, lang=doc.lang)
    for e in data["citations"]:
        key = (e["clause"], e["via"], e["kind"], e["target"], e["pinpoint"])
        out.gold[key] = e["treatment"]
    for c in doc.citations:
        key = (_path(c.par_id) or "", _path(c.via), c.kind.value, c.target, c.pinpoint)
        out.found[key] = c.treatment.value
    return out


def by_lang(results: list[Treated]) -> dict[str, tuple[int, int, int]]:
    """Per language: (right, compared, missed by the finder)."""
    right: Counter[str] = Counter()
    compared: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for r in results:
        right[r.lang] += r.right
        compared[r.lang] += len(r.both)
        missed[r.lang] += r.missed
    return {lang: (right[lang], compared[lang], missed[lang]) for lang in sorted(compared)}


def expected_statuses() -> list[dict[str, Any]]:
    return list(json.loads((GOLD / "status.json").read_text(encoding="utf-8")))


def as_gold(standing: Standing) -> dict[str, Any]:
    """A derived status in the gold's form (``ends`` only for comparison where the gold gives it)."""
    return {
        "target": standing.decision,
        "pinpoint": standing.part,
        "status": standing.status.value,
        "ends": standing.ends.isoformat() if standing.ends else None,
        "history": [
            {
                "treatment": e.treatment,
                "by_decision": e.by,
                "by_clause": e.clause,
                "date": e.date.isoformat() if e.date else None,
            }
            for e in standing.history
        ],
    }


def exact(expected: dict[str, Any], derived: dict[str, Any]) -> bool:
    """Status, history and (where the gold gives one) the end all agree."""
    same = expected["status"] == derived["status"] and expected["history"] == derived["history"]
    return same and ("ends" not in expected or expected["ends"] == derived["ends"])


def store_of(folder: Path) -> Path:
    """The treatment fixtures ingested together into a store in ``folder``."""
    db = folder / "treatment.duckdb"
    report = ingest(sorted(FIXTURES.glob("*.txt")), db, jobs=1)
    assert not report.errors, report.errors
    return db


def statuses(db: Path) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each expected status with the derived one (None when the store knows no such part)."""
    with Store(db, read_only=True) as store:
        found = standings(store, as_of=AS_OF)
    out = []
    for expected in expected_statuses():
        derived = found.get((expected["target"], expected["pinpoint"]))
        out.append((expected, as_gold(derived) if derived else None))
    return out

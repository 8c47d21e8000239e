"""Scoring one document against its hand-written gold: metadata, clauses, footnotes and citations.

Gold files (``tests/gold/**/*.json``) that carry ``metadata`` and ``clauses`` are scored here (the
citation-only gold files by ``tests.gold_eval``). What is measured is what a legal officer relies on:
the metadata exact; the preamble and operative counts exact; each gold clause found with its kind and
its text (whitespace aside); no footnote's text inside a clause; each footnote hung under the clause
that carries its marker; the references (kind, target), and each clause's references with their
pinpoints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from copmop.pipeline.models import ClauseKind, Document
from tests.golden_io import META

# the golden files' metadata but the store's own id and page count, which a hand gold does not give
META_FIELDS = tuple(f for f in META if f not in ("doc_id", "pages"))
_SPACE = re.compile(r"\s+")


def squeeze(text: str | None) -> str:
    """Text compared whitespace aside."""
    return _SPACE.sub("", text or "")


def _value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


@dataclass
class Score:
    """What one document got right and wrong."""

    name: str
    metadata_wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind → (gold, got)
    clauses: tuple[int, int] = (0, 0)  # (found, gold)
    clause_misses: list[str] = field(default_factory=list)
    footnote_leaks: list[str] = field(default_factory=list)
    anchors: tuple[int, int] = (0, 0)  # (right, gold)
    anchor_misses: list[str] = field(default_factory=list)
    refs: tuple[int, int, int] = (0, 0, 0)  # (common, gold, got) of (kind, target)
    entries: tuple[int, int, int] = (0, 0, 0)  # the same of (clause, via, kind, target, pinpoint)
    pinpoints: tuple[int, int] = (0, 0)  # (found, gold) of entries with a pinpoint
    verbs: tuple[int, int] = (0, 0)  # (right, gold) of operative verbs

    @property
    def ref_f1(self) -> float:
        common, gold, got = self.refs
        return 1.0 if not gold and not got else 2 * common / (gold + got)

    @property
    def clause_recall(self) -> float:
        return self.clauses[0] / self.clauses[1] if self.clauses[1] else 1.0

    @property
    def pinpoint_recall(self) -> float:
        return self.pinpoints[0] / self.pinpoints[1] if self.pinpoints[1] else 1.0

    @property
    def counts_exact(self) -> bool:
        return all(g == o for g, o in self.counts.values())


def _path(par_id: str) -> str:
    return par_id.split("#", 1)[1]


def score(doc: Document, gold: dict[str, Any], name: str = "") -> Score:
    """Score a document (as ingest made it) against its gold."""
    out = Score(name or gold.get("fixture", doc.source_path))
    for key, want in (gold.get("metadata") or {}).items():
        got = _value(getattr(doc, key, None))
        if key == "title" and squeeze(got) == squeeze(want):
            continue
        if got != want:
            out.metadata_wrong[key] = (want, got)
    clauses = [p for p in doc.paragraphs if p.kind != ClauseKind.FOOTNOTE]
    for kind in ("preamble", "operative"):
        out.counts[kind] = (
            sum(1 for c in gold.get("clauses", []) if c["kind"] == kind),
            sum(1 for p in clauses if p.kind.value == kind),
        )
    available = Counter((p.kind.value, squeeze(p.text)) for p in clauses)
    found = 0
    for c in gold.get("clauses", []):
        key = (c["kind"], squeeze(c["text"]))
        if available[key] > 0:
            available[key] -= 1
            found += 1
        else:
            out.clause_misses.append(f"{c['path']} {c['kind']}: {c['text'][:60]}")
    out.clauses = (found, len(gold.get("clauses", [])))
    gold_texts = [squeeze(c["text"]) for c in gold.get("clauses", [])]
    for note in gold.get("footnotes", []):
        probe = squeeze(note["text"])[:40]
        if len(probe) < 12 or any(probe in t for t in gold_texts):
            continue  # too short to tell, or the clause itself says the same words
        if any(probe in squeeze(p.text) for p in clauses):
            out.footnote_leaks.append(f"fn{note['label']}")
    notes = {p.number: p for p in doc.paragraphs if p.kind == ClauseKind.FOOTNOTE}
    texts = {p.par_id: squeeze(p.text) for p in doc.paragraphs}
    gold_text = {c["path"]: squeeze(c["text"]) for c in gold.get("clauses", [])}
    right = 0
    for note in gold.get("footnotes", []):
        got = notes.get(note["label"])
        anchored = got.anchor if got is not None else None
        # the clause the marker is in, by its path or (paths of table rows differ) by its text
        if anchored and (
            _path(anchored) == note["anchor"]
            or texts.get(anchored) == gold_text.get(note["anchor"], "\0")
        ):
            right += 1
        else:
            anchor = _path(got.anchor) if got is not None and got.anchor else None
            out.anchor_misses.append(f"fn{note['label']}: {note['anchor']} ≠ {anchor}")
    out.anchors = (right, len(gold.get("footnotes", [])))
    gold_refs = {(c["kind"], c["target"]) for c in gold.get("citations", [])}
    got_refs = {(c.kind.value, c.target) for c in doc.citations}
    out.refs = (len(gold_refs & got_refs), len(gold_refs), len(got_refs))
    gold_entries = {
        (c["clause"], c["via"], c["kind"], c["target"], c["pinpoint"])
        for c in gold.get("citations", [])
    }
    got_entries = {
        (_path(c.par_id), c.via and _path(c.via), c.kind.value, c.target, c.pinpoint)
        for c in doc.citations
    }
    out.entries = (len(gold_entries & got_entries), len(gold_entries), len(got_entries))
    pinned = {e for e in gold_entries if e[4]}
    loose = {(e[2], e[3], e[4]) for e in got_entries}
    out.pinpoints = (sum(1 for e in pinned if (e[2], e[3], e[4]) in loose), len(pinned))
    verbs = {squeeze(p.text): p.verb for p in clauses if p.kind == ClauseKind.OPERATIVE}
    gold_ops = [c for c in gold.get("clauses", []) if c["kind"] == "operative" and c.get("verb")]
    out.verbs = (
        sum(1 for c in gold_ops if verbs.get(squeeze(c["text"])) == c["verb"]),
        len(gold_ops),
    )
    return out

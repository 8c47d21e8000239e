"""A synthetic corpus for timing the answers: 10,000 decisions and 1,000,000 citations over meetings 1-16.

Deterministic (a seeded ``random.Random``), written straight into a store in bulk. Each decision cites
decisions of its own and earlier meetings (some known only as targets, some with paragraph pinpoints
beyond the cited decision's last paragraph), Articles of the Protocol and the Convention (a few beyond
their last Article), the operational objectives of a plan (some it never defines) and documents. Every
citation has a treatment (mostly recalls, mentions, in-accordance-with …); one decision in twenty is
the start of a chain of later decisions that amend, replace or extend one of its paragraphs, and
sometimes retire it whole. Meeting ``m`` ends on 20 October of year 2002 + m.

    python -m graph.synthetic out.duckdb [--decisions 10000] [--citations 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from copmop.lang.normalize import decision_parts
from copmop.pipeline import schema
from copmop.pipeline.arrow import arrow_table
from copmop.pipeline.store import Store

__all__ = ["generate"]

_OBJECTIVES = [
    f"{a}.{b}" for a, n in ((1, 9), (2, 6), (3, 3), (4, 2), (5, 3)) for b in range(1, n + 1)
]
_ARTICLES = [("CPB", 40), ("CBD", 42)]
_PARAGRAPHS = 8  # numbered paragraphs per decision
_CHUNK = 200_000
# How decisions treat what they cite, with their weights (the changes are rarer, and chained below).
_TREATMENTS = {
    "decision": (
        ("recalls", 30),
        ("mentions", 25),
        ("takes-note", 8),
        ("welcomes", 5),
        ("reaffirms", 5),
        ("in-accordance-with", 10),
        ("requests-follow-up", 7),
        ("endorses", 3),
        ("adopts", 2),
        ("continues", 2),
        ("extends", 2),
        ("amends", 1),
    ),
    "article": (("in-accordance-with", 40), ("mentions", 40), ("recalls", 10), ("reaffirms", 10)),
    "objective": (("mentions", 80), ("requests-follow-up", 20)),
    "document": (("takes-note", 50), ("welcomes", 20), ("mentions", 30)),
}
_CHAIN_EVERY = 20  # one decision in twenty starts a chain of changes


def generate(
    path: str | Path, decisions: int = 10_000, citations: int = 1_000_000, seed: int = 20221219
) -> dict[str, int]:
    """Write the corpus into a new store at ``path``; the numbers of rows written."""
    rng = random.Random(seed)
    meetings = 16
    per_meeting = -(-decisions // meetings)
    ids = [f"CP-{m}/{n}" for m in range(1, meetings + 1) for n in range(1, per_meeting + 1)][
        :decisions
    ]
    meeting_of = {d: decision_parts(d)[1] for d in ids}
    with Store(path) as store:
        docs: dict[str, list[object]] = {c: [] for c in schema.columns("documents")}
        pars: dict[str, list[object]] = {c: [] for c in schema.columns("paragraphs")}
        for d in ["PLAN", *ids]:
            doc_id = f"{d}@en"
            plan = d == "PLAN"
            for col, value in (
                ("doc_id", doc_id),
                ("kind", "document" if plan else "decision"),
                ("decision", None if plan else d),
                ("symbol", "UNEP/CBD/BS/COP-MOP/5/16" if plan else None),
                ("lang", "en"),
                ("body", "CP"),
                ("meeting", 5 if plan else meeting_of[d]),
                ("date_start", _day(5 if plan else meeting_of[d], 10)),
                ("date_end", _day(5 if plan else meeting_of[d], 20)),
                ("title", "Strategic Plan" if plan else f"Synthetic decision {d}"),
                ("source_path", "synthetic"),
                ("sha256", f"synthetic-{d}"),
                ("pages", 1),
            ):
                docs[col].append(value)
            numbers = _OBJECTIVES if plan else [str(n) for n in range(1, _PARAGRAPHS + 1)]
            for seq, number in enumerate(numbers):
                text = (
                    f"Operational objective {number}"
                    if plan
                    else f"Paragraph {number} of {d}: urges Parties on risk assessment and capacity."
                )
                row: tuple[tuple[str, object], ...] = (
                    ("par_id", f"{doc_id}#{number}"),
                    ("doc_id", doc_id),
                    ("seq", seq),
                    ("kind", "objective" if plan else "operative"),
                    ("section", "annex I" if plan else None),
                    ("number", number),
                    ("text", text),
                    ("tokens", text),
                    ("notes", []),
                    ("note_offsets", []),
                )
                for col, cell in row:
                    pars[col].append(cell)
        store.append("documents", arrow_table("documents", docs))
        store.append("paragraphs", arrow_table("paragraphs", pars))
        chains = _chains(rng, ids, meeting_of)
        written = len(chains["doc_id"])
        store.append("citations", arrow_table("citations", chains))
        while written < citations:
            size = min(_CHUNK, citations - written)
            store.append(
                "citations", arrow_table("citations", _citations(rng, ids, meeting_of, size))
            )
            written += size
        store.refresh()
    return {"documents": len(ids) + 1, "paragraphs": len(pars["par_id"]), "citations": citations}


def _day(meeting: int, day: int) -> dt.date:
    return dt.date(2002 + meeting, 10, day)


def _row(
    cols: dict[str, list[object]],
    source: str,
    number: int,
    kind: str,
    target: str,
    pinpoint: str | None,
    treatment: str,
    start: int,
) -> None:
    for col, value in (
        ("doc_id", f"{source}@en"),
        ("par_id", f"{source}@en#{number}"),
        ("via", None),
        ("kind", kind),
        ("target", target),
        ("pinpoint", pinpoint),
        ("raw", target),
        ("char_start", start),
        ("char_end", start + len(target)),
        ("treatment", treatment),
    ):
        cols[col].append(value)


def _chains(
    rng: random.Random, ids: list[str], meeting_of: dict[str, int]
) -> dict[str, list[object]]:
    """For one decision in twenty, a paragraph changed by one to three decisions of later meetings
    (amended, replaced or extended), and in one chain of four the whole decision retired after."""
    cols: dict[str, list[object]] = {c: [] for c in schema.columns("citations")}
    by_meeting: dict[int, list[str]] = {}
    for d in ids:
        by_meeting.setdefault(meeting_of[d], []).append(d)
    last = max(by_meeting)
    for target in ids[::_CHAIN_EVERY]:
        meeting = meeting_of[target]
        if meeting >= last:
            continue
        pinpoint = f"para {rng.randint(1, _PARAGRAPHS)}"
        later = sorted(rng.sample(range(meeting + 1, last + 1), min(3, last - meeting)))
        for step, m in enumerate(later[: rng.randint(1, 3)]):
            treatment = rng.choice(("amends", "replaces", "extends"))
            source = rng.choice(by_meeting[m])
            _row(
                cols,
                source,
                rng.randint(1, _PARAGRAPHS),
                "decision",
                target,
                pinpoint,
                treatment,
                step,
            )
        if rng.random() < 0.25:
            source = rng.choice(by_meeting[last])
            _row(cols, source, rng.randint(1, _PARAGRAPHS), "decision", target, None, "retires", 0)
    return cols


def _pick(rng: random.Random, kind: str) -> str:
    choices = _TREATMENTS[kind]
    return rng.choices([t for t, _ in choices], weights=[w for _, w in choices])[0]


def _citations(
    rng: random.Random, ids: list[str], meeting_of: dict[str, int], size: int
) -> dict[str, list[object]]:
    cols: dict[str, list[object]] = {c: [] for c in schema.columns("citations")}
    by_meeting: dict[int, list[str]] = {}
    for d in ids:
        by_meeting.setdefault(meeting_of[d], []).append(d)
    for _ in range(size):
        source = rng.choice(ids)
        number = rng.randint(1, _PARAGRAPHS)
        roll = rng.random()
        pinpoint = None
        if roll < 0.45:
            kind = "decision"
            meeting = rng.randint(1, meeting_of[source])
            pool = by_meeting[meeting]
            target = rng.choice(pool) if rng.random() < 0.97 else f"CP-{meeting}/{len(pool) + 40}"
            if target == source:
                target = pool[0]
            if rng.random() < 0.3:
                pinpoint = f"para {rng.randint(1, _PARAGRAPHS + (2 if rng.random() < 0.02 else 0))}"
        elif roll < 0.8:
            kind = "article"
            instrument, count = rng.choice(_ARTICLES)
            target = f"{instrument}/{rng.randint(1, count + (3 if rng.random() < 0.002 else 0))}"
        elif roll < 0.9:
            kind = "objective"
            target = rng.choice(_OBJECTIVES) if rng.random() < 0.98 else f"{rng.randint(2, 5)}.9"
        else:
            kind = "document"
            target = f"CBD/CP/MOP/{rng.randint(1, 16)}/{rng.randint(1, 20)}"
        start = rng.randint(0, 40)
        _row(cols, source, number, kind, target, pinpoint, _pick(rng, kind), start)
    return cols


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the synthetic corpus into a new store.")
    parser.add_argument("out")
    parser.add_argument("--decisions", type=int, default=10_000)
    parser.add_argument("--citations", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    print(generate(args.out, args.decisions, args.citations))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

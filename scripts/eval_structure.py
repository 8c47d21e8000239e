"""Score whole documents against their gold: metadata, clause counts and texts, footnotes, citations.

    python scripts/eval_structure.py [GOLD.json ...] [--pdf-only] [-v]

Without arguments: every gold file with ``metadata`` and ``clauses`` under tests/gold/, each scored on
every file made of its document (its text extraction and its typeset PDFs). One line per file, then the
figures per layout and per language; ``-v`` lists what was missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from copmop.pipeline.errors import CopmopError
from copmop.pipeline.ingest import process
from tests.structure_eval import Score, score

ROOT = Path(__file__).resolve().parent.parent


def files_of(gold_path: Path, gold: dict) -> list[Path]:
    """The files made of a gold's document: its fixture, and PDFs named after it beside it."""
    gold_path = gold_path.resolve()
    fixture = ROOT / gold["fixture"] if gold.get("fixture") else None
    stem = gold_path.stem
    found = [fixture] if fixture and fixture.exists() else []
    for folder in {gold_path.parent, ROOT / "tests" / "typeset", *(f.parent for f in found)}:
        found += sorted(folder.glob(f"{stem}.*.pdf"))
    return sorted(set(found))


def layout_of(path: Path) -> str:
    return "text" if path.suffix == ".txt" else path.stem.rsplit(".", 1)[-1]


def line(s: Score) -> str:
    g, o = s.counts.get("preamble", (0, 0)), s.counts.get("operative", (0, 0))
    return (
        f"{s.name:58} F1 {s.ref_f1:5.3f}  clauses {s.clause_recall:5.3f}  pinpoints "
        f"{s.pinpoint_recall:5.3f}  pre {g[1]}/{g[0]} op {o[1]}/{o[0]}  "
        f"meta {'ok' if not s.metadata_wrong else ','.join(s.metadata_wrong)}  "
        f"leaks {len(s.footnote_leaks)}  anchors {s.anchors[0]}/{s.anchors[1]}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--pdf-only", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    golds = args.gold or sorted(
        [*(ROOT / "tests" / "gold").rglob("*.json"), *(ROOT / "tests" / "blind").rglob("*.json")]
    )
    groups: dict[str, list[Score]] = defaultdict(list)
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "clauses" not in gold:
            continue
        for path in files_of(gold_path, gold):
            if args.pdf_only and path.suffix != ".pdf":
                continue
            try:
                doc = process(path)
            except CopmopError as exc:
                print(f"{path.name:58} ERROR {exc}")
                groups["errors"].append(Score(path.name))
                continue
            s = score(doc, gold, path.name)
            print(line(s))
            if args.verbose:
                for key, (want, got) in s.metadata_wrong.items():
                    print(f"    meta {key}: want {want!r} got {got!r}")
                for miss in s.clause_misses[:12]:
                    print(f"    missed {miss}")
                for miss in s.anchor_misses[:6]:
                    print(f"    anchor {miss}")
                if s.footnote_leaks:
                    print(f"    footnote text in clauses: {', '.join(s.footnote_leaks)}")
            groups[f"layout {layout_of(path)}"].append(s)
            groups[f"lang {gold['metadata']['lang']}"].append(s)
    print()
    for name, scores in sorted(groups.items()):
        if not scores or name == "errors":
            continue
        n = len(scores)
        print(
            f"{name:20} files {n:3}  F1 {sum(s.ref_f1 for s in scores) / n:5.3f}  clauses "
            f"{sum(s.clause_recall for s in scores) / n:5.3f}  pinpoints "
            f"{sum(s.pinpoint_recall for s in scores) / n:5.3f}  counts exact "
            f"{sum(s.counts_exact for s in scores)}/{n}  metadata exact "
            f"{sum(not s.metadata_wrong for s in scores)}/{n}  no leaks "
            f"{sum(not s.footnote_leaks for s in scores)}/{n}"
        )
    if groups.get("errors"):
        print(f"errors: {len(groups['errors'])} files not read")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make eval`: precision and recall of the citation finder against the project's gold files, per
document, per language, per kind and per form (anaphora, lists, ranges, alternatives, pinpoints,
symbols); what was gained and lost against the committed baseline (eyecite's manner).

    python scripts/eval.py            # compare with tests/gold/baseline/eval.json
    python scripts/eval.py --update   # then make the current results the baseline (commit it)

Per language: the reference F1 of (kind, target) over each document, the clause-level precision and
recall of (clause, kind, target), and the recall of whole entries with their pinpoints. Per kind and per
language the tables count at the clause level, per form at the pinpoint level; "+" counts the right
entries the baseline lacked, "-" the right entries it had and the current run lost.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold_eval import FORMS, Result, by_group, evaluate, gold_files, scores  # noqa: E402

BASELINE = ROOT / "tests" / "gold" / "baseline" / "eval.json"
LANG_ORDER = ("zh", "en", "fr", "es", "ru", "ar")


def pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def pooled(results: list[Result], lang: str, level: str) -> tuple[set[Any], set[Any]]:
    """One language's entries at a level, each tagged with its fixture."""
    gold: set[Any] = set()
    found: set[Any] = set()
    for r in results:
        if r.lang == lang:
            g, f = r.level(level)
            gold |= {(r.name, x) for x in g}
            found |= {(r.name, x) for x in f}
    return gold, found


def delta(now: tuple[set[Any], set[Any]], then: tuple[set[Any], set[Any]]) -> str:
    """ "+gained -lost": right entries found now and not then, and then and not now."""
    gold = now[0]
    gained = len((now[1] - then[1]) & gold)
    lost = len((then[1] - now[1]) & gold)
    return f"+{gained} -{lost}" if gained or lost else ""


def table(
    title: str, groups: dict[str, tuple[set[Any], set[Any]]], base: dict[str, Any], order: Any
) -> None:
    print(f"\n{title:31} P      R      F1    gold  found  vs baseline")
    for name in sorted(groups, key=order):
        gold, found = groups[name]
        p, rec, f = scores(gold, found)
        then = base.get(name, (gold, set()))
        print(
            f"  {name:28} {pct(p)}  {pct(rec)}  {pct(f)}  {len(gold):5} {len(found):6}  "
            f"{delta((gold, found), then)}"
        )


def main(argv: list[str]) -> int:
    results = [evaluate(path) for path in gold_files()]
    base_raw = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else None
    base_found = (
        {name: {tuple(e) for e in entries} for name, entries in base_raw.items()}
        if base_raw is not None
        else {r.name: r.found for r in results}
    )
    print("per document                        doc P/R/F1          clause P/R        pinpoint P/R")
    for r in results:
        d = scores(*r.level("doc"))
        c = scores(*r.level("clause"))
        p = scores(*r.level("pinpoint"))
        print(
            f"  {r.name:32} {pct(d[0])} {pct(d[1])} {pct(d[2])}    {pct(c[0])} {pct(c[1])}    "
            f"{pct(p[0])} {pct(p[1])}"
        )
    print("\nper language   reference F1   clause P   clause R   pinpoint R")
    for lang in [x for x in LANG_ORDER if any(r.lang == x for r in results)]:
        ref = scores(*pooled(results, lang, "doc"))[2]
        cp, cr, _ = scores(*pooled(results, lang, "clause"))
        pr = scores(*pooled(results, lang, "pinpoint"))[1]
        print(f"  {lang:12} {pct(ref)}          {pct(cp)}      {pct(cr)}      {pct(pr)}")
    for key, level, order in (
        ("kind", "clause", str),
        ("lang", "clause", LANG_ORDER.index),
        ("form", "pinpoint", lambda n: FORMS.index(n) if n in FORMS else len(FORMS)),
    ):
        base = by_group(results, key, level, base_found)
        table(f"{level} level, by {key}", by_group(results, key, level), base, order)
    current = {r.name: sorted([list(e) for e in r.found], key=str) for r in results}
    if base_raw is not None:
        print("\nagainst the baseline:")
        changed = False
        for r in results:
            old = base_found.get(r.name, set())
            for sign, entries in (("+", r.found - old), ("-", old - r.found)):
                for e in sorted(entries, key=str):
                    mark = "ok" if e in r.gold else "wrong"
                    print(f"  {sign} {r.name}: {e} ({mark})")
                    changed = True
        if not changed:
            print("  no citation gained or lost")
    if "--update" in argv:
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        BASELINE.write_text(
            json.dumps(current, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"\nbaseline written: {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

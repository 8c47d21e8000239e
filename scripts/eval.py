"""`make eval`: precision and recall of the citation finder, per document, kind and language, against
the project's gold files; what was gained and lost against the committed baseline (eyecite's manner).

    python scripts/eval.py            # compare with tests/gold/baseline/eval.json
    python scripts/eval.py --update   # then make the current results the baseline (commit it)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold_eval import by_group, evaluate, gold_files, scores  # noqa: E402

BASELINE = ROOT / "tests" / "gold" / "baseline" / "eval.json"


def pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def main(argv: list[str]) -> int:
    results = [evaluate(path) for path in gold_files()]
    print("per document                        doc P/R/F1          clause P/R        pinpoint P/R")
    for r in results:
        d = scores(*r.level("doc"))
        c = scores(*r.level("clause"))
        p = scores(*r.level("pinpoint"))
        print(
            f"  {r.name:32} {pct(d[0])} {pct(d[1])} {pct(d[2])}    {pct(c[0])} {pct(c[1])}    "
            f"{pct(p[0])} {pct(p[1])}"
        )
    for key in ("kind", "lang"):
        print(f"\nclause level, by {key}          P      R      F1    gold  found")
        for name, (gold, found) in sorted(by_group(results, key).items()):
            p, rec, f = scores(gold, found)
            print(f"  {name:28} {pct(p)}  {pct(rec)}  {pct(f)}  {len(gold):5} {len(found):6}")
    current = {r.name: sorted([list(e) for e in r.found], key=str) for r in results}
    if BASELINE.exists():
        base = json.loads(BASELINE.read_text(encoding="utf-8"))
        print("\nagainst the baseline:")
        changed = False
        for r in results:
            old = {tuple(e) for e in base.get(r.name, [])}
            new = {tuple(e) for e in current[r.name]}
            for sign, entries in (("+", new - old), ("-", old - new)):
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

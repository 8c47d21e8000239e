"""`make eval` (second part): treatment accuracy per language over the treatment fixtures' citations,
and the exactness of every expected status, against ``tests/gold/treatment/``.

    python scripts/eval_treatment.py [-v]     # -v: list every disagreement
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tempfile  # noqa: E402

from tests.treatment_eval import (  # noqa: E402
    AS_OF,
    by_lang,
    exact,
    gold_files,
    statuses,
    store_of,
    treated,
)


def pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}" if total else "  n/a"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    results = [treated(path) for path in gold_files()]
    print("treatment accuracy, per language   right / compared   accuracy   missed by the finder")
    totals = [0, 0, 0]
    for lang, (right, compared, missed) in by_lang(results).items():
        print(f"  {lang:32} {right:5} / {compared:<8}   {pct(right, compared)}      {missed:5}")
        totals = [a + b for a, b in zip(totals, (right, compared, missed), strict=True)]
    print(
        f"  {'all':32} {totals[0]:5} / {totals[1]:<8}   {pct(totals[0], totals[1])}      {totals[2]:5}"
    )
    if verbose:
        for r in results:
            for key in r.both:
                if r.gold[key] != r.found[key]:
                    print(f"    {r.name} {key}: gold {r.gold[key]}, found {r.found[key]}")
    with tempfile.TemporaryDirectory() as tmp:
        pairs = statuses(store_of(Path(tmp)))
    right = [e for e, d in pairs if d is not None and exact(e, d)]
    print(f"\nstatus exact, as of {AS_OF}: {len(right)} / {len(pairs)}")
    for expected, derived in pairs:
        if derived is None or not exact(expected, derived):
            where = f"{expected['target']} {expected['pinpoint'] or ''}".strip()
            print(
                f"  {where}: expected {expected['status']}, derived "
                f"{derived['status'] if derived else 'nothing'}"
            )
            if verbose and derived:
                print(f"    expected {expected['history']}, ends {expected.get('ends')}")
                print(f"    derived  {derived['history']}, ends {derived['ends']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

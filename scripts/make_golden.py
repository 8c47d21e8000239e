"""Regenerate the golden files of whole outputs (run by hand, then read ``git diff tests/golden``).

    python scripts/make_golden.py

For every text fixture (the corpus and ``tests/fixtures/*.txt``): the document's metadata, its clauses and
its citations, as ``tests/golden/<name>.json``. The tests compare the pipeline's output on each fixture,
from its text and from the PDF the tests build of it, with these files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copmop.pipeline.ingest import process  # noqa: E402
from tests.golden_io import FIXTURES, golden_path, snapshot  # noqa: E402


def main() -> None:
    for path in FIXTURES:
        data = snapshot(process(path))
        out = golden_path(path)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(
            f"wrote {out.relative_to(ROOT)}: {len(data['clauses'])} clauses, "
            f"{len(data['citations'])} citations"
        )


if __name__ == "__main__":
    main()

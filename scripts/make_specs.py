"""Write the page specs from which the tests build PDFs of the text fixtures (run by hand, then read the diff).

    python scripts/make_specs.py

For each text fixture listed below: its pages as printed (running headers and page numbers dropped: the
PDF builder draws its own), footnote markers written ``{^n}`` where they stand, footnotes apart.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copmop.pipeline.read_text import read_text  # noqa: E402

FIXTURES = {
    "corpus/000_cfacde1d0e7c7cb8.txt": (
        "tests/fixtures/cp-10-7.zh.spec.json",
        "CBD/CP/MOP/DEC/10/7",
    ),
    "corpus/001_8fe905a3f4194901.txt": (
        "tests/fixtures/cop-mop-5-16.zh.spec.json",
        "UNEP/CBD/BS/COP-MOP/5/16",
    ),
    "tests/fixtures/cp-10-7.en.txt": ("tests/fixtures/cp-10-7.en.spec.json", "CBD/CP/MOP/DEC/10/7"),
}


def spec(path: Path, header: str) -> dict[str, object]:
    source = read_text(path)
    pages = []
    for page in source.pages:
        lines = []
        for line in page.lines:
            text = line.text
            for marker in sorted(line.markers, key=lambda m: m.offset, reverse=True):
                text = text[: marker.offset] + "{^" + marker.label + "}" + text[marker.offset :]
            lines.append(text + (" " if line.ends_block else ""))
        notes = [[note.label, note.text] for note in page.footnotes]
        pages.append({"lines": lines, "footnotes": notes})
    return {"source": str(path.relative_to(ROOT)), "header": header, "pages": pages}


def main() -> None:
    for src, (out, header) in FIXTURES.items():
        path = ROOT / src
        if not path.exists():
            print(f"skipped {src}: missing")
            continue
        target = ROOT / out
        target.write_text(
            json.dumps(spec(path, header), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {out}")


if __name__ == "__main__":
    main()

"""Typeset the fixtures' sources as a word processor sets a UN document: PDFs made by LibreOffice.

    python scripts/typeset.py                       # every tests/fixtures/*.src, both layouts
    python scripts/typeset.py tests/fixtures/cp-9-3.en.src --layout ragged
    python scripts/typeset.py --keep-fodt build/fodt # also keep the Flat ODTs, to open them in Writer

Run it by hand, like ``make_fixture_txt.py``; it needs LibreOffice Writer (``soffice``; Debian's
``libreoffice-writer-nogui``) and the fonts Liberation, Noto CJK and Noto (Naskh Arabic, Sans Arabic).
The tests and CI read only what it commits: ``tests/typeset/<stem>.<layout>.pdf`` and
``tests/typeset/MANIFEST.json`` (per PDF: its source, layout, pages, fonts and sizes, and the features
it shows); read the diff before committing (LibreOffice stamps each PDF with its creation time).

Each source (``tests/fixtures/*.src``, see ``make_fixture_txt.py`` for the format) becomes a Flat ODT
written here (styles, paragraphs, ``text:note`` footnotes, tables), then a PDF through ``soffice
--headless --convert-to pdf`` run with a private profile in a temporary folder, removed afterwards.
The layouts (``tests/typesetting/layouts.py``):

- ``justified``: Liberation Serif 12 pt (Noto Serif CJK SC, Noto Naskh Arabic 13 pt), justified,
  paragraphs parted by spacing, numbers hanging with a tab, pages numbered "N";
- ``ragged``: Liberation Sans 10 pt (Noto Sans CJK SC, Noto Sans Arabic), ragged right (left in Arabic),
  first-line indents, numbers inline, pages numbered "N/TOTAL".

Both set the first page's two-column title block (a borderless table: the logo's words and the
convention's name; the symbol, "Distr.: General", the date and "Original: …", mirrored in Arabic) and
under it the source's title-block lines in order, a running header from page 2 (the symbol and
"Page N"), bold section headings, italic opening verbs, footnotes in smaller type under a short rule
(markers raised, "3,4" where two stand together, notes running on to the next page when the footnote
area is full), tables with their header row repeated on each page, Arabic right to left.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.typesetting import manifest  # noqa: E402
from tests.typesetting.build import LibreOfficeMissing, flat_odt, to_pdf  # noqa: E402
from tests.typesetting.layouts import LAYOUTS  # noqa: E402
from tests.typesetting.pdfcheck import read_areas  # noqa: E402
from tests.typesetting.source import Source, read_source  # noqa: E402

OUT = ROOT / "tests" / "typeset"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, help="default: tests/fixtures/*.src")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), action="append")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keep-fodt", type=Path, help="a folder to keep the Flat ODTs in")
    args = parser.parse_args(argv)
    paths = args.sources or sorted((ROOT / "tests" / "fixtures").glob("*.src"))
    layouts = [LAYOUTS[name] for name in (args.layout or sorted(LAYOUTS))]
    sources = {path.name.removesuffix(".src"): read_source(path) for path in paths}
    with tempfile.TemporaryDirectory(prefix="copmop-typeset-") as tmp:
        work = Path(tmp)
        jobs: dict[Path, tuple[Source, str]] = {}
        for stem, source in sources.items():
            for layout in layouts:
                fodt = work / f"{stem}.{layout.name}.fodt"
                fodt.write_text(flat_odt(source, layout), encoding="utf-8")
                jobs[fodt] = (source, layout.name)
        if args.keep_fodt:
            args.keep_fodt.mkdir(parents=True, exist_ok=True)
            for fodt in jobs:
                shutil.copy(fodt, args.keep_fodt / fodt.name)
        try:
            pdfs = to_pdf(list(jobs), work / "pdf")
        except LibreOfficeMissing as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        index_path = args.out / "MANIFEST.json"
        index = manifest.load(index_path)
        for fodt, pdf in zip(jobs, pdfs, strict=True):
            source, name = jobs[fodt]
            target = args.out / pdf.name
            shutil.move(pdf, target)
            layout = LAYOUTS[name]
            pages = read_areas(target, layout.script(source.lang).note_size)
            index[target.name] = manifest.entry(pages, source, layout, ROOT)
            info = index[target.name]
            print(f"wrote {target.name}: {info['pages']} pages, {target.stat().st_size} bytes")
        manifest.save(index_path, index)
    total = sum(p.stat().st_size for p in args.out.glob("*.pdf"))
    print(f"{len(list(args.out.glob('*.pdf')))} PDFs, {total} bytes in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

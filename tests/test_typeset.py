"""The typeset corpus (``tests/typeset``, made by ``scripts/typeset.py`` with LibreOffice) is what its
manifest says: every source in both layouts; on the committed PDFs, read with pdfplumber, the two-column
title block and the title block's lines under it, every character of the source, the running header
and page numbers, footnotes in small type with raised markers. No LibreOffice is needed here; the
layouts' lines, paragraphs, fonts and scripts are checked in ``test_typeset_layout.py``.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.golden_io import ROOT
from tests.typesetting.body import verb_blocks
from tests.typesetting.corpus import (
    MANIFEST,
    NAMES,
    PAGE_WIDTH,
    TYPESET,
    arabic_letters,
    block_bottom,
    first_page,
    layout,
    opens,
    pages,
    read,
    rows_of,
    running,
    sizes,
    source,
    texts,
    with_feature,
)
from tests.typesetting.layouts import LAYOUTS
from tests.typesetting.manifest import entry, header_row, squeeze
from tests.typesetting.pdfcheck import opens_with_label
from tests.typesetting.source import MARK, Kind
from tests.typesetting.words import CONVENTION, DISTRIBUTION, LOGO, ORIGINAL

# A run of markers side by side in a source: "[^4][^5]" is printed "4,5".
MARKS = re.compile(r"(?:\[\^[^\]]+\])+")


# --- the corpus and its manifest ----------------------------------------------------------------


def test_every_source_is_typeset_in_both_layouts_and_nothing_else() -> None:
    stems = [p.name.removesuffix(".src") for p in (ROOT / "tests" / "fixtures").glob("*.src")]
    wanted = {f"{stem}.{name}.pdf" for stem in stems for name in LAYOUTS}
    assert set(MANIFEST) == wanted
    assert {p.name for p in TYPESET.glob("*.pdf")} == wanted


@pytest.mark.parametrize("name", NAMES)
def test_the_manifest_says_what_the_pdf_shows(name: str) -> None:
    """Pages, sizes, markers, verbs, and where notes, paragraphs and lists run on: read again."""
    assert entry(pages(name), source(name), layout(name), ROOT) == MANIFEST[name]
    assert MANIFEST[name]["verbs"] == len(verb_blocks(source(name)))
    assert len(read(name).rules) == MANIFEST[name]["pages"]


def test_between_them_the_layouts_show_every_feature() -> None:
    shown = {f for info in MANIFEST.values() for f in info["features"]}
    assert shown >= {
        *(f for lay in LAYOUTS.values() for f in lay.features),
        "footnotes",
        "double-marker",
        "italic-verbs",
        "table",
        "table-header-repeated",
        "rtl",
        "cjk",
        "fullwidth-digits",
        "footnote-runs-on",
        "paragraph-runs-on",
        "list-runs-on",
    }
    assert {info["font"] for info in MANIFEST.values()} >= {"Liberation Serif", "Liberation Sans"}


# --- the first page -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_the_first_page_opens_with_the_two_column_title_block(name: str) -> None:
    """Left the logo's words and the convention; right the symbol, distribution, date and original
    language (mirrored in Arabic); the two columns meet at the middle of the page."""
    src, chars = source(name), first_page(name)
    lang, symbol, split = src.lang, squeeze(src.header or ""), PAGE_WIDTH / 2
    top = min(c["top"] for c in chars)
    band = sorted((c for c in chars if c["top"] < top + 8), key=lambda c: c["x0"])
    line = "".join(c["text"] for c in band)
    if lang == "ar":
        assert line.startswith(symbol)
        assert arabic_letters(line[len(symbol) :]) == arabic_letters(LOGO[lang])
    else:  # the logo's words (their first line: the Russian wrap) left of the symbol
        assert line.endswith(symbol)
        assert squeeze(LOGO[lang]).startswith(line[: -len(symbol)])
    block = [c for c in chars if c["top"] < block_bottom(name) - 1]
    assert all(c["x1"] <= split or c["x0"] >= split for c in block)
    left = rows_of([c for c in block if c["x1"] <= split])
    right = rows_of([c for c in block if c["x0"] >= split])
    symbol_side, logo_side = (left, right) if lang == "ar" else (right, left)
    assert [r.plain() for r in symbol_side][:2] == [symbol, squeeze(DISTRIBUTION[lang])]
    assert len(symbol_side) == 4  # symbol, distribution, date, original
    logo = "".join(r.plain() for r in logo_side)
    if lang == "ar":
        assert arabic_letters(logo) == arabic_letters(LOGO[lang] + CONVENTION[lang])
    else:
        assert symbol_side[3].plain() == squeeze(ORIGINAL[lang])
        assert logo == squeeze(LOGO[lang]) + squeeze(CONVENTION[lang])


@pytest.mark.parametrize("name", NAMES)
def test_the_title_blocks_lines_follow_in_order_each_its_own_paragraph(name: str) -> None:
    """Under the two columns, each line of the source's title block opens a row of its own, in order
    (in Arabic, read in visual order, a row holds the letters of its line and no others)."""
    src = source(name)
    blocks = [b.text for b in src.blocks if b.kind in (Kind.TITLE_LINE, Kind.TITLE)]
    found = running(name)[0]
    at = 0
    for text in blocks:
        if src.lang == "ar":
            letters = arabic_letters(text)
            at = 1 + next(
                i
                for i in range(at, len(found))
                if arabic_letters(found[i].text) and arabic_letters(found[i].text) <= letters
            )
        else:
            line = squeeze(text)
            at = 1 + next(
                i for i in range(at, len(found)) if found[i].plain().startswith(line[:12])
            )
            assert "".join(r.plain() for r in found[at - 1 : at + 2]).startswith(line)
    assert at < len(found)  # the running text follows


@pytest.mark.parametrize("name", [n for n in NAMES if MANIFEST[n]["lang"] != "ar"])
def test_every_character_of_the_source_is_printed_once(name: str) -> None:
    """Blocks, cells and footnotes, spaces and markers aside, against the body's and the notes' ink
    (a table's header row once more on each page it is repeated on). Arabic is left out: pdfplumber
    gives its letters in visual order, ligatures twice."""
    src, info = source(name), MANIFEST[name]
    want = Counter("".join(squeeze(t) for t in [*texts(src), *src.notes.values()]))
    for block in (b for b in src.blocks if b.table is not None):
        head = "".join(squeeze(" ".join(cell)) for cell in block.table.rows[0])  # type: ignore[union-attr]
        printed = [n for n in info["table_heads"] if opens(pages(name)[n - 1], header_row(block))]
        want.update(head * (len(printed) - 1))
    found: Counter[str] = Counter()
    rows_ = [r for page in running(name) for r in page] + [r for a in pages(name) for r in a.notes]
    for row in rows_:
        raised = {id(c) for c in row.raised()}
        found.update("".join(c["text"] for c in row.ink if id(c) not in raised))
    assert found == want


# --- furniture ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_a_running_header_from_page_two_and_page_numbers_at_the_foot(name: str) -> None:
    found, total = pages(name), MANIFEST[name]["pages"]
    symbol = squeeze(source(name).header or "")
    for n, a in enumerate(found, 1):
        if n > 1:
            assert [r.plain() for r in a.header] == [symbol, f"Page{n}"]
        number = f"{n}/{total}" if layout(name).footer == "n/total" else f"{n}"
        assert [r.text.strip() for r in a.footer] == [number]
    assert all(not r.plain().startswith("Page") for r in found[0].body)


# --- footnotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", with_feature("footnotes"))
def test_footnotes_in_smaller_type_each_opening_with_its_label(name: str) -> None:
    info, src, lay = MANIFEST[name], source(name), layout(name)
    notes = [r for a in pages(name) for r in a.notes]
    assert {r.size for r in notes} <= {lay.western.note_size, info["note_size"]}
    assert max(r.size for r in notes) < min(sizes(name))
    labelled = [r for r in notes if opens_with_label(r, src.lang)]
    assert len(labelled) == len(src.notes) == len({m for t in texts(src) for m in MARK.findall(t)})


@pytest.mark.parametrize("name", with_feature("footnotes"))
def test_markers_are_raised_and_side_by_side_ones_printed_with_a_comma(name: str) -> None:
    want = Counter(
        ",".join(MARK.findall(run)) for t in texts(source(name)) for run in MARKS.findall(t)
    )
    found: Counter[str] = Counter()
    for page in running(name):
        for row in page:
            raised = {id(c) for c in row.raised()}
            run = ""
            for c in [*row.ink, {"text": ""}]:
                if id(c) in raised:
                    run += c["text"]
                elif run:
                    found[run if source(name).lang != "ar" else run[::-1]] += 1
                    run = ""
    assert found == want


@pytest.mark.parametrize("name", with_feature("footnote-runs-on"))
def test_a_footnote_runs_on_to_the_next_page(name: str) -> None:
    found = pages(name)
    for n in MANIFEST[name]["notes_run_on"]:
        assert found[n - 2].notes and found[n - 1].notes
        assert not opens_with_label(found[n - 1].notes[0], source(name).lang)

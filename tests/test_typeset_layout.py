"""The two layouts of the typeset corpus, on the committed PDFs: justified lines end at the margin and
ragged ones do not; paragraphs are parted by spacing or by a first-line indent; numbers hang with a tab
or run inline; opening verbs are italic and headings bold; the body is set in the layout's font and
size; Arabic runs right to left, full-width digits stay full width; tables are ruled grids whose header
row repeats on every page they run on to.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.typesetting.corpus import (
    CM,
    MANIFEST,
    NAMES,
    arabic_letters,
    body_rows,
    centred,
    end,
    gaps,
    header_row_of,
    inner_rows,
    layout,
    leading,
    margins,
    opens,
    pages,
    read,
    reading,
    source,
    start,
    texts,
    with_feature,
)
from tests.typesetting.manifest import FULLWIDTH_DIGITS, squeeze
from tests.typesetting.pdfcheck import ARABIC, is_bold, is_italic
from tests.typesetting.source import Kind

# A paragraph number opening a line in reading order: "12.", "1 -" (Arabic).
NUMBER = re.compile(r"^\d+[.-](?=\D)")


@pytest.mark.parametrize("name", NAMES)
def test_justified_lines_end_at_the_margin_ragged_ones_do_not(name: str) -> None:
    """Every line but a paragraph's last: justified, it ends at the margin; ragged, mostly not."""
    far = [end(name, row) for row in inner_rows(name)]
    flush = sum(1 for f in far if abs(f) <= 3) / len(far)
    if layout(name).justified:
        assert flush >= 0.85
    else:
        assert flush <= 0.4


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_parted_by_spacing_or_by_a_first_line_indent(name: str) -> None:
    """Space after a paragraph (6 pt more than a line), or its first line indented by a centimetre
    (a centred line is neither)."""
    found = gaps(name)
    pitch = leading(name)
    spaced = sum(n for g, n in found.items() if abs(g - pitch - 6) <= 2) / sum(found.values())
    indented = sum(
        1 for row in body_rows(name) if abs(start(name, row) - CM) < 1 and not centred(name, row)
    )
    if layout(name).spacing:
        assert spaced >= 0.2
        assert indented == 0
    else:
        assert spaced <= 0.12
        assert indented >= 20


@pytest.mark.parametrize("name", NAMES)
def test_numbers_hang_with_a_tab_or_run_inline(name: str) -> None:
    rtl, lay = MANIFEST[name]["lang"] == "ar", layout(name)
    size = MANIFEST[name]["size"]
    left, right = margins(name)
    first = 0.0 if lay.hanging else CM  # where a paragraph's first line starts
    gaps = []
    for row in body_rows(name):
        if abs(((right - row.x1) if rtl else (row.x0 - left)) - first) > 1:
            continue  # not a paragraph's first line: an inline "2." may open it
        ink = reading(row, rtl)
        m = NUMBER.match("".join(c["text"] for c in ink))
        if m:
            label, after = ink[len(m.group()) - 1], ink[len(m.group())]
            gaps.append((label["x0"] - after["x1"]) if rtl else (after["x0"] - label["x1"]))
    assert len(gaps) >= 10  # every fixture numbers at least ten paragraphs
    if layout(name).hanging:
        assert min(gaps) >= 0.6 * size
    else:
        assert max(gaps) <= 0.4 * size


@pytest.mark.parametrize("name", with_feature("italic-verbs"))
def test_opening_verbs_are_italic(name: str) -> None:
    runs = 0
    for row in body_rows(name):
        flags = [is_italic(c) for c in row.ink]
        runs += sum(1 for i, f in enumerate(flags) if f and (i == 0 or not flags[i - 1]))
    assert runs == MANIFEST[name]["verbs"]


@pytest.mark.parametrize("name", NAMES)
def test_section_headings_are_bold(name: str) -> None:
    src = source(name)
    headings = [b for b in src.blocks if b.kind == Kind.HEADING]
    bold = [r for a in pages(name) for r in a.body if all(is_bold(c) for c in r.ink)]
    for heading in headings:
        if src.lang == "ar":
            assert any(arabic_letters(r.text) == arabic_letters(heading.text) for r in bold)
        else:
            assert any(squeeze(heading.text).startswith(r.plain()[:20]) for r in bold)


@pytest.mark.parametrize("name", NAMES)
def test_the_body_is_set_in_the_layouts_font_and_size(name: str) -> None:
    info = MANIFEST[name]
    chars = []
    for row in body_rows(name):
        raised = {id(c) for c in row.raised()}
        chars += [c for c in row.ink if id(c) not in raised]
    family = info["font"].replace(" ", "").removesuffix("SC")
    script = (
        [c for c in chars if not c["text"].isascii()] if info["lang"] in ("zh", "ar") else chars
    )
    fonts = Counter(c["fontname"].split("+", 1)[-1].split("-")[0] for c in script)
    assert fonts.most_common(1)[0][0].startswith(family)
    assert Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0] == info["size"]


# --- scripts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", with_feature("rtl"))
def test_arabic_is_set_right_to_left(name: str) -> None:
    right = margins(name)[1]
    chars = [c for r in body_rows(name) for c in r.ink]
    assert sum(1 for c in chars if ARABIC.match(c["text"])) / len(chars) >= 0.6
    flush = [r for r in body_rows(name) if abs(right - r.x1) < 1 or abs(right - CM - r.x1) < 1]
    assert len(flush) / len(body_rows(name)) >= 0.45


@pytest.mark.parametrize("name", with_feature("fullwidth-digits"))
def test_full_width_digits_stay_full_width(name: str) -> None:
    want = {ch for t in texts(source(name)) for ch in t if ch in FULLWIDTH_DIGITS}
    found = {c["text"] for a in pages(name) for r in a.body for c in r.ink}
    assert want and want <= found


@pytest.mark.parametrize("name", with_feature("table"))
def test_tables_are_ruled_grids_whose_header_row_repeats_on_each_page(name: str) -> None:
    tables = [b.table for b in source(name).blocks if b.table is not None]
    logframe = tables[-1]
    heads = [
        n
        for n in MANIFEST[name]["table_heads"]
        if opens(pages(name)[n - 1], header_row_of(logframe))
    ]
    assert len(heads) >= 3 and heads == list(range(heads[0], heads[-1] + 1))
    for n in heads[1:]:  # repeated at the head of each page the table runs on to
        assert pages(name)[n - 1].body[0].plain().startswith(header_row_of(logframe))
    assert all(read(name).rules[n - 1] >= 10 for n in heads)
    numbers = {row[2][0].split()[0] for row in logframe.rows[1:]}
    assert numbers <= {w for n in heads for w in read(name).words[n - 1]}

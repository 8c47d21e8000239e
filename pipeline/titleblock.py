"""The title block: body, meeting, dates and place, agenda item, symbol, decision number and title."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from copmop.lang import lexicon, normalize, structure
from copmop.lang.dates import parse_range
from copmop.lang.patterns import SYMBOL
from copmop.pipeline import layout
from copmop.pipeline.models import Line, Marker, Page, TitleBlock

__all__ = ["chapeau_end", "is_chapeau", "parse_title_block", "starts_body"]


def starts_body(text: str, lang: str) -> bool:
    """Does this line open the running text: a chapeau, paragraph 1, section A/I/一, an annex?"""
    if structure.ANNEX_HEADING.match(text):
        return True
    m = structure.PARA_NUMBER.match(text)
    if m and m["num"] == "1" and m["rest"]:
        return True
    m = structure.SECTION_LATIN.match(text)
    if m and m["label"] in ("A", "I", "А"):
        return True
    m = structure.SECTION_ARABIC.match(text) or structure.SECTION_ARABIC_ORDINAL.match(text)
    if m and m["label"] in ("ألف", "أولا"):
        return True
    m = structure.SECTION_CJK.match(text)
    if m and m["label"] == "一" and m["rest"]:
        return True
    return is_chapeau(text, lang)


def is_chapeau(text: str, lang: str) -> bool:
    """``作为卡塔赫纳生物安全议定书缔约方会议的缔约方大会，`` / ``The Conference of the Parties …,``."""
    pattern = structure.CHAPEAU.get(lang)
    return bool(pattern and pattern.match(text) and text.rstrip().endswith((",", "，", "،")))


def chapeau_end(lines: Sequence[Line], i: int, lang: str) -> int | None:
    """When the block starting at line ``i`` is a decision's chapeau, the index just after it."""
    pattern = structure.CHAPEAU.get(lang)
    if not pattern or not pattern.match(lines[i].text):
        return None
    for j in range(i, min(len(lines), i + 4)):
        if lines[j].ends_block or j == i + 3:
            text = " ".join(line.text for line in lines[i : j + 1])
            return j + 1 if is_chapeau(text, lang) else None
    return None


_MAX_LINES = 60


def _blocks(lines: Sequence[Line], lang: str) -> tuple[list[list[Line]], int | None]:
    """Group the title block's lines into blocks; stop where the running text begins (None: not seen)."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for i, line in enumerate(lines[:_MAX_LINES]):
        if (not current and starts_body(line.text, lang)) or chapeau_end(lines, i, lang):
            if current:
                blocks.append(current)
            return blocks, i
        current.append(line)
        if line.ends_block:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks, None


def parse_title_block(lines: Sequence[Line], pages: Sequence[Page], lang: str) -> TitleBlock:
    """Read the metadata at the head of a document; ``end`` is the index of its first running line."""
    blocks, end = _blocks(lines, lang)
    info = TitleBlock(symbol=_symbol(pages))
    body_text: list[str] = []
    title: list[Line] = []
    markers: list[Marker] = []
    consumed = 0
    bare = False
    noise = False  # the block before was a notice or a line of the distribution block
    # a decision's title is what follows its number: no block before the number is the title
    numbered = any(structure.DECISION_LINE.match(layout.join_lines(block).text) for block in blocks)
    for block in blocks:
        if end is None and title:
            break
        consumed += len(block)
        joined = layout.join_lines(block)
        text = joined.text
        markers.extend(joined.markers)
        decision = structure.DECISION_LINE.match(text)
        if title and (info.decision or not numbered) and _title_open(title, block):
            title.extend(block)
            continue
        if noise and text[:1].islower():
            continue  # "Decision adopted by the Conference of the Parties to the Convention" + "on …"
        noise = False
        if decision and info.decision is None and not title:
            info.decision = normalize.parse_decision(decision["decision"])
            bare = decision["prefix"] is None
            title = [_drop_prefix(block[0], decision["decision"]), *block[1:]]
        elif _read_meta(text, lang, info):
            continue
        elif structure.DECISION_NOTICE.search(text):
            info.notice = noise = True
        elif structure.TITLE_NOISE.search(text) or structure.SYMBOL_LINE.match(text):
            noise = True
            if structure.SYMBOL_LINE.match(text) and info.symbol is None:
                info.symbol = normalize.canonical_symbol(text)
        elif info.meeting is None and info.date_start is None and info.agenda_item is None:
            body_text.append(text)
            # "联合国 CBD/CP/MOP/DEC/10/7": a logo's words beside the symbol
            symbol = SYMBOL.search(text)
            if symbol and info.symbol is None and len(text) < 60:
                info.symbol = normalize.canonical_symbol(symbol.group())
        elif not title and not (numbered and info.decision is None):
            title = list(block)
    info.end = end if end is not None else consumed
    if title:
        info.title = layout.join_lines(title)
    info.body = _body(" ".join(body_text), lang)
    if bare and info.body and info.decision:
        # "VIII/15." printed without its prefix in a COP-MOP decision is CP-VIII/15
        info.decision = f"{info.body}-{info.decision.split('-', 1)[1]}"
    info.markers = tuple(markers)
    _fill_from_symbols(info)
    return info


def _title_open(title: list[Line], block: list[Line]) -> bool:
    """A decision's title runs on into the next block when its brackets are still open or the next
    block starts in lower case (the line broke where the PDF's geometry said a block ended)."""
    text = "".join(line.text for line in title)
    unbalanced = (
        text.count("《") > text.count("》")
        or text.count("(") > text.count(")")
        or text.count("（") > text.count("）")
    )
    return unbalanced or block[0].text[:1].islower()


def _drop_prefix(line: Line, decision: str) -> Line:
    text = line.text
    start = text.find(decision) + len(decision)
    rest = structure.LEADING_DOT.sub("", text[start:])
    cut = len(text) - len(rest)
    markers = tuple(Marker(m.label, max(0, m.offset - cut)) for m in line.markers)
    return replace(line, text=rest, markers=markers)


def _read_meta(text: str, lang: str, info: TitleBlock) -> bool:
    """Fill meeting, dates and place, or agenda item from one block; True when it was one of them."""
    found = False
    meeting = structure.MEETING.get(lang, structure.MEETING["en"]).search(text)
    if meeting and info.meeting is None:
        num = meeting.groupdict().get("num")
        info.meeting = (
            normalize.number_value(num) if num else normalize.ordinal_value(meeting["ord"], lang)
        )
        found = True
    if info.date_start is None:
        dates = parse_range(text, lang)
        if dates:
            info.date_start, info.date_end, info.place = dates
            found = True
    agenda = structure.AGENDA.get(lang, structure.AGENDA["en"]).search(text)
    if agenda and info.agenda_item is None:
        info.agenda_item = "".join(normalize.to_ascii(agenda["item"]).split())
        found = True
    return found


def _body(text: str, lang: str) -> str | None:
    lowered = text.lower()
    for body, phrase in lexicon.BODY_PHRASES.get(lang, ()):
        if phrase.lower() in lowered:
            return body
    return None


def _symbol(pages: Sequence[Page]) -> str | None:
    """The document's own symbol: the commonest symbol printed alone in its running headers."""
    found: Counter[str] = Counter()
    for page in pages:
        for text in page.furniture:
            m = structure.SYMBOL_LINE.match(text)
            if m:
                found[normalize.canonical_symbol(m["symbol"])] += 1
    return found.most_common(1)[0][0] if found else None


def _fill_from_symbols(info: TitleBlock) -> None:
    """What the symbol or decision number tell when the title block did not say it."""
    if info.symbol and info.decision is None:
        info.decision = normalize.decision_from_symbol(info.symbol)
    if info.symbol:
        found = normalize.meeting_from_symbol(info.symbol)
        if found:
            info.body = info.body or found[0]
            info.meeting = info.meeting or found[1]
    if info.decision:
        body, meeting, _ = normalize.decision_parts(info.decision)
        info.body = info.body or body
        info.meeting = info.meeting or meeting

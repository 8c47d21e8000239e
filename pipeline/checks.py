"""The structural check every document gets at ingest: what a careful reader would notice is wrong.

A document that fails is still stored, its ``warnings`` saying what is wrong, so that a legal officer can
tell an answer the pipeline may have got wrong: its decision number or symbol, title, dates and place
not found; paragraph numbers out of sequence (a number the segmentation could not take in order leaves
its text inside the paragraph before: "paragraph 5 holds what looks like paragraph 7"); a footnote
without its marker or a marker without its footnote; a body whose language is not the one its file
declares; a clause implausibly long.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

from copmop.lang.detect import detect, from_name
from copmop.lang.structure import EMBEDDED_NUMBER
from copmop.pipeline.models import ClauseKind, DocKind, Document, Paragraph, Source
from copmop.pipeline.titleblock import parse_title_block

__all__ = ["LONGEST", "structural_warnings"]

# A clause longer than this (in characters) is suspect: real operative paragraphs with many items run to
# about 3,000; longer ones swallowed what follows them.
LONGEST = 6000
# Letters of the running text found in no clause: above this share (and above LOST_LETTERS), the
# segmentation lost text. Paragraph and section labels ("A.", "一、", "(a)") alone stay well under 1%.
LOST_SHARE = 0.02
LOST_LETTERS = 50
_TITLE_NOTES = frozenset({"*", "**", "***", "†"})


def structural_warnings(doc: Document, source: Source) -> list[str]:
    """What is wrong with the document's structure, in one line each (none when nothing)."""
    out: list[str] = []
    out += _metadata(doc)
    out += _numbering(doc)
    out += _footnotes(doc, source)
    out += _language(doc, source)
    out += _lost_text(doc, source)
    out += [
        f"{_name(p)} is {len(p.text):,} characters long (did it swallow what follows it?)"
        for p in doc.paragraphs
        if len(p.text) > LONGEST and p.kind != ClauseKind.FOOTNOTE
    ]
    if source.unreadable_pages:
        pages = ", ".join(map(str, source.unreadable_pages))
        out.append(f"no readable text on page(s) {pages}; OCR them to ingest them")
    return out


def _letters(text: str) -> Counter[str]:
    return Counter(c for c in text if unicodedata.category(c)[0] == "L")


def _lost_text(doc: Document, source: Source) -> list[str]:
    """The letters of the running text (after the title block) and of the footnotes that no clause
    holds: a share of them past LOST_SHARE is text the segmentation dropped."""
    lines = [line for page in source.pages for line in page.lines]
    start = parse_title_block(lines, source.pages, doc.lang).end
    read: Counter[str] = Counter()
    for line in lines[start:]:
        read.update(_letters(line.text))
    for page in source.pages:
        for note in page.footnotes:
            read.update(_letters(note.text))
    kept: Counter[str] = Counter()
    for p in doc.paragraphs:
        kept.update(_letters(p.text))
    lost, total = (read - kept).total(), read.total()
    if lost > LOST_LETTERS and lost > LOST_SHARE * total:
        return [
            f"at least {lost:,} of the text's {total:,} letters ({lost / total:.0%}) are in no clause"
        ]
    return []


def _name(p: Paragraph) -> str:
    path = p.par_id.split("#", 1)[1]
    return f"paragraph {path}" if p.number else f"clause {path}"


def _metadata(doc: Document) -> list[str]:
    out = []
    if doc.decision is None and doc.symbol is None:
        out.append("no decision number and no document symbol found in the title block")
    if not doc.title:
        out.append("no title found")
    if doc.meeting is None:
        out.append("no meeting found")
    if doc.date_start is None:
        out.append("no meeting dates found")
    if not doc.place:
        out.append("no place found")
    if doc.kind == DocKind.DECISION and not any(
        p.kind == ClauseKind.OPERATIVE for p in doc.paragraphs
    ):
        out.append("a decision with no operative paragraph")
    return out


def _numbering(doc: Document) -> list[str]:
    """Numbers that repeat in one scope, or that a paragraph holds out of sequence."""
    out = []
    seen: Counter[tuple[str, str]] = Counter()
    for p in doc.paragraphs:
        if p.kind not in (ClauseKind.OPERATIVE, ClauseKind.BODY) or not p.number:
            continue
        if not p.number.isdecimal():
            continue
        scope = p.section or ""
        seen[(scope, p.number)] += 1
        for m in EMBEDDED_NUMBER.finditer(p.text):
            number = int(m["num"])
            if int(p.number) < number <= int(p.number) + 3:
                out.append(
                    f"{_name(p)} holds what looks like paragraph {number}: {m.group().strip()!r}"
                )
                break
    out += [
        f"paragraph {number} appears {n} times{' in ' + scope if scope else ''}"
        for (scope, number), n in seen.items()
        if n > 1
    ]
    return out


def _footnotes(doc: Document, source: Source) -> list[str]:
    """Every footnote with its marker, every marker with its footnote."""
    notes = {p.number for p in doc.paragraphs if p.kind == ClauseKind.FOOTNOTE}
    markers = {label for p in doc.paragraphs for label in p.notes}
    # "*" and "†" annotate the title block (the provisional agenda's symbol), not a clause
    printed = {n.label for page in source.pages for n in page.footnotes} - _TITLE_NOTES
    out = [f"footnote {label} has no marker in the text" for label in _sorted(printed - markers)]
    out += [
        f"footnote {label} was found but hangs under no clause"
        for label in _sorted(printed - notes)
    ]
    out += [f"marker {label} has no footnote" for label in _sorted(markers - printed)]
    return out


def _sorted(labels: Iterable[str | None]) -> list[str]:
    return sorted((x for x in labels if x), key=lambda x: (len(x), x))


def _language(doc: Document, source: Source) -> list[str]:
    """The body's language against the one it is stored as, and the one its file's name declares (a
    PDF's /Lang is only its word processor's default: often English whatever the text)."""
    body = " ".join(p.text for p in doc.paragraphs if p.kind != ClauseKind.TITLE)[:20000]
    found = detect(body) if body else doc.lang
    out = []
    tag = from_name(source.path)
    if tag and tag != found:
        out.append(f"the file name says {tag} but the text reads as {found}")
    if found != doc.lang:
        out.append(f"stored as {doc.lang} but the text reads as {found}")
    return out

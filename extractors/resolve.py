"""Tie mentions together and make canonical targets: which pinpoint belongs to which whole.

A pinpoint (paragraphs, an annex) belongs to the decision or document just before it ("第 BS-V/16 号决定，
附件一", "decision BS-IV/15, paragraph 2") or just after it ("paragraph 3 of decision CP-9/7"); an Article
to the instrument named with it ("《公约》第19条", "Article 19 of the Convention"), else to the instrument
the document serves; a pinpoint beside "above", "上文", "the present decision" to the document itself.
An Article of a national law (an unknown 《title》, "… of the Biosafety Act") is no citation.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors import patterns
from pipeline.models import Mention

__all__ = ["Found", "resolve"]

# (kind, target, pinpoint, start, end): one citation of one target, offsets into the text.
Found = tuple[str, str, str | None, int, int]
_WHOLES = ("decision", "document", "present")


def resolve(
    mentions: Sequence[Mention], text: str, lang: str, host: str, own: tuple[str, str] | None
) -> list[Found]:
    """Citations of one text from its mentions; ``own`` is the document's own (kind, target)."""
    ms = list(mentions)
    owner, dropped = _owners(ms, text, lang)
    rows: list[Found] = []
    for i, m in enumerate(ms):
        if i in dropped:
            continue
        parts = [j for j in range(len(ms)) if owner[j] == i and j not in dropped]
        if m.kind in ("decision", "document"):
            rows.extend(_whole(m.kind, list(m.values), ms, i, parts))
        elif m.kind == "present" and own is not None and parts:
            rows.extend(_whole(own[0], [own[1]], ms, i, parts))
        elif m.kind == "instrument":
            code = m.values[0] if m.values else ""
            if code and code != host and not parts:
                rows.append(("instrument", code, None, m.start, m.end))
        elif m.kind == "article":
            rows.extend(_articles(ms, i, owner, parts, host))
        elif m.kind == "annex" and owner[i] is None:
            rows.extend(_internal(ms, i, text, own, lang))
        elif m.kind == "annex" and ms[owner[i]].kind == "instrument":  # type: ignore[index]
            inst = ms[owner[i]]  # type: ignore[index]
            if inst.values and inst.values[0]:
                start, end = min(m.start, inst.start), max(m.end, inst.end)
                rows.extend(
                    ("annex", f"{inst.values[0]}/annex-{label}", None, start, end)
                    for label in m.values
                )
        elif m.kind == "paragraph" and owner[i] is None:
            rows.extend(_internal(ms, i, text, own, lang))
        elif m.kind == "objective":
            rows.extend(("objective", number, None, m.start, m.end) for number in m.values)
    return list(dict.fromkeys(rows))


def _owners(ms: list[Mention], text: str, lang: str) -> tuple[list[int | None], set[int]]:
    """For each pinpoint or Article, the index of the mention it belongs to; and those to drop."""
    owner: list[int | None] = [None] * len(ms)
    dropped: set[int] = set()
    of_gap = patterns.GAP_OF.get(lang, patterns.GAP_OF["en"])
    for i, m in enumerate(ms):
        if m.kind not in ("paragraph", "annex", "article"):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        prv = ms[i - 1] if i > 0 else None
        after = text[m.end : nxt.start] if nxt else ""
        before = text[prv.end : m.start] if prv else ""
        if nxt and of_gap.match(after) and _takes(nxt.kind, m.kind):
            owner[i] = i + 1
            continue
        if nxt and nxt.kind == "foreign" and patterns.GAP_FOREIGN.match(after):
            dropped.add(i)
            continue
        if prv is None:
            continue
        if (prv.kind in _WHOLES and m.kind != "article" and patterns.GAP_AFTER.match(before)) or (
            lang == "zh"
            and prv.kind == "instrument"
            and m.kind != "paragraph"
            and patterns.GAP_INSTRUMENT_ZH.match(before)
        ):
            owner[i] = i - 1
        elif (
            lang == "zh"
            and prv.kind == "article"
            and m.kind == "article"
            and patterns.GAP_LIST_ZH.match(before)
        ):
            owner[i] = owner[i - 1]
            if i - 1 in dropped:
                dropped.add(i)
    for i, o in enumerate(owner):
        if o is not None and ms[o].kind == "instrument" and not (ms[o].values and ms[o].values[0]):
            dropped.add(i)  # an Article or annex of an unknown title: a national law, a plan
    return owner, dropped


def _takes(whole: str, part: str) -> bool:
    """Can a mention of kind ``whole`` own a ``part`` that comes before it ("paragraph 3 of decision
    X", "Article 19 of the Convention", "annex III to the Protocol", "paragraph 5 of Article 16")?"""
    return (
        (whole in _WHOLES and part != "article")
        or (whole == "instrument" and part != "paragraph")
        or (whole == "article" and part == "paragraph")
    )


def _pinpoints(ms: list[Mention], parts: list[int]) -> list[str]:
    out: list[str] = []
    for j in parts:
        if ms[j].kind == "paragraph":
            out.extend(ms[j].values)
        elif ms[j].kind == "annex":
            out.extend([f"annex {label}" for label in ms[j].values] or ["annex"])
    return out


def _whole(
    kind: str, targets: list[str], ms: list[Mention], i: int, parts: list[int]
) -> list[Found]:
    """A decision or document list, the last one with the pinpoints that belong to it."""
    m = ms[i]
    spans = [m, *(ms[j] for j in parts)]
    start, end = min(x.start for x in spans), max(x.end for x in spans)
    rows: list[Found] = [(kind, t, None, m.start, m.end) for t in targets[:-1]]
    points: list[str | None] = list(_pinpoints(ms, parts)) or [None]
    rows.extend((kind, targets[-1], p, start, end) for p in points)
    return rows


def _articles(
    ms: list[Mention], i: int, owner: list[int | None], parts: list[int], host: str
) -> list[Found]:
    m = ms[i]
    o = owner[i]
    inst = ms[o].values[0] if o is not None and ms[o].kind == "instrument" else host
    spans = [m, *(ms[j] for j in parts)] + ([ms[o]] if o is not None else [])
    start, end = min(x.start for x in spans), max(x.end for x in spans)
    points = list(m.pinpoints) or [None] * len(m.values)
    paragraphs = [
        p.removeprefix("para ") for j in parts if ms[j].kind == "paragraph" for p in ms[j].values
    ]
    if paragraphs and len(m.values) == 1:
        return [("article", f"{inst}/{m.values[0]}", p, start, end) for p in paragraphs]
    return [
        ("article", f"{inst}/{n}", p, start, end) for n, p in zip(m.values, points, strict=False)
    ]


def _internal(
    ms: list[Mention], i: int, text: str, own: tuple[str, str] | None, lang: str
) -> list[Found]:
    """A pinpoint with no whole: the document's own, beside "above"/"上文", or a numbered annex."""
    m = ms[i]
    if own is None:
        return []
    prv = ms[i - 1] if i > 0 else None
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    beside = (prv is not None and prv.kind == "adverb" and not text[prv.end : m.start].strip()) or (
        nxt is not None and nxt.kind == "adverb" and not text[m.end : nxt.start].strip()
    )
    if m.kind == "paragraph" and not beside:
        return []
    if m.kind == "annex" and not m.values and not beside:
        return []
    start = prv.start if beside and prv is not None and prv.kind == "adverb" else m.start
    end = nxt.end if beside and nxt is not None and nxt.kind == "adverb" else m.end
    points = _pinpoints(ms, [i])
    return [(own[0], own[1], p, start, end) for p in points]

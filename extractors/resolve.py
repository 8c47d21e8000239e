"""Tie mentions together and make canonical targets: which pinpoint belongs to which whole.

A pinpoint (paragraphs, an annex) belongs to the decision, recommendation or document just before it ("第 BS-V/16 号决定，
附件一", "decision BS-IV/15, paragraph 2") or just after it ("paragraph 3 of decision CP-9/7"); an Article
to the instrument named with it ("《公约》第19条", "Article 19 of the Convention"), else to the instrument
the document serves; a pinpoint beside "above", "上文", "the present decision" to the document itself.
An Article of a national law (an unknown 《title》, "… of the Biosafety Act") is no citation. Anaphors
("the same decision", "that Article") and the bodies of recommendations are settled first, by
``extractors.antecedents`` (whose docstring holds the rule: which antecedent wins). A paragraph of an
annex is the annex's ("paragraph 3 of annex I to decision X" is X at ``annex I, para 3``), and in a
clause of an annex, "paragraph 2 above" is that annex's paragraph (``scope``: ``annex II, para 2``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from copmop.extractors.antecedents import point_back
from copmop.extractors.neighbours import (
    aliases,
    amended_paragraphs,
    and_led,
    beside,
    carry_instruments,
    carry_paragraphs,
    in_list_with_adverb,
    items_of,
    possessed,
)
from copmop.lang import instruments, laws, patterns
from copmop.pipeline.models import Mention

__all__ = ["Found", "resolve"]

# (kind, target, pinpoint, start, end): one citation of one target, offsets into the text.
Found = tuple[str, str, str | None, int, int]
_WHOLES = ("decision", "document", "recommendation", "present")


def resolve(
    mentions: Sequence[Mention],
    text: str,
    lang: str,
    host: str,
    own: tuple[str, str] | None,
    scope: str | None = None,
    context: Mapping[str, str] | None = None,
    number: str | None = None,
) -> list[Found]:
    """Citations of one text from its mentions; ``own`` is the document's own (kind, target),
    ``scope`` the annex the text sits in (``annex II``), if any, ``number`` the number of the
    paragraph the text is, if it is one."""
    first = aliases([_hosted(m, host) for m in mentions], text)
    owner, _ = _owners(first, text, lang)
    ms = point_back(first, text, lang, host, owner, context or {})
    owner, dropped = _owners(ms, text, lang)
    amended_paragraphs(ms, text, owner)
    carry_instruments(ms, text, lang, owner)
    carry_paragraphs(ms, text, lang, owner)
    rows: list[Found] = []
    for i, m in enumerate(ms):
        if i in dropped:
            continue
        parts = [j for j in range(len(ms)) if owner[j] == i and j not in dropped]
        if m.hint == "anaphor" and not parts and (m.kind != "article" or not any(m.pinpoints)):
            continue  # "that decision", "that Protocol", "the annex thereto" alone: cited where named
        if m.kind in ("decision", "document", "recommendation"):
            rows.extend(_whole(m.kind, list(m.values), ms, i, parts, owner, text))
        elif m.kind == "present" and own is not None and parts:
            rows.extend(_whole(own[0], [own[1]], ms, i, parts, owner, text))
        elif m.kind == "instrument":
            code = m.values[0] if m.values else ""
            if code and code != host and not parts:
                rows.append(("instrument", code, None, m.start, m.end))
        elif m.kind == "article":
            rows.extend(_articles(ms, i, owner, parts, host, text))
        elif m.kind == "annex" and owner[i] is None:
            rows.extend(
                _treaty_annex(ms, i, text, lang, owner, host)
                or _internal(ms, i, text, own, owner, scope)
            )
        elif m.kind == "annex" and ms[owner[i]].kind == "instrument":  # type: ignore[index]
            inst = ms[owner[i]]  # type: ignore[index]
            if inst.values and inst.values[0]:
                start, end = _span(ms, owner[i], i, owner, text)
                rows.extend(
                    ("annex", f"{inst.values[0]}/annex-{label}", None, start, end)
                    for label in m.values
                )
        elif m.kind == "paragraph" and owner[i] is None:
            rows.extend(_internal(ms, i, text, own, owner, scope))
        elif m.kind == "subparagraph" and owner[i] is None and own is not None and number:
            rows.extend(_own_items(ms, i, text, own, scope, number))
        elif m.kind == "objective":
            rows.extend(("objective", number, None, m.start, m.end) for number in m.values)
    return list(dict.fromkeys(rows))


def _hosted(m: Mention, host: str) -> Mention:
    """A bare "the Protocol" ("Протокола", "《议定书》") names the protocol the document serves: the
    Nagoya Protocol in a document of its meeting of the Parties, else the Cartagena Protocol."""
    if m.kind == "instrument" and m.hint == "bare":
        return replace(m, values=(instruments.HOST_PROTOCOL.get(host, "CPB"),), hint="")
    return m


def _owners(ms: list[Mention], text: str, lang: str) -> tuple[list[int | None], set[int]]:
    """For each pinpoint or Article, the index of the mention it belongs to; and those to drop."""
    owner: list[int | None] = [None] * len(ms)
    dropped: set[int] = set()
    of_gap = patterns.GAP_OF.get(lang, patterns.GAP_OF["en"])
    for i, m in enumerate(ms):
        if m.kind == "subparagraph":  # "subparagraphs (a) and (b) of paragraph 14", "of Article 3"
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if (
                nxt
                and nxt.kind in ("paragraph", "article")
                and of_gap.match(text[m.end : nxt.start])
            ):
                owner[i] = i + 1
            elif items_of(ms, i, text):  # "paragraph 5, subparagraphs (a) and (b)"
                owner[i] = i - 1
            continue
        if m.kind not in ("paragraph", "annex", "article"):
            continue
        named = possessed(ms, i, text, lang)
        if named is not None:  # "its Article 5", "ses paragraphes 9 à 11", "المادة 10 منه"
            owner[i] = named
            continue
        k = i + 1  # a possessive between is no whole: "paragraphe 6 de sa décision", "de su ley"
        while k < len(ms) and ms[k].kind == "possessive":
            k += 1
        end = m.end  # "paragraph 5, subparagraphs (a) and (b), of decision": its items between
        if k < len(ms) and m.kind == "paragraph" and items_of(ms, k, text):
            end, k = ms[k].end, k + 1
        nxt = ms[k] if k < len(ms) else None
        prv = ms[i - 1] if i > 0 else None
        after = text[end : nxt.start] if nxt else ""
        before = text[prv.end : m.start] if prv else ""
        if nxt and of_gap.match(after) and _takes(nxt.kind, m.kind) and not and_led(nxt, text):
            owner[i] = k
            continue
        if (
            nxt
            and nxt.kind == "foreign"
            and laws.GAP_LAW.get(lang, laws.GAP_LAW["en"]).match(after)
        ):
            dropped.add(i)
            continue
        if prv is None:
            continue
        if lang == "zh" and not before.strip() and prv.kind == "foreign" and m.kind == "article":
            dropped.add(i)  # "其国家生物安全法第5条": a national law's Article
            continue
        if (
            m.kind == "paragraph"
            and prv.kind == "body"
            and i >= 2
            and ms[i - 2].kind == "recommendation"
            and patterns.GAP_AFTER.match(before)
        ):  # "recommendation 25/1 of the Subsidiary Body …, paragraph 9"
            owner[i] = i - 2
        elif (
            (prv.kind in _WHOLES and m.kind != "article" and patterns.GAP_AFTER.match(before))
            or (  # "decision BS-I/7, annex, paragraph 3", "第CP-9/13号决定附件一第2段"
                prv.kind == "annex"
                and m.kind == "paragraph"
                and owner[i - 1] is not None
                and patterns.GAP_AFTER.match(before)
            )
            or (
                lang == "zh"
                and prv.kind == "instrument"
                and m.kind != "paragraph"
                and patterns.GAP_INSTRUMENT_ZH.match(before)
            )
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


def _family(ms: list[Mention], j: int, owner: list[int | None]) -> list[Mention]:
    """Mention ``j`` and the parts it owns, at any depth (an Article's paragraph and its letters)."""
    out = [ms[j]]
    for k, o in enumerate(owner):
        if o == j:
            out.extend(_family(ms, k, owner))
    return out


def _takes(whole: str, part: str) -> bool:
    """Can a mention of kind ``whole`` own a ``part`` that comes before it ("paragraph 3 of decision
    X", "Article 19 of the Convention", "annex III to the Protocol", "paragraph 5 of Article 16")?"""
    return (
        (whole in _WHOLES and part != "article")
        or (whole == "instrument" and part != "paragraph")
        or (whole in ("article", "annex") and part == "paragraph")
    )


def _letters(ms: list[Mention], j: int, owner: list[int | None]) -> list[str]:
    """The paragraph pinpoints of mention ``j``, with the letters of subparagraphs that name them:
    "subparagraphs (a) and (b) of paragraph 14" → para 14(a), para 14(b)."""
    letters = [
        x
        for k, o in enumerate(owner)
        if o == j and ms[k].kind == "subparagraph"
        for x in ms[k].values
    ]
    if not letters:
        return list(ms[j].values)
    return [f"{v}({x})" for v in ms[j].values for x in letters]


def _pinpoints(ms: list[Mention], parts: list[int], owner: list[int | None]) -> list[str]:
    """The pinpoints of some parts: ``para 3``, ``annex I``, and a paragraph of an annex as
    ``annex I, para 3``."""
    out: list[str] = []
    for j in parts:
        if ms[j].kind == "paragraph":
            out.extend(_letters(ms, j, owner))
        elif ms[j].kind == "annex":
            labels = [f"annex {label}" for label in ms[j].values] or ["annex"]
            paras = [
                p
                for k, o in enumerate(owner)
                if o == j and ms[k].kind == "paragraph"
                for p in _letters(ms, k, owner)
            ]
            if paras and len(labels) == 1:
                if ms[j].hint == "amended":  # "the annex to decision X is amended as follows"
                    out.append(labels[0])
                out.extend(f"{labels[0]}, {p}" for p in paras)
            else:
                out.extend(labels)
    return out


def _whole(
    kind: str,
    targets: list[str],
    ms: list[Mention],
    i: int,
    parts: list[int],
    owner: list[int | None],
    text: str,
) -> list[Found]:
    """A decision or document list with the pinpoints that belong to it, each pinpoint with its own
    surface: a pinpoint after the list is its last item's ("decision BS-IV/15, paragraph 2", "ses
    paragraphes 9 à 11"), one before it its first item's ("paragraph 4 of decision CP-10/8, as well as
    decision CP-10/9")."""
    m = ms[i]
    within = m.pinpoints[0] if m.hint == "anaphor" and m.pinpoints else None  # "… of that annex"
    pointed: dict[str, list[Found]] = {t: [] for t in targets}
    for j in parts:
        start, end = _span(ms, i, j, owner, text)
        t = targets[0] if j < i else targets[-1]
        points = _pinpoints(ms, [j], owner)
        if within:
            points = [f"{within}, {p}" if p.startswith("para") else p for p in points]
        pointed[t].extend((kind, t, p, start, end) for p in points)
    return [row for t in targets for row in (pointed[t] or [(kind, t, None, m.start, m.end)])]


def _articles(
    ms: list[Mention], i: int, owner: list[int | None], parts: list[int], host: str, text: str
) -> list[Found]:
    m = ms[i]
    o = owner[i]
    inst = ms[o].values[0] if o is not None and ms[o].kind == "instrument" else host
    start, end = _span(ms, o, i, owner, text)
    points = list(m.pinpoints) or [None] * len(m.values)
    paragraphs = [
        p.removeprefix("para ")
        for j in parts
        if ms[j].kind == "paragraph"
        for p in _letters(ms, j, owner)
    ] + [f"({x})" for j in parts if ms[j].kind == "subparagraph" for x in ms[j].values]
    targets = [n if "/" in n else f"{inst}/{n}" for n in m.values]  # "/": an anaphor's, whole
    if paragraphs and len(m.values) == 1:
        return [("article", targets[0], p, start, end) for p in paragraphs]
    return [("article", t, p, start, end) for t, p in zip(targets, points, strict=False)]


def _span(
    ms: list[Mention], whole: int | None, j: int, owner: list[int | None], text: str
) -> tuple[int, int]:
    """The surface of part ``j`` (with its own parts) and its whole: "paragraph 3 of decision
    CP-9/7", "subparagraph (b) of paragraph 1 of Article 20"; a part tied to its whole by a possessive
    has the possessive instead ("its Article 5", "المادة 10 منه"), the whole being further off."""
    if ms[j].hint == "amended" and ms[j].kind == "paragraph":
        return ms[j].start, ms[
            j
        ].end  # what an amendment names stands alone: "paragraph 2 is deleted"
    # an annex amended: itself and its whole, its paragraphs standing alone
    pieces = [ms[j]] if ms[j].hint == "amended" else _family(ms, j, owner)
    if whole is not None and ms[j].hint != "own":  # "ومرفقه الثالث" says whose it is
        possessive = beside(ms, j, text, "possessive", -1) or beside(ms, j, text, "possessive", 1)
        pieces.append(possessive or ms[whole])
    return min(x.start for x in pieces), max(x.end for x in pieces)


def _treaty_annex(
    ms: list[Mention], i: int, text: str, lang: str, owner: list[int | None], host: str
) -> list[Found]:
    """An annex with no whole that belongs to a treaty: listed with an Article ("Article 15 and
    Annex III", "第 15 条和附件三"), or, in English, written with a capital ("Annex III")."""
    m = ms[i]
    if not m.values:
        return []
    prv = ms[i - 1] if i > 0 else None
    inst = None
    if (
        prv is not None
        and prv.kind == "article"
        and patterns.GAP_LIST.match(text[prv.end : m.start])
    ):
        o = owner[i - 1]
        inst = ms[o].values[0] if o is not None and ms[o].kind == "instrument" else host
    elif lang == "en" and patterns.TREATY_ANNEX_EN.match(text, m.start):
        before = text[: m.start].rstrip()
        inst = host if before and before[-1] not in ".:;" else None
    if not inst:
        return []
    return [("annex", f"{inst}/annex-{label}", None, m.start, m.end) for label in m.values]


def _internal(
    ms: list[Mention],
    i: int,
    text: str,
    own: tuple[str, str] | None,
    owner: list[int | None],
    scope: str | None,
) -> list[Found]:
    """A pinpoint with no whole: the document's own, beside "above"/"上文", or a numbered annex; in a
    clause of an annex (``scope``), a paragraph is the annex's ("annex II, para 1")."""
    m = ms[i]
    if own is None:
        return []
    before = beside(ms, i, text, "adverb", -1)
    after = beside(ms, i, text, "adverb", 1)
    adverb = before is not None or after is not None
    if m.kind == "paragraph" and not adverb and not in_list_with_adverb(ms, i, text):
        return []
    if m.kind == "annex" and not m.values and not adverb:
        return []
    pieces = [*_family(ms, i, owner), *(x for x in (before, after) if x is not None)]
    start, end = min(x.start for x in pieces), max(x.end for x in pieces)
    points = _pinpoints(ms, [i], owner)
    if scope and m.kind == "paragraph":
        points = [f"{scope}, {p}" for p in points]
    return [(own[0], own[1], p, start, end) for p in points]


def _own_items(
    ms: list[Mention], i: int, text: str, own: tuple[str, str], scope: str | None, number: str
) -> list[Found]:
    """Subparagraphs with no paragraph, beside "above" or "below": items of the paragraph the text is
    ("the synthesis referred to in subparagraph (a) above", in paragraph 6: ``para 6(a)``; in
    paragraph 4 of annex II: ``annex II, para 4(a)``)."""
    adverb = beside(ms, i, text, "adverb", 1) or beside(ms, i, text, "adverb", -1)
    if adverb is None:
        return []
    m = ms[i]
    start, end = min(m.start, adverb.start), max(m.end, adverb.end)
    points = [f"para {number}({x})" for x in m.values]
    if scope:
        points = [f"{scope}, {p}" for p in points]
    return [(own[0], own[1], p, start, end) for p in points]

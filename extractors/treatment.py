"""How each clause treats what it cites: a :class:`Treatment` for every citation, and the end a clause
gives to what it creates ("until its eleventh meeting", "for the period 2011-2020").

A clause is read left to right as a timeline of the cues of ``lang.treatment_patterns``. An opening
verb sets the clause's treatment ("Recalling" → recalls, "决定将…替换为" → replaces); words before a
target override it until the next verb, ``;`` or ``:`` ("in accordance with", "established by",
"adopted in"); words right after a target override both ("的执行情况", "shall be replaced by"). A quoted
new text ("…with the following: “3. Requests …”") is read as a clause of its own. A citation made in a
footnote takes the footnote's own words ("See" → mentions) or, having none, the treatment in force
where the footnote's marker stands in its clause. Replacing a whole decision is superseding it; a
decision never changes itself (what it says of "the present decision" is mentioned).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from copmop.lang.normalize import chinese_to_int
from copmop.lang.treatment_patterns import (
    AFTER,
    AFTER_CUES,
    BARRIER,
    CLOSE_QUOTES,
    CONNECTOR,
    FILLER,
    GAPS,
    MEETING_ORDINALS,
    OPEN_QUOTES,
    OPENING,
    PERIOD,
    SCAN,
    SCAN_CUES,
    SEE,
    STRAIGHT_QUOTE,
    UNTIL,
)
from copmop.pipeline.models import Citation, Document, Paragraph, Treatment

__all__ = ["CHANGES", "clause_treatments", "mandate_end", "treat", "verb_classes"]

T = Treatment
# Treatments that change what they cite (a paragraph "contained in" a decision is then only named).
CHANGES = frozenset({T.AMENDS, T.REPLACES, T.SUPERSEDES, T.RETIRES})
# Treatments that carry over to what a target established ("extends the group established by X").
CARRIED = frozenset({T.EXTENDS, T.CONTINUES})
_CHANGING = CHANGES | CARRIED
_TREATMENTS = frozenset(t.value for t in Treatment)

Span = tuple[int, int, str, str | None]  # start, end, kind, pinpoint


@dataclass
class _Scope:
    """What is in force at a point of a clause: the verb's class, the treatment the words before the
    target gave (None: the verb's), and whether the verb has had a target already (``hit``: "replaces
    paragraph 3 of X, as contained in Y" names Y only; "amends the rules contained in X" amends X)."""

    verb: str | None = None
    local: Treatment | None = None
    hit: bool = False
    local_hit: bool = False


# Verbs that change their target take effect where a decision is made ("Decides to extend", "Prorroga",
# "决定将…延长"), not inside a request or a recollection ("Requests … to continue to …",
# "Recalling decision X, by which it decided to extend …").
_MAY_CHANGE = frozenset({None, "decides", *(t.value for t in CHANGES), "extends", "continues"})


def _of(cls: str | None) -> Treatment:
    """The treatment of a verb's class: requests, decisions and other verbs only mention."""
    return Treatment(cls) if cls in _TREATMENTS else T.MENTIONS


def _seams(text: str) -> list[tuple[int, str]]:
    """Barriers and quotation marks, in order: (position, ``barrier`` | ``open`` | ``close``)."""
    seams = [(m.start(), "barrier") for m in BARRIER.finditer(text)]
    inside = False
    for i, ch in enumerate(text):
        if ch in OPEN_QUOTES:
            seams.append((i, "open"))
        elif ch in CLOSE_QUOTES:
            seams.append((i, "close"))
        elif ch == STRAIGHT_QUOTE:
            seams.append((i, "close" if inside else "open"))
            inside = not inside
    return sorted(seams)


def _opens(text: str, lang: str, start: int, seams: list[tuple[int, str]]) -> bool:
    """Does a verb at ``start`` open a clause: at the paragraph's (or a quote's, or a barrier's)
    start after words such as "Also", or after a connector ("and welcomes")?"""
    begin = max((pos + 1 for pos, _ in seams if pos < start), default=0)
    before = text[begin:start]
    return bool(OPENING[lang].fullmatch(before) or CONNECTOR[lang].search(before))


def _timeline(text: str, lang: str) -> list[tuple[int, str, str | None]]:
    """The cues of a clause in order: (where it takes effect, ``verb`` | ``local`` | a seam, class).
    A cue takes effect where it ends, a cue with a gap where it starts (its target is inside)."""
    seams = _seams(text)
    events: list[tuple[int, str, str | None]] = [(pos, kind, None) for pos, kind in seams]
    for m in SCAN[lang].finditer(text):
        cue = SCAN_CUES[lang][int(str(m.lastgroup)[1:])]
        if cue.role == "open" and not _opens(text, lang, m.start(), seams):
            continue
        events.append((m.end(), "local" if cue.role == "local" else "verb", cue.cls))
    for cue in GAPS[lang]:
        for m in cue.pattern.finditer(text):
            events.append((m.start(), "verb", cue.cls))
    return sorted(events, key=lambda e: e[0])


def _scope_at(
    timeline: list[tuple[int, str, str | None]], at: int, targets: tuple[int, ...] = ()
) -> _Scope:
    """What is in force at ``at``: quotes open a scope of their own, barriers end the words before;
    ``targets`` are where the clause's other targets start."""
    stack = [_Scope()]
    events = sorted(
        [*timeline, *((t, "target", None) for t in targets if t < at)], key=lambda e: e[0]
    )
    for pos, kind, cls in events:
        if pos > at:
            break
        top = stack[-1]
        if kind == "open":
            stack.append(_Scope())
        elif kind == "close":
            if len(stack) > 1:
                stack.pop()
        elif kind == "barrier":
            top.local = None
        elif kind == "target":
            top.hit = top.local_hit = True
        elif kind == "verb":
            if cls in _TREATMENTS and _of(cls) in _CHANGING and top.verb not in _MAY_CHANGE:
                continue
            top.verb, top.local, top.hit = cls, None, False
        else:
            top.local, top.local_hit = _local(cls, top), False
    return stack[-1]


def _local(cls: str | None, scope: _Scope, after: bool = False) -> Treatment:
    """The treatment words before (or, ``after``, right after) a target give it, in the scope they
    stand in. "The implementation of" outside a request changes nothing ("Adopts the Plan for the
    Implementation of the Protocol, contained in annex I"); what a target established is extended or
    continued with it ("根据第X号决定设立的…延长至", "extends the group established by X")."""
    # words before a target that already had its target hold no more for what "contains" the next
    current = (scope.local if not scope.local_hit else None) or _of(scope.verb)
    if cls == "follow-up":
        return T.REQUESTS_FOLLOW_UP if scope.verb == "request" else current
    if cls in ("origin", "origin-under"):
        verb = _of(scope.verb)
        if verb in CARRIED:
            return verb
        under = cls == "origin-under" or (after and scope.local is T.IN_ACCORDANCE_WITH)
        return T.IN_ACCORDANCE_WITH if under else T.MENTIONS
    if cls == "contained":
        return T.MENTIONS if current in CHANGES and scope.hit else current
    return _of(cls)


def _after(text: str, lang: str, end: int) -> str | None:
    """The class of the words right after a target, if they say how it is treated."""
    skip = FILLER[lang].match(text, end)
    at = skip.end() if skip else end
    m = AFTER[lang].match(text, at)
    return AFTER_CUES[lang][int(str(m.lastgroup)[1:])].cls if m else None


def clause_treatments(
    text: str, lang: str, spans: list[Span], opening: str | None = None
) -> list[Treatment]:
    """The treatment of each target of a clause, given as (start, end, kind, pinpoint) in ``text``;
    ``opening`` is the clause's opening verb as segmentation found it (``Paragraph.verb``): one the
    table does not know ("Recommends") treats nothing, and changes nothing."""
    timeline = _timeline(text, lang)
    if opening and opening in text:
        reach = text.index(opening) + len(opening)
        if not any(kind == "verb" and pos <= reach for pos, kind, _ in timeline):
            timeline.insert(0, (0, "verb", "neutral"))
    starts = tuple(sorted({span[0] for span in spans}))
    out = []
    for start, end, kind, pinpoint in spans:
        scope = _scope_at(timeline, start, starts)
        after = _after(text, lang, end)
        if after is not None:
            treatment = (
                _local(after, _Scope(scope.verb)) if after == "origin" else _local(after, scope)
            )
        else:
            treatment = scope.local or _of(scope.verb)
        if treatment is T.REPLACES and kind == "decision" and pinpoint is None:
            treatment = T.SUPERSEDES
        out.append(treatment)
    return out


def _said(text: str, lang: str, at: int) -> bool:
    """Does anything before ``at`` in a footnote say how it treats its targets?"""
    scope = _scope_at(_timeline(text, lang), at)
    return scope.verb is not None or scope.local is not None


def treat(doc: Document) -> list[Citation]:
    """Set the treatment of every citation of a document (and return them)."""
    pars = {p.par_id: p for p in doc.paragraphs}
    groups: dict[str, list[Citation]] = defaultdict(list)
    for c in doc.citations:
        groups[c.via or c.par_id].append(c)
    for key, citations in groups.items():
        par = pars.get(key)
        if par is None:
            continue
        spans = [(c.char_start, c.char_end, c.kind.value, c.pinpoint) for c in citations]
        found = clause_treatments(par.text, doc.lang, spans, par.verb)
        for c, treatment in zip(citations, found, strict=True):
            # a decision changes others, never itself ("retires the decisions listed in the annex
            # to the present decision")
            own = c.kind.value == "decision" and c.target == doc.decision
            c.treatment = T.MENTIONS if own and treatment in _CHANGING else treatment
        if citations[0].via is not None:
            _footnote(doc.lang, par, pars.get(citations[0].par_id), citations)
    return doc.citations


def _footnote(
    lang: str, note: Paragraph, anchor: Paragraph | None, citations: list[Citation]
) -> None:
    """A footnote's citations: "See …" only mentions; a footnote that says nothing of its own takes
    the treatment in force where its marker stands in its clause."""
    if SEE[lang].match(note.text):
        for c in citations:
            c.treatment = T.MENTIONS
        return
    if anchor is None or anchor is note or note.number not in anchor.notes:
        return
    marker = anchor.note_offsets[anchor.notes.index(note.number)]
    [inherited] = clause_treatments(
        anchor.text, lang, [(marker, marker, "document", None)], anchor.verb
    )
    for c in citations:
        if not _said(note.text, lang, c.char_start):
            c.treatment = inherited


def verb_classes(text: str, lang: str) -> list[str]:
    """The classes of a clause's verbs in order (``["decides", "extends"]`` for "Decides to extend
    …"), outside quoted text."""
    depth, out = 0, list[str]()
    for _, kind, cls in _timeline(text, lang):
        if kind in ("open", "close"):
            depth = depth + 1 if kind == "open" else max(0, depth - 1)
        elif kind == "verb" and depth == 0 and cls is not None and out[-1:] != [cls]:
            out.append(cls)
    return out


def mandate_end(text: str, lang: str, periods: bool = True) -> tuple[str, int] | None:
    """The end a clause gives: ``("meeting", 11)`` for "until its eleventh meeting", ``("year",
    2020)`` for "until 2020" or (``periods``) "for the period 2011-2020"; None when it gives none."""
    m = UNTIL[lang].search(text)
    if m:
        for name, value in m.groupdict().items():
            if value is None:
                continue
            if name.startswith("year"):
                return ("year", int(value))
            number = (
                chinese_to_int(value.removeprefix("第"))
                if lang == "zh"
                else MEETING_ORDINALS[lang].get(value.lower())
            )
            if number:
                return ("meeting", number)
    period = PERIOD.search(text) if periods else None
    return ("year", int(period["last"])) if period else None

"""What a mention points back to: the antecedent of an anaphor, the body of a recommendation.

The rule, for an anaphor ("paragraph 3 of the same decision", "paragraph 4 of that Article",
"Article 25 of that Protocol", "adopted by that Body", "la misma decisión", "этого решения",
"同一决定第30段", "تلك المادة"): **the nearest mention before it, in the same text, of the kind it
names wins** —

- a decision: the last decision named before it (of a list, the item named last: "decisions BS-IV/8 and
  BS-V/8 … that decision" is BS-V/8), or "the present decision" when that came last;
- an Article: the last Article named before it, with the instrument that Article was tied to ("Article 8
  of the Convention … paragraph 2 of that Article" is CBD/8 at 2);
- a protocol or the Convention: the last instrument of that kind named before it ("the Cartagena
  Protocol … the Nagoya Protocol, in accordance with Article 25 of that Protocol" is NP/25); when none is
  named, the instrument the document serves if it is of that kind;
- a subsidiary body: the last body named before it;
- an annex ("that annex", "ese anexo", "этого приложения", "该附件"): the last annex named before it,
  as a part of the decision or document it belongs to ("in the annex to decision NP-3/1 … paragraphs 3
  and 4 of that annex" is NP-3/1 at ``annex, para 3`` and ``annex, para 4``);
- "thereof": the last decision, document, recommendation or Article named before it, or the annex of
  one ("the annex to decision CP-10/6, in particular paragraphs 4 to 6 thereof" is the annex's).

Anaphors are settled in reading order, and one may point at another settled before it ("paragraphs 2
and 3 of that decision, and the annex thereto").

When its own text names nothing of that kind, an anaphor points at what the clauses before it named
last ("Recalling decision BS-III/11, / Recalling also paragraph 9 of the same decision"; footnotes aside).
An anaphor with nothing before it to point at cites nothing. The anaphor becomes a mention of what it
points at (hinted ``anaphor``), and is then tied to its pinpoints like any other ("paragraph 5 of" +
"the same decision"); with no pinpoint of its own, it cites nothing more than was cited where it was
named ("the Strategic Plan adopted in that decision").

A recommendation takes its body from its own symbol or prefix ("SBSTTA recommendation 24/1",
"recommendation SBI-3/15"), else from the body named right after it ("recommendation 3/15 of the
Subsidiary Body on Implementation", "рекомендации 2/9 Вспомогательного органа", "adopted by that Body")
or, in Chinese, right before it ("附属履行机构第3/15号建议"), else, for "its recommendation" ("في
توصيتها 3/15"), from the last body named before it. A recommendation whose body is not said is no
citation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from copmop.lang import bodies, patterns
from copmop.pipeline.models import Mention

__all__ = ["PROTOCOLS", "context_after", "point_back"]

# The instruments a "protocol" or "convention" anaphor may point at.
PROTOCOLS = {"protocol": ("CPB", "NP", "SP"), "convention": ("CBD",)}


def point_back(
    ms: Sequence[Mention],
    text: str,
    lang: str,
    host: str,
    owner: Sequence[int | None],
    context: Mapping[str, str],
) -> list[Mention]:
    """The mentions with every anaphor replaced by what it points back to (or dropped) and every
    recommendation given its body (or dropped); ``owner[j]`` is the mention that mention ``j`` (an
    Article, an annex) belongs to, as tied before the anaphors were settled. An anaphor may point at
    one settled before it ("paragraphs 2 and 3 of that decision, and the annex thereto")."""
    settled = list(ms)
    for i, m in enumerate(ms):
        if m.kind != "anaphor":
            continue
        antecedent = _antecedent(settled, i, host, owner) or _from_context(m, context)
        if antecedent is not None:
            settled[i] = replace(antecedent, start=m.start, end=m.end, hint="anaphor")
    out = [m for m in settled if m.kind != "anaphor"]
    return [r for r in (_with_body(out, i, text, lang) for i in range(len(out))) if r is not None]


def _instrument(ms: Sequence[Mention], j: int, host: str, owner: Sequence[int | None]) -> str:
    """The instrument Article mention ``j`` is tied to, else the one the document serves."""
    o = owner[j]
    return ms[o].values[0] if o is not None and ms[o].kind == "instrument" else host


def _article(ms: Sequence[Mention], j: int, host: str, owner: Sequence[int | None]) -> str:
    """The last Article of mention ``j``, with its instrument: ``CBD/8`` (an anaphor's is whole)."""
    value = ms[j].values[-1]
    return value if "/" in value else f"{_instrument(ms, j, host, owner)}/{value}"


def _in_annex(ms: Sequence[Mention], j: int, owner: Sequence[int | None]) -> Mention | None:
    """Annex mention ``j`` as a part of the decision or document it belongs to, for an anaphor that
    points at it: "in the annex to decision NP-3/1 … paragraphs 3 and 4 of that annex" is NP-3/1
    within its annex (``pinpoints`` holds the annex, which the anaphor's paragraphs are of)."""
    o = owner[j]
    if o is None or ms[o].kind not in ("decision", "document", "present"):
        return None
    label = f"annex {ms[j].values[-1]}" if ms[j].values else "annex"
    return Mention(ms[o].kind, 0, 0, ms[o].values[-1:], (label,))


def _antecedent(
    ms: Sequence[Mention], i: int, host: str, owner: Sequence[int | None]
) -> Mention | None:
    referent = ms[i].hint
    for j in range(i - 1, -1, -1):
        m = ms[j]
        if referent == "decision" and m.kind == "decision" and m.values:
            return Mention("decision", 0, 0, (m.values[-1],))
        if referent in ("decision", "whole") and m.kind == "present":
            return Mention("present", 0, 0)
        if referent == "article" and m.kind == "article" and m.values:
            return Mention(
                "article", 0, 0, (_article(ms, j, host, owner),), ms[i].pinpoints or (None,)
            )
        if (
            referent in PROTOCOLS
            and m.kind == "instrument"
            and m.values
            and m.values[0] in PROTOCOLS[referent]
        ):
            return Mention("instrument", 0, 0, (m.values[0],))
        if referent == "body" and m.kind == "body":
            return Mention("body", 0, 0, m.values)
        if referent in ("annex", "whole") and m.kind == "annex":
            within = _in_annex(ms, j, owner)  # "the annex to decision X … that annex", "… thereof"
            if within is not None:
                return within
        if (
            referent == "whole"
            and m.kind in ("decision", "document", "recommendation")
            and m.values
        ):
            # "the annex to decision CP-10/6, in particular paragraphs 4 to 6 thereof": the annex's
            if j > 0 and ms[j - 1].kind == "annex" and owner[j - 1] == j:
                return _in_annex(ms, j - 1, owner)
            return Mention(m.kind, 0, 0, (m.values[-1],))
        if referent == "whole" and m.kind == "article" and m.values:
            return Mention("article", 0, 0, (_article(ms, j, host, owner),), (None,))
    if referent in PROTOCOLS and host in PROTOCOLS[referent]:
        return Mention("instrument", 0, 0, (host,))
    return None


def _from_context(m: Mention, context: Mapping[str, str]) -> Mention | None:
    """What the clauses before named last, for an anaphor whose own text names nothing of its kind:
    "Recalling decision BS-III/11, / Recalling also paragraph 9 of the same decision"."""
    named = context.get(m.hint)
    if named is None:
        return None
    kind = {"decision": "decision", "article": "article", "body": "body"}.get(m.hint, "instrument")
    return Mention(kind, 0, 0, (named,), m.pinpoints if kind == "article" else ())


def context_after(context: Mapping[str, str], found: Sequence[tuple[str, str]]) -> dict[str, str]:
    """The context for the next clause: what this clause's citations (kind, target), in order, named
    last, over what the clauses before named."""
    out = dict(context)
    for kind, target in found:
        if kind in ("decision", "article"):
            out[kind] = target
        code = target.split("/")[0] if kind in ("article", "annex") else target
        if kind in ("article", "annex", "instrument"):
            for referent, codes in PROTOCOLS.items():
                if code in codes:
                    out[referent] = code
        if kind == "recommendation":
            out["body"] = target.split("-")[0]
    return out


def _with_body(ms: list[Mention], i: int, text: str, lang: str) -> Mention | None:
    """A recommendation with the body of each of its numbers; other mentions as they are."""
    m = ms[i]
    if m.kind != "recommendation" or all("-" in v for v in m.values):
        return m
    body = None
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    prv = ms[i - 1] if i > 0 else None
    gap_by = patterns.GAP_BY_BODY.get(lang, patterns.GAP_BY_BODY["en"])
    if nxt is not None and nxt.kind == "body" and gap_by.match(text[m.end : nxt.start]):
        body = nxt.values[0]
    elif (
        lang == "zh"
        and prv is not None
        and prv.kind == "body"
        and text[prv.end : m.start].strip() in ("", "的")  # "附属履行机构(的)第3/15号建议"
    ):
        body = prv.values[0]
    elif m.hint == "own":
        body = next((x.values[0] for x in reversed(ms[:i]) if x.kind == "body"), None)
    else:
        body = _recommending(ms, i, text, lang)
    if body is None:
        return None
    return replace(m, values=tuple(v if "-" in v else f"{body}-{v}" for v in m.values))


def _recommending(ms: list[Mention], i: int, text: str, lang: str) -> str | None:
    """The body whose recommendations the sentence speaks of before recommendation ``i``, named by
    its number alone: "the recommendations made by the Subsidiary Body on Implementation at its
    fourth meeting, in particular recommendation 4/3" is SBI-4/3."""
    before = bodies.RECOMMENDATIONS_BEFORE.get(lang)
    after = bodies.RECOMMENDATIONS_AFTER.get(lang)
    for x in reversed(ms[:i]):
        if x.kind != "body":
            continue
        if patterns.SENTENCE_END.search(text, x.end, ms[i].start):
            return None  # a body of another sentence
        if (before and before.search(text[max(0, x.start - 60) : x.start])) or (
            after and after.match(text, x.end, ms[i].start)
        ):
            return x.values[0]
    return None

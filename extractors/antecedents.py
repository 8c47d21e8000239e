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
- "thereof": the last decision, document, recommendation or Article named before it.

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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from copmop.lang import patterns
from copmop.pipeline.models import Mention

__all__ = ["PROTOCOLS", "context_after", "point_back"]

# The instruments a "protocol" or "convention" anaphor may point at.
PROTOCOLS = {"protocol": ("CPB", "NP", "SP"), "convention": ("CBD",)}


def point_back(
    ms: Sequence[Mention],
    text: str,
    lang: str,
    host: str,
    instrument_of: Callable[[int], str],
    context: Mapping[str, str],
) -> list[Mention]:
    """The mentions with every anaphor replaced by what it points back to (or dropped) and every
    recommendation given its body (or dropped); ``instrument_of(j)`` is the instrument Article
    mention ``j`` is tied to."""
    out: list[Mention] = []
    for i, m in enumerate(ms):
        if m.kind != "anaphor":
            out.append(m)
            continue
        antecedent = _antecedent(ms, i, host, instrument_of) or _from_context(ms[i], context)
        if antecedent is not None:
            out.append(replace(antecedent, start=m.start, end=m.end, hint="anaphor"))
    return [r for r in (_with_body(out, i, text, lang) for i in range(len(out))) if r is not None]


def _antecedent(
    ms: Sequence[Mention], i: int, host: str, instrument_of: Callable[[int], str]
) -> Mention | None:
    referent = ms[i].hint
    for j in range(i - 1, -1, -1):
        m = ms[j]
        if referent == "decision" and m.kind == "decision" and m.values:
            return Mention("decision", 0, 0, (m.values[-1],))
        if referent in ("decision", "whole") and m.kind == "present":
            return Mention("present", 0, 0)
        if referent == "article" and m.kind == "article" and m.values:
            target = f"{instrument_of(j)}/{m.values[-1]}"
            return Mention("article", 0, 0, (target,), ms[i].pinpoints or (None,))
        if (
            referent in PROTOCOLS
            and m.kind == "instrument"
            and m.values
            and m.values[0] in PROTOCOLS[referent]
        ):
            return Mention("instrument", 0, 0, (m.values[0],))
        if referent == "body" and m.kind == "body":
            return Mention("body", 0, 0, m.values)
        if (
            referent == "whole"
            and m.kind in ("decision", "document", "recommendation")
            and m.values
        ):
            return Mention(m.kind, 0, 0, (m.values[-1],))
        if referent == "whole" and m.kind == "article" and m.values:
            return Mention("article", 0, 0, (f"{instrument_of(j)}/{m.values[-1]}",), (None,))
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
    if body is None:
        return None
    return replace(m, values=tuple(v if "-" in v else f"{body}-{v}" for v in m.values))

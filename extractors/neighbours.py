"""What a mention shares with its neighbours: the words right beside it ("its", "above"), the same decision
named twice side by side ("المقرر 3/10 (BS-III/10)"), and what the
items of one list share although it is named once (the instrument of "Article 8 g) and paragraph 3 of
Article 19 of the Convention", the decision of "第 BS-IV/11 号决定第3段和第4段", the "above" of
"paragraphs 7 and 14 above").
"""

from __future__ import annotations

from dataclasses import replace

from copmop.lang import patterns, treatment_patterns, vocab
from copmop.pipeline.models import Mention

__all__ = [
    "aliases",
    "amended_paragraphs",
    "and_led",
    "beside",
    "carry_instruments",
    "carry_paragraphs",
    "in_list_with_adverb",
    "items_of",
    "possessed",
]


def beside(ms: list[Mention], j: int, text: str, kind: str, step: int) -> Mention | None:
    """The mention of ``kind`` right before (``step`` -1) or after (1) mention ``j``, with nothing but
    spaces between them: "its" before "Article 5", "above" after "paragraph 3"."""
    k = j + step
    if not 0 <= k < len(ms) or ms[k].kind != kind:
        return None
    first, last = (ms[k], ms[j]) if step < 0 else (ms[j], ms[k])
    return None if text[first.end : last.start].strip() else ms[k]


def and_led(m: Mention, text: str) -> bool:
    """Does an Arabic mention begin with the conjunction و ("والمقرر", "and decision")? Then it starts
    a new item ("CBD/SBI/3/6، المرفق الثاني، والمقرر CP-VIII/5": the annex is the document's)."""
    return text.startswith("و", m.start) and not text.startswith("وفق", m.start)


def in_list_with_adverb(ms: list[Mention], i: int, text: str) -> bool:
    """Is paragraph mention ``i`` listed with others that an adverb covers, the adverb after the last
    ("apartados a) y b) del párrafo 7 y el párrafo 14 supra") or, in Chinese, before the first
    ("上文第３段和第６段")? Then every paragraph of the list is internal."""
    j = i
    while j + 1 < len(ms) and ms[j + 1].kind == "paragraph" and _listed(ms, j, j + 1, text):
        j += 1
    if j > i and beside(ms, j, text, "adverb", 1) is not None:
        return True
    k = i
    while k > 0 and ms[k - 1].kind == "paragraph" and _listed(ms, k - 1, k, text):
        k -= 1
    return k < i and beside(ms, k, text, "adverb", -1) is not None


def _listed(ms: list[Mention], a: int, b: int, text: str) -> bool:
    """Are mentions ``a`` and ``b`` (``a`` first) two items of one list?"""
    gap = text[ms[a].end : ms[b].start]
    return bool(patterns.GAP_LIST.match(gap)) or (and_led(ms[b], text) and not gap.strip())


def carry_paragraphs(ms: list[Mention], text: str, lang: str, owner: list[int | None]) -> None:
    """A paragraph listed beside another that has its whole takes that whole too: "paragraph 3 and
    paragraph 4 of decision X" (the whole after the list), "第 BS-IV/11 号决定第3段和第4段" (before)."""
    for i in range(len(ms) - 2, -1, -1):
        if (
            _free(ms, i, text, owner)
            and ms[i + 1].kind == "paragraph"
            and _listed(ms, i, i + 1, text)
        ):
            owner[i] = owner[i + 1]
    for i in range(1, len(ms)):
        if (
            _free(ms, i, text, owner)
            and ms[i - 1].kind == "paragraph"
            and _listed(ms, i - 1, i, text)
        ):
            owner[i] = owner[i - 1]


def _free(ms: list[Mention], i: int, text: str, owner: list[int | None]) -> bool:
    """A paragraph with no whole and no adverb beside it."""
    return (
        ms[i].kind == "paragraph"
        and owner[i] is None
        and beside(ms, i, text, "adverb", -1) is None
        and beside(ms, i, text, "adverb", 1) is None
    )


def carry_instruments(ms: list[Mention], text: str, lang: str, owner: list[int | None]) -> None:
    """An Article listed before another that names its instrument takes that instrument too: "Article
    8 g) and paragraph 3 of Article 19 of the Convention", "Articles 6, 7 and 8 of the Convention"."""
    if lang == "zh":
        return  # Chinese names the instrument first: "《公约》第19条、第8(g)条" (``_owners``)
    for i in range(len(ms) - 2, -1, -1):
        if ms[i].kind != "article" or owner[i] is not None:
            continue
        nxt = i + 1
        up = owner[nxt]
        if ms[nxt].kind == "paragraph" and up is not None and ms[up].kind == "article":
            nxt = up  # "paragraph 3 of Article 19 of the Convention": Article 19's instrument
        inst = owner[nxt] if ms[nxt].kind == "article" else None
        gap = text[ms[i].end : ms[i + 1].start]
        if inst is not None and ms[inst].kind == "instrument" and patterns.GAP_LIST.match(gap):
            owner[i] = inst


def aliases(ms: list[Mention], text: str) -> list[Mention]:
    """A decision named by its number and then by its symbol in brackets is one decision: in
    "المقرر 3/10 (BS-III/10)" the number (alone, a COP decision's form) is the symbol's, BS-III/10's,
    and so are the pinpoints of "الفقرة 1 (أ) من المقرر 3/10 (BS-III/10)"."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        n = ms[i + 1] if i + 1 < len(ms) else None
        if (
            n is not None
            and m.kind == n.kind == "decision"
            and len(m.values) == len(n.values) == 1
            and text[m.end : n.start].strip() == "("
            and _same_number(m.values[0], n.values[0])
        ):
            named = n if m.values[0].startswith("COP-") else m
            if not named.values[0].startswith("COP-"):
                end = n.end + 1 if text[n.end : n.end + 1] == ")" else n.end
                out.append(replace(m, values=named.values, end=end))
                i += 2
                continue
        out.append(m)
        i += 1
    return out


def _same_number(a: str, b: str) -> bool:
    """``COP-3/10`` and ``CP-3/10``: the same meeting and number, whatever the body."""
    return a.partition("-")[2] == b.partition("-")[2] != ""


def amended_paragraphs(ms: list[Mention], text: str, owner: list[int | None]) -> None:
    """Paragraphs with no whole after "… is amended as follows:" are the amended text's: in "the
    annex to decision BS-IV/5 is amended as follows: (a) paragraph 2 is deleted; (b) in paragraph
    4, …" they are BS-IV/5's at ``annex, para 2`` and ``annex, para 4`` (not beside "above"), and the
    annex is cited as a whole too."""
    found = treatment_patterns.AMENDED_AS_FOLLOWS.search(text)
    if found is None:
        return
    named = [j for j, m in enumerate(ms) if m.end <= found.end()]
    if not named:
        return
    j = named[-1]
    # "the annex to decision BS-IV/5 is amended": the annex's paragraphs
    j = next((k for k in named if ms[k].kind == "annex" and owner[k] == j), j)
    whole = ms[j]
    if whole.kind not in ("decision", "document", "recommendation") and not (
        whole.kind == "annex" and owner[j] is not None
    ):
        return
    if whole.kind == "annex":  # the annex amended is cited whole, and its paragraphs
        ms[j] = replace(whole, hint="amended")
    for i, m in enumerate(ms):
        if (
            m.start >= found.end()
            and m.kind == "paragraph"
            and owner[i] is None
            and beside(ms, i, text, "adverb", -1) is None
            and beside(ms, i, text, "adverb", 1) is None
        ):
            owner[i] = j
            ms[i] = replace(m, hint="amended")


def items_of(ms: list[Mention], i: int, text: str) -> bool:
    """Is mention ``i`` the subparagraphs of the paragraph just before it ("paragraph 5,
    subparagraphs (a) and (b)")?"""
    return (
        ms[i].kind == "subparagraph"
        and i > 0
        and ms[i - 1].kind == "paragraph"
        and bool(patterns.GAP_ITEMS.match(text[ms[i - 1].end : ms[i].start]))
    )


def possessed(ms: list[Mention], i: int, text: str, lang: str) -> int | None:
    """The mention a possessive ties this Article or paragraph list to: the nearest instrument (for an
    Article) or decision, document or recommendation (for paragraphs) before it in the clause."""
    m = ms[i]
    after = beside(ms, i, text, "possessive", 1)
    if after is not None and text[after.start : after.end] in vocab.POSSESSIVES_AFTER:
        pass  # "المادة 10 منه", "приложение III к нему"
    elif m.hint != "own" and beside(ms, i, text, "possessive", -1) is None:
        return None  # not "its Article 5", nor Arabic "ومرفقه" ("and its annex")
    wanted: tuple[str, ...]
    if m.kind == "paragraph" and after is not None and text[after.start : after.end] == "منها":
        wanted = ("article", "recommendation", "document")  # "الفقرة 1 (أ) منها": a feminine noun's
    elif m.kind == "article":
        wanted = ("instrument",)
    elif m.kind == "annex":
        wanted = ("instrument", "decision", "document")  # "والمرفق الثالث له": the Protocol's
    else:
        wanted = (
            "decision",
            "document",
            "recommendation",
        )  # "la recommandation 2/2 …, ses paragraphes"
    for j in range(i - 1, -1, -1):
        if (
            ms[j].kind in wanted
            and ms[j].values
            and (ms[j].values[0] or ms[j].kind == "instrument")
        ):
            return j  # another convention's ("Convention d'Aarhus … son article 6 bis") is dropped
    return None

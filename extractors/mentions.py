"""Mentions: the pieces of citations in a text, each with its values, before they are tied together.

``scan(text, lang)`` runs the catalogue of ``extractors.patterns`` over a text the caller made ASCII
(one character for one, so offsets are the original's) and returns :class:`Mention` objects in reading order:
decisions, recommendations and documents (whole targets), Articles, paragraphs and annexes (pinpoints or
parts), objectives, instruments, subsidiary bodies, anaphors ("the same decision", "that Article"), and
the words that make a pinpoint internal or foreign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copmop.lang import (
    anaphora,
    bodies,
    instrument_context,
    instruments,
    normalize,
    patterns,
    symbols,
    vocab,
)
from copmop.pipeline.models import Mention

__all__ = ["scan"]


def scan(s: str, lang: str) -> list[Mention]:
    """Every mention in ``s`` (a text made ASCII by ``normalize.to_ascii``), in reading order, none
    overlapping another."""
    table = patterns.BY_LANG.get(lang, patterns.BY_LANG["en"])
    found: list[Mention] = list(_symbols(s))
    for m in table["decision"].finditer(s):
        ids = [d for d in (_decision(x) for x in patterns.DECISION_IN_LIST.finditer(m["ids"])) if d]
        if ids:
            found.append(Mention("decision", m.start(), m.end(), tuple(ids)))
    for m in patterns.DECISION_PREFIXED.finditer(s):
        d = normalize.parse_decision(m.group())
        if d:
            found.append(Mention("decision", m.start(), m.end(), (d,)))
    found.extend(_recommendations(s, table["recommendation"], lang))
    for m in patterns.RECOMMENDATION_PREFIXED.finditer(s):
        r = normalize.canonical_recommendation(m["prefix"], m["meeting"], m["number"])
        if r:
            found.append(Mention("recommendation", m.start(), m.end(), (r,)))
    found.extend(_bodies(s, lang))
    found.extend(_anaphors(s, table["anaphor"]))
    for m in table["paragraph"].finditer(s):
        listed = _items(m["list"])
        if m.groupdict().get("sub") and listed:  # "第3段(b)分段": the letter of the last paragraph
            listed[-1][1].append(_letter(m["sub"]))
        items = [_para(number, subs) for number, subs in listed]
        if items:
            found.append(Mention("paragraph", m.start(), m.end(), tuple(items)))
    for m in table["article"].finditer(s):
        found.extend(_articles(m))
    for m in table["subparagraph"].finditer(s):
        letters = tuple(_letter(x.group()) for x in patterns.SUBPARTS.finditer(m["list"]))
        if letters:
            found.append(Mention("subparagraph", m.start(), m.end(), letters))
    for m in table["annex"].finditer(s):
        labels = tuple(_annexes(m["list"] or ""))
        own = m.group().split()[0] in vocab.OWN_ANNEX_WORDS  # "ومرفقه الثالث": its annex III
        found.append(Mention("annex", m.start(), m.end(), labels, hint="own" if own else ""))
    for m in table["objective"].finditer(s):
        numbers = tuple(_objectives(m["list"]))
        found.append(Mention("objective", m.start(), m.end(), numbers))
    for m in table["instrument"].finditer(s):
        name = m.groupdict().get("bare") or m["name"]
        code = None if name in instruments.OTHER_NAMES else normalize.instrument_code(name)
        if name in instruments.GENERIC_NAMES and (
            instrument_context.OTHER_AFTER.match(s, m.end())
            or instrument_context.OTHER_BEFORE.search(s[max(0, m.start() - 30) : m.start()])
        ):
            code = None  # "la Convention d'Aarhus", "the Rotterdam Convention": another instrument
        if code == "KMGBF" and (
            instrument_context.DRAFT_FRAMEWORK_BEFORE.search(s[max(0, m.start() - 20) : m.start()])
            or instrument_context.DRAFT_FRAMEWORK_AFTER.match(s, m.end())
            or instrument_context.FRAMEWORK_FUND_AFTER.match(s, m.end())
            or instrument_context.FRAMEWORK_FUND_BEFORE.search(
                s[max(0, m.start() - 20) : m.start()]
            )
        ):
            continue  # "the post-2020 global biodiversity framework", "the GBF Fund": not the KMGBF
        bare = (
            code is not None and normalize.instrument_key(name) in instruments.BARE_PROTOCOL_NAMES
        )
        found.append(
            Mention("instrument", m.start(), m.end(), (code or "",), hint="bare" if bare else "")
        )
    for kind in ("present", "adverb", "possessive", "foreign"):
        found.extend(Mention(kind, m.start(), m.end()) for m in table[kind].finditer(s))
    return _without_overlaps(found)


def _symbols(s: str) -> Iterator[Mention]:
    """Symbols: a decision's or a recommendation's own is that decision or recommendation; a document's
    with the parts listed after it ("UNEP/CBD/BS/COP-MOP/3/6 and Corr.1": two documents)."""
    for m in symbols.SYMBOL.finditer(s):
        symbol = normalize.canonical_symbol(m.group())
        decision = normalize.decision_from_symbol(symbol)
        recommendation = normalize.recommendation_from_symbol(symbol)
        if decision:
            yield Mention("decision", m.start(), m.end(), (decision,))
        elif recommendation:
            yield Mention("recommendation", m.start(), m.end(), (recommendation,))
        elif symbol.count("/") >= 2:
            targets, end = [symbol], m.end()
            listed = symbols.PARTS_AFTER.match(s, m.end())
            if listed:
                kind = ""
                for part in symbols.PART_NUMBERS.finditer(listed["parts"]):
                    kind = (part["kind"] or kind).upper()
                    targets.append(f"{symbol}/{kind}.{part['number']}")
                end = listed.end()
            yield Mention("document", m.start(), end, tuple(targets))


def _recommendations(s: str, pattern: re.Pattern[str], lang: str) -> Iterator[Mention]:
    """Recommendations: "recommendation 3/15" → ``3/15`` (its body still to find); "SBSTTA
    recommendation 24/1", "recommendation SBI-3/15" → ``SBSTTA-24/1``, ``SBI-3/15``; "its
    recommendation" is hinted ``own``."""
    for m in pattern.finditer(s):
        ids = []
        for x in patterns.RECOMMENDATION_IN_LIST.finditer(m["ids"]):
            body = x["prefix"] or m.groupdict().get("acro") or ""
            value = normalize.canonical_recommendation(body or "?", x["meeting"], x["number"])
            if value:
                ids.append(value.removeprefix("?-"))
        own = bool(m.groupdict().get("own")) or m.groupdict().get(
            "word"
        ) in vocab.RECOMMENDATION_OWN.get(lang, ())
        if ids:
            yield Mention(
                "recommendation", m.start(), m.end(), tuple(ids), hint="own" if own else ""
            )


def _bodies(s: str, lang: str) -> Iterator[Mention]:
    """Subsidiary bodies, by name ("the Subsidiary Body on Implementation") or acronym ("SBSTTA")."""
    named = bodies.BY_LANG.get(lang)
    for pattern in (named, bodies.ACRONYM) if named else (bodies.ACRONYM,):
        for m in pattern.finditer(s):
            if m.lastgroup:
                yield Mention("body", m.start(), m.end(), (m.lastgroup,))


def _anaphors(s: str, pattern: re.Pattern[str]) -> Iterator[Mention]:
    """Anaphors, "the same decision", "that Article", "该条第3款" (with its pinpoint): hinted with
    what they point back to."""
    for m in pattern.finditer(s):
        found = m.groupdict()
        referent = next(r for r in anaphora.REFERENTS if found.get(r))
        point = None
        if found.get("para"):
            point = found["para"] + (f"({found['sub']})" if found.get("sub") else "")
        yield Mention("anaphor", m.start(), m.end(), (), (point,), hint=referent)


def _decision(m: re.Match[str]) -> str | None:
    return normalize.canonical_decision(m["prefix"], m["meeting"], m["number"])


def _without_overlaps(found: list[Mention]) -> list[Mention]:
    ranked = sorted(
        found, key=lambda x: (patterns.KINDS.index(x.kind), x.start, -(x.end - x.start))
    )
    kept: list[Mention] = []
    for m in ranked:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda x: x.start)


def _items(text: str) -> list[tuple[str, list[str]]]:
    """The items of a list: numbers with their letters, ranges expanded.

    ``"4, 6, 10-12, 29 (b) and (e)"`` → 4, 6, 10, 11, 12, 29(b), 29(e).
    """
    items: list[tuple[str, list[str]]] = []
    pending_range = False
    last_number: str | None = None
    lettered: set[int] = set()
    for token in patterns.LIST_ITEM.finditer(text):
        if token["num"]:
            number = token["num"]
            if pending_range and last_number and last_number.isdigit() and number.isdigit():
                first, final = int(last_number), int(number)
                if first < final <= first + 60:
                    items.extend((str(n), []) for n in range(first + 1, final + 1))
                    last_number, pending_range = number, False
                    continue
            items.append((number, []))
            last_number, pending_range = number, False
        elif token["letter"] and last_number is not None:
            letter = _letter(token["letter"])
            index = len(items) - 1
            if items and items[-1][0] == last_number and (not items[-1][1] or index in lettered):
                if items[-1][1]:
                    items.append((last_number, [letter]))
                else:
                    items[-1][1].append(letter)
                lettered.add(len(items) - 1)
            else:
                items.append((last_number, [letter]))
                lettered.add(len(items) - 1)
        elif token["range"]:
            pending_range = True
    return items


def _letter(token: str) -> str:
    m = patterns.LETTER.search(token)
    letter = m["letter"].rstrip("ـ") if m else token.strip("()")
    return vocab.ARABIC_LETTERS.get(letter) or vocab.CYRILLIC_LETTERS.get(letter, letter)


def _para(number: str, subs: list[str]) -> str:
    return "para " + number + "".join(f"({s})" for s in subs)


def _articles(m: re.Match[str]) -> Iterator[Mention]:
    """``Article 18.2(b)`` → CPB 18 at ``2(b)``; ``第 18.2(b) 和第 2(c) 条`` → 18 at 2(b) and 2(c)."""
    numbers: list[str] = []
    points: list[str | None] = []
    dotted_article: str | None = None
    for raw in patterns.ARTICLE_SEPARATOR.split(m["list"]):
        span = patterns.ARTICLE_RANGE.match(raw.strip())
        if span and int(span["first"]) < int(span["last"]) <= int(span["first"]) + 40:
            numbers.extend(str(n) for n in range(int(span["first"]), int(span["last"]) + 1))
            points.extend([None] * (int(span["last"]) - int(span["first"]) + 1))
            continue
        head = patterns.ARTICLE_ITEM.match(raw.strip())
        if not head:
            continue
        subs = [_letter(x.group()) for x in patterns.SUBPARTS.finditer(head["subs"])]
        value = normalize.number_value(head["n"]) or vocab.ORDINAL_ALIASES.get(head["n"])
        number = str(value) if value else head["n"]
        if dotted_article and not head["p"] and subs:
            numbers.append(dotted_article)
            points.append(number + "".join(f"({x})" for x in subs))
            continue
        if head["p"]:
            dotted_article = number
        numbers.append(number)
        points.append(_article_point(head["p"], subs))
    if m.groupdict().get("para") and numbers:
        sub = m.groupdict().get("sub") or ""  # "(a) and (b)"; Chinese "a" of "(a)项"
        subs = [_letter(x.group()) for x in patterns.SUBPARTS.finditer(sub)] or [sub] * bool(sub)
        paras = [
            str(normalize.number_value(x.group())) for x in patterns.NUMERAL.finditer(m["para"])
        ]
        # "第19条第3和第4款": Article 19 at 3 and at 4; "Article 18, paragraph 2 (a) and (b)"
        wanted = paras[:-1] + ([f"{paras[-1]}({x})" for x in subs] or paras[-1:])
        numbers[-1:] = [numbers[-1]] * len(wanted)
        points[-1:] = wanted
    if numbers:
        yield Mention("article", m.start(), m.end(), tuple(numbers), tuple(points))


def _article_point(paragraph: str | None, subs: list[str]) -> str | None:
    if paragraph:
        return paragraph + "".join(f"({x})" for x in subs)
    if not subs:
        return None
    first, rest = subs[0], subs[1:]
    head = first if first.isdigit() else f"({first})"
    return head + "".join(f"({x})" for x in rest)


def _annexes(text: str) -> Iterator[str]:
    """``"I and II"``, ``"一和二"``, ``"الأول"``, ``"I to III"`` → I, II (III)."""
    values: list[int] = []
    pending = False
    for token in patterns.LIST_ITEM.finditer(text):
        value = None
        if token["roman"]:
            value = normalize.roman_to_int(token["roman"])
        elif token["cjk"]:
            value = normalize.chinese_to_int(token["cjk"])
        elif token["ordinal"]:
            value = normalize.ordinal_value(token["ordinal"], "ar")
        elif token["range"]:
            pending = True
            continue
        if not value:
            continue
        if pending and values and values[-1] < value <= values[-1] + 20:
            values.extend(range(values[-1] + 1, value + 1))
        else:
            values.append(value)
        pending = False
    yield from (normalize.int_to_roman(v) for v in values)


def _objectives(text: str) -> list[str]:
    """``"1.1, 1.3, 2.1 to 2.3 and 4.1"`` → 1.1, 1.3, 2.1, 2.2, 2.3, 4.1 (a range within one goal)."""
    out: list[str] = []
    pending = False
    for token in patterns.LIST_ITEM.finditer(text):
        number = token["num"]
        if number and "." in number:
            if pending and out:
                goal, first = out[-1].split(".")
                same, last = number.split(".")
                if goal == same and int(first) < int(last) <= int(first) + 20:
                    out.extend(f"{goal}.{n}" for n in range(int(first) + 1, int(last)))
            out.append(number)
            pending = False
        elif token["range"]:
            pending = True
    return out

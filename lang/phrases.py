"""The phrase lexicon: the phrases that open the clauses of UN decisions in the six UN languages.

The table is ``lang/data/phrases.tsv`` (one phrase a line: language, role, phrase): the preambular
phrases ("Recalling", "Rappelant", "ссылаясь", "إذ يشير", "回顾"), the operative ones ("Requests",
"Prie", "просит", "يطلب", "请"), and the words that may stand ``before`` a phrase ("Also requests",
"также просит", "又请", "Deeply concerned") or ``after`` its first word or the whole of it ("Requests
also", "Prie également", "Prend également note", "Pide también", "يطلب أيضا", "Notes with concern").

To the table's phrases this module adds the forms each language makes by rule, so that no spelling
has to be listed twice: the French apostrophe both ways ("Met l'accent", "Met l’accent") and a capital
without its accent ("Elit"), the Russian ё and е, the Arabic conjunction before إذ ("وإذ يشير") and the
feminine verb ("تحث" beside "يحث", "إذ تشير" beside "إذ يشير").

``copmop.lang.structure.VERB`` is built from ``PHRASES``, ``BEFORE`` and ``AFTER``; ``forms`` spells out
every combination, for the tests that read the lexicon back through that pattern.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

from copmop.pipeline.models import LANGS

__all__ = ["AFTER", "BEFORE", "OPERATIVE", "PHRASES", "PREAMBLE", "ROLES", "forms", "table"]

ROLES = ("preamble", "operative", "before", "after")
_ACCENTS = {"É": "E", "È": "E", "Ê": "E", "À": "A", "Â": "A", "Î": "I", "Ô": "O", "Ç": "C"}


def table() -> list[tuple[str, str, str]]:
    """The rows of ``phrases.tsv``: (lang, role, phrase), in the table's order; a row in an unknown
    language or role is refused with its line number."""
    text = files("copmop.lang.data").joinpath("phrases.tsv").read_text(encoding="utf-8")
    rows: list[tuple[str, str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if (
            len(parts) != 3
            or parts[0] not in LANGS
            or parts[1] not in ROLES
            or not parts[2].strip()
        ):
            raise ValueError(f"phrases.tsv line {number}: not lang<TAB>role<TAB>phrase: {line!r}")
        rows.append((parts[0], parts[1], " ".join(parts[2].split())))
    return rows


def _variants(phrase: str, lang: str) -> Iterator[str]:
    """The spellings of one phrase that a language makes by rule."""
    yield phrase
    if lang == "fr":
        for apostrophe in ("'", "’"):
            other = "’" if apostrophe == "'" else "'"
            if apostrophe in phrase:
                yield phrase.replace(apostrophe, other)
        if phrase[0] in _ACCENTS:
            yield _ACCENTS[phrase[0]] + phrase[1:]
    if lang == "ru" and ("е" in phrase or "ё" in phrase):
        yield phrase.replace("ё", "е")
    if lang == "ar":
        words = phrase.split()
        at = 1 if words[0] in ("إذ", "وإذ") and len(words) > 1 else 0
        if words[at].startswith("ي"):  # the feminine: "تحث", "إذ تشير"
            yield " ".join([*words[:at], "ت" + words[at][1:], *words[at + 1 :]])


def _arabic_conjunction(phrases: list[str]) -> list[str]:
    """The conjunction before إذ: "وإذ يشير" beside every "إذ يشير"."""
    return [*phrases, *("و" + p for p in phrases if p.startswith("إذ "))]


def _load() -> dict[str, dict[str, tuple[str, ...]]]:
    by: dict[str, dict[str, list[str]]] = {lang: {role: [] for role in ROLES} for lang in LANGS}
    for lang, role, phrase in table():
        by[lang][role].extend(_variants(phrase, lang))
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang, roles in by.items():
        if lang == "ar":
            roles["preamble"] = _arabic_conjunction(roles["preamble"])
        out[lang] = {role: tuple(dict.fromkeys(ps)) for role, ps in roles.items()}
    return out


_LEXICON = _load()
# Preambular phrases, per language: "Recalling", "Rappelant", "وإذ يشير" …
PREAMBLE: dict[str, tuple[str, ...]] = {lang: t["preamble"] for lang, t in _LEXICON.items()}
# Operative phrases, per language: "Requests", "Prie", "просит", "تطلب" …
OPERATIVE: dict[str, tuple[str, ...]] = {lang: t["operative"] for lang, t in _LEXICON.items()}
# Every phrase that opens a clause, per language.
PHRASES: dict[str, tuple[str, ...]] = {
    lang: tuple(dict.fromkeys(PREAMBLE[lang] + OPERATIVE[lang])) for lang in LANGS
}
# What may stand before a phrase: "Also", "Further", "также", "又", "Deeply".
BEFORE: dict[str, tuple[str, ...]] = {lang: t["before"] for lang, t in _LEXICON.items()}
# What may stand after a phrase's first word or the whole of it: "also", "également", "أيضا",
# "with concern".
AFTER: dict[str, tuple[str, ...]] = {lang: t["after"] for lang, t in _LEXICON.items()}


def forms(lang: str) -> Iterator[str]:
    """Every phrase of a language, bare and with each word of ``BEFORE`` before it and each word of
    ``AFTER`` after it ("Requests", "Also requests", "Requests also"; "Takes note", "Takes also note"):
    the lexicon spelled out, for the tests."""
    sep = "" if lang == "zh" else " "
    for phrase in PHRASES[lang]:
        yield phrase
        for word in BEFORE[lang]:
            yield word + sep + (phrase[0].lower() + phrase[1:] if lang != "zh" else phrase)
        for word in AFTER[lang]:
            yield phrase + sep + word
            first, _, rest = phrase.partition(" ")
            if rest and " " not in word:
                yield f"{first} {word} {rest}"

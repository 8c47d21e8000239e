"""Which of the six UN languages a document is written in, when it does not say."""

from __future__ import annotations

from pathlib import Path

from copmop.lang.structure import LATIN_WORD, NAME_LANG_TAG
from copmop.pipeline.models import LANGS

# Words frequent in one Latin-script language of the three and rare in the others.
_STOPWORDS = {
    "en": frozenset("the of and to in on for with that by which as parties protocol".split()),
    "fr": frozenset("le la les des du de et à en pour sur une dans par aux protocole".split()),
    "es": frozenset("el la los las del de y en para con por una sobre al protocolo".split()),
}
_TAG_ALIASES = {
    "ch": "zh",
    "chi": "zh",
    "eng": "en",
    "fre": "fr",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
}


def from_name(path: str) -> str | None:
    """The language a file name declares (``decision-CP-10-7-zh.pdf`` → ``zh``), or None."""
    stem = Path(path).name.rsplit(".", 1)[0]
    found = NAME_LANG_TAG.findall(stem)
    if not found:
        return None
    tag = found[-1].lower()
    return _TAG_ALIASES.get(tag, tag)


def detect(text: str) -> str:
    """The language of a text by its script, and for Latin script by its commonest words."""
    counts = {"zh": 0, "ru": 0, "ar": 0, "latin": 0}
    for ch in text[:20000]:
        code = ord(ch)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            counts["zh"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["ru"] += 1
        elif 0x0600 <= code <= 0x06FF:
            counts["ar"] += 1
        elif ch.isalpha() and code < 0x250:
            counts["latin"] += 1
    script = max(counts, key=lambda k: counts[k])
    if script != "latin":
        return script
    words = LATIN_WORD.findall(text[:20000].lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    return max(scores, key=lambda k: scores[k])


def language(path: str, text: str, declared: str | None = None) -> str:
    """The declared language (by the reader or the file name) when the script agrees, else detected."""
    detected = detect(text)
    latin = {"en", "fr", "es"}
    for candidate in (declared, from_name(path)):
        tag = (candidate or "").lower()[:2]
        if tag in LANGS and (tag == detected or (tag in latin and detected in latin)):
            return tag
    return detected

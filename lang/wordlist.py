"""The notation of copmop's word tables (``"Urges | Also urges"`` is two entries), and the script a
word is written in."""

from __future__ import annotations

__all__ = ["is_cjk", "script", "words"]


def words(text: str) -> tuple[str, ...]:
    """``"Urges | Also urges"`` → ``("Urges", "Also urges")``; line breaks separate entries too."""
    return tuple(w.strip() for line in text.splitlines() for w in line.split("|") if w.strip())


def is_cjk(text: str) -> bool:
    """Does the text hold a CJK ideograph ("议定书")?"""
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def script(text: str) -> str:
    """The script of a word: ``cjk``, ``cyrillic``, ``arabic`` or ``latin``."""
    if is_cjk(text):
        return "cjk"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "cyrillic"
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return "arabic"
    return "latin"

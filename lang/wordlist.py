"""The notation of copmop's word tables: ``"Urges | Also urges"`` is two entries."""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> tuple[str, ...]:
    """``"Urges | Also urges"`` → ``("Urges", "Also urges")``; line breaks separate entries too."""
    return tuple(w.strip() for line in text.splitlines() for w in line.split("|") if w.strip())

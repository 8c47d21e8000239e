"""The one citation finder over a text: mentions found by the catalogue, then resolved into canonical
targets with their pinpoints. The spaCy component (``copmop.extractors.component``) and the finder over
a whole document (``copmop.extractors.citations``) both call ``find_in_text``.
"""

from __future__ import annotations

from collections.abc import Mapping

from copmop.extractors.mentions import scan
from copmop.extractors.resolve import Found, resolve
from copmop.lang import instruments, normalize
from copmop.pipeline.models import DocKind, Document

__all__ = ["Found", "find_in_text", "host_of", "own_of"]


def host_of(body: str | None) -> str:
    """The instrument a body's documents serve: CP → CPB, COP → CBD, NP → NP (CPB when unknown)."""
    return instruments.HOST_INSTRUMENT.get(body or "CP", "CPB")


def own_of(doc: Document) -> tuple[str, str] | None:
    """What an internal reference points at: the decision, else the document's symbol."""
    if doc.kind == DocKind.DECISION and doc.decision:
        return ("decision", doc.decision)
    if doc.symbol:
        return ("document", doc.symbol)
    return None


def find_in_text(
    text: str,
    lang: str,
    host: str = "CPB",
    own: tuple[str, str] | None = None,
    scope: str | None = None,
    context: Mapping[str, str] | None = None,
    number: str | None = None,
) -> list[Found]:
    """Every citation in one text: (kind, target, pinpoint, start, end), ``text[start:end]`` its raw;
    ``scope`` is the annex the text sits in (``annex II``), for its "paragraph 2 above"; ``context``
    what the clauses before it named last (``{"decision": "CP-3/11"}``), for an anaphor with nothing
    to point back to in the text itself (see ``extractors.antecedents``); ``number`` the number of the
    paragraph the text is (``"6"``), for its "subparagraph (a) above"."""
    plain = normalize.to_ascii(text)
    return resolve(scan(plain, lang), plain, lang, host, own, scope, context, number)

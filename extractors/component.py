"""The ``copmop_citations`` spaCy component: the citation finder as a pipeline step.

It sets ``doc.spans["citations"]``: one span per citation in the text, labelled with its kind, with its
canonical target in ``span._.target`` and pinpoint in ``span._.pinpoint``, the finder's exact character
offsets in ``span._.chars`` (the span itself is widened to whole tokens). A list or a range names
several targets with one piece of text ("paragraphs 3 to 5 of decision CP-9/7"): its span lists them
all in ``span._.citations`` as (kind, target, pinpoint), ``_.target`` and ``_.pinpoint`` being the
first (spaCy keeps one value per extension for spans with the same offsets). Registered through the
``spacy_factories`` entry point, so ``nlp.add_pipe("copmop_citations")`` works in any pipeline once
copmop is installed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from copmop.extractors.finder import find_in_text

__all__ = ["CitationFinder", "make_citation_finder"]

for _name in ("target", "pinpoint", "chars", "citations"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("copmop_own", "copmop_host", "copmop_scope", "copmop_context", "copmop_number"):
    if not Doc.has_extension(_name):
        # the document's own (kind, target), for internal references; the instrument it serves; the
        # annex the text sits in ("annex II"), whose paragraphs "paragraph 2 above" names; what the
        # clauses before named last, for an anaphor ({"decision": "CP-3/11"}); the number of the
        # paragraph the text is ("6"), whose items "subparagraph (a) above" names
        Doc.set_extension(_name, default=None)


class CitationFinder:
    """Finds the citations of ``doc.text`` in the pipeline's language."""

    def __init__(self, lang: str, host: str = "CPB") -> None:
        self.lang = lang
        self.host = host

    def __call__(self, doc: Doc) -> Doc:
        grouped: dict[tuple[int, int], list[tuple[str, str, str | None]]] = {}
        for kind, target, pinpoint, start, end in find_in_text(
            doc.text,
            self.lang,
            doc._.copmop_host or self.host,
            doc._.copmop_own,
            doc._.copmop_scope,
            doc._.copmop_context,
            doc._.copmop_number,
        ):
            grouped.setdefault((start, end), []).append((kind, target, pinpoint))
        spans = []
        for (start, end), found in grouped.items():
            span = doc.char_span(start, end, label=found[0][0], alignment_mode="expand")
            if span is None:
                continue
            span._.target, span._.pinpoint = found[0][1], found[0][2]
            span._.chars = (start, end)
            span._.citations = found
            spans.append(span)
        doc.spans["citations"] = spans
        return doc


@Language.factory("copmop_citations", default_config={"host": "CPB"})
def make_citation_finder(nlp: Language, name: str, host: str) -> CitationFinder:
    """The factory spaCy calls for ``nlp.add_pipe("copmop_citations", config={"host": "CBD"})``."""
    return CitationFinder(nlp.lang or "en", host)

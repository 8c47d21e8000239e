"""The language pipelines: one spaCy pipeline per language, made from ``spacy.blank`` and loaded once
per process. Chinese is segmented by jieba with a user dictionary of biosafety terms; every pipeline
carries the ``copmop_citations`` component.
"""

from __future__ import annotations

import gc
import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.models import LANGS

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["USER_DICT", "pipeline_for", "search_tokens"]

USER_DICT = Path(__file__).with_name("data") / "biosafety_zh.txt"


@cache
def pipeline_for(lang: str) -> Language:
    """The pipeline for a UN language (``zh`` with jieba and the biosafety dictionary)."""
    import spacy

    import extractors.component  # noqa: F401  (registers the copmop_citations factory)

    if lang not in LANGS:
        raise ValueError(f"no pipeline for language {lang!r}; one of {', '.join(LANGS)}")
    if lang == "zh":
        import jieba

        jieba.setLogLevel(logging.WARNING)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        nlp.tokenizer.jieba_seg.load_userdict(str(USER_DICT))  # type: ignore[union-attr]
    else:
        nlp = spacy.blank(lang)
    nlp.add_pipe("copmop_citations")
    # The pipeline's objects (jieba's dictionary above all) live as long as the process: keep them out
    # of the garbage collector's way, or every collection while reading PDFs walks through them.
    gc.freeze()
    return nlp


def search_tokens(text: str, lang: str) -> str:
    """The words of a text for full-text search, separated by spaces (Chinese segmented by jieba)."""
    if lang != "zh":
        return text
    nlp = pipeline_for("zh")
    return " ".join(t.text for t in nlp.make_doc(text) if not t.is_space)

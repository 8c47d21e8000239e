"""The language pipelines: one spaCy pipeline per language, made from ``spacy.blank`` and loaded once
per process. Chinese is segmented by jieba with a user dictionary of biosafety terms; every pipeline
carries the ``copmop_citations`` component.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import shutil
import tempfile
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from copmop.pipeline.models import LANGS

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["USER_DICT", "pipeline_for", "search_tokens"]

USER_DICT = Path(str(files("copmop.lang.data").joinpath("biosafety_zh.txt")))


@cache
def pipeline_for(lang: str) -> Language:
    """The pipeline for a UN language (``zh`` with jieba and the biosafety dictionary)."""
    # spaCy takes 0.8 s to import and jieba 0.2 s more: they load here, with the first clause a process
    # reads, so that an ingest with nothing new to read and the commands that read no clause never pay.
    import spacy

    import copmop.extractors.component  # noqa: F401  (registers the copmop_citations factory)

    if lang not in LANGS:
        raise ValueError(f"no pipeline for language {lang!r}; one of {', '.join(LANGS)}")
    if lang == "zh":
        import jieba  # only Chinese is segmented by jieba

        # its failures to cache the dictionary are no concern of the user's: never on stderr
        jieba.setLogLevel(logging.CRITICAL)
        jieba.dt.tmp_dir = str(_cache_folder())
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        nlp.tokenizer.jieba_seg.load_userdict(str(USER_DICT))  # type: ignore[union-attr]
    else:
        nlp = spacy.blank(lang)
    nlp.add_pipe("copmop_citations")
    # The pipeline's objects (jieba's dictionary above all) live as long as the process: keep them out
    # of the garbage collector's way, or every collection while reading PDFs walks through them.
    gc.freeze()
    return nlp


def _cache_folder() -> Path:
    """This user's folder for jieba's dictionary cache ($XDG_CACHE_HOME/copmop, else
    ~/.cache/copmop), never the temporary folder all users share (where another user's cache file
    cannot be read or replaced); a private temporary folder when there is no such folder to be had."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "copmop"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid == os.getuid() and os.access(folder, os.W_OK | os.X_OK):
            return folder
    except (OSError, RuntimeError):  # no home, a read-only one
        pass
    private = Path(tempfile.mkdtemp(prefix="copmop-jieba-"))
    atexit.register(shutil.rmtree, private, ignore_errors=True)
    return private


def search_tokens(text: str, lang: str) -> str:
    """The words of a text for full-text search, separated by spaces (Chinese segmented by jieba)."""
    if lang != "zh":
        return text
    nlp = pipeline_for("zh")
    return " ".join(t.text for t in nlp.make_doc(text) if not t.is_space)

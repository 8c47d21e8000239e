"""What every ingest worker needs, imported once by the fork server that makes the workers (see
``workers``), so that each worker starts with it loaded: the per-file work, the PDF reader's
libraries, spaCy, and jieba's dictionary for Chinese (the slowest to load). A failure here is left
for the worker to meet and report on the file it reads."""

from __future__ import annotations

import contextlib

import copmop.pipeline.ingest  # the per-file work
import copmop.pipeline.pdf_bounds  # noqa: F401  (pdfplumber and pdfminer, counted)
from copmop.extractors.nlp import pipeline_for

with contextlib.suppress(Exception):
    pipeline_for("zh")

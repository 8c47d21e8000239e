"""What every ingest worker needs, imported once by the fork server that makes the workers (see
``workers``), so that each worker starts with it loaded: the per-file work, the PDF reader's
libraries, spaCy, and jieba's dictionary for Chinese (the slowest to load). First of all, the fork
server is tied to the process that started it: killed by the kernel when it dies (Linux), as its
workers are. A failure to load is left for the workers to meet and report on the files they read."""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys

_PR_SET_PDEATHSIG = 1

if sys.platform.startswith("linux"):
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

import copmop.pipeline.ingest  # noqa: E402  (the per-file work)
import copmop.pipeline.pdf_bounds  # noqa: E402, F401  (pdfplumber and pdfminer, counted)
from copmop.extractors.nlp import pipeline_for  # noqa: E402

with contextlib.suppress(Exception):
    pipeline_for("zh")

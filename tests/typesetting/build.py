"""A source in a layout → a Flat ODT → a PDF, through LibreOffice (``soffice --headless``).

LibreOffice runs with a private profile in a temporary folder, removed afterwards, so that it neither
reads nor changes the user's own; all the documents of a run go through one ``soffice`` call.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.typesetting.body import body, column_shares
from tests.typesetting.layouts import Layout
from tests.typesetting.odf import document
from tests.typesetting.source import Kind, Source
from tests.typesetting.styles import automatic_styles, font_faces, master_styles, styles

__all__ = ["LibreOfficeMissing", "flat_odt", "to_pdf"]

# PDF export without tags, bookmarks or an outline: smaller files, the same pages.
_EXPORT = (
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"},'
    '"ExportBookmarks":{"type":"boolean","value":"false"},'
    '"ExportNotes":{"type":"boolean","value":"false"}}'
)


class LibreOfficeMissing(RuntimeError):
    """No ``soffice`` on the PATH."""


def flat_odt(source: Source, layout: Layout) -> str:
    """The whole Flat ODT of a source in a layout."""
    shares = [column_shares(b.table) for b in source.blocks if b.kind == Kind.TABLE and b.table]
    symbol = source.header or ""
    return document(
        title=symbol,
        lang=source.lang,
        fonts=font_faces(layout),
        styles=styles(layout, source.lang, symbol),
        automatic=automatic_styles(layout, source.lang, shares),
        masters=master_styles(layout, symbol),
        body=body(source, layout),
    )


def to_pdf(documents: list[Path], out: Path, timeout: float = 900.0) -> list[Path]:
    """Convert Flat ODTs into PDFs in ``out`` (same stems); returns the PDFs' paths."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise LibreOfficeMissing(
            "soffice not found: install LibreOffice Writer (libreoffice-writer-nogui)"
        )
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="copmop-soffice-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            _EXPORT,
            "--outdir",
            str(out),
            *(str(p) for p in documents),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    pdfs = [out / (p.stem + ".pdf") for p in documents]
    missing = [p.name for p in pdfs if not p.exists()]
    if done.returncode or missing:
        raise RuntimeError(
            f"soffice failed ({done.returncode}), missing {missing}: {done.stderr[-500:]}"
        )
    return pdfs

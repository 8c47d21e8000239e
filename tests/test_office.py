"""The spreadsheet outputs opened where legal officers open them: LibreOffice Calc (Debian's
``libreoffice-calc-nogui``, installed by ``make office``) reads the XLSX and the ``--excel`` CSV of the
nastiest strings, and every cell comes back as the text written: no formula evaluated, Chinese and
Arabic intact. Calc saves what it read as CSV in UTF-8, which the test parses."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from copmop.pipeline.cli.output import to_csv, to_xlsx
from tests.test_outputs import COLUMNS, HOSTILE, ROWS

SOFFICE = "/usr/bin/soffice"
# Calc's CSV filter: comma, double quote, UTF-8 (76), from line 1; as saved: every text cell quoted.
CSV_UTF8 = "44,34,76,1"
SAVED_AS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1"

# What the XLSX writer had to change: characters XML cannot hold become U+FFFD, a CR a line feed.
UNWRITABLE = {"\x00", "\x07", "\x1b", "\ufffe", "\uffff"}


def _in_xlsx(s: str) -> str:
    return "".join("\ufffd" if c in UNWRITABLE else c for c in s).replace("\r", "\n")


def _calc_reads(path: Path, tmp_path: Path, infilter: str | None = None) -> list[list[str]]:
    """The cells of ``path`` as Calc read them (its first sheet saved again as UTF-8 CSV)."""
    out = tmp_path / f"calc-{path.suffix[1:]}"
    command = [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless"]
    if infilter:
        command.append(f"--infilter=CSV:{infilter}")
    command += ["--convert-to", SAVED_AS, "--outdir", str(out), str(path)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    (saved,) = out.glob("*.csv")
    with saved.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_calc_reads_the_xlsx_cells_as_the_text_written(tmp_path: Path) -> None:
    path = to_xlsx(COLUMNS, ROWS, tmp_path / "h.xlsx", sheet="x")
    rows = _calc_reads(path, tmp_path)
    assert rows[0] == COLUMNS
    # '=HYPERLINK("http://example.com","click")' is not "click", "+1+1" not 2
    assert [r[0] for r in rows[1:]] == [_in_xlsx(s) for s in HOSTILE]
    assert [r[1] for r in rows[1:]] == [str(i) for i in range(len(HOSTILE))]


def test_calc_reads_the_excel_csv_as_utf8_with_every_formula_inert(tmp_path: Path) -> None:
    """The ``--excel`` CSV opened as UTF-8 (its byte-order mark says so; Calc's import dialog
    offers it): a cell that would start a formula keeps the apostrophe that neutralised it, and
    every other cell is the text written."""
    path = tmp_path / "h.csv"
    path.write_text(to_csv(COLUMNS, ROWS, excel=True), encoding="utf-8", newline="")
    rows = _calc_reads(path, tmp_path, infilter=CSV_UTF8)
    assert rows[0] == COLUMNS  # the byte-order mark read as such, not as text
    # a NUL, which no cell can hold, is the one character Calc drops
    cells = [r[0] for r in rows[1:]]
    assert cells[:6] == ["'" + s.replace("\r", "\n") for s in HOSTILE[:6]]
    assert cells[6:] == [s.replace("\r", "\n").replace("\x00", "") for s in HOSTILE[6:]]
    assert cells[6:8] == ["评估和审查《议定书》的成效", "يرحب بالتقرير الوارد في الوثيقة"]

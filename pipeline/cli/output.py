"""One formatter for every command: rows as a terminal table, CSV, JSON, Markdown or an XLSX workbook.

Each format is safe where it is opened: the terminal never receives a control character (``ESC[2J``
would clear it), a spreadsheet never evaluates a cell as a formula (``--excel`` CSV and XLSX), Markdown
keeps its table whole; plain CSV and JSON stay faithful to the data for programs.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import decimal
import io
import json
import math
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from copmop.pipeline.cli.files import whole_file
from copmop.pipeline.escapes import SHEET_NAME_BAD, neutralise, printable, xml_safe

__all__ = [
    "FORMATS",
    "TEXT_FORMATS",
    "encode",
    "jsonable",
    "render",
    "table",
    "to_csv",
    "to_json",
    "to_markdown",
    "to_xlsx",
    "write",
]

FORMATS = ("table", "csv", "json", "markdown", "xlsx")
TEXT_FORMATS = ("table", "csv", "json", "markdown")

# A plain table: a header, a rule of dashes under it, no borders (pastes cleanly into a document).
_PLAIN = box.Box("    \n    \n -  \n    \n    \n    \n    \n    \n", ascii=True)


def _cell(value: Any) -> str:
    """A value as the text of one cell."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(jsonable(value), ensure_ascii=False)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def jsonable(value: Any) -> Any:
    """Any value DuckDB returns, as JSON: dates and times ISO 8601, intervals as seconds, decimals as
    numbers (as strings when a float would lose digits), blobs in base64, UUIDs as text."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, decimal.Decimal):
        as_float = float(value)
        exact = math.isfinite(as_float) and decimal.Decimal(repr(as_float)) == value
        return as_float if exact else str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    return str(value)


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int | None = None) -> str:
    """An aligned table that knows display widths (CJK two columns, combining marks none), wrapping
    long cells to fit ``width`` columns; ``None``: as wide as the longest row needs (nothing is cut)."""
    head = [printable(name) for name in columns]
    body = [[printable(_cell(v).replace("\n", " ")) for v in row] for row in rows]
    # each column: its widest cell, two spaces of padding, one for the rule between columns
    natural = sum(
        max([cell_len(h)] + [cell_len(r[i]) for r in body]) + 3 for i, h in enumerate(head)
    )
    grid = Table(box=_PLAIN, show_edge=False, pad_edge=False, padding=(0, 2, 0, 0), expand=False)
    for name in head:
        grid.add_column(name, overflow="fold")
    for cells in body:
        grid.add_row(*cells)
    console = Console(
        width=min(width, natural) if width else natural,
        file=io.StringIO(),
        color_system=None,
        force_terminal=False,
        highlight=False,
    )
    with console.capture() as capture:
        console.print(grid, crop=False)
    return "\n".join(line.rstrip() for line in capture.get().splitlines())


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]], excel: bool = False) -> str:
    """CSV: faithful for programs (lines end with "\\n"; a cell holding a line break or a carriage
    return is quoted); with ``excel``, lines end with "\\r\\n", a UTF-8 byte-order mark comes first
    (so that a spreadsheet reads Chinese and Arabic right) and every text cell that would start a
    formula is prefixed with '."""
    end = "\r\n" if excel else "\n"

    def cell(value: Any) -> str:
        text = _cell(value)
        return text if not excel or isinstance(value, (int, float)) else neutralise(text)

    lines = []
    for row in [columns, *rows]:
        buffer = io.StringIO()
        # "\r\n" as the writer's terminator makes it quote a cell holding either character
        csv.writer(buffer, lineterminator="\r\n").writerow([cell(v) for v in row])
        lines.append(buffer.getvalue().removesuffix("\r\n") + end)
    return ("\ufeff" if excel else "") + "".join(lines)


def to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    objects = [{c: jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=1)


def _md(value: Any) -> str:
    """A Markdown table cell: its pipes and backslashes escaped, its line breaks as <br>."""
    text = _cell(value).replace("\\", "\\\\").replace("|", "\\|")
    return printable(text.replace("\r\n", "<br>").replace("\n", "<br>"))


def to_markdown(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = [
        "| " + " | ".join(_md(c) for c in columns) + " |",
        "|" + "|".join(" --- " for _ in columns) + "|",
    ]
    lines += ["| " + " | ".join(_md(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)) and math.isfinite(value):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    # a workbook is XML, which reads a carriage return as a line feed: write it as one
    return xml_safe(_cell(value).replace("\r\n", "\n").replace("\r", "\n"))


# The one time every workbook carries (its document properties and its zip entries): the same rows make
# the same bytes, so that a download of the web view equals the file of ``--format xlsx --out``.
_XLSX_TIME = dt.datetime(2000, 1, 1)


class _SteadyZip(zipfile.ZipFile):
    """A zip archive whose entries carry ``_XLSX_TIME`` rather than the time they were written."""

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=_XLSX_TIME.timetuple()[:6])
            info.compress_type = self.compression
            info.external_attr = 0o600 << 16  # what ZipFile gives an entry named by a string
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(
        self,
        filename: Any,
        arcname: Any = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        # openpyxl writes each worksheet to a temporary file first: its entry would take the file's time
        name = str(arcname if arcname is not None else filename)
        self.writestr(name, Path(filename).read_bytes(), compress_type, compresslevel)


def to_xlsx(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    path: str | Path | BinaryIO,
    sheet: str = "copmop",
) -> Path | BinaryIO:
    """A workbook ready for a report: bold header, frozen header row and first column, fitted widths;
    every text cell stored as text (a cell starting with "=" is never a formula). The same rows make
    the same bytes: no time of writing inside."""
    # openpyxl takes 0.3 s to import: only a command writing a workbook pays for it
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    # write-only: the rows streamed to the sheet, half the time of cells kept in memory
    book = Workbook(write_only=True)
    book.properties.creator = "copmop"
    book.properties.created = book.properties.modified = _XLSX_TIME
    ws = book.create_sheet(SHEET_NAME_BAD.sub(" ", sheet)[:31])
    ws.freeze_panes = "B2"
    for i, name in enumerate(columns, 1):
        longest = max([cell_len(_cell(name))] + [cell_len(_cell(r[i - 1])) for r in rows])
        ws.column_dimensions[get_column_letter(i)].width = min(max(8, longest + 2), 80)
    bold = Font(bold=True)

    def text(value: str, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # openpyxl would make "=…" a formula
        if font is not None:
            cell.font = font
        return cell

    ws.append([text(_xlsx_value(name), bold) for name in columns])
    for row in rows:
        values = [_xlsx_value(v) for v in row]
        ws.append([text(v) if isinstance(v, str) else v for v in values])
    out = Path(path) if isinstance(path, (str, Path)) else path
    # ExcelWriter rather than book.save, which stamps the time of saving as the modification time
    ExcelWriter(book, _SteadyZip(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
    return out


def encode(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    excel: bool = False,
    sheet: str = "copmop",
) -> bytes:
    """The bytes of the file that :func:`write` makes of these rows (a download serves the same)."""
    if fmt == "xlsx":
        buffer = io.BytesIO()
        to_xlsx(columns, rows, buffer, sheet)
        return buffer.getvalue()
    text = render(columns, rows, fmt, excel)
    return (text + ("\r\n" if excel and fmt == "csv" else "\n")).encode("utf-8")


def render(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    excel: bool = False,
    width: int | None = None,
) -> str:
    """Rows as text in one of the text formats (CSV without its final line break)."""
    if fmt == "csv":
        return to_csv(columns, rows, excel).removesuffix("\r\n").removesuffix("\n")
    if fmt == "json":
        return to_json(columns, rows)
    if fmt == "markdown":
        return to_markdown(columns, rows)
    return table(columns, rows, width)


def write(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    out: str | Path,
    excel: bool = False,
    sheet: str = "copmop",
) -> Path:
    """Rows into a file in any format, whole or not at all; a file that cannot be written is a
    one-line OutputError."""
    path = Path(out)
    with whole_file(path) as partial:
        partial.write_bytes(encode(columns, rows, fmt, excel, sheet))
    return path

"""Outputs safe where they are opened: hostile text in every format, every DuckDB type as JSON."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import igraph
import networkx as nx
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from rich.cells import cell_len

from copmop.graph.export import export
from copmop.pipeline.cli import main
from copmop.pipeline.cli.output import encode, render, to_csv, to_markdown, to_xlsx, write
from copmop.pipeline.escapes import printable
from copmop.pipeline.store import Store

# The nastiest strings we could make: formulas, DDE, control characters, terminal escapes, bidi
# controls, combining marks, CJK and Arabic, quotes and separators of every format.
HOSTILE = [
    '=HYPERLINK("http://example.com","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=cmd|' /C calc'!A0",
    "评估和审查《议定书》的成效",
    "يرحب بالتقرير الوارد في الوثيقة",
    "e\u0301\u0301 combining",
    "\u202eevil\u202c bidi override",
    "a|b|c",
    'quote " and , comma',
    "line\nbreak",
    "\x1b[2J\x1b[31mred",
    "bell\x07 nul\x00 del\x7f",
    "\ufffe\uffff",
    "back\\slash",
    "<tag attr='x'>&amp;</tag>",
]
COLUMNS = ["text", "n"]
ROWS = [(s, i) for i, s in enumerate(HOSTILE)]


def test_plain_csv_is_faithful_for_programs() -> None:
    back = list(csv.reader(io.StringIO(to_csv(COLUMNS, ROWS), newline="")))
    assert back[0] == COLUMNS
    assert [row[0] for row in back[1:]] == HOSTILE
    assert not to_csv(COLUMNS, ROWS).startswith("\ufeff")


def test_excel_csv_has_a_bom_and_no_cell_reads_as_a_formula() -> None:
    text = to_csv(COLUMNS, [*ROWS, ("plain", -5)], excel=True)
    assert text.startswith("\ufeff")
    back = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    cells = [row[0] for row in back[1:]]
    assert [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))] == []
    assert cells[:6] == ["'" + s for s in HOSTILE[:6]]
    assert cells[6:-1] == HOSTILE[6:]
    assert back[-1] == ["plain", "-5"]  # a number stays a number


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    path = to_xlsx(COLUMNS, ROWS, tmp_path / "h.xlsx", sheet="x: [bad]/name")
    book = load_workbook(path)
    sheet = book.active
    assert sheet.title == "x   bad  name"
    values = [row[0].value for row in sheet.iter_rows(min_row=2)]
    types = {row[0].data_type for row in sheet.iter_rows(min_row=2)}
    assert types == {"s"}
    expected = [
        s.replace("\x00", "\ufffd")
        .replace("\x07", "\ufffd")
        .replace("\x1b", "\ufffd")
        .replace("\ufffe", "\ufffd")
        .replace("\uffff", "\ufffd")
        .replace("\r", "\n")
        for s in HOSTILE
    ]
    assert values == expected
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == list(range(len(HOSTILE)))


def test_regression_a_workbook_carried_the_time_it_was_written(tmp_path: Path) -> None:
    """Two workbooks of the same rows differed (openpyxl stamps the time of saving in the document
    properties and in every zip entry), so a download could never equal the CLI's file."""
    first = encode(COLUMNS, ROWS, "xlsx", sheet="decision x article")
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {entry.date_time for entry in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode()
    for name in ("created", "modified"):
        assert (
            f'<dcterms:{name} xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:{name}>'
            in core
        )
    written = write(COLUMNS, ROWS, "xlsx", tmp_path / "t.xlsx", sheet="decision x article")
    assert (
        written.read_bytes() == first == encode(COLUMNS, ROWS, "xlsx", sheet="decision x article")
    )
    assert [c.value for c in load_workbook(written).active[2]] == [HOSTILE[0], 0]


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table"])
def test_a_file_holds_the_bytes_encode_makes(tmp_path: Path, fmt: str) -> None:
    written = write(COLUMNS, ROWS[6:9], fmt, tmp_path / f"t.{fmt}")
    assert written.read_bytes() == encode(COLUMNS, ROWS[6:9], fmt)
    assert written.read_bytes() == (render(COLUMNS, ROWS[6:9], fmt) + "\n").encode("utf-8")


def test_markdown_keeps_one_row_per_row_and_its_columns() -> None:
    lines = to_markdown(COLUMNS, ROWS).splitlines()
    assert len(lines) == 2 + len(ROWS)
    for line in lines:
        unescaped = line.replace("\\|", "")
        assert unescaped.count("|") == 3
    assert "\x1b" not in "".join(lines)
    assert lines[2 + HOSTILE.index("a|b|c")] == "| a\\|b\\|c | 10 |"
    assert lines[2 + HOSTILE.index("line\nbreak")] == "| line<br>break | 12 |"


def test_terminal_tables_escape_control_characters_and_align_by_display_width() -> None:
    text = render(COLUMNS, ROWS, "table")
    assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
    assert "\\x1b[2J\\x1b[31mred" in text
    lines = text.splitlines()
    # the number column starts at the same display column on every row
    starts = {cell_len(line[: line.rindex(" ") + 1]) for line in lines[2:]}
    assert len(starts) == 1


def test_a_narrow_terminal_wraps_long_cells_instead_of_cutting_them() -> None:
    long = "Requests the Executive Secretary " * 6
    text = render(["text"], [(long,)], "table", width=40)
    assert max(cell_len(line) for line in text.splitlines()) <= 40
    assert " ".join(text.splitlines()[2:]).split() == long.split()


def test_printable_escapes_every_control_character() -> None:
    assert printable("a\x1bb\x9bc\td\ne") == "a\\x1bb\\x9bc\td\ne"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_are_well_formed_whatever_the_text(tmp_path: Path, fmt: str) -> None:
    g = nx.MultiDiGraph()
    for i, text in enumerate(HOSTILE):
        g.add_node(f"CP-1/{i}\x0b", kind="decision", title=text, meeting=1, in_store=True)
    g.add_edge("CP-1/0\x0b", "CP-1/1\x0b", kind="decision", pinpoint="\x01para 1", via="")
    path = export(g, fmt, tmp_path / f"g.{fmt}")
    ET.parse(path)  # well-formed, or this raises
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == len(HOSTILE)
    titles = sorted(d["title"] for _, d in back.nodes(data=True))
    assert "评估和审查《议定书》的成效" in titles and "\ufffd[2J\ufffd[31mred" in titles


def _xml_char(code: int) -> str:
    """What a character is read back as from an XML file: itself if XML 1.0 allows it (#x9, #xA,
    #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF), else U+FFFD; a carriage return as a line
    feed (XML's line-end rule)."""
    allowed = (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )
    return "\n" if code == 0xD else chr(code) if allowed else "\ufffd"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_hold_every_character_there_is(tmp_path: Path, fmt: str) -> None:
    """Every code point, surrogates and non-characters included, in titles of 4096 characters:
    the file is well-formed and reads back as XML allows."""
    g = nx.MultiDiGraph()
    expected = {}
    for start in range(0, 0x110000, 4096):
        codes = range(start, min(start + 4096, 0x110000))
        g.add_node(f"n{start}", kind="decision", title="".join(map(chr, codes)), in_store=True)
        expected[f"n{start}"] = "".join(map(_xml_char, codes))
    path = export(g, fmt, tmp_path / f"all.{fmt}")
    ET.parse(path)
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert {n: d["title"] for n, d in back.nodes(data=True)} == expected
    if fmt == "graphml":
        assert igraph.Graph.Read_GraphML(str(path)).vs["title"] == list(expected.values())


def _sql_json(db: str, query: str) -> list[dict]:
    result = CliRunner().invoke(main, ["sql", query, "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("types") / "s.duckdb"
    Store(path).close()
    return str(path)


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("1.25::DECIMAL(5,2)", 1.25),
        ("12345678901234567890.123::DECIMAL(38,3)", "12345678901234567890.123"),
        ("INTERVAL 90 MINUTE", 5400.0),
        ("'\\xAA\\xBB'::BLOB", "qrs="),
        ("'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::UUID", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
        ("TIME '12:34:56'", "12:34:56"),
        ("TIMESTAMP '2022-12-19 10:00:00'", "2022-12-19T10:00:00"),
        ("DATE '2022-12-07'", "2022-12-07"),
        ("[1, 2, 3]", [1, 2, 3]),
        ("{'a': 1, 'b': [DATE '2022-12-07']}", {"a": 1, "b": ["2022-12-07"]}),
        ("MAP {'k': 1.5::DECIMAL(3,1)}", {"k": 1.5}),
        ("'inf'::DOUBLE", "inf"),
        ("NULL", None),
        ("true", True),
        ("42::HUGEINT", 42),
    ],
)
def test_sql_json_handles_every_duckdb_type(empty_store: str, expression: str, value) -> None:
    assert _sql_json(empty_store, f"SELECT {expression} AS v") == [{"v": value}]

"""UN document symbols judged by their grammar: every real one passes, a malformed one is named with
what is wrong; the grammar reads the same in Python and in DuckDB (where ``check`` runs it)."""

from __future__ import annotations

import json

import duckdb
import pytest

from copmop.lang.symbols import GRAMMAR, problem
from tests.golden_io import GOLDEN, ROOT

REAL = [
    "UNEP/CBD/BS/COP-MOP/5/16",
    "UNEP/CBD/BS/COP-MOP/5/INF/21",
    "UNEP/CBD/BS/COP-MOP/3/6/CORR.1",
    "UNEP/CBD/BS/COP-MOP/DEC/7/3",
    "UNEP/CBD/BS/AHTEG-RA&RM/4/6",
    "UNEP/CBD/BS/AHTEG-SEC/1/3",
    "UNEP/CBD/BS/GF-L&R/3/4",
    "UNEP/CBD/BS/REGCONF-RA/AF/1/3",
    "UNEP/CBD/COP/DEC/VII/16",
    "UNEP/CBD/COP/13/8/ADD.1",
    "UNEP/CBD/WG8J/3/3/ADD.1",
    "UNEP/CBD/SBSTTA/9/INF/14",
    "UNEP/CBD/EXCOP/1/3",
    "CBD/CP/MOP/DEC/10/7",
    "CBD/CP/MOP/10/INF/4",
    "CBD/COP/16/INF/3/REV.1",
    "CBD/COP/15/L.25",
    "CBD/COP/15/CRP.1",
    "CBD/SBI/3/3/ADD.1",
    "CBD/SBI/3/3/ADD.1/REV.1",
    "CBD/SBSTTA/24/4/REV.1",
    "CBD/SBSTTA/REC/24/1",
    "CBD/NP/MOP/4/8",
    "CBD/WG2020/3/3",
    "CBD/FM/TEG/2024/1/2",
    "CBD/TSC/IAG/2024/1/2",
    "CBD/CP/RA/AHTEG/2020/1/5",
    "CBD/CP/LG/2023/1/3",
    "CBD/SYNBIO/AHTEG/2017/1/3",
    "CBD/POST2020/WS/2019/1/2",
    "A/RES/70/1",
    "E/CN.17/2000/1",
    "FCCC/CP/2015/10/ADD.1",
    "GEF/R.08/29/REV.01",
]

MALFORMED = [
    ("CBD/COP/16", "CBD/COP/16 has no document number after its meeting 16"),
    ("CBD/FOO/3", "CBD/FOO/3 has no document number after its meeting 3"),
    ("CBD/SBI//3", "CBD/SBI//3 has an empty part (two slashes, or one at an end)"),
    ("CBD/COP/16/INF/3/", "CBD/COP/16/INF/3/ has an empty part (two slashes, or one at an end)"),
    ("CBD/COP/16/INF", "CBD/COP/16/INF has no document number after its meeting 16"),
    ("CBD/COP/16/INF/3/REV", "CBD/COP/16/INF/3/REV: REV without its number (REV.1)"),
    (
        "CBD/SBI/3/3/ANNEX",
        "CBD/SBI/3/3/ANNEX: 'ANNEX' after the document number is no Add., Corr., Rev. or Amend.",
    ),
    ("CBD/3/4", "CBD/3/4 names no body (COP, SBI, BS/COP-MOP …) after its series"),
    ("CBD/COP", "CBD/COP has no meeting or year"),
    ("CBD/COP/16/3.2", "CBD/COP/16/3.2: '3.2' is not a document number"),
    ("XYZ/12/3", "XYZ/12/3 starts with XYZ, not a UN series copmop knows"),
]


@pytest.mark.parametrize("symbol", REAL)
def test_a_real_symbol_passes(symbol: str) -> None:
    assert GRAMMAR.fullmatch(symbol) and problem(symbol) is None


@pytest.mark.parametrize(("symbol", "why"), MALFORMED)
def test_a_malformed_symbol_is_named_with_what_is_wrong(symbol: str, why: str) -> None:
    assert GRAMMAR.fullmatch(symbol) is None
    assert problem(symbol) == why


def test_duckdb_reads_the_grammar_as_python_does() -> None:
    con = duckdb.connect()
    pattern = GRAMMAR.pattern
    for symbol in REAL + [s for s, _ in MALFORMED]:
        found = con.execute("SELECT regexp_full_match(?, ?)", [symbol, pattern]).fetchone()
        assert found == (GRAMMAR.fullmatch(symbol) is not None,), symbol


def test_every_symbol_the_fixtures_cite_and_their_own_pass() -> None:
    """The documents of every golden file and gold file, and each fixture's own symbol."""
    symbols = set()
    for path in [*GOLDEN.glob("*.json"), *(ROOT / "tests" / "gold").glob("*.json")]:
        data = json.loads(path.read_text(encoding="utf-8"))
        symbols |= {c["target"] for c in data.get("citations", []) if c["kind"] == "document"}
        own = (data.get("document") or data.get("metadata") or {}).get("symbol")
        if own:
            symbols.add(own)
    assert len(symbols) > 60
    assert sorted(s for s in symbols if problem(s)) == []

"""Random command lines, hostile values in every place: never a traceback, only the documented exit
codes (and never 70, the code of an unexpected error), never a control character on the terminal."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copmop.pipeline.cli import EXIT_BUG, EXIT_CODES, main
from copmop.pipeline.ingest import ingest
from tests.conftest import SEED_DECISION, SEED_PLAN

# Values that would reach anywhere: numbers that are no numbers, text for a terminal, odd paths.
HOSTILE = st.one_of(
    st.sampled_from(
        [
            *["", "-", "0", "-1", "nan", "inf", "-inf", "1e309", "99999999999999999999"],
            *["10-5", "x-y", "a\nb", "\x1b[2J", "\u202eevil", "'; DROP TABLE documents; --"],
            *[":memory:", "md:x", "s3://b/x", "/dev/full", "/dev/null", "/proc/x", ".", ".."],
            *["store.duckdb", "other.duckdb", "seed.txt", "folder", "missing/x"],
        ]
    ),
    st.text(max_size=20),
)
DECISIONS = ["CP-10/7", "BS-V/16", "CP-8/15", "UNEP/CBD/BS/COP-MOP/5/16", "CP-99/99", "CP-10/7@zh"]
QUERIES = [
    "SELECT * FROM documents",
    "SELECT doc_id, text FROM paragraphs LIMIT 3",
    "SELECT 1.5::DECIMAL(38,3) AS d, INTERVAL 1 DAY AS i, '\\xAA'::BLOB AS b, uuid() AS u",
    "SELECT [1, 2] AS l, {'a': TIME '10:00:00'} AS s, NULL AS n, 'inf'::DOUBLE AS f",
    "SELECT chr(27) || '[2J' AS esc, chr(0) AS nul, 'a' || chr(10) || 'b' AS nl",
    "DROP TABLE paragraphs",
    "CALL enable_logging(storage='file', storage_path='log')",
    "FROM query('SELECT 1')",
    "SELECT * FROM read_text('seed.txt')",
    "ATTACH 'x.duckdb'",
    "SELECT count(*) FROM range(10)",
    "",
]
# A value of its kind for each option (hostile one time in ten).
GOOD: dict[str, list[str]] = {
    "--db": ["store.duckdb", "store.duckdb", "new.duckdb", "other.duckdb", "seed.txt", "folder"],
    "--wait": ["0", "1", "0.5"],
    "--format": ["table", "csv", "json", "markdown", "xlsx"],
    "--out": ["out.csv", "out.xlsx", "store.duckdb", "seed.txt", "folder", "missing/o.csv"],
    "--lang": ["zh", "en", "zh,en", "ru", "de", "zh,,en"],
    "--limit": ["1", "5", "100000"],
    "--depth": ["1", "2", "1000"],
    "--direction": ["cites", "cited_by", "both"],
    "--rows": ["decision", "document"],
    "--cols": ["article", "decision", "objective", "document"],
    "--meetings": ["5-10", "7", "20-25", "10-5"],
    "--meeting": ["5-10", "10"],
    "--article": ["22", "35", "CBD/19", "0", "XVI"],
    "--instrument": ["CPB", "CBD", "NP", "SP", "XYZ"],
    "--decision": DECISIONS,
    "--para": ["7", "2.1", "(a)", "999"],
    "--jobs": ["1", "2"],
    "--time-limit": ["1", "60"],
    "--max-size": ["1", "200"],
    "--max-pages": ["1", "2000"],
    "--max-chars": ["1", "5000", "1000000"],
    "--max-memory": ["1024", "4096"],
    "--graph-format": ["graphml", "gexf", "json"],
    "--plot-out": ["out.svg", "out.png", "out.pdf", "out.txt"],
}
ANSWER = ["--db", "--wait", "--format", "--out"]
ANSWER_FLAGS = ["--force", "--excel"]
# (command words, what its argument is, its options, its flags)
SPECS = [
    (["sql"], QUERIES, ANSWER, ANSWER_FLAGS),
    (["show"], DECISIONS, [*ANSWER, "--para", "--lang"], ANSWER_FLAGS),
    (["lineage"], DECISIONS, [*ANSWER, "--direction", "--depth"], ANSWER_FLAGS),
    (
        ["clauses"],
        None,
        [*ANSWER, "--article", "--instrument", "--decision", "--meeting", "--lang"],
        ANSWER_FLAGS,
    ),
    (["xref"], None, [*ANSWER, "--rows", "--cols", "--meetings"], ANSWER_FLAGS),
    (["check"], None, ANSWER, [*ANSWER_FLAGS, "--structure"]),
    (
        ["search"],
        ["风险评估", "risk", "", "*", "\x1b"],
        [*ANSWER, "--limit", "--lang"],
        ANSWER_FLAGS,
    ),
    (
        ["export"],
        ["exported", "empty", "folder", ".", "seed.txt", "missing/x"],
        ["--db", "--wait"],
        [],
    ),
    (["graph", "export", "--out", "out.graphml"], None, ["--db", "--graph-format"], ["--force"]),
    (["graph", "plot", "--out", "out.svg"], DECISIONS, ["--db", "--plot-out", "--depth"], []),
    (
        ["ingest"],
        ["seed.txt", "bad.pdf", "folder", "empty", "missing.pdf", "store.duckdb"],
        [
            "--db",
            "--wait",
            "--jobs",
            "--time-limit",
            "--max-size",
            "--max-pages",
            "--max-chars",
            "--max-memory",
        ],
        ["--verbose"],
    ),
]
_SPELLING = {"--graph-format": "--format", "--plot-out": "--out"}


# One time in ten (hypothesis draws integers near their bounds more often than between them).
RARELY = st.sampled_from([False] * 9 + [True])


def _mostly(values: list[str]) -> st.SearchStrategy[str]:
    """One of these values nine times in ten, else a hostile one."""
    return RARELY.flatmap(lambda hostile: HOSTILE if hostile else st.sampled_from(values))


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A command, its argument and some of its options, each value of its kind or hostile."""
    words, argument, options, flags = draw(st.sampled_from(SPECS))
    argv = list(words)
    if argument is not None:
        argv.append(draw(_mostly(argument)))
    names = draw(st.lists(st.sampled_from(options), max_size=4, unique=True))
    if "--db" not in names and not draw(RARELY):
        names.append("--db")
    for name in names:
        argv += [_SPELLING.get(name, name), draw(_mostly(GOOD[name]))]
    argv += draw(st.lists(st.sampled_from(flags), max_size=2, unique=True)) if flags else []
    if draw(RARELY):  # a stray word anywhere
        argv.insert(draw(st.integers(0, len(argv))), draw(HOSTILE))
    return argv


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "store.duckdb"
    assert not ingest([SEED_DECISION, SEED_PLAN], path, jobs=1).errors
    return path


def _folder(store: Path, into: Path) -> None:
    """The files an example may name: a store, another's DuckDB file, a decision, a bad PDF, a
    folder of files and an empty one (the export folder is left to be made)."""
    shutil.copy(store, into / "store.duckdb")
    duckdb.connect(str(into / "other.duckdb")).execute("CREATE TABLE documents (x INT)").close()
    shutil.copy(SEED_DECISION, into / "seed.txt")
    (into / "bad.pdf").write_bytes(b"%PDF-1.4 not really")
    (into / "folder").mkdir()
    shutil.copy(SEED_DECISION, into / "folder" / "a.txt")
    (into / "empty").mkdir()


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(command_lines())
def test_no_command_line_makes_a_traceback(store: Path, argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        _folder(store, Path(tmp))
        result = CliRunner(env={"COPMOP_DB": None, "COPMOP_TRACEBACK": None}).invoke(main, argv)
    assert result.exit_code in EXIT_CODES and result.exit_code != EXIT_BUG, (argv, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), argv
    assert "Traceback" not in result.output
    assert "\x1b" not in result.stderr, (argv, result.stderr)

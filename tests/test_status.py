"""Treatments and statuses end to end: the treatment fixtures ingested together, their gold met, the
answers that show them (status, lineage --treatment, xref --treatment, show, the graph), the status
rules on small stores written by hand, and an older store brought up to date."""

from __future__ import annotations

import datetime as dt
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from copmop.graph.build import citation_graph
from copmop.graph.lineage import lineage
from copmop.graph.status import standings, status
from copmop.pipeline.cli import main
from copmop.pipeline.errors import StoreError
from copmop.pipeline.store import Store
from tests.golden_io import ROOT
from tests.treatment_eval import AS_OF, by_lang, exact, gold_files, statuses, treated

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def db(treatment_store: Path) -> Path:
    return treatment_store


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_treatments_meet_the_gold_in_every_language() -> None:
    results = [treated(path) for path in gold_files()]
    scores = {lang: right / compared for lang, (right, compared, _) in by_lang(results).items()}
    assert set(scores) == {"zh", "en", "fr", "es", "ru", "ar"}
    assert all(score >= 0.9 for score in scores.values()), scores


def test_every_expected_status_is_derived_exactly_where_the_finder_found_its_citations(
    db: Path,
) -> None:
    with Store(db, read_only=True) as store:
        _, rows = store.query(
            "SELECT DISTINCT target, coalesce(pinpoint, ''), d.decision, split_part(par_id, '#', 2) "
            "FROM citations JOIN documents d USING (doc_id)"
        )
    found = set(rows)
    pairs = statuses(db)
    assert len(pairs) == 25
    for expected, derived in pairs:
        assert derived is not None, expected
        assert derived["status"] == expected["status"], expected
        seen = all(
            (expected["target"], expected["pinpoint"] or "", e["by_decision"], e["by_clause"])
            in found
            for e in expected["history"]
        )
        if seen:
            assert exact(expected, derived), (expected, derived)


def _readme_block(command: str) -> str:
    """The output the README's ``text`` block prints for a command."""
    block = re.search(rf"\$ {re.escape(command)}\n(.*?)(?=\n\$ |\n```)", README, re.DOTALL)
    assert block, command
    return block.group(1)


@pytest.mark.parametrize(
    "command",
    [
        "copmop status BS-V/12 --para 3 --as-of 2026-11-30 --db treatment.duckdb",
        "copmop status CP-4/11 --para 3 --as-of 2026-11-30 --db treatment.duckdb",
    ],
)
def test_the_readme_status_examples_are_the_store_s(db: Path, command: str) -> None:
    argv = shlex.split(command)[1:]
    argv[argv.index("--db") + 1] = str(db)
    result = run(*argv)
    assert result.exit_code == 0, result.output
    assert result.output.rstrip("\n") == _readme_block(command)


def test_status_of_a_decision_lists_its_parts_in_order(db: Path) -> None:
    with Store(db, read_only=True) as store:
        found = status(store, "BS-III/11", as_of=AS_OF)
    assert [(s.part, s.status.value, [(e.by, e.clause) for e in s.history]) for s in found] == [
        (None, "retired", [("CP-12/13", "5")]),
        ("para 1", "retired", [("CP-7/12", "5")]),
        ("para 2", "retired", [("CP-7/12", "5")]),
        # recalled by CP-4/11 ("paragraphe 9 de la même décision"): retired with its decision
        ("para 9", "retired", [("CP-12/13", "5")]),
    ]


def test_elapsed_mandates_and_periods(db: Path) -> None:
    with Store(db, read_only=True) as store:
        held = standings(store, ["CP-8/3", "CP-10/10", "CP-5/16", "CP-9/13"], AS_OF)
        early = standings(store, ["CP-10/10"], dt.date(2024, 1, 1))
    assert [
        (key, held[key].status.value, held[key].ends)
        for key in [
            ("CP-8/3", "para 2"),
            ("CP-8/3", "para 6"),
            ("CP-8/3", None),
            ("CP-10/10", "para 4"),
            ("CP-5/16", None),
            ("CP-5/16", "para 3"),
            ("CP-9/13", "para 3"),
        ]
    ] == [
        (("CP-8/3", "para 2"), "elapsed", dt.date(2020, 12, 31)),
        (("CP-8/3", "para 6"), "elapsed", dt.date(2018, 11, 29)),
        (("CP-8/3", None), "in force", None),
        (("CP-10/10", "para 4"), "elapsed", dt.date(2024, 11, 1)),
        (("CP-5/16", None), "elapsed", dt.date(2020, 12, 31)),
        (("CP-5/16", "para 3"), "elapsed", dt.date(2020, 12, 31)),
        (("CP-9/13", "para 3"), "in force", None),
    ]
    assert early[("CP-10/10", "para 4")].status.value == "in force"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["status", "CP-99/1"],
            4,
            "copmop: CP-99/1: not in the store, and cited by nothing in it\n",
        ),
        (
            ["status", "CP-5/12", "--para", "40"],
            4,
            "copmop: CP-5/12: no para 40 in the store, and none cited\n",
        ),
        (["status", "risk"], 2, "copmop: risk: give a decision, as CP-10/7 or BS-V/16\n"),
        (
            ["lineage", "CP-5/12", "--treatment", "replaces,abolishes"],
            2,
            "copmop: --treatment 'replaces,abolishes': abolishes is not a treatment (one of recalls, "
            "reaffirms, welcomes, takes-note, adopts, endorses, amends, replaces, supersedes, "
            "retires, extends, continues, requests-follow-up, in-accordance-with, mentions)\n",
        ),
    ],
)
def test_status_and_treatment_errors_are_one_line(
    db: Path, args: list[str], code: int, message: str
) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert (result.exit_code, result.output) == (code, message)


def test_lineage_keeps_to_the_treatments_asked_for(db: Path) -> None:
    with Store(db, read_only=True) as store:
        chain = lineage(store, "CP-4/11", "cited_by", treatments=["extends", "retires"])
        every = lineage(store, "CP-4/11", "cited_by", depth=1)
    assert [(x.decision, x.depth, x.treatments, x.via) for x in chain] == [
        ("CP-5/12", 1, ["extends"], ["CP-5/12@en#4"]),
        ("CP-6/12", 1, ["extends"], ["CP-6/12@zh#3"]),
        ("CP-12/13", 1, ["retires"], ["CP-12/13@ru#5"]),
    ]
    assert [(x.decision, x.treatments) for x in every][:2] == [
        ("CP-5/12", ["extends", "mentions", "recalls", "requests-follow-up"]),
        ("CP-6/12", ["extends", "recalls"]),
    ]


def test_xref_counts_only_the_treatments_asked_for(db: Path) -> None:
    result = run(
        "xref",
        "--cols",
        "decision",
        "--treatment",
        "retires,supersedes",
        "--format",
        "csv",
        "--db",
        str(db),
    )
    rows = [line.split(",") for line in result.output.splitlines()]
    header, body = rows[0], {r[0]: r[1:] for r in rows[1:]}
    assert header == [
        "decision",
        "CP-1/5",
        "CP-2/3",
        "CP-2/9",
        "CP-3/3",
        "CP-3/11",
        "CP-4/3",
        "CP-4/11",
        "CP-7/12",
    ]
    assert body["CP-12/13"] == ["0", "0", "1", "0", "1", "0", "1", "0"]
    assert body["CP-9/13"] == ["0", "0", "0", "0", "0", "0", "0", "1"]


def test_show_marks_a_replaced_paragraph_and_names_what_replaced_it(db: Path) -> None:
    result = run("show", "BS-V/12", "--para", "3", "--db", str(db))
    assert result.output.splitlines()[-1] == (
        "    ✗ replaced by CP-6/12 ¶2 (2012-10-05), then by CP-7/12 ¶2 (2014-10-03)"
    )


def test_the_graph_carries_treatments_and_statuses(db: Path) -> None:
    with Store(db, read_only=True) as store:
        g = citation_graph(store)
    retiring = {
        (u, v, d["treatment"]) for u, v, d in g.edges(data=True) if d["treatment"] == "retires"
    }
    assert ("CP-12/13@ru#5", "CP-2/9", "retires") in retiring
    assert g.nodes["CP-2/9"]["status"] == "retired"
    assert g.nodes["CP-12/13@ru#5"]["status"] == "in force"
    assert g.nodes["CP-7/12@ar#5"]["status"] == "retired"  # CP-9/13 superseded CP-7/12
    assert {d["treatment"] for *_, d in g.edges(data=True) if d["kind"] == "part_of"} == {""}


def test_an_older_store_gets_its_treatments_when_opened_for_writing(
    db: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.duckdb"
    old.write_bytes(db.read_bytes())
    query = "SELECT par_id, target, coalesce(pinpoint, ''), treatment FROM citations ORDER BY ALL"
    with Store(old) as store:
        _, before = store.query(query)
        store.query("ALTER TABLE citations DROP COLUMN treatment")
    with pytest.raises(
        StoreError, match=re.escape("made by an older copmop (it lacks citations.treatment)")
    ):
        Store(old, read_only=True)
    with Store(old) as store:
        _, after = store.query(query)
        assert not store.fresh()
    assert after == before


def _store(
    path: Path, decisions: dict[str, tuple[int, str]], clauses: list[tuple], cites: list[tuple]
) -> Store:
    """A store written by hand: decisions (id → meeting, last day), operative clauses (decision,
    number, text) and citations (citing decision, clause, target, pinpoint, treatment, language)."""
    store = Store(path)
    for decision, (meeting, day) in decisions.items():
        for lang in ("en", "zh"):
            store.query(
                "INSERT INTO documents (doc_id, kind, decision, lang, body, meeting, date_end) "
                "VALUES (?, 'decision', ?, ?, 'CP', ?, ?)",
                [f"{decision}@{lang}", decision, lang, meeting, day],
            )
    for seq, (decision, number, text) in enumerate(clauses):
        store.query(
            "INSERT INTO paragraphs (par_id, doc_id, seq, kind, number, text) "
            "VALUES (?, ?, ?, 'operative', ?, ?)",
            [f"{decision}@en#{number}", f"{decision}@en", seq, number, text],
        )
    for by, clause, target, pinpoint, treatment, lang in cites:
        store.query(
            "INSERT INTO citations VALUES (?, ?, NULL, 'decision', ?, ?, 'x', 0, 1, ?)",
            [f"{by}@{lang}", f"{by}@{lang}#{clause}", target, pinpoint, treatment],
        )
    return store


_MEETINGS = {f"CP-{m}/1": (m, f"200{m}-10-20") for m in range(1, 6)}

# (name, clauses, citations, part asked about, status, [(treatment, by, scope)], ends)
RULES = [
    (
        "replaced then amended stays replaced",
        [],
        [
            ("CP-2/1", "1", "CP-1/1", "para 3", "replaces", "en"),
            ("CP-3/1", "4", "CP-1/1", "para 3", "amends", "en"),
        ],
        "para 3",
        "replaced",
        [("replaces", "CP-2/1", None), ("amends", "CP-3/1", None)],
        None,
    ),
    (
        "superseded counts as retired",
        [],
        [
            ("CP-2/1", "1", "CP-1/1", "para 3", "amends", "en"),
            ("CP-3/1", "8", "CP-1/1", None, "supersedes", "en"),
        ],
        None,
        "retired",
        [("supersedes", "CP-3/1", None)],
        None,
    ),
    (
        "a paragraph of a retired decision is retired through it",
        [],
        [
            ("CP-2/1", "1", "CP-1/1", "para 3", "amends", "en"),
            ("CP-4/1", "2", "CP-1/1", None, "retires", "en"),
        ],
        "para 3",
        "retired",
        [("amends", "CP-2/1", None), ("retires", "CP-4/1", "decision")],
        None,
    ),
    (
        "two language versions are one event, the stronger treatment",
        [],
        [
            ("CP-2/1", "1", "CP-1/1", "para 3", "amends", "zh"),
            ("CP-2/1", "1", "CP-1/1", "para 3", "replaces", "en"),
        ],
        "para 3",
        "replaced",
        [("replaces", "CP-2/1", None)],
        None,
    ),
    (
        "a mandate ends with the meeting it names",
        [
            (
                "CP-1/1",
                "2",
                "Decides to establish a group, which shall serve until its third meeting;",
            )
        ],
        [],
        "para 2",
        "elapsed",
        [],
        dt.date(2003, 10, 20),
    ),
    (
        "an extension keeps it in force until the meeting the extension names",
        [
            (
                "CP-1/1",
                "2",
                "Decides to establish a group, which shall serve until its third meeting;",
            ),
            (
                "CP-3/1",
                "5",
                "Decides to extend the group established by decision CP-1/1 until its ninth meeting;",
            ),
        ],
        [("CP-3/1", "5", "CP-1/1", "para 2", "extends", "en")],
        "para 2",
        "in force",
        [("extends", "CP-3/1", None)],
        None,
    ),
    (
        "an extension whose meeting has passed elapses",
        [
            (
                "CP-1/1",
                "2",
                "Decides to establish a group, which shall serve until its second meeting;",
            ),
            (
                "CP-2/1",
                "5",
                "Decides to extend the group established by decision CP-1/1 until its fourth meeting;",
            ),
        ],
        [("CP-2/1", "5", "CP-1/1", "para 2", "extends", "en")],
        "para 2",
        "elapsed",
        [("extends", "CP-2/1", None)],
        dt.date(2004, 10, 20),
    ),
    (
        "a period of a plan it adopts",
        [
            (
                "CP-1/1",
                "1",
                "Adopts the Action Plan for the period 2001-2003, contained in the annex;",
            )
        ],
        [],
        "para 1",
        "elapsed",
        [],
        dt.date(2003, 12, 31),
    ),
    (
        "a period it only evaluates is no end of its own",
        [
            (
                "CP-1/1",
                "1",
                "Decides to evaluate the Strategic Plan for the period 2001-2003 at its fifth meeting;",
            )
        ],
        [],
        "para 1",
        "in force",
        [],
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "clauses", "cites", "part", "state", "history", "ends"),
    RULES,
    ids=[r[0] for r in RULES],
)
def test_status_rules(
    tmp_path: Path,
    name: str,
    clauses: list[tuple],
    cites: list[tuple],
    part: str | None,
    state: str,
    history: list[tuple],
    ends: dt.date | None,
) -> None:
    with _store(tmp_path / "s.duckdb", _MEETINGS, clauses, cites) as store:
        found = standings(store, ["CP-1/1"], dt.date(2010, 1, 1))[("CP-1/1", part)]
    assert (
        found.status.value,
        [(e.treatment, e.by, e.scope) for e in found.history],
        found.ends,
    ) == (
        state,
        history,
        ends,
    )

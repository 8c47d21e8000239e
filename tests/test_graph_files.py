"""Graph files for their clients: the JSON export loads with a plain ``nx.node_link_graph(data)`` on
every networkx release copmop allows, the GraphML in networkx and igraph with the same nodes, edges and
attributes; a decision known only as a target carries its meeting, as an integer."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import igraph
import networkx as nx
import pytest
from click.testing import CliRunner

from copmop.pipeline.cli import main
from copmop.pipeline.ingest import ingest
from tests.conftest import EN_DECISION, SEED_DECISION, SEED_PLAN
from tests.golden_io import ROOT

COMPAT = sorted((ROOT / ".venv" / "compat").glob("networkx-*"))


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    db = folder / "s.duckdb"
    assert not ingest([SEED_DECISION, SEED_PLAN, EN_DECISION], db, jobs=1).errors
    out = {}
    for fmt in ("json", "graphml", "gexf"):
        out[fmt] = folder / f"g.{fmt}"
        result = CliRunner().invoke(
            main, ["graph", "export", "--format", fmt, "--out", str(out[fmt]), "--db", str(db)]
        )
        assert result.exit_code == 0, result.output
    return out


_LOAD = """
import json, sys, warnings
warnings.simplefilter("ignore")
import networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
g = nx.node_link_graph(data)
print(json.dumps([nx.__version__, g.number_of_nodes(), g.number_of_edges(),
                  g.nodes["CP-5/16"], g.nodes["CP-10/7"]["meeting"]]))
"""


def test_the_compat_releases_are_installed() -> None:
    assert [p.name for p in COMPAT] == ["networkx-3.4.2", "networkx-3.5"]


@pytest.mark.parametrize("where", [*COMPAT, None], ids=lambda p: p.name if p else "installed")
def test_json_loads_with_a_plain_node_link_graph(
    exports: dict[str, Path], where: Path | None
) -> None:
    env = {**os.environ, "PYTHONPATH": str(where)} if where else dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-c", _LOAD, str(exports["json"])],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    version, nodes, edges, target, meeting = json.loads(result.stdout)
    assert version == (where.name.split("-")[1] if where else nx.__version__)
    data = json.loads(exports["json"].read_text(encoding="utf-8"))
    assert (nodes, edges) == (len(data["nodes"]), len(data["edges"]))
    assert target == {
        "kind": "decision",
        "meeting": 5,
        "title": "",
        "in_store": False,
        "label": "CP-5/16",
        "status": "in force",
    }
    assert meeting == 10


def test_graphml_reads_the_same_in_networkx_and_igraph(exports: dict[str, Path]) -> None:
    g = nx.read_graphml(exports["graphml"], force_multigraph=True)
    i = igraph.Graph.Read_GraphML(str(exports["graphml"]))
    assert (i.vcount(), i.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    names = set(i.vs.attributes()) - {"id"}
    assert names == {k for _, d in g.nodes(data=True) for k in d}
    for vertex in i.vs:
        mine = g.nodes[vertex["id"]]
        for name in names:
            value = vertex[name]
            if name not in mine:
                assert (
                    value is None or value == "" or (isinstance(value, float) and math.isnan(value))
                )
            elif isinstance(mine[name], bool):
                assert bool(value) == mine[name]
            else:
                assert value == mine[name], (vertex["id"], name)
    assert set(i.es.attributes()) - {"id"} == {k for *_, d in g.edges(data=True) for k in d}


def test_every_meeting_is_an_integer_and_no_decision_has_meeting_0(
    exports: dict[str, Path],
) -> None:
    g = nx.read_graphml(exports["graphml"], force_multigraph=True)
    meetings = {n: d["meeting"] for n, d in g.nodes(data=True) if "meeting" in d}
    assert all(type(m) is int and m > 0 for m in meetings.values())
    decisions = [n for n, d in g.nodes(data=True) if d["kind"] == "decision"]
    assert decisions and all(n in meetings for n in decisions)
    assert meetings["CP-8/15"] == 8 and meetings["UNEP/CBD/BS/COP-MOP/5/16"] == 5
    gexf = nx.read_gexf(exports["gexf"])
    assert gexf.nodes["CP-8/15"]["meeting"] == 8

"""Scale-out: the per-file work mapped over a Dask distributed cluster, stored by the one writer."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from dask.distributed import LocalCluster

from copmop.pipeline.cli import main
from copmop.pipeline.store import Store
from tests.conftest import EN_DECISION, SEED_DECISION, SEED_PLAN


def test_ingest_on_a_local_dask_cluster(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in (SEED_DECISION, SEED_PLAN, EN_DECISION):
        shutil.copy(path, folder / path.name)
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    db = str(tmp_path / "s.duckdb")
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        result = CliRunner().invoke(
            main,
            [
                "ingest",
                str(folder),
                "--db",
                db,
                "--executor",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
            ],
        )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {folder / 'broken.pdf'}: not a PDF file"]
    assert result.stdout.startswith(
        "4 files: 3 documents stored (3 new, 0 replaced, 0 with warnings), 0 unchanged, "
        "0 duplicates, 1 error; the store holds 3 documents, 462 clauses, "
    )
    with Store(db, read_only=True) as store:
        assert store.query("SELECT doc_id FROM documents ORDER BY doc_id")[1] == [
            ("CP-10/7@en",),
            ("CP-10/7@zh",),
            ("UNEP/CBD/BS/COP-MOP/5/16@zh",),
        ]


def test_dask_without_a_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["ingest", str(SEED_DECISION), "--db", str(tmp_path / "s.duckdb"), "--executor", "dask"],
    )
    assert (result.exit_code, result.stderr) == (
        2,
        "copmop: --executor dask: give the scheduler's address with --scheduler\n",
    )

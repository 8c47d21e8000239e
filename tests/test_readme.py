"""The README as the truth: its console blocks run as printed, its tables match the code."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from copmop.pipeline.cli import COMMANDS, EXIT_CODES
from copmop.pipeline.limits import MB, MIN_MEMORY, Limits
from tests.golden_io import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COPMOP = str(Path(sys.executable).with_name("copmop"))
SECONDS = re.compile(r"; \d+\.\d s$", re.MULTILINE)


def sessions() -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ copmop`` line of the README's console blocks."""
    out: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", README, re.DOTALL):
        command: str | None = None
        lines: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    out.append((command, "\n".join(lines)))
                command, lines = line[2:], []
            elif command is not None:
                lines.append(line)
        if command is not None:
            out.append((command, "\n".join(lines)))
    return out


SESSIONS = sessions()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    return folder


def test_the_readme_shows_sessions_that_start_with_the_ingest() -> None:
    assert len(SESSIONS) >= 7
    assert SESSIONS[0][0] == "copmop ingest corpus --db demo.duckdb"


@pytest.mark.parametrize(("command", "expected"), SESSIONS, ids=[c for c, _ in SESSIONS])
def test_every_readme_command_runs_as_printed(workdir: Path, command: str, expected: str) -> None:
    argv = shlex.split(command)
    assert argv[0] == "copmop"
    result = subprocess.run(
        [COPMOP, *argv[1:]],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    assert "Traceback" not in result.stdout
    assert SECONDS.sub("; N s", result.stdout.rstrip("\n")) == SECONDS.sub("; N s", expected)


def test_the_exit_code_table_is_the_code_s() -> None:
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", README, re.MULTILINE)
    assert {int(code): text for code, text in rows} == EXIT_CODES


def test_the_limits_table_is_the_code_s() -> None:
    start = README.index("| limit | default | option |")
    rows = re.findall(
        r"^\| (.+?) \| (.+?) \| (.*?) ?\|$", README[start:].split("\n\n")[0], re.MULTILINE
    )
    table = {limit: (default, option.strip("`")) for limit, default, option in rows[2:]}
    assert table == {
        "size of a file": (f"{Limits.max_bytes // MB} MB", "--max-size"),
        "time to read, segment and cite a file": (f"{Limits.seconds:g} s", "--time-limit"),
        "pages of a document": (f"{Limits.max_pages:,}", "--max-pages"),
        "characters of a document": (f"{Limits.max_chars:,}", "--max-chars"),
        "characters drawn on one page": (f"{Limits.max_page_chars:,}", ""),
        "bytes inflated from a document's compressed streams": (
            f"{Limits.max_inflate // MB} MB",
            "",
        ),
        "memory of each worker process": (
            f"a share of three quarters of the machine's memory, at least {MIN_MEMORY // MB:,} MB",
            "--max-memory",
        ),
    }


def test_every_command_is_in_the_readme() -> None:
    for name in COMMANDS:
        assert f"`copmop {name}" in README, name

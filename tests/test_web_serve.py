"""``copmop serve``: a server on 127.0.0.1 that starts with one line, refuses a bad store or a busy
port in one line, and stops cleanly, leaving no process behind."""

from __future__ import annotations

import errno
import signal
import socket
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from copmop.pipeline.cli import main
from tests.web_server import serving


def test_serve_starts_answers_and_stops_leaving_nothing_behind(demo_store: Path) -> None:
    with serving(demo_store) as (process, url):
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "/decision/CP-10/7", timeout=30) as response:
            assert response.status == 200
            assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
            assert '<h1><span class="id">CP-10/7</span>' in response.read().decode("utf-8")
        port = int(url.rsplit(":", 1)[1])
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert process.stderr is not None
        assert process.stderr.read().splitlines()[-1] == "copmop serve: stopped"
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED


def test_serve_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert result.output == (
        f"copmop: {tmp_path / 'none.duckdb'}: no such store; run `copmop ingest` first\n"
    )


def test_serve_refuses_a_busy_port_in_one_line(demo_store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(demo_store), "--port", str(port)])
    assert result.exit_code == 2
    assert result.output == (
        f"copmop: --port {port}: cannot listen on 127.0.0.1 (Address already in use)\n"
    )


def test_serve_is_documented() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "A read-only local web view of the store." in result.output
    assert "--port INTEGER RANGE" in result.output

"""``copmop serve``: the read-only local web view of the store, on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import threading
from types import FrameType

import click
from flask import Flask
from werkzeug.serving import make_server

from copmop.extractors.nlp import search_tokens
from copmop.pipeline.cli.options import db_option
from copmop.pipeline.errors import UsageError
from copmop.pipeline.escapes import printable
from copmop.web import create_app, warm

__all__ = ["HOST", "serve"]

HOST = "127.0.0.1"  # this machine only: the view is for the person at it


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _warm(app: Flask, stop: threading.Event) -> None:
    """Make, while nobody waits for them, what first visitors would otherwise wait for: the answers
    about the whole store that pages keep (the check: 1 s over a million citations) and what a
    search in Chinese loads (spaCy's pipeline and jieba's dictionary: 2 s)."""
    warm(app, stop)
    if not stop.is_set():
        search_tokens("风险评估", "zh")


@click.command()
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=8000,
    show_default=True,
    help="The port on 127.0.0.1 (0: any free port, printed).",
)
@db_option
def serve(port: int, db: str, wait: float) -> None:
    """A read-only local web view of the store.

    Decisions side by side in their languages, citations as links, lineage as a picture, clauses by
    Article, the cross-reference table with its CSV and XLSX files, the check. The store is opened
    read-only for each page, so an ingest can run beside it. Ctrl-C stops it.
    """
    app = create_app(db, wait)
    try:
        # bound here, so that a busy port is one line (Werkzeug would print two and exit)
        listener = socket.create_server((HOST, port))
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise UsageError(f"--port {port}: cannot listen on {HOST} ({reason})") from None
    with listener:
        server = make_server(HOST, port, app, threaded=True, fd=listener.fileno())
    signal.signal(signal.SIGTERM, _stop)
    stop = threading.Event()
    # not a daemon: stopping waits for its step to end (the interpreter aborts when it ends while a
    # thread runs inside DuckDB or spaCy)
    warmer = threading.Thread(target=_warm, args=(app, stop), name="copmop-warm")
    warmer.start()
    click.echo(
        f"copmop serve: http://{HOST}:{server.port}/ (read-only view of {printable(db)}; "
        "Ctrl-C stops it)"
    )
    server.serve_forever()  # until Ctrl-C or SIGTERM; it closes the socket
    stop.set()
    warmer.join()
    click.echo("copmop serve: stopped", err=True)

"""The store for the request being answered: opened read-only when a page first needs it, closed when
the page is made, so that between two pages an ingest can take the store."""

from __future__ import annotations

import threading

from flask import current_app, g

from copmop.pipeline.cli.options import open_store, say
from copmop.pipeline.store import Store

__all__ = ["close", "store"]

# DuckDB keeps one database per file inside a process, shared by its connections, and a read-only
# copmop store locks that database's settings: one request at a time holds the store (static files
# and error pages need none).
_LOCK = threading.Lock()


def store(search: bool = False) -> Store:
    """The store, opened read-only for this request (waiting while an ingest writes to it), with its
    full-text index when the page searches."""
    if "store" not in g:
        _LOCK.acquire()
        try:
            g.store = Store(
                current_app.config["COPMOP_DB"],
                read_only=True,
                wait=current_app.config["COPMOP_WAIT"],
                waiting=say,
                fts=search,
            )
        except BaseException:
            _LOCK.release()
            raise
    opened: Store = g.store
    return opened


def close(_: BaseException | None = None) -> None:
    """Close the request's store, if it was opened (Flask calls this when the request ends)."""
    opened = g.pop("store", None)
    if opened is not None:
        try:
            opened.close()
        finally:
            _LOCK.release()


def check(db: str, wait: float) -> None:
    """Open the store once and close it: a file that is not a copmop store fails here, not on a page."""
    with _LOCK:
        open_store(db, wait).close()

"""The Flask application of ``copmop serve``: one read-only store, opened for each request and closed
after it (so that an ingest can take the store between two pages), errors as pages that say what was
wrong, and headers that let the browser load nothing from another host."""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask, Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException

from copmop import __version__
from copmop.graph.status import deciding, event_label
from copmop.pipeline.errors import CopmopError, NotFound, StoreLocked, UsageError
from copmop.pipeline.models import Treatment
from copmop.web import access, answers, params, reading

__all__ = ["LANGUAGE_NAMES", "create_app", "warm"]

# The pages whose answers about the whole store are kept (web/memo.py): asked once at start, so
# that their first visitor does not wait for the check of a million citations.
WARM_PAGES = ("/", "/check", "/xref", "/clauses")

# Everything from this server, nothing from another host; no inline script, no plugin, no framing.
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

# The six languages by their own names, for the language switcher.
LANGUAGE_NAMES = {
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
}


def create_app(db: str, wait: float = 60.0) -> Flask:
    """The application over the store ``db``, which is opened once here to check that it is a
    copmop store (a :class:`~copmop.pipeline.errors.StoreError` otherwise)."""
    access.check(db, wait)
    app = Flask(__name__)
    app.config.update(COPMOP_DB=db, COPMOP_WAIT=wait, JSON_AS_ASCII=False)
    app.jinja_env.globals.update(
        version=__version__,
        languages=LANGUAGE_NAMES,
        args_with=params.args_with,
        deciding=deciding,
        event_label=event_label,
        treatment_names=[t.value for t in Treatment],
        db_name=db,
    )
    app.jinja_env.filters["pages"] = _pages
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    reading.register(app)
    answers.register(app)
    app.register_error_handler(CopmopError, _domain_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
    app.teardown_appcontext(access.close)
    app.after_request(_headers)
    return app


def warm(app: Flask, stop: threading.Event | None = None) -> None:
    """Make the kept answers of the application's store before anyone asks (one page at a time, so
    that a visitor's page waits at most for one of them); ``stop``: give up between two pages."""
    client = app.test_client()
    for url in WARM_PAGES:
        if stop is not None and stop.is_set():
            return
        client.get(url)


def _headers(response: Response) -> Response:
    if response.mimetype != "application/pdf":  # the browser's PDF viewer is a plugin: no policy
        response.headers["Content-Security-Policy"] = _POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers.setdefault("Cache-Control", "no-cache")
    return response


def _error_page(status: int, title: str, message: str) -> tuple[str, int]:
    return render_template("error.html", status=status, title=title, message=message), status


def _domain_error(exc: CopmopError) -> tuple[str, int]:
    if isinstance(exc, NotFound):
        return _error_page(404, "Not found", str(exc))
    if isinstance(exc, UsageError):
        return _error_page(400, "Bad request", str(exc))
    if isinstance(exc, StoreLocked):
        return _error_page(503, "The store is busy", str(exc))
    return _error_page(503, "The store cannot answer", str(exc))


def _http_error(exc: HTTPException) -> tuple[str, int]:
    status = exc.code or 500
    messages = {404: f"No page at {request.path}.", 405: f"{request.method} is not served here."}
    return _error_page(status, exc.name, messages.get(status, exc.description or ""))


def _unexpected(exc: Exception) -> tuple[str, int]:
    current_app.logger.exception("unexpected error on %s", request.full_path)
    return _error_page(500, "Unexpected error", "copmop could not make this page.")


def _pages(par: Any) -> str:
    """A clause's pages in its source: ``p. 2``, ``pp. 2-3``, or nothing."""
    start, end = getattr(par, "page_start", None), getattr(par, "page_end", None)
    if not start:
        return ""
    return f"p. {start}" if not end or end == start else f"pp. {start}–{end}"

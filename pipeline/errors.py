"""Domain exceptions: each carries a one-line message for the user and an exit code for the CLI."""

from __future__ import annotations


class CopmopError(Exception):
    """Base of every error copmop reports to its user in one line."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UnreadableSource(CopmopError):
    """A file that cannot be read: not a PDF, corrupt, encrypted, empty, no text layer, undecodable."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreLocked(CopmopError):
    """Another copmop holds the store open for writing."""

    exit_code = 3


class StoreError(CopmopError):
    """The store is missing, not a DuckDB file, or refused a query."""

    exit_code = 2


class NotFound(CopmopError):
    """A decision, document or paragraph the user asked for is not in the store."""

    exit_code = 4


class UsageError(CopmopError):
    """An option value that makes no sense (the message names it)."""

    exit_code = 2


class OutputError(CopmopError):
    """A file an answer was to be written to cannot be written (a missing folder, no permission)."""

    exit_code = 2


class LimitExceeded(UnreadableSource):
    """A file past one of the limits on what one file may cost (pages, characters, inflated bytes);
    the reason names the limit."""

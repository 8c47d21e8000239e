"""How an answer reaches a file or a folder: whole or not at all, and never over what copmop did not
make.

A file (``--out``) is written beside itself under a temporary name and renamed over its place when
complete, so that a failed write leaves what was there. ``export`` writes into a new or empty folder,
or replaces an earlier copmop export whole (its manifest, ``copmop-export.json``, lists the files it
wrote); any other folder is refused with the reason. A failed write is one line and exit code 2.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from copmop import __version__
from copmop.pipeline.errors import OutputError, UsageError
from copmop.pipeline.escapes import one_line
from copmop.pipeline.store import Store

__all__ = ["MANIFEST", "export_store", "whole_file"]

MANIFEST = "copmop-export.json"


def _cannot(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"{one_line(str(path))}: cannot be written ({exc.strerror or exc})")


@contextlib.contextmanager
def whole_file(path: str | Path) -> Iterator[Path]:
    """The temporary path to write ``path``'s content to (its suffix kept, for writers that read the
    format from it); renamed over ``path`` when the block ends well, removed otherwise."""
    final = Path(path)
    partial = final.with_name(f".{final.stem}.{os.getpid()}.partial{final.suffix}")
    try:
        yield partial
        os.replace(partial, final)
    except OSError as exc:
        raise _cannot(final, exc) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def _entries(folder: Path) -> tuple[set[str], list[str]]:
    """The files under a folder (relative paths) and anything else that is neither file nor folder
    (links, devices), without following links."""
    files: set[str] = set()
    others: list[str] = []
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(root) / name
            rel = str(path.relative_to(folder))
            if path.is_symlink() or not (path.is_dir() or path.is_file()):
                others.append(rel)
            elif path.is_file():
                files.add(rel)
    return files, others


def _state(folder: Path) -> str:
    """``new``, ``empty`` or ``earlier`` (a copmop export, replaced whole); else a UsageError."""
    shown = f"export {one_line(str(folder))}"
    if not folder.exists() and not folder.is_symlink():
        if not folder.parent.is_dir():
            raise UsageError(f"{shown}: no such folder {one_line(str(folder.parent))}")
        return "new"
    if not folder.is_dir():
        raise UsageError(f"{shown}: not a folder; give a new or empty folder")
    files, others = _entries(folder)
    if not files and not others:
        return "empty"
    try:
        listed = set(json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        listed = None
    if listed is None:
        names = sorted(files | set(others))
        listing = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        raise UsageError(
            f"{shown}: the folder holds files of its own ({one_line(listing)}); "
            "give a new or empty folder, or an earlier copmop export"
        )
    strangers = sorted((files - listed - {MANIFEST}) | set(others))
    if strangers:
        listing = ", ".join(strangers[:3]) + (", …" if len(strangers) > 3 else "")
        raise UsageError(
            f"{shown}: an earlier export, with files it did not write "
            f"({one_line(listing)}); move them, or give another folder"
        )
    return "earlier"


def _write(store: Store, folder: Path) -> dict[str, int]:
    """The export into ``folder`` (which exists and is empty), its manifest last."""
    counts = store.export_parquet(folder)
    files, _ = _entries(folder)
    manifest = {"copmop": __version__, "tables": counts, "files": sorted(files)}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return counts


def export_store(store: Store, folder: str | Path) -> dict[str, int]:
    """Export the store as Parquet into ``folder``: a new or empty one, or an earlier copmop export
    replaced whole (the new one is written beside it, then put in its place)."""
    target = Path(folder)
    if target.is_symlink():
        target = target.resolve()
    state = _state(target)
    if state == "earlier":
        return _replace(store, target)
    made = state == "new"
    try:
        if made:
            target.mkdir()
        return _write(store, target)
    except BaseException as exc:
        _clear(target, remove=made)
        if isinstance(exc, OSError):
            raise _cannot(target, exc) from None
        raise


def _replace(store: Store, target: Path) -> dict[str, int]:
    try:
        fresh = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        )
    except OSError as exc:
        raise _cannot(target, exc) from None
    try:
        fresh.chmod(target.stat().st_mode & 0o7777)
        counts = _write(store, fresh)
        old = fresh.with_suffix(".old")
        os.rename(target, old)
        try:
            os.rename(fresh, target)
        except OSError:
            os.rename(old, target)
            raise
        shutil.rmtree(old, ignore_errors=True)
        return counts
    except OSError as exc:
        raise _cannot(target, exc) from None
    finally:
        if fresh.exists():
            shutil.rmtree(fresh, ignore_errors=True)


def _clear(folder: Path, remove: bool) -> None:
    """Take back a failed export: the folder removed if it was made for it, else emptied."""
    if remove:
        shutil.rmtree(folder, ignore_errors=True)
        return
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink()

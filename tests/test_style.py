"""House rules that a test can check: small modules, every pattern in its catalogue."""

from __future__ import annotations

import re
from pathlib import Path

from tests.golden_io import ROOT

PACKAGES = ("copmop", "pipeline", "pipeline/cli", "lang", "extractors", "graph", "web")
CATALOGUES = {
    "lang/structure.py",
    "lang/patterns.py",
    "lang/symbols.py",
    "lang/bodies.py",
    "lang/dates.py",
    "lang/laws.py",
    "lang/instrument_context.py",
    "lang/treatment_patterns.py",
    "pipeline/escapes.py",
}
STRAY = re.compile(r"\bre\.(compile|match|search|fullmatch|findall|finditer|sub|split)\(")


def modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).glob("*.py"))


def test_modules_stay_small() -> None:
    big = {
        str(p.relative_to(ROOT)): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert big == {}


def test_no_pattern_outside_the_catalogues() -> None:
    strays = [
        f"{p.relative_to(ROOT)}:{i}"
        for p in modules()
        if str(p.relative_to(ROOT)) not in CATALOGUES
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if STRAY.search(line)
    ]
    assert strays == []


def test_the_model_module_imports_nothing_from_the_project() -> None:
    source = (ROOT / "pipeline" / "models.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+copmop\b", source, re.MULTILINE)

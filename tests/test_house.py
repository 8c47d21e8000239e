"""The house: one copmop namespace, data flowing one way, lazy imports only with their reason.

Data flows files → readers → segmentation → extractors → store → graph → CLI; the model and the
language knowledge sit under all of them. A module may import from its own floor and the floors below,
never from a floor above (an import against the flow).
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.golden_io import ROOT

# Folder of the checkout → the package it installs as.
PACKAGES = {
    "copmop": "copmop",
    "pipeline": "copmop.pipeline",
    "lang": "copmop.lang",
    "extractors": "copmop.extractors",
    "graph": "copmop.graph",
    "web": "copmop.web",
}

# Floors, lowest first: (floor, module-name prefixes). The longest matching prefix decides.
FLOORS: list[tuple[str, tuple[str, ...]]] = [
    (
        "model",
        (
            "copmop",
            "copmop.pipeline",
            "copmop.pipeline.models",
            "copmop.pipeline.errors",
            "copmop.pipeline.escapes",
            "copmop.pipeline.limits",
        ),
    ),
    ("language", ("copmop.lang",)),
    (
        "readers",
        (
            "copmop.pipeline.read_pdf",
            "copmop.pipeline.read_text",
            "copmop.pipeline.text_tables",
            "copmop.pipeline.layout",
            "copmop.pipeline.pdf_rows",
            "copmop.pipeline.arabic_glyphs",
            "copmop.pipeline.pdf_page",
            "copmop.pipeline.pdf_blocks",
            "copmop.pipeline.pdf_tables",
            "copmop.pipeline.pdf_bounds",
            "copmop.pipeline.pdf_pdfium",
            "copmop.pipeline.pdfium_glyphs",
            "copmop.pipeline.pdfium_rtl",
            "copmop.pipeline.pdfium_lib",
            "copmop.pipeline.pdf_paths",
        ),
    ),
    (
        "segmentation",
        (
            "copmop.pipeline.segment",
            "copmop.pipeline.titleblock",
            "copmop.pipeline.numbering",
            "copmop.pipeline.tables",
            "copmop.pipeline.footnotes",
            "copmop.pipeline.loose",
            "copmop.pipeline.checks",
        ),
    ),
    ("extractors", ("copmop.extractors",)),
    (
        "store",
        (
            "copmop.pipeline.store",
            "copmop.pipeline.schema",
            "copmop.pipeline.arrow",
            "copmop.pipeline.migrate",
            "copmop.pipeline.readonly",
        ),
    ),
    (
        "graph",
        ("copmop.graph", "copmop.pipeline.queries", "copmop.pipeline.search"),
    ),
    (
        "cli",
        (
            "copmop.pipeline.ingest",
            "copmop.pipeline.workers",
            "copmop.pipeline.preload",
            "copmop.pipeline.interrupts",
            "copmop.pipeline.cli",
            "copmop.web",
            "copmop.__main__",
        ),
    ),
]
RANK = {name: i for i, (name, _) in enumerate(FLOORS)}


def module_files() -> dict[str, Path]:
    """Every module of the package, by its installed name."""
    out = {}
    for folder, package in PACKAGES.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join([package, *parts])] = path
    return out


def floor(module: str) -> str:
    best, length = "", -1
    for name, prefixes in FLOORS:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > length:
                best, length = name, len(prefix)
    assert best, f"{module} sits on no floor: add it to FLOORS"
    return best


def imports(path: Path, module: str) -> list[tuple[int, str, bool]]:
    """(line, imported module, inside a function) for each import of copmop's own modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    functions = [
        n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    inner = {id(x) for f in functions for x in ast.walk(f) if x is not f}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            names = [f"{base}.{a.name}" for a in node.names]
        for name in names:
            found.append((node.lineno, name, id(node) in inner))
    return found


def test_every_folder_installs_inside_the_copmop_namespace() -> None:
    for folder, package in PACKAGES.items():
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.origin is not None
        assert Path(spec.origin).resolve() == (ROOT / folder / "__init__.py").resolve()


def test_no_import_runs_against_the_flow() -> None:
    modules = module_files()
    against = []
    for module, path in modules.items():
        here = RANK[floor(module)]
        for line, name, _ in imports(path, module):
            target = next(
                (
                    m
                    for m in sorted(modules, key=len, reverse=True)
                    if name == m or name.startswith(m + ".")
                ),
                None,
            )
            if target is None or not target.startswith("copmop"):
                continue
            if RANK[floor(target)] > here:
                against.append(
                    f"{path.relative_to(ROOT)}:{line} {module} ({floor(module)}) imports {target} ({floor(target)})"
                )
    assert against == []


def test_the_language_knowledge_imports_only_the_model() -> None:
    modules = module_files()
    outside = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for module, path in modules.items()
        if module.startswith("copmop.lang")
        for line, name, _ in imports(path, module)
        if name.startswith("copmop.")
        and not name.startswith(("copmop.lang", "copmop.pipeline.models"))
    ]
    assert outside == []


def test_no_module_imports_the_old_top_level_names() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for folder in (*PACKAGES, "tests", "scripts")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, name, _ in imports(path, "")
        if name.split(".")[0] in ("pipeline", "extractors", "graph", "lang")
    ]
    assert offenders == []


def test_every_import_inside_a_function_says_why() -> None:
    """A lazy import is allowed where a measured start-up cost (or an optional extra) justifies it,
    and a comment on it or just above it says which."""
    unexplained = []
    for path in module_files().values():
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        for fn in [
            n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]:
            first = True
            for node in ast.walk(fn):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    own = lines[node.lineno - 1]
                    above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
                    if "#" not in own and "#" not in above and first:
                        unexplained.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                    first = False
    assert unexplained == []


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--version"]])
def test_the_command_answers_help_without_loading_the_heavy_libraries(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from copmop.pipeline.cli import main\n"
        f"try:\n    main({argv!r}, prog_name='copmop')\nexcept SystemExit as exc:\n    assert exc.code == 0\n"
        "heavy = sorted(m for m in ('spacy', 'networkx', 'pdfplumber', 'openpyxl', 'matplotlib', 'pyarrow', 'jieba', 'flask') if m in sys.modules)\n"
        "print('loaded:', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "loaded: []"


def test_copmop_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "copmop", "--version"], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "copmop, version 0.2.0")

"""Lay out a fixture's source (one block per line) as a text extraction in the seeds' conventions.

    python scripts/make_fixture_txt.py tests/fixtures/cp-10-7.en.src [more.src ...]

writes ``tests/fixtures/cp-10-7.en.txt`` next to each source. Run it by hand and read the diff: the
``.txt`` files are the fixtures the tests read.

Source format: ``# header: SYMBOL`` (a running header from page 2 on, with "Page N"), ``# width: 88``
(characters per line; a CJK character counts two), ``# lines: 40`` (lines per page); then one block
per line (a paragraph, a heading, a title line), ``[^1]`` where a footnote marker stands, and
``[^1]: text`` lines for the footnotes; ``<<page>>`` forces a page break. The layout wraps blocks,
hyphenates long words and splits long symbols at a ``/`` or ``-`` as a PDF would, puts a trailing space
at each block's end and a blank line after every line, starts each new page with a space, and prints
each page's footnotes under a whitespace-only separator line.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

MARK = re.compile(r"\[\^([^\]]+)\]")


def width(text: str) -> int:
    """Columns the text takes once printed (its footnote marks ``[^n]`` aside): CJK and other wide
    characters count two."""
    plain = MARK.sub("", text)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in plain)


def wrap(block: str, limit: int) -> list[str]:
    """Wrap one block; CJK text breaks anywhere, other text at spaces, long words hyphenated."""
    lines: list[str] = []
    current = ""
    tokens = re.findall(
        r"\[\^[^\]]+\]|[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+", block
    )
    for token in tokens:
        if token.isspace():
            if current and not current.endswith(" "):
                current += " "
            continue
        if width(current) + width(token) <= limit or not current.strip():
            current += token
            continue
        room = limit - width(current)
        if room <= 0:
            lines.append(current.rstrip())
            current = token
            continue
        if len(token) >= 12 and room >= 6 and token.isascii() and token.isalpha():
            cut = max(4, room - 1)
            lines.append(current + token[:cut] + "-")
            current = token[cut:]
            continue
        split = max((token.rfind(c, 0, room) for c in "/-"), default=-1)
        if "/" in token and split > 3:
            lines.append(current + token[: split + 1])
            current = token[split + 1 :]
            continue
        lines.append(current.rstrip())
        current = token
    if current.strip():
        lines.append(current.rstrip())
    return lines


def render(src: str) -> str:
    header, limit, per_page = None, 88, 40
    blocks: list[str] = []
    notes: dict[str, str] = {}
    for raw in src.splitlines():
        line = raw.rstrip("\n")
        if line.startswith("# header:"):
            header = line.split(":", 1)[1].strip()
        elif line.startswith("# width:"):
            limit = int(line.split(":", 1)[1])
        elif line.startswith("# lines:"):
            per_page = int(line.split(":", 1)[1])
        elif line.startswith("#") or not line.strip():
            continue
        elif m := re.match(r"\[\^([^\]]+)\]:\s*(.*)$", line):
            notes[m[1]] = m[2]
        else:
            blocks.append(line.strip())
    pages: list[list[str]] = [[]]
    for block in blocks:
        if block == "<<page>>":
            pages.append([])
            continue
        wrapped = wrap(block, limit)
        if len(pages[-1]) + len(wrapped) > per_page and len(pages[-1]) > per_page // 2:
            pages.append([])
        for i, line in enumerate(wrapped):
            if len(pages[-1]) >= per_page:
                pages.append([])
            pages[-1].append(line + (" " if i == len(wrapped) - 1 else ""))
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        lines = list(page)
        if header and number > 1:
            lines = [f"{header} ", f"Page {number} ", *lines]
        labels = [m for line in page for m in MARK.findall(line)]
        texts = [MARK.sub(lambda m: m[1], line) for line in lines]
        if texts:
            texts[0] = " " + texts[0]
        body = "\n\n".join(texts)
        if labels:
            foot = "\n\n".join(f"{label}  {notes[label]} " for label in labels)
            body += "\n\n \n" + foot
        out.append(body)
    return "\n".join(out) + "\n"


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        target = path.with_suffix(".txt")
        target.write_text(render(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])

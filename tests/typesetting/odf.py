"""Writing OpenDocument XML by hand: elements as strings, text with its spaces and tabs kept."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

__all__ = ["NAMESPACES", "document", "element", "text"]

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
# Runs of spaces and tabs, which ODF writes as elements: "a  b" → "a <text:s/>b".
_WHITE = re.compile(r"( {2,}|\t)")


def element(tag: str, attrs: dict[str, str] | None = None, *children: str) -> str:
    """``<tag a="v">children</tag>``; children are XML already (see :func:`text`)."""
    attributes = "".join(f" {k}={quoteattr(v)}" for k, v in (attrs or {}).items())
    inner = "".join(children)
    return f"<{tag}{attributes}>{inner}</{tag}>" if inner else f"<{tag}{attributes}/>"


def text(value: str) -> str:
    """Character data for a paragraph: escaped, tabs as ``<text:tab/>``, runs of spaces kept."""
    out: list[str] = []
    for part in _WHITE.split(value):
        if part == "\t":
            out.append("<text:tab/>")
        elif part.startswith("  ") and not part.strip():
            out.append(" " + element("text:s", {"text:c": str(len(part) - 1)}))
        else:
            out.append(escape(part))
    return "".join(out)


def document(
    title: str, lang: str, fonts: str, styles: str, automatic: str, masters: str, body: str
) -> str:
    """A whole Flat ODT text document."""
    spaces = " ".join(f'xmlns:{k}="{v}"' for k, v in NAMESPACES.items())
    meta = element(
        "office:meta",
        None,
        element("dc:title", None, escape(title)),
        element("dc:language", None, lang),
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {spaces} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"{meta}\n{fonts}\n{styles}\n{automatic}\n{masters}\n"
        f"<office:body><office:text>\n{body}\n</office:text></office:body></office:document>\n"
    )

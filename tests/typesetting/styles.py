"""The styles of a Flat ODT in one layout: fonts, paragraph and character styles, footnotes, the page
(A4, a footnote area of bounded height under a short rule) and its two master pages: ``First`` (no
header) and ``Standard`` (the symbol and "Page N" at the head), both with the page number at the foot.
"""

from __future__ import annotations

from tests.typesetting.layouts import Layout
from tests.typesetting.metrics import fitting_scale
from tests.typesetting.odf import element, text
from tests.typesetting.words import RTL

__all__ = [
    "MARGIN_CM",
    "automatic_styles",
    "font_faces",
    "master_styles",
    "styles",
    "text_width_cm",
]

MARGIN_CM = {"justified": 2.5, "ragged": 2.0}  # left and right margins
_INDENT = {"justified": 1.25, "ragged": 1.0}  # a hanging number's width, or a first line's indent
_LANGUAGE = {
    "en": ("en", "GB"),
    "fr": ("fr", "FR"),
    "es": ("es", "ES"),
    "ru": ("ru", "RU"),
    "zh": ("en", "GB"),
    "ar": ("en", "GB"),
}


def text_width_cm(layout: Layout) -> float:
    return 21.0 - 2 * MARGIN_CM[layout.name]


def font_faces(layout: Layout) -> str:
    faces = [
        element(
            "style:font-face",
            {
                "style:name": s.font,
                "svg:font-family": f"'{s.font}'",
                "style:font-pitch": "variable",
            },
        )
        for s in (layout.western, layout.asian, layout.complex)
    ]
    return element("office:font-face-decls", None, *faces)


def _sizes(layout: Layout, scale: float = 1.0, note: bool = False) -> dict[str, str]:
    """Type sizes of the three scripts: the body's (times ``scale``) or the footnotes'."""

    def size(s: float, n: float) -> str:
        return f"{(n if note else s * scale):.1f}pt"

    w, a, c = layout.western, layout.asian, layout.complex
    return {
        "fo:font-size": size(w.size, w.note_size),
        "style:font-size-asian": size(a.size, a.note_size),
        "style:font-size-complex": size(c.size, c.note_size),
    }


_BOLD = {
    "fo:font-weight": "bold",
    "style:font-weight-asian": "bold",
    "style:font-weight-complex": "bold",
}
_ITALIC = {
    "fo:font-style": "italic",
    "style:font-style-asian": "italic",
    "style:font-style-complex": "italic",
}
_KEEP = {"fo:keep-with-next": "always"}


def _style(
    name: str,
    family: str,
    para: dict[str, str],
    txt: dict[str, str],
    parent: str = "",
    tab: str = "",
) -> str:
    """A style; ``tab``: one tab stop at that position (from the paragraph's indent)."""
    attrs = {"style:name": name, "style:family": family}
    if parent:
        attrs["style:parent-style-name"] = parent
    props = []
    if para:
        stops = element("style:tab-stop", {"style:position": tab}) if tab else ""
        inner = element("style:tab-stops", None, stops) if tab else ""
        props.append(element("style:paragraph-properties", para, inner))
    if txt:
        props.append(element("style:text-properties", txt))
    return element("style:style", attrs, *props)


def _paragraph_styles(layout: Layout, rtl: bool, symbol_scale: float) -> list[str]:
    # Writer reads "start" as left and "end" as right, whatever the paragraph's direction
    start = "end" if rtl else "start"
    indent = f"{_INDENT[layout.name]}cm"
    align = "justify" if layout.justified else start
    gap = "0.212cm" if layout.spacing else "0cm"
    first = "0cm" if layout.spacing else indent
    body = {"fo:text-align": align, "fo:margin-top": "0cm", "fo:margin-bottom": gap}
    body |= {"fo:text-indent": first, "fo:orphans": "2", "fo:widows": "2"}

    def hang(level: int, width: float, indent: bool = True) -> dict[str, str]:
        """A number hanging ``width`` into the margin at ``level``; inline, a first-line indent
        (none for a title or a heading: ``indent`` false)."""
        if layout.hanging:
            return {"fo:margin-left": f"{level * width}cm", "fo:text-indent": f"-{width}cm"}
        first = level * _INDENT[layout.name] if indent else 0
        return {"fo:margin-left": "0cm", "fo:text-indent": f"{first}cm"}

    width = _INDENT[layout.name]
    heading = {"fo:margin-top": "0.42cm", "fo:margin-bottom": "0.212cm", "fo:text-align": start}
    centred = {"fo:text-align": "center", "fo:margin-top": "0.42cm", "fo:margin-bottom": "0.212cm"}
    note = "0.6cm"  # the footnote's label hangs, a tab away from its text
    ltr = {"style:writing-mode": "lr-tb"}
    return [
        _style("Body", "paragraph", body, {}, "Standard"),
        _style("Numbered", "paragraph", hang(1, width), {}, "Body"),
        _style("Item", "paragraph", hang(2, width), {}, "Body"),
        _style("Subheading", "paragraph", {**hang(1, width), **_KEEP}, {}, "Body"),
        _style(
            "Heading", "paragraph", {**heading, **hang(1, width, False), **_KEEP}, _BOLD, "Body"
        ),
        _style("Annex", "paragraph", {**centred, **_KEEP}, _BOLD, "Body"),
        _style("Rule", "paragraph", {**centred, "fo:text-indent": "0cm"}, {}, "Body"),
        _style("TitleLine", "paragraph", {"fo:margin-bottom": "0.1cm", "fo:text-align": start}, {}),
        _style("TitleStrong", "paragraph", {}, _BOLD, "TitleLine"),
        _style(
            "Title",
            "paragraph",
            {
                "fo:margin-top": "0.42cm",
                "fo:margin-bottom": "0.42cm",
                **hang(1, 2 * width, False),
                **_KEEP,
            },
            _BOLD,
            "Body",
        ),
        _style(
            "Footnote",
            "paragraph",
            {"fo:margin-left": note, "fo:text-indent": f"-{note}", "fo:text-align": start},
            _sizes(layout, note=True),
            tab="0.01cm",  # Writer ignores a stop at 0: the text starts just past the indent
        ),
        # the running header and the page number read left to right in every language ("Page 2", "2/5")
        _style("Header", "paragraph", {"fo:text-align": "start", **ltr}, _sizes(layout, 0.85)),
        _style("Footer", "paragraph", {"fo:text-align": "center", **ltr}, _sizes(layout, 0.85)),
        _style(
            "Cell",
            "paragraph",
            {"fo:text-align": start, "fo:margin-bottom": "0.1cm"},
            _sizes(layout, 0.85),
        ),
        _style(
            "CellHead",
            "paragraph",
            {"fo:text-align": "center"},
            {**_sizes(layout, 0.85), **_BOLD},
            "Cell",
        ),
        _style("Logo", "paragraph", {"fo:text-align": start}, {**_sizes(layout, 1.2), **_BOLD}),
        _style("Block", "paragraph", {"fo:text-align": start}, _sizes(layout, 0.9)),
        # the symbol's column reads left to right in every language, against the page's left edge in
        # Arabic (Writer's "start" is the left)
        _style(
            "SymbolLogo",
            "paragraph",
            {"fo:text-align": "start", **ltr},
            {**_sizes(layout, symbol_scale), **_BOLD},
        ),
        _style("SymbolBlock", "paragraph", {"fo:text-align": "start", **ltr}, _sizes(layout, 0.9)),
    ]


def styles(layout: Layout, lang: str, symbol: str = "") -> str:
    """``office:styles``: the defaults (fonts, languages, direction), paragraph and character styles,
    and the footnotes' configuration; the title block's ``symbol`` at 1.2 times the body's size, or
    smaller when that would not hold it on one line of its column."""
    rtl = lang in RTL
    column = text_width_cm(layout) / 2 / 2.54 * 72
    symbol_scale = fitting_scale(symbol, layout.western.font, layout.western.size, 1.2, column)
    western, country = _LANGUAGE[lang]
    default_text = {
        "style:font-name": layout.western.font,
        "style:font-name-asian": layout.asian.font,
        "style:font-name-complex": layout.complex.font,
        **_sizes(layout),
        "fo:language": western,
        "fo:country": country,
        "style:language-asian": "zh",
        "style:country-asian": "CN",
        "style:language-complex": "ar",
        "style:country-complex": "SA",
    }
    default_para = {
        "style:writing-mode": "rl-tb" if rtl else "lr-tb",
        "fo:orphans": "2",
        "fo:widows": "2",
        # no CJK punctuation hanging into the margin: Writer's PDF export leaves it out
        "style:punctuation-wrap": "simple",
    }
    default = element(
        "style:default-style",
        {"style:family": "paragraph"},
        element("style:paragraph-properties", default_para),
        element("style:text-properties", default_text),
    )
    raised = {"style:text-position": "super 58%"}
    characters = [
        _style("Verb", "text", {}, _ITALIC),
        _style("Strong", "text", {}, _BOLD),
        _style("Raised", "text", {}, raised),
        _style("Footnote_20_anchor", "text", {}, raised),
        _style("Footnote_20_Symbol", "text", {}, raised),
    ]
    notes = element(
        "text:notes-configuration",
        {
            "text:note-class": "footnote",
            "text:citation-style-name": "Footnote_20_Symbol",
            "text:citation-body-style-name": "Footnote_20_anchor",
            "style:num-format": "1",
            "text:start-value": "0",
            "text:footnotes-position": "page",
            "text:start-numbering-at": "document",
        },
    )
    standard = _style("Standard", "paragraph", {}, {})
    return element(
        "office:styles",
        None,
        default,
        standard,
        *_paragraph_styles(layout, rtl, symbol_scale),
        *characters,
        notes,
    )


def automatic_styles(layout: Layout, lang: str, tables: list[list[float]]) -> str:
    """``office:automatic-styles``: the page layout, the title block's table and each table's columns
    (``tables``: each table's relative column widths)."""
    rtl = lang in RTL
    margin = f"{MARGIN_CM[layout.name]}cm"
    page = {
        "fo:page-width": "21cm",
        "fo:page-height": "29.7cm",
        "fo:margin-top": "1.5cm",
        "fo:margin-bottom": "1.5cm",
        "fo:margin-left": margin,
        "fo:margin-right": margin,
        "style:writing-mode": "rl-tb" if rtl else "lr-tb",
        "style:footnote-max-height": f"{layout.note_area_cm}cm",
    }
    sep = {
        "style:width": "0.018cm",
        "style:rel-width": "25%",
        "style:color": "#000000",
        "style:line-style": "solid",
        "style:adjustment": "right" if rtl else "left",
        "style:distance-before-sep": "0.15cm",
        "style:distance-after-sep": "0.15cm",
    }
    spacer = {"fo:min-height": "0cm"}
    page_layout = element(
        "style:page-layout",
        {"style:name": "Page"},
        element("style:page-layout-properties", page, element("style:footnote-sep", sep)),
        element(
            "style:header-style",
            None,
            element("style:header-footer-properties", {**spacer, "fo:margin-bottom": "0.6cm"}),
        ),
        element(
            "style:footer-style",
            None,
            element("style:header-footer-properties", {**spacer, "fo:margin-top": "0.6cm"}),
        ),
    )
    width = f"{text_width_cm(layout)}cm"
    direction = {"style:writing-mode": "rl-tb" if rtl else "lr-tb"}
    table_props = {"style:width": width, "table:align": "margins", **direction}
    out = [
        page_layout,
        element(
            "style:style",
            {
                "style:name": "TitleBlock",
                "style:family": "table",
                "style:master-page-name": "First",
            },
            element("style:table-properties", {**table_props, "fo:margin-bottom": "0.5cm"}),
        ),
        element(
            "style:style",
            {"style:name": "Grid", "style:family": "table"},
            element(
                "style:table-properties",
                {
                    **table_props,
                    "fo:margin-top": "0.2cm",
                    "fo:margin-bottom": "0.3cm",
                    "style:may-break-between-rows": "true",
                },
            ),
        ),
        element(
            "style:style",
            {"style:name": "GridCell", "style:family": "table-cell"},
            element(
                "style:table-cell-properties",
                {"fo:border": "0.5pt solid #000000", "fo:padding": "0.08cm"},
            ),
        ),
        element(
            "style:style",
            {"style:name": "BareCell", "style:family": "table-cell"},
            element("style:table-cell-properties", {"fo:border": "none", "fo:padding": "0cm"}),
        ),
        element(
            "style:style",
            {"style:name": "Row", "style:family": "table-row"},
            element("style:table-row-properties", {"fo:keep-together": "auto"}),
        ),
    ]
    for name in ("Body", "Numbered", "Item", "Subheading", "Heading", "Annex", "Rule", "Title"):
        out.append(
            element(
                "style:style",
                {
                    "style:name": f"{name}Break",
                    "style:family": "paragraph",
                    "style:parent-style-name": name,
                },
                element("style:paragraph-properties", {"fo:break-before": "page"}),
            )
        )
    for t, shares in enumerate([[1.0, 1.0], *tables]):
        for c, share in enumerate(shares):
            out.append(
                element(
                    "style:style",
                    {"style:name": f"T{t}C{c}", "style:family": "table-column"},
                    element(
                        "style:table-column-properties",
                        {"style:rel-width": f"{round(share * 1000)}*"},
                    ),
                )
            )
    return element("office:automatic-styles", None, *out)


def master_styles(layout: Layout, symbol: str) -> str:
    """``First`` has no header; ``Standard`` carries the symbol and "Page N"; both number the page."""
    number = element("text:page-number", {"text:select-page": "current"}, "1")
    total = element("text:page-count", None, "1")
    foot = [number] if layout.footer == "n" else [number, "/", total]
    footer = element("style:footer", None, element("text:p", {"text:style-name": "Footer"}, *foot))
    header = element(
        "style:header",
        None,
        element("text:p", {"text:style-name": "Header"}, text(symbol)),
        element("text:p", {"text:style-name": "Header"}, "Page ", number),
    )
    return element(
        "office:master-styles",
        None,
        element(
            "style:master-page",
            {
                "style:name": "First",
                "style:page-layout-name": "Page",
                "style:next-style-name": "Standard",
            },
            footer,
        ),
        element(
            "style:master-page",
            {"style:name": "Standard", "style:page-layout-name": "Page"},
            header,
            footer,
        ),
    )

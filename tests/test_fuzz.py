"""Property tests: the normaliser and the finder on arbitrary text, the readers on mutated PDFs."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copmop.extractors.finder import find_in_text
from copmop.lang import normalize
from copmop.pipeline.errors import UnreadableSource
from copmop.pipeline.models import LANGS
from copmop.pipeline.read_pdf import read_pdf
from copmop.pipeline.read_text import decode
from tests.conftest import SEED_DECISION

# Text made of the pieces citations are made of, and anything else.
PIECES = st.sampled_from(
    [
        "第",
        "号决定",
        "段",
        "条",
        "附件",
        "业务目标",
        "《",
        "》",
        "《公约》",
        "和",
        "、",
        "，",
        "至",
        "decision",
        "decisions",
        "paragraph",
        "paragraphs",
        "Article",
        "Articles",
        "annex",
        "of the",
        "Convention",
        "Protocol",
        "operational objective",
        "and",
        "to",
        "-",
        "/",
        "(",
        ")",
        "(b)",
        "b)",
        "BS-",
        "CP-",
        "COP-",
        "V/16",
        "VIII/15",
        "10/7",
        "15/4",
        "1.4",
        "2.1",
        "18.2",
        "35",
        "III",
        "CBD/SBI/3/3",
        "UNEP/CBD/BS/COP-MOP/5/",
        "решения",
        "пункты",
        "статьи",
        "المقرر",
        "الفقرة",
        "المادة",
        "و",
        "décision",
        "paragraphe",
        "párrafos",
        " ",
        "\n",
        "１８",
        "（ｂ）",
        "١٨",
    ]
)
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map("".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_the_normaliser_never_fails_and_keeps_lengths(text: str) -> None:
    assert len(normalize.to_ascii(text)) == len(text)
    normalize.parse_decision(text)
    normalize.canonical_symbol(text)
    normalize.number_value(text)
    normalize.instrument_code(text)
    for lang in LANGS:
        normalize.ordinal_value(text, lang)


@SETTINGS
@given(TEXT, st.sampled_from(LANGS))
def test_every_citation_found_lies_inside_its_text(text: str, lang: str) -> None:
    for kind, target, _pinpoint, start, end in find_in_text(
        text, lang, "CPB", ("decision", "CP-10/7")
    ):
        assert 0 <= start < end <= len(text)
        assert kind in ("decision", "article", "annex", "objective", "document", "instrument")
        assert target


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_any_bytes_is_text_or_one_clear_error(data: bytes) -> None:
    try:
        decode(data, "x.txt")
    except UnreadableSource as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_a_mutated_pdf_reads_or_fails_in_one_line(tmp_path_factory, pdfs, data) -> None:
    original = pdfs[SEED_DECISION.name].read_bytes()
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 20))):
        at = data.draw(st.integers(0, len(mutated) - 1))
        mutated[at] = data.draw(st.integers(0, 255))
    whole = data.draw(st.booleans())
    cut = len(mutated) if whole else data.draw(st.integers(len(mutated) // 4, len(mutated)))
    path = Path(tmp_path_factory.mktemp("fuzz")) / "m.pdf"
    path.write_bytes(bytes(mutated[:cut]))
    try:
        source = read_pdf(path)
    except UnreadableSource as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
    else:
        assert source.page_count >= 1

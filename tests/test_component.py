"""The spaCy side: the registered component, the pipelines per language, language detection."""

from __future__ import annotations

import spacy

from copmop.extractors.nlp import pipeline_for, search_tokens
from copmop.lang.detect import detect, from_name, language


def test_the_component_is_found_through_its_entry_point_in_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("copmop_citations")
    doc = nlp("Recalling paragraphs 3 to 5 of decision CP-9/7 and Article 19 of the Convention,")
    spans = doc.spans["citations"]
    assert [(s.label_, s._.target, s._.pinpoint, s.text) for s in spans] == [
        ("decision", "CP-9/7", "para 3", "paragraphs 3 to 5 of decision CP-9/7"),
        ("article", "CBD/19", None, "Article 19 of the Convention"),
    ]
    assert spans[0]._.citations == [("decision", "CP-9/7", f"para {n}") for n in (3, 4, 5)]
    assert doc.text[slice(*spans[1]._.chars)] == "Article 19 of the Convention"


def test_the_component_takes_its_host_instrument_from_the_config() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("copmop_citations", config={"host": "CBD"})
    doc = nlp("l'article 8 j)")
    assert [s._.target for s in doc.spans["citations"]] == ["CBD/8"]


def test_pipelines_load_once_per_process_and_chinese_uses_jieba_with_the_biosafety_words() -> None:
    assert pipeline_for("zh") is pipeline_for("zh")
    doc = pipeline_for("zh")("改性活生物体的风险评估和生物安全信息交换所")
    assert [t.text for t in doc] == ["改性活生物体", "的", "风险评估", "和", "生物安全信息交换所"]
    assert search_tokens("改性活生物体的风险评估", "zh") == "改性活生物体 的 风险评估"
    assert pipeline_for("ar").pipe_names == ["copmop_citations"]


def test_languages_are_detected_when_not_declared() -> None:
    samples = {
        "zh": "作为卡塔赫纳生物安全议定书缔约方会议的缔约方大会",
        "en": "The Conference of the Parties serving as the meeting of the Parties to the Protocol",
        "fr": "La Conférence des Parties siégeant en tant que réunion des Parties au Protocole",
        "es": "La Conferencia de las Partes que actúa como reunión de las Partes en el Protocolo",
        "ru": "Конференция Сторон, выступающая в качестве совещания Сторон Протокола",
        "ar": "إن مؤتمر الأطراف العامل كاجتماع للأطراف في بروتوكول قرطاجنة",
    }
    assert {lang: detect(text) for lang, text in samples.items()} == {k: k for k in samples}
    assert from_name("CP-10-7_zh.pdf") == "zh"
    assert from_name("000_cfacde1d0e7c7cb8.txt") is None
    # a file name that says "en" over Chinese text is not believed; "fr" over Latin text is
    assert language("x-en.txt", samples["zh"]) == "zh"
    assert language("x-fr.txt", "Decision text without many words") == "fr"

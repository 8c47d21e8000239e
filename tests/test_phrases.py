"""The phrase lexicon: the opening phrase of a clause, as printed with its adverbs, in six languages."""

from __future__ import annotations

import json

import pytest

from copmop.lang import phrases
from copmop.lang.structure import VERB
from copmop.pipeline.models import LANGS
from tests.golden_io import ROOT

CASES: list[tuple[str, str, str | None]] = [
    # "also", "further", "again" and their places in each language
    ("en", "Also requests the Executive Secretary to", "Also requests"),
    ("en", "Requests also the Executive Secretary to", "Requests also"),
    ("en", "Further requests the Executive Secretary", "Further requests"),
    ("en", "Once again urges Parties", "Once again urges"),
    ("en", "Recalling also decisions 15/4 and 15/6,", "Recalling also"),
    ("en", "Recalling further that, by decision ExCOP-1/1,", "Recalling further"),
    ("en", "Noting with concern that the total amount", "Noting with concern"),
    ("en", "Takes note with appreciation of the report", "Takes note with appreciation"),
    ("en", "Deeply concerned that many Parties", "Deeply concerned"),
    ("en", "Underscoring the importance of public awareness,", "Underscoring"),
    ("en", "Having considered the notes by the Executive Secretary,", "Having considered"),
    ("en", "Bearing in mind recommendation 12/1,", "Bearing in mind"),
    ("en", "Expresses its gratitude to the Government of Egypt", "Expresses its gratitude"),
    ("fr", "Prie également la Secrétaire exécutive", "Prie également"),
    ("fr", "Prie en outre la Secrétaire exécutive", "Prie en outre"),
    ("fr", "Prend également note du rapport", "Prend également note"),
    ("fr", "Prend note avec satisfaction des travaux", "Prend note avec satisfaction"),
    ("fr", "Rappelant également ses décisions BS-VII/10,", "Rappelant également"),
    ("fr", "Se félicitant de l'adoption du Cadre mondial", "Se félicitant"),
    ("fr", "Met l’accent sur la nécessité", "Met l’accent"),
    ("fr", "Elit les membres du Comité", "Elit"),
    ("es", "Pide también a la Secretaria Ejecutiva", "Pide también"),
    ("es", "Pide además al Secretario Ejecutivo", "Pide además"),
    ("es", "Toma nota también del informe", "Toma nota también"),
    ("es", "Observando con preocupación que solo el 35 %", "Observando con preocupación"),
    ("es", "Acoge con satisfacción el informe", "Acoge con satisfacción"),
    ("es", "Insiste en que las Partes adopten", "Insiste"),
    ("ru", "также просит Исполнительного секретаря", "также просит"),
    ("ru", "просит также Исполнительного секретаря", "просит также"),
    ("ru", "ссылаясь также на решение BS-III/10,", "ссылаясь также"),
    ("ru", "ссылается на пункт 5 решения BS-IV/8", "ссылается"),
    ("ru", "Принимая во внимание рекомендации 3/1,", "Принимая во внимание"),
    ("ru", "будучи глубоко обеспокоена тем, что", "будучи глубоко обеспокоена"),
    ("ru", "отмечая с обеспокоенностью, что лишь", "отмечая с обеспокоенностью"),
    ("ru", "с удовлетворением отмечает прогресс", "с удовлетворением отмечает"),
    ("ru", "принимает также к сведению доклад", "принимает также к сведению"),
    ("ru", "вновь подтверждает свою приверженность", "вновь подтверждает"),
    ("ar", "يطلب أيضا إلى الأمين التنفيذي", "يطلب أيضا"),
    ("ar", "يطلب كذلك إلى الأمين التنفيذي", "يطلب كذلك"),
    ("ar", "كما يطلب إلى الأمين التنفيذي", "كما يطلب"),
    ("ar", "وإذ يشير أيضا إلى المقرر BS-IV/11،", "وإذ يشير أيضا"),
    ("ar", "وإذ يساوره بالغ القلق لأن 30 في المائة", "وإذ يساوره بالغ القلق"),
    ("ar", "يهيب بالأطراف أن تطبق النهج التحوطي", "يهيب"),
    ("ar", "تحث الأطراف على", "تحث"),
    ("ar", "إذ تضع في اعتبارها المادة 18،", "إذ تضع في اعتبارها"),
    ("ar", "يحيط علما مع التقدير بالتقرير", "يحيط علما مع التقدير"),
    ("zh", "又请执行秘书", "又请"),
    ("zh", "还请执行秘书向第十二次会议报告", "还请"),
    ("zh", "再次敦促缔约方", "再次敦促"),
    ("zh", "满意地注意到执行秘书的报告", "满意地注意到"),
    ("zh", "又回顾关于能力建设的第CP-10/5号决定", "又回顾"),
    # no phrase: a clause that opens with something else
    ("en", "The Parties should report against the indicators", None),
    ("fr", "Les Parties devraient faire rapport", None),
]


@pytest.mark.parametrize(("lang", "text", "verb"), CASES)
def test_opening_phrase(lang: str, text: str, verb: str | None) -> None:
    m = VERB[lang].match(text)
    assert (m["verb"].strip() if m else None) == verb


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_of_the_lexicon_reads_back_whole(lang: str) -> None:
    """Complete by construction: each phrase, bare and with each adverb in each of its places, is the
    verb the pattern reads at the head of a clause."""
    wrong = [
        form
        for form in phrases.forms(lang)
        if (m := VERB[lang].match(form + ("：" if lang == "zh" else " ;"))) is None
        or m["verb"].strip() != form
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_holds_a_few_hundred_phrases_per_language(lang: str) -> None:
    rows = [r for r in phrases.table() if r[0] == lang]
    assert len({r[2] for r in rows if r[1] in ("preamble", "operative")}) >= 150
    assert len({r for r in rows}) == len(rows)  # no row twice
    assert {r[1] for r in rows} >= {"preamble", "operative", "before"}


def test_every_preamble_and_operative_clause_of_the_blind_gold_gets_its_verb() -> None:
    """The gold clauses written by hand for the blind rounds, read by the pattern: the verb as the
    writer printed it, adverbs and all."""
    wrong = []
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lang = (data.get("metadata") or {}).get("lang")
        for clause in data.get("clauses", []):
            if clause["kind"] in ("preamble", "operative"):
                m = VERB[lang].match(clause["text"])
                got = m["verb"].strip() if m else None
                if got != clause["verb"]:
                    wrong.append((path.stem, clause["path"], clause["verb"], got))
    assert wrong == []

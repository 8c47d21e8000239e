"""The forms real decisions use, one row each, in every language that has the form: anaphora, lists
through dates and qualifiers, alternatives, Cyrillic and Arabic letters in pinpoints, Arabic ranges and
duals, corrigenda and addenda, extraordinary meetings, recommendations of subsidiary bodies, paragraphs
of annexes, instruments carried along a list."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from copmop.extractors.finder import find_in_text

Cite = tuple[str, str, str | None]


@dataclass(frozen=True)
class Row:
    form: str
    lang: str
    text: str
    expected: tuple[Cite, ...]
    host: str = "CPB"
    own: tuple[str, str] = ("decision", "CP-10/7")
    scope: str | None = None
    context: tuple[tuple[str, str], ...] = ()


def dec(target: str, *points: str | None) -> tuple[Cite, ...]:
    return tuple(("decision", target, p) for p in (points or (None,)))


def art(target: str, *points: str | None) -> tuple[Cite, ...]:
    return tuple(("article", target, p) for p in (points or (None,)))


def rec(*targets: str) -> tuple[Cite, ...]:
    return tuple(("recommendation", t, None) for t in targets)


def doc(*targets: str) -> tuple[Cite, ...]:
    return tuple(("document", t, None) for t in targets)


ROWS = [
    # --- anaphora: the nearest mention before, of the kind named ------------------------------------
    Row(
        "anaphora",
        "en",
        "recalls paragraph 20 of decision 15/7 and paragraph 5 of the same decision",
        dec("COP-15/7", "para 20", "para 5"),
        host="CBD",
    ),
    Row(
        "anaphora",
        "en",
        "decisions BS-IV/8 and BS-V/8, and paragraph 3 of that decision",
        (*dec("CP-4/8"), *dec("CP-5/8"), *dec("CP-5/8", "para 3")),
    ),
    Row(
        "anaphora",
        "en",
        "paragraph 1 of Article 2, and paragraph 4 of that Article",
        art("CPB/2", "1", "4"),
    ),
    Row(
        "anaphora",
        "en",
        "Article 8 of the Convention, and paragraph 2 of that Article",
        art("CBD/8", None, "2"),
    ),
    Row(
        "anaphora",
        "en",
        "the Cartagena Protocol and the Nagoya Protocol, in accordance with Article 25 of that Protocol",
        (("instrument", "CPB", None), ("instrument", "NP", None), *art("NP/25")),
        host="CBD",
    ),
    Row(
        "anaphora",
        "en",
        "recommendation 3/15 of the Subsidiary Body on Implementation and recommendation 4/9 adopted by that Body at its fourth meeting",
        rec("SBI-3/15", "SBI-4/9"),
    ),
    Row(
        "anaphora",
        "fr",
        "au paragraphe 5 de la décision CP-10/6 et au paragraphe 7 de la même décision",
        dec("CP-10/6", "para 5", "para 7"),
    ),
    Row(
        "anaphora",
        "fr",
        "l'article 17 du Protocole; le paragraphe 3 de ce même article précise",
        art("CPB/17", None, "3"),
    ),
    Row(
        "anaphora",
        "es",
        "la decisión CP-9/13 y, en particular, los párrafos 8 a 10 de la misma decisión",
        (*dec("CP-9/13"), *dec("CP-9/13", "para 8", "para 9", "para 10")),
    ),
    Row(
        "anaphora",
        "es",
        "los párrafos 1 y 2 del artículo 16, teniendo en cuenta el párrafo 4 del mismo artículo",
        art("CPB/16", "1", "2", "4"),
    ),
    Row(
        "anaphora",
        "es",
        "el Protocolo de Nagoya, de conformidad con el artículo 29 de dicho Protocolo",
        (("instrument", "NP", None), *art("NP/29")),
        host="CBD",
    ),
    Row(
        "anaphora",
        "ru",
        "на решение BS-III/10, в частности на пункты 4 и 6 этого решения",
        (*dec("CP-3/10"), *dec("CP-3/10", "para 4", "para 6")),
    ),
    Row(
        "anaphora",
        "ru",
        "на статью 18 Протокола, в частности на пункт 2 а) этой статьи",
        art("CPB/18", None, "2(a)"),
    ),
    Row(
        "anaphora",
        "ru",
        "Вспомогательный орган по научным, техническим и технологическим консультациям учитывать рекомендацию IX/6 этого органа",
        rec("SBSTTA-9/6"),
    ),
    Row(
        "anaphora",
        "ar",
        "إلى المقرر BS-IV/11، ولا سيما الفقرتين 4 و5 من ذلك المقرر",
        (*dec("CP-4/11"), *dec("CP-4/11", "para 4", "para 5")),
    ),
    Row(
        "anaphora",
        "ar",
        "أن المادة 16 تقتضي من الأطراف، وأن الفقرة 4 من تلك المادة تنص",
        art("CPB/16", None, "4"),
    ),
    Row(
        "anaphora",
        "zh",
        "又回顾关于能力建设的第CP-10/5号决定，特别是同一决定第30段",
        (*dec("CP-10/5"), *dec("CP-10/5", "para 30")),
    ),
    Row("anaphora", "zh", "回顾《议定书》第20条，特别是该条第3款", art("CPB/20", None, "3")),
    # --- lists that run through dates and qualifiers -------------------------------------------------
    Row(
        "lists",
        "en",
        "decisions 15/4, 15/6, 15/8 of 19 December 2022, 15/10 of 10 December 2022, 15/11, 15/13 and 15/22",
        tuple(x for n in (4, 6, 8, 10, 11, 13, 22) for x in dec(f"COP-15/{n}")),
        host="CBD",
    ),
    Row(
        "lists",
        "fr",
        "ses décisions BS-V/9, BS-VI/13 du 5 octobre 2012, et BS-VII/13",
        (*dec("CP-5/9"), *dec("CP-6/13"), *dec("CP-7/13")),
    ),
    Row(
        "lists",
        "es",
        "las decisiones X/10, de 29 de octubre de 2010, XI/10 y XII/29",
        (*dec("COP-10/10"), *dec("COP-11/10"), *dec("COP-12/29")),
        host="CBD",
    ),
    Row(
        "lists",
        "ru",
        "решения BS-IV/8 от 16 мая 2008 года и BS-V/8",
        (*dec("CP-4/8"), *dec("CP-5/8")),
    ),
    Row(
        "lists",
        "ar",
        "المقررات BS-III/10 وBS-IV/8، المؤرخ 16 أيار/مايو 2008، وCP-9/10",
        (*dec("CP-3/10"), *dec("CP-4/8"), *dec("CP-9/10")),
    ),
    Row(
        "lists",
        "zh",
        "第BS-VI/3号决定、2016年12月17日第CP-VIII/3号决定以及第15/8号决定",
        (*dec("CP-6/3"), *dec("CP-8/3"), *dec("COP-15/8")),
    ),
    Row(
        "lists",
        "zh",
        "《公约》第19条第3和第4款、第8(g)条和第17条以及《议定书》第22条",
        (*art("CBD/19", "3", "4"), *art("CBD/8", "(g)"), *art("CBD/17"), *art("CPB/22")),
    ),
    Row(
        "lists",
        "ru",
        "из статьи 8 g) и пункта 3 статьи 19 Конвенции",
        (*art("CBD/8", "(g)"), *art("CBD/19", "3")),
    ),
    Row(
        "lists",
        "en",
        "Articles 15 to 18 of the Nagoya Protocol",
        tuple(x for n in (15, 16, 17, 18) for x in art(f"NP/{n}")),
        host="CBD",
    ),
    # --- alternatives ------------------------------------------------------------------------------
    Row(
        "alternatives",
        "en",
        "paragraph 4 or 6, as appropriate, of decision BS-III/10",
        dec("CP-3/10", "para 4", "para 6"),
    ),
    Row(
        "alternatives",
        "fr",
        "le paragraphe 4 ou 6, selon qu'il convient, de la décision BS-III/10",
        dec("CP-3/10", "para 4", "para 6"),
    ),
    Row(
        "alternatives",
        "es",
        "el párrafo 9 o 10, según proceda, de la decisión XII/29",
        dec("COP-12/29", "para 9", "para 10"),
        host="CBD",
    ),
    Row(
        "alternatives",
        "ru",
        "пунктом 4 или 6, в зависимости от обстоятельств, решения BS-III/10",
        dec("CP-3/10", "para 4", "para 6"),
    ),
    Row(
        "alternatives",
        "ar",
        "الفقرة 4 أو 6، حسب الاقتضاء، من المقرر BS-III/10",
        dec("CP-3/10", "para 4", "para 6"),
    ),
    Row(
        "alternatives",
        "zh",
        "第BS-VI/3号决定第4或第6段（视情况而定）",
        dec("CP-6/3", "para 4", "para 6"),
    ),
    Row(
        "alternatives",
        "fr",
        "en vertu de l'article 10 ou 11, selon le cas",
        (*art("CPB/10"), *art("CPB/11")),
    ),
    # --- the possessive before the whole ----------------------------------------------------------
    Row(
        "pinpoints",
        "es",
        "en el párrafo 2 de su decisión XI/10",
        dec("COP-11/10", "para 2"),
        host="CBD",
    ),
    Row("pinpoints", "fr", "le paragraphe 6 de sa décision BS-VI/13", dec("CP-6/13", "para 6")),
    Row("pinpoints", "en", "paragraph 2 of its decision BS-VI/1", dec("CP-6/1", "para 2")),
    # --- Cyrillic and Arabic letters in pinpoints ---------------------------------------------------
    Row("pinpoints", "ru", "пунктом 2 а) статьи 18", art("CPB/18", "2(a)")),
    Row(
        "pinpoints",
        "ru",
        "осуществление пунктов 2b) и 2с) статьи 18",
        art("CPB/18", "2(b)", "2(c)"),
    ),
    Row(
        "pinpoints",
        "ru",
        "статью 8 j), статью 10 с) и пункт 2 статьи 17 Конвенции",
        (*art("CBD/8", "(j)"), *art("CBD/10", "(c)"), *art("CBD/17", "2")),
        host="CBD",
    ),
    Row("pinpoints", "ru", "в подпункте б) пункта 2 статьи 18", art("CPB/18", "2(b)")),
    Row("pinpoints", "ar", "الفقرة 2 (ب) من المادة 18", art("CPB/18", "2(b)")),
    Row("pinpoints", "ar", "المادة 8 (ز) من الاتفاقية", art("CBD/8", "(g)")),
    Row("pinpoints", "es", "el apartado g) del artículo 3 del Protocolo", art("CPB/3", "(g)")),
    # --- Arabic ranges and duals -------------------------------------------------------------------
    Row(
        "ranges",
        "ar",
        "الفقرات من 3 إلى 5 من المقرر CP-9/10",
        dec("CP-9/10", "para 3", "para 4", "para 5"),
    ),
    Row(
        "ranges", "ar", "الفقرات من 9 إلى 11 أدناه", dec("CP-10/7", "para 9", "para 10", "para 11")
    ),
    Row(
        "ranges",
        "ar",
        "المواد من 15 إلى 18 من بروتوكول ناغويا",
        tuple(x for n in (15, 16, 17, 18) for x in art(f"NP/{n}")),
        host="CBD",
    ),
    Row("ranges", "ar", "الفقرتين 4 و6 أعلاه", dec("CP-10/7", "para 4", "para 6")),
    Row(
        "ranges",
        "ar",
        "المادتين 15 و16 من البروتوكول والمرفق الثالث له",
        (*art("CPB/15"), *art("CPB/16"), ("annex", "CPB/annex-III", None)),
    ),
    Row("ranges", "ru", "пункты 20–23 этого решения", ()),
    Row(
        "ranges",
        "ru",
        "решение VI/10 и пункты 20–23 этого решения",
        (*dec("COP-6/10"), *dec("COP-6/10", "para 20", "para 21", "para 22", "para 23")),
        host="CBD",
    ),
    # --- corrigenda and addenda, in a symbol and listed on their own ----------------------------
    Row(
        "symbols",
        "en",
        "document UNEP/CBD/BS/COP-MOP/3/6 and Corr.1",
        doc("UNEP/CBD/BS/COP-MOP/3/6", "UNEP/CBD/BS/COP-MOP/3/6/CORR.1"),
    ),
    Row("symbols", "en", "document CBD/COP/16/INF/3/Rev.1", doc("CBD/COP/16/INF/3/REV.1")),
    Row(
        "symbols",
        "fr",
        "le document UNEP/CBD/BS/COP-MOP/8/12 et Corr.1",
        doc("UNEP/CBD/BS/COP-MOP/8/12", "UNEP/CBD/BS/COP-MOP/8/12/CORR.1"),
    ),
    Row(
        "symbols",
        "es",
        "los documentos UNEP/CBD/COP/13/8 y Add.1",
        doc("UNEP/CBD/COP/13/8", "UNEP/CBD/COP/13/8/ADD.1"),
    ),
    Row("symbols", "ru", "CBD/CP/MOP/9/8 и Corr.1", doc("CBD/CP/MOP/9/8", "CBD/CP/MOP/9/8/CORR.1")),
    Row(
        "symbols",
        "ar",
        "الوثيقة UNEP/CBD/BS/COP-MOP/5/12 وCorr.1",
        doc("UNEP/CBD/BS/COP-MOP/5/12", "UNEP/CBD/BS/COP-MOP/5/12/CORR.1"),
    ),
    Row(
        "symbols", "zh", "CBD/CP/MOP/11/7和Corr.1", doc("CBD/CP/MOP/11/7", "CBD/CP/MOP/11/7/CORR.1")
    ),
    Row(
        "symbols",
        "en",
        "CBD/SBI/3/3 and Add.1 and 2",
        doc("CBD/SBI/3/3", "CBD/SBI/3/3/ADD.1", "CBD/SBI/3/3/ADD.2"),
    ),
    Row(
        "symbols",
        "en",
        "CBD/FM/TEG/2024/1/2 and UNEP/CBD/BS/AHTEG-RA&RM/4/6",
        doc("CBD/FM/TEG/2024/1/2", "UNEP/CBD/BS/AHTEG-RA&RM/4/6"),
    ),
    Row("symbols", "ar", "في الوثيقة CBD/CP/MOP/10/INF/4.", doc("CBD/CP/MOP/10/INF/4")),
    # --- extraordinary meetings -------------------------------------------------------------------
    Row("symbols", "fr", "adopté par la décision EM-I/3", dec("EM-1/3")),
    Row("symbols", "en", "by decision ExCOP-1/1, it adopted", dec("EXCOP-1/1"), host="CBD"),
    Row("symbols", "es", "aprobado mediante la decisión EM-I/3", dec("EM-1/3")),
    Row("symbols", "ru", "принятого решением EM-I/3", dec("EM-1/3")),
    Row("symbols", "ar", "الذي اعتمد بموجب المقرر EM-I/3", dec("EM-1/3")),
    Row("symbols", "zh", "依照第EM-I/3号决定第14段", dec("EM-1/3", "para 14")),
    # --- recommendations of subsidiary bodies --------------------------------------------------------
    Row("recommendations", "en", "SBSTTA recommendation 24/1", rec("SBSTTA-24/1")),
    Row("recommendations", "en", "recommendation SBI-3/15", rec("SBI-3/15")),
    Row(
        "recommendations",
        "en",
        "recommendation 2/1 of the Open-ended Working Group on Digital Sequence Information on Genetic Resources",
        rec("DSI-2/1"),
    ),
    Row(
        "recommendations",
        "en",
        "recommendation 12/1 of the Working Group on Article 8(j) and Related Provisions",
        rec("WG8J-12/1"),
        host="CBD",
    ),
    Row(
        "recommendations",
        "en",
        "paragraph 3 of recommendation 24/1 of the Subsidiary Body on Scientific, Technical and Technological Advice",
        (("recommendation", "SBSTTA-24/1", "para 3"),),
    ),
    Row("recommendations", "en", "CBD/SBSTTA/REC/24/1", rec("SBSTTA-24/1")),
    Row("recommendations", "en", "taking into account recommendation 2/9", ()),
    Row(
        "recommendations",
        "fr",
        "la recommandation 26/3 de l'Organe subsidiaire chargé de fournir des avis scientifiques, techniques et technologiques et la recommandation 4/6 de l'Organe subsidiaire chargé de l'application",
        rec("SBSTTA-26/3", "SBI-4/6"),
    ),
    Row(
        "recommendations",
        "es",
        "la recomendación XX/2 del Órgano Subsidiario de Asesoramiento Científico, Técnico y Tecnológico",
        rec("SBSTTA-20/2"),
    ),
    Row(
        "recommendations",
        "es",
        "la recomendación 1/9 del Órgano Subsidiario sobre la Aplicación",
        rec("SBI-1/9"),
    ),
    Row(
        "recommendations",
        "ru",
        "рекомендации 2/9 Вспомогательного органа по осуществлению",
        rec("SBI-2/9"),
    ),
    Row(
        "recommendations",
        "ru",
        "рекомендации 3/1, 3/3 и 3/5 Специальной межсессионной рабочей группы открытого состава по статье 8 j) и связанным с ней положениям",
        rec("WG8J-3/1", "WG8J-3/3", "WG8J-3/5"),
        host="CBD",
    ),
    Row(
        "recommendations",
        "ar",
        "بالتوصية 24/1 الصادرة عن الهيئة الفرعية للمشورة العلمية والتقنية والتكنولوجية",
        rec("SBSTTA-24/1"),
    ),
    Row(
        "recommendations",
        "ar",
        "وتناولت الهيئة الفرعية للتنفيذ، في توصيتها 3/15، مسألة",
        rec("SBI-3/15"),
    ),
    Row(
        "recommendations",
        "zh",
        "附属履行机构第3/15号建议和科学、技术和工艺咨询附属机构第26/3号建议",
        rec("SBI-3/15", "SBSTTA-26/3"),
    ),
    # --- paragraphs of annexes, and "above" inside an annex ------------------------------------------
    Row(
        "pinpoints",
        "es",
        "los párrafos 3 a 5 del anexo I de la presente decisión",
        dec("CP-10/7", "annex I, para 3", "annex I, para 4", "annex I, para 5"),
    ),
    Row(
        "pinpoints",
        "en",
        "paragraph 2 of annex I to decision CP-9/13",
        dec("CP-9/13", "annex I, para 2"),
    ),
    Row(
        "pinpoints",
        "en",
        "paragraphs 2 to 4 above",
        dec("CP-10/7", "annex, para 2", "annex, para 3", "annex, para 4"),
        scope="annex",
    ),
    Row(
        "pinpoints",
        "fr",
        "aux paragraphes 1 et 2 ci-dessus",
        dec("CP-10/7", "annex II, para 1", "annex II, para 2"),
        scope="annex II",
    ),
    Row(
        "pinpoints",
        "zh",
        "上文第2和第3段",
        dec("CP-10/7", "annex, para 2", "annex, para 3"),
        scope="annex",
    ),
    Row(
        "pinpoints",
        "en",
        "paragraph 3 of the present decision",
        dec("CP-10/7", "para 3"),
        scope="annex",
    ),
    Row(
        "pinpoints",
        "en",
        "paragraph 6 above",
        (("document", "CBD/CP/MOP/10/6", "para 6"),),
        own=("document", "CBD/CP/MOP/10/6"),
    ),
    Row("pinpoints", "en", "decision BS-I/7, annex, paragraph 3", dec("CP-1/7", "annex, para 3")),
    Row(
        "anaphora", "en", "decision BS-V/16 and paragraph 4 thereof", dec("CP-5/16", None, "para 4")
    ),
    Row("recommendations", "en", "in SBSTTA-24/1 and SBI-3/15", rec("SBSTTA-24/1", "SBI-3/15")),
    Row(
        "lists",
        "en",
        "decisions XIII/25, 14/30 of the Conference of the Parties and 15/4",
        (*dec("COP-13/25"), *dec("COP-14/30"), *dec("COP-15/4")),
        host="CBD",
    ),
    Row(
        "lists",
        "es",
        "las decisiones XIII/25 de la Conferencia de las Partes y 14/30",
        (*dec("COP-13/25"), *dec("COP-14/30")),
        host="CBD",
    ),
    Row("lists", "ar", "مقرري مؤتمر الأطراف 14/30 و15/4", (*dec("COP-14/30"), *dec("COP-15/4"))),
    Row(
        "lists",
        "en",
        "paragraph 4 of decision CP-10/8, as well as decision CP-10/9",
        (*dec("CP-10/8", "para 4"), *dec("CP-10/9")),
    ),
    Row(
        "lists",
        "en",
        "Article 18, paragraph 2 (a) and (b), of the Protocol",
        art("CPB/18", "2(a)", "2(b)"),
    ),
    Row("pinpoints", "zh", "《议定书》第十八条第二款(a)项", art("CPB/18", "2(a)")),
    Row("pinpoints", "zh", "上文第3段(b)分段", dec("CP-10/7", "para 3(b)")),
    Row("pinpoints", "en", "decision BS-V/16 (annex I)", dec("CP-5/16", "annex I")),
    Row(
        "anaphora",
        "en",
        "paragraph 3 of decision CP-9/13 and the annex thereto",
        dec("CP-9/13", "para 3", "annex"),
    ),
    Row(
        "anaphora",
        "fr",
        "le paragraphe 2 de la présente décision et l'annexe à celle-ci",
        dec("CP-10/7", "para 2", "annex"),
    ),
    Row("recommendations", "zh", "科学、技术和工艺咨询附属机构的第24/1号建议", rec("SBSTTA-24/1")),
    # what the clauses before named last, for an anaphor whose own clause names nothing of its kind
    Row(
        "anaphora",
        "fr",
        "Rappelant également le paragraphe 9 de la même décision,",
        dec("CP-3/11", "para 9"),
        context=(("decision", "CP-3/11"),),
    ),
    Row(
        "anaphora",
        "ru",
        "и пункт 4 этой статьи",
        art("CBD/8", "4"),
        context=(("article", "CBD/8"),),
    ),
    Row("anaphora", "en", "paragraph 2 of that decision", ()),
    Row(
        "pinpoints",
        "ru",
        "статью 15 Протокола и приложение III к нему",
        (*art("CPB/15"), ("annex", "CPB/annex-III", None)),
    ),
    Row(
        "pinpoints",
        "ar",
        "وفقا للمادة 15 من البروتوكول ومرفقه الثالث",
        (*art("CPB/15"), ("annex", "CPB/annex-III", None)),
    ),
    Row(
        "lists", "zh", "根据第 BS-IV/11 号决定第3段和第4段设立", dec("CP-4/11", "para 3", "para 4")
    ),
    Row("lists", "zh", "按照上文第３段和第６段提交的资料", dec("CP-10/7", "para 3", "para 6")),
    Row(
        "lists",
        "en",
        "paragraph 3 and paragraph 4 of decision CP-9/13",
        dec("CP-9/13", "para 3", "para 4"),
    ),
    Row("lists", "zh", "执行第１８条第２款（ｂ）项和（ｃ）项方面", art("CPB/18", "2(b)", "2(c)")),
    Row(
        "pinpoints",
        "en",
        "Decision 15/13 on cooperation with other conventions, paragraphs 3 to 6.",
        dec("COP-15/13", "para 3", "para 4", "para 5", "para 6"),
        host="CBD",
    ),
    Row("pinpoints", "fr", "en application du paragraphe 4 cidessus", dec("CP-10/7", "para 4")),
    Row(
        "recommendations",
        "en",
        "recommendation 25/1 of the Subsidiary Body on Scientific, Technical and Technological Advice, paragraph 9",
        (("recommendation", "SBSTTA-25/1", "para 9"),),
    ),
    Row(
        "recommendations",
        "es",
        "la recomendación 3/4 del Órgano Subsidiario de Ejecución, párr. 5",
        (("recommendation", "SBI-3/4", "para 5"),),
    ),
    Row("symbols", "en", "see document IPBES/9/14, annex.", (("document", "IPBES/9/14", "annex"),)),
    Row(
        "symbols",
        "ru",
        "в приложении к документу CBD/CP/MOP/9/10",
        (("document", "CBD/CP/MOP/9/10", "annex"),),
    ),
    Row(
        "distractors",
        "ru",
        "о Нагойско-Куала-лумпурском дополнительном протоколе об ответственности",
        (("instrument", "SP", None),),
    ),
    Row(
        "recommendations",
        "ru",
        "рекомендация 1/1 Вспомогательного органа по статье 8 j) и другим положениям, касающимся коренных народов и местных общин",
        rec("SB8J-1/1"),
        host="CBD",
    ),
    Row(
        "distractors",
        "fr",
        "l'Organe subsidiaire sur l'article 8 j) et d'autres dispositions relatives aux peuples autochtones et aux communautés locales",
        (),
        host="CBD",
    ),
    # --- what is not a citation ------------------------------------------------------------------
    Row(
        "distractors",
        "en",
        "the Working Group on Article 8(j) and Related Provisions",
        (),
        host="CBD",
    ),
    Row("distractors", "en", "the Global Biodiversity Framework Fund", ()),
    Row("distractors", "zh", "其国家生物安全法第5条要求的保密程序", ()),
    Row("distractors", "ar", "بالمادة 7 من قانونها الوطني للسلامة الأحيائية", ()),
    Row("distractors", "es", "el artículo 9 de su ley nacional de bioseguridad", ()),
    Row(
        "distractors",
        "zh",
        "欢迎《名古屋-吉隆坡赔偿责任和补救补充议定书》缔约方数目的增加",
        (("instrument", "SP", None),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.form}-{r.lang}-{i}" for i, r in enumerate(ROWS)])
def test_form(row: Row) -> None:
    found = find_in_text(row.text, row.lang, row.host, row.own, row.scope, dict(row.context))
    assert [(k, t, p) for k, t, p, _, _ in found] == list(row.expected)
    for *_, start, end in found:
        assert 0 <= start < end <= len(row.text)

"""Accuracy against the project's gold files, at the thresholds the acceptance checks use: per fixture,
and per language (reference F1 of (kind, target) ≥ 0.97, clause and pinpoint recall ≥ 0.95)."""

from __future__ import annotations

import json
from functools import cache

import pytest

from copmop.pipeline.models import LANGS
from tests.gold_eval import FORMS, Result, evaluate, gold_files, scores


@cache
def results() -> tuple[Result, ...]:
    return tuple(evaluate(p) for p in gold_files())


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold(path) -> None:
    result = evaluate(path)
    assert scores(*result.level("doc"))[2] >= 0.95
    assert scores(*result.level("clause"))[1] >= 0.9
    assert scores(*result.level("pinpoint"))[1] >= 0.9


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_meets_the_thresholds(lang: str) -> None:
    def pooled(level: str) -> tuple[set, set]:
        gold, found = set(), set()
        for r in results():
            if r.lang == lang:
                g, f = r.level(level)
                gold |= {(r.name, x) for x in g}
                found |= {(r.name, x) for x in f}
        return gold, found

    assert scores(*pooled("doc"))[2] >= 0.97
    assert scores(*pooled("clause"))[1] >= 0.95
    assert scores(*pooled("pinpoint"))[1] >= 0.95


def test_every_language_has_gold() -> None:
    assert {r.lang for r in results()} == set(LANGS)


def test_gold_forms_are_the_forms_eval_reports() -> None:
    tags = {
        tag
        for path in gold_files()
        for entry in json.loads(path.read_text(encoding="utf-8"))["citations"]
        for tag in entry.get("form", ())
    }
    assert tags <= set(FORMS) and {"anaphora", "lists", "ranges", "alternatives"} <= tags

"""Accuracy against the project's gold files, at the thresholds the acceptance checks use."""

from __future__ import annotations

import pytest

from tests.gold_eval import evaluate, gold_files, scores


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold(path) -> None:
    result = evaluate(path)
    assert scores(*result.level("doc"))[2] >= 0.95
    assert scores(*result.level("clause"))[1] >= 0.9
    assert scores(*result.level("pinpoint"))[1] >= 0.9


def test_every_language_has_gold() -> None:
    assert {evaluate(p).lang for p in gold_files()} == {"zh", "en", "fr", "es", "ru", "ar"}

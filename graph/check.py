"""Citations that point at nothing: an operational objective no plan in the store defines, a paragraph
or an annex that a decision in the store does not have, an Article an instrument does not have, a
decision of a meeting not held, a symbol of a form copmop does not know."""

from __future__ import annotations

from collections import defaultdict

from extractors import patterns, vocab
from extractors.normalize import parse_decision
from pipeline.models import Dangling
from pipeline.store import Store

__all__ = ["check"]


def check(store: Store) -> list[Dangling]:
    """Every dangling citation in the store, in the order of its documents and clauses."""
    _, rows = store.query(
        "SELECT c.kind, c.target, c.pinpoint, c.par_id, c.doc_id FROM citations c "
        "JOIN paragraphs p USING (par_id) ORDER BY c.doc_id, p.seq, c.char_start"
    )
    _, objectives = store.query("SELECT DISTINCT number FROM paragraphs WHERE kind = 'objective'")
    defined = {n for (n,) in objectives}
    shape = _shapes(store)
    out: list[Dangling] = []
    for kind, target, pinpoint, par_id, doc_id in rows:
        reason = _reason(kind, target, pinpoint, defined, shape)
        if reason:
            out.append(Dangling(kind, target, pinpoint, par_id, doc_id, reason))
    return out


def _shapes(store: Store) -> dict[str, tuple[int, set[str]]]:
    """For each decision or document in the store: its last numbered paragraph, and its annexes."""
    _, rows = store.query(
        "SELECT coalesce(d.decision, d.symbol) AS node, p.kind, p.number, p.section "
        "FROM paragraphs p JOIN documents d USING (doc_id) WHERE coalesce(d.decision, d.symbol) "
        "IS NOT NULL AND (p.kind IN ('operative', 'body') OR p.section LIKE 'annex%')"
    )
    last: dict[str, int] = defaultdict(int)
    annexes: dict[str, set[str]] = defaultdict(set)
    for node, kind, number, section in rows:
        if (
            kind in ("operative", "body")
            and number
            and number.isdigit()
            and not (section or "").startswith("annex")
        ):
            last[node] = max(last[node], int(number))
        if section and section.startswith("annex"):
            annexes[node].add(section.split("/")[0])
    return {node: (last[node], annexes[node]) for node in set(last) | set(annexes)}


def _reason(
    kind: str,
    target: str,
    pinpoint: str | None,
    defined: set[str],
    shape: dict[str, tuple[int, set[str]]],
) -> str | None:
    if kind == "objective" and target not in defined:
        return f"operational objective {target} is defined by no plan in the store"
    if kind == "article":
        instrument, _, number = target.partition("/")
        count = vocab.ARTICLE_COUNT.get(instrument)
        if count and number.isdigit() and int(number) > count:
            name = vocab.INSTRUMENT_NAMES.get(instrument, instrument)
            return f"{name} has no Article {number} (it has {count})"
    if kind == "decision":
        body, _, rest = target.partition("-")
        meeting = rest.split("/")[0]
        if meeting.isdigit() and int(meeting) > vocab.LAST_MEETING.get(body, 99):
            return f"no meeting {body}-{meeting} has been held"
    if kind == "document" and not patterns.KNOWN_SYMBOL.fullmatch(target):
        return f"{target} is not a symbol form copmop knows"
    if kind in ("decision", "document") and pinpoint and target in shape:
        last, annexes = shape[target]
        if pinpoint.startswith("para "):
            number = pinpoint[5:].split("(")[0]
            if number.isdigit() and int(number) > last:
                return f"{target} has no paragraph {number} (its last is {last})"
        if (
            pinpoint.startswith("annex")
            and pinpoint not in annexes
            and not (pinpoint == "annex" and annexes)
        ):
            return f"{target} has no {pinpoint}"
    if kind == "decision" and parse_decision(target) != target:
        return f"{target} is not a decision number copmop knows"
    return None

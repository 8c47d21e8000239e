"""What holds of each decision and of each of its parts: in force, amended, replaced, retired or
elapsed, derived from the treatments of later decisions.

DuckDB gathers the events: every citation of a decision (or of one of its parts: ``para 3``,
``annex II``) by a later decision that amends, replaces, supersedes, retires, extends or continues it,
one event per citing decision and clause whatever its languages (the strongest treatment when two
language versions disagree), ordered by the citing decision's date (its last day, then its meeting and
number); a decision dated after the day asked about (``as_of``, today by default) counts not yet.
Each part's history is then folded, oldest first:

- ``retires`` and ``supersedes`` make it **retired** (superseded counts as retired: the whole text
  stops holding), and nothing after changes that;
- ``replaces`` makes it **replaced** (its text is another's now), ``amends`` **amended** (a part in
  force, amended; a replaced part stays replaced);
- ``extends`` and ``continues`` give its mandate the end the extending clause gives (or none);
- a part is **elapsed** when it is in force or amended and its end has passed: the end its own text
  gives ("until its eleventh meeting" — once the store holds a later meeting, or that meeting's
  documents ended before the day asked about; "until 2030"; "for the period 2011-2020"), or the end
  of the last extension. The text's own end counts only for a clause that opens by deciding,
  adopting or endorsing something (not one that extends another's mandate, whose end is that
  mandate's), and a period only for one that adopts or endorses (a plan for 2011-2020: "decides to
  evaluate the Plan for 2011-2020" ends nothing). A whole decision ends with the period of its title
  when one of its clauses adopts something for that same period ("Strategic Plan … for the period
  2011-2020", adopted in its paragraph 1): the evaluation of a plan, titled with the plan's period,
  does not.

A part inherits its decision's retirement, and the elapse of its decision's period when it has no end
of its own ("para 3" of a retired decision is retired); the event that did it is added to its history
with the part it named (``scope``). A part retired on its own keeps its own history.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from copmop.extractors.treatment import mandate_end, verb_classes
from copmop.lang.normalize import parse_decision
from copmop.lang.treatment_patterns import ENDS_HINT
from copmop.pipeline.errors import NotFound, UsageError
from copmop.pipeline.models import Event, Standing, Status
from copmop.pipeline.store import Store

__all__ = [
    "COLUMNS",
    "EFFECTS",
    "clause_part",
    "deciding",
    "event_label",
    "mark",
    "part_of",
    "standings",
    "status",
    "status_rows",
]

# The treatments that change what holds of their target, strongest first.
EFFECTS = ("retires", "supersedes", "replaces", "amends", "extends", "continues")
_RANK = (
    "CASE c.treatment "
    + " ".join(f"WHEN '{t}' THEN {len(EFFECTS) - i}" for i, t in enumerate(EFFECTS))
    + " ELSE 0 END"
)
# Opening verbs whose clause's own end ("until …") is the end of what it creates; and those whose
# period ("for the period 2011-2020") is.
_CREATING = frozenset({"adopts", "endorses", "decides"})
_ADOPTING = frozenset({"adopts", "endorses"})
_CARRYING = frozenset({"extends", "continues"})

_EVENTS_SQL = f"""
SELECT c.target, coalesce(c.pinpoint, '') AS part, d.decision AS by_decision,
       split_part(c.par_id, '#', 2) AS clause,
       min(coalesce(d.date_end, d.date_start)) AS date,
       min(d.meeting) AS meeting,
       arg_max(c.treatment, {_RANK}) AS treatment,
       arg_max(c.par_id, {_RANK}) AS par_id,
       arg_max(p.text, {_RANK}) AS text,
       arg_max(d.lang, {_RANK}) AS lang,
       any_value(d.body) AS body
FROM {{cited}} c JOIN documents d USING (doc_id) LEFT JOIN paragraphs p ON p.par_id = c.par_id
WHERE c.kind = 'decision' AND d.decision IS NOT NULL AND c.target <> d.decision
  AND c.treatment IN ({", ".join(f"'{t}'" for t in EFFECTS)})
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, date NULLS LAST, meeting, try_cast(split_part(by_decision, '/', 2) AS INTEGER), clause
"""


@dataclass
class _End:
    """An end: its date where known, and whether it has passed on the day asked about."""

    date: dt.date | None
    passed: bool


class _Calendar:
    """When each meeting of each body ended, as far as the store knows."""

    def __init__(self, store: Store, as_of: dt.date) -> None:
        self.as_of = as_of
        _, rows = store.query(
            "SELECT body, meeting, max(date_end) FROM documents "
            "WHERE body IS NOT NULL AND meeting IS NOT NULL GROUP BY 1, 2"
        )
        self.ended = {(body, meeting): day for body, meeting, day in rows}
        self.last: dict[str, int] = {}
        for body, meeting, _ in rows:
            self.last[body] = max(meeting, self.last.get(body, 0))

    def end(self, given: tuple[str, int] | None, body: str | None) -> _End | None:
        """The date of an end a clause gives (``("meeting", 11)``, ``("year", 2020)``)."""
        if given is None:
            return None
        kind, value = given
        if kind == "year":
            day = dt.date(value, 12, 31)
            return _End(day, day <= self.as_of)
        ended = self.ended.get((body or "", value))
        if ended is not None:
            return _End(ended, ended <= self.as_of)
        return _End(None, self.last.get(body or "", 0) > value)


def part_of(para: str | None) -> str | None:
    """``--para`` as a pinpoint: ``3`` → ``para 3``, ``annex II`` stays, nothing → the decision."""
    if para is None or not para.strip():
        return None
    text = para.strip()
    return text if text.startswith(("annex", "para ")) else f"para {text}"


def _parent(part: str) -> str | None:
    """The part a part belongs to: ``para 29(b)`` → ``para 29``; ``para 3`` → the decision (None)."""
    head = part.split("(", 1)[0]
    return head if head != part else None


def _own_end(text: str, lang: str) -> tuple[str, int] | None:
    """The end a clause gives to what it creates, if it creates something and gives one."""
    classes = verb_classes(text, lang)
    if not classes or classes[0] not in _CREATING or _CARRYING & set(classes):
        return None
    return mandate_end(text, lang, periods=classes[0] in _ADOPTING)


def _fold(
    decision: str, part: str | None, events: list[tuple[Event, _End | None]], own: _End | None
) -> tuple[Standing, _End | None]:
    """A part's status from its own events, oldest first; and its end at the last."""
    status, end = Status.IN_FORCE, own
    for e, given in events:
        if status is Status.RETIRED:
            continue
        if e.treatment in ("retires", "supersedes"):
            status = Status.RETIRED
        elif e.treatment == "replaces":
            status = Status.REPLACED
        elif e.treatment == "amends" and status is Status.IN_FORCE:
            status = Status.AMENDED
        elif e.treatment in _CARRYING:
            end = given
    history = [e for e, _ in events]
    return Standing(decision, part, status, end.date if end else None, history), end


def _inherit(
    standing: Standing, end: _End | None, parent: Standing, parent_end: _End | None
) -> None:
    """A part takes its decision's (or paragraph's) retirement, and its elapse when it has no end."""
    if parent.status is Status.RETIRED and standing.status is not Status.RETIRED:
        standing.status = Status.RETIRED
        last = next(e for e in reversed(parent.history) if e.treatment in ("retires", "supersedes"))
        standing.history.append(replace(last, scope=parent.part or "decision"))
    elif end is None and parent.status is Status.ELAPSED and parent_end is not None:
        standing.ends = parent.ends
        if standing.status in (Status.IN_FORCE, Status.AMENDED):
            standing.status = Status.ELAPSED


def standings(
    store: Store, decisions: list[str] | None = None, as_of: dt.date | None = None
) -> dict[tuple[str, str | None], Standing]:
    """The status of every decision known to the store (or of those named) and of each of its parts
    known (its operative paragraphs, the parts cited), by (decision, part)."""
    as_of = as_of or dt.date.today()
    calendar = _Calendar(store, as_of)
    cited = _cited(store, decisions)
    _, rows = store.query(_EVENTS_SQL.format(cited=cited))
    events: dict[tuple[str, str | None], list[tuple[Event, _End | None]]] = defaultdict(list)
    for target, part, by, clause, date, _, treatment, par_id, text, lang, body in rows:
        if date is not None and date > as_of:
            continue  # a decision after the day asked about changes nothing yet
        given = None
        if treatment in _CARRYING and text:
            given = calendar.end(mandate_end(text, lang), body)
        event = Event(treatment, by, clause, date, par_id, ends=given.date if given else None)
        events[(target, part or None)].append((event, given))
    parts = _parts(store, decisions, cited) | set(events)
    own = _own_ends(store, decisions, calendar)
    out: dict[tuple[str, str | None], Standing] = {}
    ends: dict[tuple[str, str | None], _End | None] = {}
    # a decision before its paragraphs, a paragraph before its items
    for key in sorted(parts, key=lambda k: (k[0], k[1] is not None, len(k[1] or ""))):
        decision, part = key
        standing, end = _fold(decision, part, events.get(key, []), own.get(key))
        if part is not None:
            parent_key = (decision, _parent(part))
            if parent_key in out:
                _inherit(standing, end, out[parent_key], ends[parent_key])
        if end is not None and end.passed and standing.status in (Status.IN_FORCE, Status.AMENDED):
            standing.status = Status.ELAPSED
        out[key], ends[key] = standing, end
    return out


def _within(decisions: list[str] | None, column: str) -> tuple[str, list[Any]]:
    """The condition that keeps to some decisions (None: all), and its parameters. One decision is
    compared plainly: DuckDB then filters while it scans, a third of the time of a join with a list
    (the status of one decision of the synthetic store: 30 ms against 100 ms)."""
    if decisions is None:
        return "", []
    if len(decisions) == 1:
        return f"AND {column} = ?", [decisions[0]]
    return f"AND {column} IN (SELECT unnest(?))", [decisions]


def _cited(store: Store, decisions: list[str] | None) -> str:
    """The table of the citations of decisions to read: all of them, or those of the decisions named,
    gathered in one scan into a temporary table that the events and the parts both read."""
    if decisions is None:
        return "citations"
    where, params = _within(decisions, "target")
    store.query(
        "CREATE OR REPLACE TEMP TABLE status_cited AS "
        f"SELECT * FROM citations WHERE kind = 'decision' {where}",
        params,
    )
    return "status_cited"


def _parts(store: Store, decisions: list[str] | None, cited: str) -> set[tuple[str, str | None]]:
    """Every decision known (stored or cited), its operative paragraphs and its cited parts
    (``cited``: the table of the citations to read)."""
    where_d, params_d = _within(decisions, "d.decision")
    _, rows = store.query(
        f"SELECT DISTINCT d.decision, 'para ' || p.number FROM paragraphs p JOIN documents d "
        f"USING (doc_id) WHERE d.decision IS NOT NULL AND p.kind = 'operative' "
        f"AND p.number IS NOT NULL {where_d} "
        f"UNION SELECT DISTINCT d.decision, NULL FROM documents d WHERE d.decision IS NOT NULL "
        f"{where_d} "
        # each cited part, and the decision it is part of, in one scan of the citations
        f"UNION SELECT DISTINCT target, unnest([pinpoint, NULL]) FROM {cited} "
        "WHERE kind = 'decision'",
        [*params_d, *params_d],
    )
    return {(decision, part) for decision, part in rows}


def _own_ends(
    store: Store, decisions: list[str] | None, calendar: _Calendar
) -> dict[tuple[str, str | None], _End]:
    """The ends decisions give themselves: their title's period, their creating clauses' ends."""
    where, params = _within(decisions, "d.decision")
    _, rows = store.query(
        "SELECT d.decision, CASE WHEN p.kind = 'title' THEN NULL ELSE 'para ' || p.number END, "
        "p.kind, p.text, d.lang, d.body FROM paragraphs p JOIN documents d USING (doc_id) "
        "WHERE d.decision IS NOT NULL AND (p.kind = 'title' OR (p.kind = 'operative' AND "
        f"p.number IS NOT NULL)) AND regexp_matches(p.text, ?) {where} ORDER BY d.lang",
        [ENDS_HINT, *params],
    )
    out: dict[tuple[str, str | None], _End] = {}
    titles: dict[str, tuple[tuple[str, int] | None, str | None]] = {}
    for decision, part, kind, text, lang, body in rows:
        if kind == "title":
            titles.setdefault(decision, (mandate_end(text, lang), body))
            continue
        given = _own_end(text, lang)
        end = calendar.end(given, body)
        if end is not None:
            out.setdefault((decision, part), end)
    for decision, (given, body) in titles.items():
        # the title's period, when a clause adopted something for it
        end = calendar.end(given, body)
        adopted = {e.date for (d, p), e in out.items() if d == decision and p is not None}
        if end is not None and given is not None and given[0] == "year" and end.date in adopted:
            out[(decision, None)] = end
    return out


def status(
    store: Store, ident: str, para: str | None = None, as_of: dt.date | None = None
) -> list[Standing]:
    """What holds of a decision and of each of its parts (or of the one ``para`` names)."""
    decision = parse_decision(ident)
    if decision is None:
        raise UsageError(f"{ident}: give a decision, as CP-10/7 or BS-V/16")
    found = standings(store, [decision], as_of)
    if not found:
        raise NotFound(f"{ident}: not in the store, and cited by nothing in it")
    if para is None:
        return [found[k] for k in sorted(found, key=_order)]
    part = part_of(para)
    if (decision, part) not in found:
        raise NotFound(f"{decision}: no {part} in the store, and none cited")
    return [found[(decision, part)]]


def _order(key: tuple[str, str | None]) -> tuple[Any, ...]:
    """The decision first, then its paragraphs in their order, then its annexes."""
    part = key[1] or ""
    number = part.removeprefix("para ").split("(")[0].split(".")[0]
    return (
        part != "",
        not part.startswith("para"),
        int(number) if number.isdecimal() else 0,
        part,
    )


_BY = {
    Status.RETIRED: ("retires", "supersedes"),
    Status.REPLACED: ("replaces",),
    Status.AMENDED: ("amends",),
}

# The columns of ``copmop status``: one row per part and per event that decided its status.
COLUMNS = [
    "decision",
    "part",
    "status",
    "ends",
    "treatment",
    "by",
    "clause",
    "date",
    "through",
    "via",
]


def status_rows(found: list[Standing]) -> list[tuple[Any, ...]]:
    """The rows of ``copmop status`` (``COLUMNS``): each part's events, oldest first, or one row
    without an event for a part that none changed."""
    out: list[tuple[Any, ...]] = []
    for s in found:
        head = (s.decision, s.part, s.status.value, s.ends)
        out.extend(
            (*head, e.treatment, e.by, e.clause, e.date, e.scope, e.par_id) for e in s.history
        )
        if not s.history:
            out.append((*head, None, None, None, None, None, None))
    return out


def clause_part(kind: str, number: str | None) -> str | None:
    """The part of its decision a clause is, as the status knows parts: a numbered operative
    paragraph is ``para N``; any other clause none of its own."""
    return f"para {number}" if kind == "operative" and number else None


def deciding(standing: Standing) -> list[Event]:
    """The events that made a part retired, replaced or amended, oldest first (none for a part in
    force or elapsed)."""
    wanted = _BY.get(standing.status, ())
    return [e for e in standing.history if e.treatment in wanted]


def event_label(event: Event) -> str:
    """The clause that decided: ``CP-6/12 ¶2``, ``CP-6/12 annex-I/3``."""
    clause = event.clause
    return f"{event.by} {'¶' + clause if clause.isdecimal() else clause}"


def mark(standing: Standing) -> str:
    """What a reader must know of a part that no longer holds as printed: ``replaced by CP-6/12 ¶2
    (2012-10-05), then by CP-7/12 ¶2 (2014-10-03)``, ``elapsed on 2020-12-31``; nothing when in force."""
    if standing.status is Status.IN_FORCE:
        return ""
    if standing.status is Status.ELAPSED:
        return f"elapsed on {standing.ends}" if standing.ends else "elapsed"
    steps = [
        event_label(e)
        + (f" ({e.date})" if e.date else "")
        + (f" (through its {e.scope})" if e.scope else "")
        for e in deciding(standing)
    ]
    return f"{standing.status.value} by " + ", then by ".join(steps)

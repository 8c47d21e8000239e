"""The one data model of copmop, shared by every stage.

Readers produce a :class:`Source` (pages of :class:`Line` and :class:`Footnote`); segmentation turns it
into a :class:`Document` of :class:`Paragraph` clauses; extractors add :class:`Citation` rows; the store
writes the three tables whose columns are the fields of :class:`Document`, :class:`Paragraph` and
:class:`Citation` (checked by a test against ``pipeline.schema``).

This module imports nothing else from the project.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DocKind(StrEnum):
    """What a file is: a decision of a meeting, or any other document (notes, reports)."""

    DECISION = "decision"
    DOCUMENT = "document"


class ClauseKind(StrEnum):
    """The kinds of clause in ``paragraphs.kind``."""

    TITLE = "title"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    HEADING = "heading"
    BODY = "body"
    FOOTNOTE = "footnote"
    OBJECTIVE = "objective"


class CitationKind(StrEnum):
    """The kinds of reference in ``citations.kind``."""

    DECISION = "decision"
    ARTICLE = "article"
    ANNEX = "annex"
    OBJECTIVE = "objective"
    DOCUMENT = "document"
    INSTRUMENT = "instrument"
    RECOMMENDATION = "recommendation"


class Treatment(StrEnum):
    """How a citing clause treats what it cites, in ``citations.treatment`` (``lang.treatments`` holds
    the phrases of each, ``extractors.treatment`` decides it)."""

    RECALLS = "recalls"
    REAFFIRMS = "reaffirms"
    WELCOMES = "welcomes"
    TAKES_NOTE = "takes-note"
    ADOPTS = "adopts"
    ENDORSES = "endorses"
    AMENDS = "amends"
    REPLACES = "replaces"
    SUPERSEDES = "supersedes"
    RETIRES = "retires"
    EXTENDS = "extends"
    CONTINUES = "continues"
    REQUESTS_FOLLOW_UP = "requests-follow-up"
    IN_ACCORDANCE_WITH = "in-accordance-with"
    MENTIONS = "mentions"


class Status(StrEnum):
    """What holds of a decision or a paragraph, derived from the treatments of later decisions
    (``graph.status``): superseded counts as retired."""

    IN_FORCE = "in force"
    AMENDED = "amended"
    REPLACED = "replaced"
    RETIRED = "retired"
    ELAPSED = "elapsed"


LANGS = ("zh", "en", "fr", "es", "ru", "ar")


@dataclass(frozen=True)
class Marker:
    """A footnote marker cut out of a line: its label (``1``, ``*``) and where it stood in the text."""

    label: str
    offset: int


@dataclass
class Line:
    """One printed line of running text, with running headers and footnote markers already removed.

    ``ends_block`` says the line closes a block (a paragraph, a heading, a table row): the text
    extraction kept a trailing space there, or the page's geometry says so. ``cells`` holds the texts
    of a table row's cells (its ``text`` is them joined); empty for running text.
    """

    text: str
    page: int
    ends_block: bool = False
    markers: tuple[Marker, ...] = ()
    indent: float = 0.0
    cells: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.page < 1:
            raise ValueError(f"page must be 1 or more, not {self.page}")


@dataclass
class Block:
    """Lines rejoined into one run of text: markers now index ``text``, pages are those it spans."""

    text: str
    markers: tuple[Marker, ...] = ()
    page_start: int | None = None
    page_end: int | None = None


@dataclass
class Footnote:
    """A footnote body found at the foot of a page, under its label."""

    label: str
    text: str
    page: int


@dataclass
class Page:
    """A page as a reader sees it: running lines, footnotes, and the header/footer lines it dropped."""

    number: int
    lines: list[Line] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


@dataclass
class Source:
    """What a reader hands on: the pages of one file, and what it could not read."""

    path: str
    sha256: str
    pages: list[Page]
    lang_hint: str | None = None
    unreadable_pages: tuple[int, ...] = ()
    soft_hyphens: bool = True  # its lines may break inside a word (a text extraction's may)

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass
class TitleBlock:
    """What the title block of a document says, and where its running text begins (``end``, a line index)."""

    end: int = 0
    decision: str | None = None
    symbol: str | None = None
    body: str | None = None
    meeting: int | None = None
    title: Block | None = None
    agenda_item: str | None = None
    place: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    notice: bool = False
    markers: tuple[Marker, ...] = ()


@dataclass
class Paragraph:
    """One clause, a row of ``paragraphs``.

    ``anchor`` is, for a footnote, the ``par_id`` of the clause that carries its marker; ``notes`` are the
    footnote labels whose markers the clause carries (their positions in ``text`` in ``note_offsets``);
    ``tokens`` the words of the text for full-text search (Chinese segmented by jieba).
    """

    par_id: str
    doc_id: str
    seq: int
    kind: ClauseKind
    section: str | None
    number: str | None
    text: str
    verb: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    anchor: str | None = None
    notes: list[str] = field(default_factory=list)
    note_offsets: list[int] = field(default_factory=list)
    tokens: str | None = None

    def __post_init__(self) -> None:
        self.kind = ClauseKind(self.kind)
        if self.seq < 0:
            raise ValueError(f"seq must not be negative, not {self.seq}")
        if not self.par_id.startswith(self.doc_id + "#"):
            raise ValueError(f"par_id {self.par_id!r} does not start with {self.doc_id!r}#")


@dataclass
class Citation:
    """One reference from a clause to one target, a row of ``citations``.

    ``char_start``/``char_end`` index the text of ``via`` when set (the footnote the reference was made
    in), else the text of ``par_id``; ``treatment`` is how the clause treats the target.
    """

    doc_id: str
    par_id: str
    via: str | None
    kind: CitationKind
    target: str
    pinpoint: str | None
    raw: str
    char_start: int
    char_end: int
    treatment: Treatment = Treatment.MENTIONS

    def __post_init__(self) -> None:
        self.kind = CitationKind(self.kind)
        self.treatment = Treatment(self.treatment)
        if not 0 <= self.char_start < self.char_end:
            raise ValueError(f"bad offsets {self.char_start}..{self.char_end} for {self.raw!r}")


@dataclass
class Mention:
    """A piece of a citation found in a text, before it is tied to its whole: a decision list, an
    Article list, a pinpoint list, an instrument's name… (``extractors.mentions`` finds them,
    ``extractors.resolve`` ties them and makes :class:`Citation` rows). ``hint`` is what the mention
    says of what it belongs to: for an anaphor, what it points back to (``decision``, ``article``,
    ``protocol``, ``convention``, ``body``); for a recommendation, ``own`` ("its recommendation"); for an
    instrument, ``bare`` ("the Protocol", which names the protocol the document serves)."""

    kind: str
    start: int
    end: int
    values: tuple[str, ...] = ()
    pinpoints: tuple[str | None, ...] = ()
    hint: str = ""


@dataclass
class Link:
    """One decision (or document) in the lineage of another: reached at ``depth`` in ``direction``
    (``cites`` or ``cited_by``), through the clauses ``via``, which treat it as ``treatments`` say;
    ``in_store`` says whether its text is."""

    decision: str
    direction: str
    depth: int
    via: list[str]
    in_store: bool
    kind: str = "decision"
    meeting: int | None = None
    title: str | None = None
    treatments: list[str] = field(default_factory=list)


@dataclass
class Event:
    """One later clause that changed a decision or a paragraph: its ``treatment``, the decision
    (``by``) and clause path (``clause``, ``2``, ``annex-I/3``) that made it, the date of that decision,
    the citing ``par_id``; ``ends`` the new end an extension gives; ``scope`` the part the event named
    when it reached this one through it (a retired decision retires its paragraphs)."""

    treatment: str
    by: str
    clause: str
    date: dt.date | None
    par_id: str
    ends: dt.date | None = None
    scope: str | None = None


@dataclass
class Standing:
    """What holds of a decision (``part`` None) or of one of its parts (``para 3``, ``annex II``):
    its :class:`Status`, the date its mandate or period ends or ended (``ends``, where the text gives
    it) and the events that decided it, oldest first."""

    decision: str
    part: str | None
    status: Status
    ends: dt.date | None = None
    history: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.status = Status(self.status)


@dataclass
class Dangling:
    """A citation that points at nothing the corpus has, and why."""

    kind: str
    target: str
    pinpoint: str | None
    par_id: str
    doc_id: str
    reason: str


@dataclass
class Document:
    """One ingested file, a row of ``documents``, with its clauses and citations; ``unreadable_pages``
    are pages drawn with text that pdfplumber could not read (reported at ingest); ``warnings`` what the
    structural check at ingest found wrong (empty when nothing)."""

    doc_id: str
    kind: DocKind
    decision: str | None
    symbol: str | None
    lang: str
    body: str | None
    meeting: int | None
    title: str | None
    agenda_item: str | None
    place: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    source_path: str
    sha256: str
    pages: int
    unreadable_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.kind = DocKind(self.kind)
        if self.lang not in LANGS:
            raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {self.lang!r}")

    def clause(self, par_id: str) -> Paragraph:
        """The clause with that ``par_id``."""
        for par in self.paragraphs:
            if par.par_id == par_id:
                return par
        raise KeyError(par_id)

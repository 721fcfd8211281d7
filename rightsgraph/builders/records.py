"""Plain, frozen records that builders emit: what the article says, tied to where it says it.

Builders never touch RDF; `rightsgraph.graph` turns these records into triples.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the article text, by character offsets into `Article.text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One source article: its full text and what is known about it.

    ``text`` is the whole decoded file; every offset in every record points into it.
    ``body_start`` is where the article's own words begin after the title and metadata lines,
    and ``masked`` lists stretches (link labels, image credits, metadata) that name nothing.
    """

    text: str
    title: str
    name: str
    body_start: int = 0
    url: str | None = None
    date: "DateValue | None" = None
    publisher: str | None = None
    masked: tuple[Span, ...] = ()
    #: a UN document's own description of itself, from its cover page (None for an article)
    document: "UNDocument | None" = None
    #: its numbered paragraphs: (start, end, number) each, offsets into ``text``
    paragraphs: tuple[tuple[int, int, str], ...] = ()
    #: its sections, in text order, each heading's section reaching to the next of its level or above
    sections: tuple["Section", ...] = ()
    #: the documents it cites: in its paragraphs, or in the footnotes they call
    citations: tuple["Citation", ...] = ()


#: The report key a finding of a UN document gives as ``stated_in``: the document's own report.
DOCUMENT_KEY = "document"


@dataclass(frozen=True)
class UNDocument:
    """What a UN document's cover says of it: symbol ("A/HRC/27/10"), date (ISO, as precise
    as the cover), issuing body and title."""

    symbol: str
    date: str | None = None
    author: str | None = None
    title: str | None = None
    #: its footnotes (or endnotes), in order: (number, text) each, kept apart from the body
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading of a UN document and the text under it: ``number`` is the whole path of
    numbers ("III.A.2"; an unnumbered heading adds nothing), ``title`` the heading's words,
    ``parent`` the index of the enclosing section in ``Article.sections``; offsets as
    ``Article``'s (``heading_end`` is where the heading's own words end)."""

    start: int
    end: int
    number: str
    title: str
    level: int
    heading_end: int
    parent: int | None = None
    ordinal: int = 0  # its place among the document's headings, which a piece of the document keeps


@dataclass(frozen=True)
class Citation:
    """A document a UN document cites: where its body calls it (the symbol itself, or the
    mark of the footnote that cites it), the cited symbol ("A/HRC/25/63", "S/RES/1503
    (2003)"), and the footnote's number when a footnote cites it."""

    start: int
    end: int
    symbol: str
    note: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A date only as precise as the article: ``2021-01-11``, ``2020-09`` or ``2014``.

    ``value`` is None when the wording could not be anchored to the calendar
    ("on Tuesday" in an article with no date); ``text`` always keeps the wording.
    """

    value: str | None
    text: str
    qualifier: str | None = None  # early, mid or late
    end: str | None = None  # the last day, month or year of a range ("2002-2007"); value is its first

    @property
    def precision(self) -> str | None:
        if self.value is None:
            return None
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]

    @property
    def year(self) -> str | None:
        return self.value[:4] if self.value else None


@dataclass(frozen=True)
class Mention:
    """Where the article names an entity, and in which sentence."""

    span: Span
    sentence: int


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with every mention resolved to it.

    ``kind`` is ``person``, ``organization``, ``country`` or ``place``;
    ``org_kind`` refines organisations (``UN body``, ``UN mechanism``, ``commission of inquiry``,
    ``fact-finding mission``, ``government``, ``NGO``, ``media``, ``court``, ``other``).
    ``ref`` is the key of a known entity in the package's domain data, if any.
    """

    key: str
    kind: str
    label: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    org_kind: str | None = None
    ref: str | None = None
    wikidata: str | None = None
    part_of: str | None = None  # key of a parent organisation
    country: str | None = None  # key of the country a government governs or a mechanism covers
    located_in: str | None = None  # key of the country a place lies in


@dataclass(frozen=True)
class Containment:
    """A place the article says lies in another place or a country ("Hwaseong in North
    Hamgyong province")."""

    place: str
    within: str
    sentence: int


@dataclass(frozen=True)
class Base:
    """Where the article says an organisation is based ("the Geneva-based X", "X, based in Y")."""

    organization: str
    place: str
    sentence: int


@dataclass(frozen=True)
class Membership:
    """A state or an organisation the article says is a member of a body ("Eritrea is a member
    of the Council", "Ruritania, a member of the Council,")."""

    member: str
    body: str
    sentence: int


@dataclass(frozen=True)
class Affiliation:
    """A person named with an organisation or a country and no post: "Ana Ruiz of Amnesty
    International", "Ms Ingrid Holm of Norway"."""

    person: str
    holder: str
    kind: str  # organization or country
    sentence: int


@dataclass(frozen=True)
class PostPhrase:
    """Where a post is named: tokens ``start``..``end`` (exclusive) and its head words."""

    start: int
    end: int
    head: str
    span: Span
    nested: bool = False  # another post ends where this one ends: "adviser to Supreme Leader"
    plural: bool = False  # "the special rapporteurs on X and on Y": one mandate for each complement


@dataclass(frozen=True)
class PostHolding:
    """A person holds a post ("Special Rapporteur on ... Iran", "Syrian President")."""

    person: str
    post_key: str
    post_label: str
    span: Span
    sentence: int
    organization: str | None = None
    country: str | None = None
    mandate: bool = False


@dataclass(frozen=True)
class Report:
    """A report, submission or other document the article names or describes."""

    key: str
    kind: str  # report, submission, letter, statement or filing (builders/data/lexicon.json "document_kinds")
    mentions: tuple[Mention, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: DateValue | None = None
    about: tuple[str, ...] = ()
    symbol: str | None = None
    addressed_to: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        if self.title:
            return self.title
        return self.description

    @property
    def description(self) -> str:
        return self.mentions[0].span.text


@dataclass(frozen=True)
class ViolationMention:
    """The article names a violation type; ``named_by`` is the report or actor that names it."""

    concept: str
    wording: str
    span: Span
    sentence: int
    named_by: str | None = None
    negated: bool = False
    perpetrator: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated happening: a publication, a briefing, a diplomatic note, a rejection, ...

    ``kind`` is one of publication, submission, presentation, session, briefing, visit,
    communication, rejection, resolution, appointment, call, election. Participants other than the
    agents are in ``participants``; ``documents`` are report keys the event concerns.
    """

    key: str
    kind: str
    label: str
    span: Span
    sentence: int
    agents: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    date: DateValue | None = None
    verb: int | None = None  # the offset of the verb it was read from, if any


@dataclass(frozen=True)
class Action:
    """What one clause says an actor did, to whom, where and when: "the Council set up a
    commission on Syria in 2011".

    ``verb_class`` is a class of ``data/verb_classes.json`` ("establishment"), or None for a
    verb of no known class; ``lemma`` the verb's, with its particle ("set up"). ``patients``
    are what the action is done to (objects, passive subjects), ``addressees`` whom it is
    addressed to ("urged the government", "presented to the Council"), ``participants`` who
    take part ("met with"), ``reported_by`` who says it happened ("X said that …"),
    ``topics`` what a statement speaks of ("X said the boats must land in Y": the boats' Y).
    """

    key: str
    verb_class: str | None
    lemma: str
    label: str
    span: Span
    sentence: int
    agents: tuple[str, ...] = ()
    patients: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    reported_by: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    date: DateValue | None = None


@dataclass(frozen=True)
class Finding:
    """What a report or actor states in one sentence: an allegation or a denial."""

    sentence: int
    stated_by: tuple[str, ...] = ()
    stated_in: str | None = None
    violations: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    denial: bool = False
    victims: tuple[str, ...] = ()  # the people or groups who suffered what it alleges
    status: str = "alleged"  # a concept of the status scheme (status.STATUSES)
    cues: tuple[str, ...] = ()  # the words that decided the status, in text order
    denies: tuple[int, ...] = ()  # a denial: the sentences of the findings it answers
    addressees: tuple[str, ...] = ()  # a recommendation: the actors it asks to act


@dataclass(frozen=True)
class Extraction:
    """Everything the builders found in one article."""

    article: Article
    sentences: tuple[Span, ...]
    entities: tuple[Entity, ...]
    posts: tuple[PostHolding, ...] = ()
    reports: tuple[Report, ...] = ()
    violations: tuple[ViolationMention, ...] = ()
    events: tuple[Event, ...] = ()
    findings: tuple[Finding, ...] = ()
    actions: tuple[Action, ...] = ()
    containments: tuple[Containment, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    memberships: tuple[Membership, ...] = ()
    bases: tuple[Base, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # the spaCy pipeline that read it: its name, its version and spaCy's, for the build's provenance
    model: tuple[str, str, str] = ("", "", "")
    #: entities earlier pieces of a long document named and this one refers to without naming
    #: them ("she", "the Commission"): their nodes are written where they are named
    carried: tuple[Entity, ...] = ()


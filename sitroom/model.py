"""The records every stage speaks.

Offsets are 0-based, end-exclusive character offsets into ``Article.text`` (the cleaned text).
Components attach these records to spaCy spans (``span._.timex``, ``span._.quantity`` ...);
``sitroom.records.from_doc`` is the one function that turns a processed ``Doc`` into a ``Record``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = [
    "Article",
    "DateRange",
    "Entity",
    "EntityRef",
    "Event",
    "EventCount",
    "Failure",
    "Figure",
    "Mention",
    "Place",
    "PlaceRef",
    "Quantity",
    "Quote",
    "Record",
    "Timex",
    "date_precision",
    "doc_id_for",
    "fact_id",
]


def doc_id_for(text: str) -> str:
    """Stable document id: a hash of the cleaned text, so re-ingesting changes nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fact_id(doc_id: str, kind: str, start: int, end: int) -> str:
    """Id of a fact found at ``start:end`` of a document; ``kind`` is a one-letter prefix."""
    return f"{doc_id}:{kind}{start}-{end}"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the cleaned text: where a fact was read."""

    start: int
    end: int
    text: str
    # how a place mention names its place: None (literally) or demonym, embedded (heads an
    # organisation's name), metonym, dateline, team (a town standing alone for its sports club);
    # see sitroom/components/place_refs.py
    use: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One document after reading and cleaning; ``text`` is what all offsets point into."""

    text: str
    source: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO YYYY-MM-DD
    url: str | None = None
    fmt: str = "text"  # text, markdown, html, pdf, jsonl, csv

    @property
    def id(self) -> str:
        return doc_id_for(self.text)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or processed, and what to do about it."""

    source: str
    reason: str
    stage: str = "read"  # read, clean, nlp, store


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date or interval at its own precision: YYYY, YYYY-MM or YYYY-MM-DD at each end."""

    start: str | None
    end: str | None


def date_precision(rng: DateRange | None) -> str | None:
    """'day', 'month' or 'year': how precisely a date is known (the finer of its two ends)."""
    if rng is None:
        return None
    size = max(len(rng.start or ""), len(rng.end or ""))
    return {4: "year", 7: "month", 10: "day"}.get(size)


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression resolved against the publication date (TIMEX3-style ``value``)."""

    start: int
    end: int
    text: str
    value: str  # 2021-07-30, 2021-07, 2021-W30, 2021, 198X, P10D, PRESENT_REF, 2021-08-09/2021-08-14
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER ...
    range: DateRange | None = None  # calendar interval covered, for DATE/TIME values


@dataclass(frozen=True, slots=True)
class Figure:
    """One form of a figure as the text writes it: '800 miles' and '(1,303 kilometers)' are two."""

    value: float  # as written: 800 for "800 miles", 0.25 for "a quarter"
    unit: str | None = None  # unit or currency name as written (units.yaml/currencies.yaml), None for counts
    high: float | None = None  # top of a written range ("1 to 1.5"), in the written unit
    text: str = ""
    previous: float | None = None  # the figure it moved from, in the written unit: 4.8 in "from 4.8% to 4.7%"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number that measures something, in its canonical unit."""

    start: int
    end: int
    text: str
    value: float
    unit: str  # count, km, USD (ISO 4217), %, day, kg, ...
    counted: str | None = None  # lemma of what is counted: soldier, troop, vehicle
    approximate: bool = False
    kind: str = "count"  # count, length, money, percent, duration, area, mass, other
    written_value: float | None = None  # the value in the unit as written (800 for 800 miles)
    written_unit: str | None = None  # the unit as written: mile, kilometer, $
    change: str = "="  # =, ~, >, <, up, down (NewsQuant's notion)
    subject: str | None = None  # what it describes: entity/place id or a normalised phrase
    subject_name: str | None = None  # human-readable subject: "Tajikistan–Afghanistan border"
    attribute: str | None = None  # what is measured about the subject: length, population, troops
    high: float | None = None  # upper end of a range ("5-10 km": value 5, high 10), canonical unit
    forms: tuple[Figure, ...] = ()  # the figure as written; two for a conversion "seven miles (11 km)"
    counted_phrase: str | None = None  # the counted noun with its modifiers: "cabinet minister"


@dataclass(frozen=True, slots=True)
class Quote:
    """Words in quotation marks attributed to a speaker."""

    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str
    speaker_name: str | None = None
    speaker: str | None = None  # entity id, where the speaker resolved to an entity
    speaker_mention: Mention | None = None
    cue: str | None = None  # the speech verb: said, told, wrote


@dataclass(frozen=True, slots=True)
class EntityRef:
    """What a mention resolves to; attached to each actor span as ``span._.actor``."""

    id: str  # ISO alpha-3 for countries, dictionary key, or person:normalised-name
    name: str
    kind: str  # person, country, organization, armed_group, military_unit, media, facility, place, other
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None
    affiliation: str | None = None  # entity id of the organisation or state a person belongs to
    metonym: bool = False  # "the Kremlin" standing for Russia's government
    sector: str | None = None  # CAMEO-style sector code (COP, MIL, GOV, ...; sitroom/data/sectors.yaml)


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor with every place it is mentioned in a document."""

    id: str
    name: str
    kind: str
    country: str | None
    mentions: tuple[Mention, ...]
    role: str | None = None
    affiliation: str | None = None
    sector: str | None = None  # CAMEO-style sector code: police COP, military MIL, ...


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """What a toponym resolves to; attached to each place span as ``span._.place``."""

    id: str  # geonames:<id>, country:<ISO3>, region:<code>, or area:<slug>
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    feature: str  # country, region, city, facility, area, water, landform
    precision: str = "point"  # point, city, region, country, area
    population: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place with every place it is mentioned in a document."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    precision: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class EventCount:
    """How many an event killed, wounded, arrested or displaced, or the troops or money it
    involved; ``low``/``high`` bound a range or a vague word ("several": 3 to 9)."""

    kind: str  # killed, wounded, arrested, displaced, troops, money
    value: float | None  # the figure; for a range or a vague word, its low end
    low: float | None
    high: float | None  # None: no upper bound ("at least 84")
    unit: str  # people, or an ISO 4217 currency for money
    text: str  # the words that give the figure: "at least 84 people", "a Taliban leader"
    start: int
    end: int
    sentence: Mention
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when and where, coded in PLOVER."""

    id: str
    type: str  # PLOVER category
    trigger: Mention
    sentence: Mention
    status: str = "occurred"  # occurred, ongoing, planned, hypothetical, negated
    mode: str | None = None
    actors: tuple[str, ...] = ()  # entity ids
    targets: tuple[str, ...] = ()
    date: DateRange | None = None
    date_source: str | None = None  # clause, sentence, published
    place: str | None = None  # place id
    quantities: tuple[str, ...] = ()  # quantity ids
    mentions: tuple[Mention, ...] = ()  # every sentence that refers to this event
    # an earlier act that no time expression dates: it happened before this day (publication)
    date_before: str | None = None
    counts: tuple[EventCount, ...] = ()  # killed, wounded, arrested, displaced, troops, money
    # how far to trust it: the probability that it is right, from the event-trust model
    # (sitroom/components/event_trust.py); doubtful when under that model's threshold
    confidence: float | None = None
    doubtful: bool = False

    @property
    def parties(self) -> int:
        """How many identified parties (actors and targets) the event has."""
        return len(set(self.actors) | set(self.targets))

    @property
    def shown(self) -> bool:
        """Whether the picture (timeline, map, brief) shows it by default: only an act whose doer
        the text identifies and that the trust model does not doubt (an analyst forgives a
        missing event, not a wrong or anonymous one)."""
        return bool(self.actors) and not self.doubtful


@dataclass(frozen=True, slots=True)
class Record:
    """Everything found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    sentences: tuple[Mention, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.article.id

"""Actor profiles: what the corpus says about one actor, and how it gets on with the others.

Ties are dyads: the actor and a target of one event (who did what to whom). Two targets of one
act are not tied to each other by it, nor are two actors, except when they act together in
cooperation with no target (joint drills, a joint statement). A country is not tied to its own
people and provinces (entities whose country it is). Each tie's events are counted per PLOVER
quad class (data/plover.yaml) and per year, so a profile shows whether a relation is
cooperative or conflictual and how that moved over time.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from sitroom.analyze import plover
from sitroom.analyze.timeline import TimelineFilter, TimelineItem, query
from sitroom.errors import NotFound

__all__ = ["ActorProfile", "Participation", "PeriodTone", "QuoteItem", "Tie", "actor_profile",
           "find_entity", "ties", "tone"]


@dataclass(frozen=True, slots=True)
class QuoteItem:
    """Words the actor is quoted as saying, with the document they were read in."""

    document_id: str
    document_title: str | None
    published: str | None
    text: str
    start: int
    end: int
    cue: str | None


@dataclass(frozen=True, slots=True)
class PeriodTone:
    """Events of a tie in one period, counted per quad class; ``score`` in -1 (conflict) .. 1."""

    period: str  # YYYY
    counts: tuple[tuple[str, int], ...]  # (quad class, events)
    score: float


@dataclass(frozen=True, slots=True)
class Tie:
    """Another actor this one shares events with."""

    entity_id: str
    name: str
    events: int
    counts: tuple[tuple[str, int], ...]  # (quad class, events) over all periods
    score: float
    periods: tuple[PeriodTone, ...]


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """Everything the store holds about one actor."""

    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    affiliation: str | None
    documents: int
    mentions: int
    mentions_by_year: tuple[tuple[str, int], ...]
    mentions_by_month: tuple[tuple[str, int], ...]
    roles: tuple[tuple[str, int], ...]  # (role, mentions with it)
    quotes: tuple[QuoteItem, ...]
    events_as_actor: tuple[TimelineItem, ...]  # in date order; the latest ``max_events``
    events_as_target: tuple[TimelineItem, ...]
    ties: tuple[Tie, ...]
    actor_events: int = 0  # how many events the actor leads, however many are listed
    target_events: int = 0


def find_entity(store, name_or_id: str) -> str:
    """The entity id named by an exact id, a case-insensitive name, or a mention's text."""
    ref = name_or_id.strip()
    if not ref:
        raise NotFound("give an entity id or name; `sitroom entities` lists them")
    rows = store.rows("SELECT id FROM entities WHERE id = ?", (ref,))
    if rows:
        return rows[0]["id"]
    rows = store.rows("SELECT entity_id AS id FROM entity_aliases WHERE alias = ?", (ref,))
    if rows:
        return rows[0]["id"]
    # the name, or a person's surname ("Trump": Donald Trump): the one in the most documents wins
    surname = f"% {ref.lower()}" if " " not in ref else "\x00"
    rows = store.rows(
        "SELECT e.id, count(DISTINCT m.doc_id) AS docs FROM entities e"
        " LEFT JOIN mentions m ON m.entity_id = e.id"
        " WHERE lower(e.name) = lower(?) OR (e.kind = 'person' AND lower(e.name) LIKE ?)"
        " GROUP BY e.id ORDER BY docs DESC, e.id LIMIT 1", (ref, surname))
    if rows:
        return rows[0]["id"]
    rows = store.rows("SELECT entity_id AS id, count(*) AS n FROM mentions"
                      " WHERE lower(text) = lower(?) GROUP BY entity_id ORDER BY n DESC, entity_id"
                      " LIMIT 1", (ref,))
    if rows:
        return rows[0]["id"]
    raise NotFound(f"no entity {ref!r} in the store; `sitroom entities` lists them")


def actor_profile(store, entity_id: str, *, max_ties: int = 20,
                  max_events: int | None = None) -> ActorProfile:
    """The profile of ``entity_id`` (see ``find_entity`` to resolve a name first).

    ``max_events`` keeps the most recent events of each role (all when None); ties and counts
    always cover every event.
    """
    rows = store.rows("SELECT * FROM entities WHERE id = ?", (entity_id,))
    if not rows:
        raise NotFound(f"no entity {entity_id!r} in the store; `sitroom entities` lists them")
    e = rows[0]
    by_doc = store.rows(
        "SELECT m.doc_id, d.published, count(*) AS n FROM mentions m"
        " JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? GROUP BY m.doc_id, d.published",
        (entity_id,))
    years: Counter = Counter()
    months: Counter = Counter()
    for r in by_doc:
        pub = r["published"] or ""
        years[pub[:4] or "undated"] += r["n"]
        months[pub[:7] if len(pub) >= 7 else "undated"] += r["n"]
    roles = store.rows("SELECT role, count(*) AS n FROM mentions WHERE entity_id = ?"
                       " AND role IS NOT NULL GROUP BY role ORDER BY n DESC, role", (entity_id,))
    links = _participations(store, entity_id)
    others = _members(store, {i for p in links for i in p.people})
    return ActorProfile(
        id=e["id"], name=e["name"], kind=e["kind"], country=e["country"], role=e["role"],
        affiliation=e["affiliation"], documents=len(by_doc),
        mentions=sum(r["n"] for r in by_doc),
        mentions_by_year=_periods(years), mentions_by_month=_periods(months),
        roles=tuple((r["role"], r["n"]) for r in roles),
        quotes=_quotes(store, entity_id),
        events_as_actor=_events(store, entity_id, "actor", max_events),
        events_as_target=_events(store, entity_id, "target", max_events),
        ties=ties(entity_id, links, {i: o[0] for i, o in others.items()},
                  own=_own(e["kind"], e["country"], others))[:max_ties],
        actor_events=sum(1 for p in links if entity_id in p.actors),
        target_events=sum(1 for p in links if entity_id in p.targets),
    )


@dataclass(frozen=True, slots=True)
class Participation:
    """The little of an event that ties need: who, what kind, and when."""

    actors: tuple[str, ...]
    targets: tuple[str, ...]
    quad: str | None
    period: str  # YYYY of the event date, else of publication, else 'undated'

    @property
    def people(self) -> tuple[str, ...]:
        return self.actors + self.targets

    def partners(self, entity_id: str) -> list[str]:
        """Who ``entity_id`` is in a dyad with in this event: its targets when it acts, its
        actors when it is a target, its co-actors in a joint cooperative act with no target."""
        out: list[str] = []
        if entity_id in self.actors:
            out += self.targets
            if not self.targets and plover.quad_signs().get(self.quad or "", 0) > 0:
                out += self.actors
        if entity_id in self.targets:
            out += self.actors
        return [o for o in dict.fromkeys(out) if o != entity_id]


def _participations(store, entity_id: str) -> list[Participation]:
    """Every event the entity takes part in, read as narrow rows (fast on large stores)."""
    rows = store.rows(
        "SELECT e.actors, e.targets, e.type, e.date_start, e.date_end, d.published FROM events e"
        " JOIN documents d ON d.id = e.doc_id"
        " WHERE e.id IN (SELECT x.event_id FROM event_parties x WHERE x.entity_id = ?)", (entity_id,))
    out = []
    for r in rows:
        actors, targets = tuple(json.loads(r["actors"])), tuple(json.loads(r["targets"]))
        cat = plover.category(r["type"])
        when = r["date_start"] or r["date_end"] or r["published"]
        period = when[:4] if when else "undated"
        out.append(Participation(actors, targets, cat.quad if cat else None, period))
    return out


def _events(store, entity_id: str, role: str, limit: int | None) -> tuple[TimelineItem, ...]:
    """The entity's events in ``role``, in date order; the latest ``limit`` of them."""
    items = query(store, TimelineFilter(actor=entity_id, role=role, limit=limit,
                                        newest_first=limit is not None))
    return tuple(reversed(items)) if limit is not None else tuple(items)


def _periods(counts: Counter) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (kv[0] == "undated", kv[0])))


def _quotes(store, entity_id: str) -> tuple[QuoteItem, ...]:
    rows = store.rows(
        "SELECT q.doc_id, d.title, d.published, q.text, q.start, q.\"end\", q.cue FROM quotes q"
        " JOIN documents d ON d.id = q.doc_id WHERE q.speaker = ?"
        " ORDER BY d.published IS NULL, d.published, q.doc_id, q.start", (entity_id,))
    return tuple(QuoteItem(r["doc_id"], r["title"], r["published"], r["text"], r["start"],
                           r["end"], r["cue"]) for r in rows)


def _members(store, ids: set[str]) -> dict[str, tuple[str, str, str | None]]:
    """Entity id -> (name, kind, country) for ``ids`` (one query per 500)."""
    ordered, out = sorted(ids), {}
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        for r in store.rows("SELECT id, name, kind, country FROM entities WHERE id IN"
                            f" ({', '.join('?' * len(chunk))})", tuple(chunk)):
            out[r["id"]] = (r["name"], r["kind"], r["country"])
    return out


def _own(kind: str, country: str | None, others: dict[str, tuple]) -> set[str]:
    """The entities that belong to this one's country, or the country this one belongs to."""
    if not country:
        return set()
    if kind == "country":
        return {i for i, (_, _, c) in others.items() if c == country}
    return {i for i, (_, k, c) in others.items() if k == "country" and c == country}


def ties(entity_id: str, links: list[Participation], names: dict[str, str],
         own: set[str] = frozenset()) -> tuple[Tie, ...]:
    """The dyads of ``entity_id`` in ``links`` (see ``Participation.partners``), most events
    first, with their tone; entities in ``own`` (its own people, provinces or country) are left out."""
    per: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for link in links:
        for other in link.partners(entity_id):
            if other not in own:
                per[other][link.period][link.quad or "other"] += 1
    out = []
    for other, periods in per.items():
        total: Counter = Counter()
        for c in periods.values():
            total.update(c)
        tones = tuple(PeriodTone(p, _ordered(c), tone(c))
                      for p, c in sorted(periods.items(), key=lambda kv: (kv[0] == "undated", kv[0])))
        out.append(Tie(other, names.get(other, other), sum(total.values()), _ordered(total),
                       tone(total), tones))
    out.sort(key=lambda t: (-t.events, t.name))
    return tuple(out)


def tone(counts: Counter) -> float:
    """(cooperative - conflictual) / coded events: 1 all cooperation, -1 all conflict."""
    sign = plover.quad_signs()
    coded = sum(n for q, n in counts.items() if q in sign)
    if not coded:
        return 0.0
    return round(sum(sign[q] * n for q, n in counts.items() if q in sign) / coded, 3)


def _ordered(counts: Counter) -> tuple[tuple[str, int], ...]:
    order = list(plover.quad_labels()) + ["other"]
    return tuple((q, counts[q]) for q in order if counts.get(q))

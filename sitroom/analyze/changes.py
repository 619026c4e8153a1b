"""Change over time: figures that moved between dates, and what appeared or ended in the picture.

A claim's as-of date is its document's publication date. Consecutive claims about the same
subject and attribute that disagree beyond precision and hedges (``conflicts.agree``) are a
change when they describe different states (``conflicts.same_time`` is false); at the same time
they are a conflict instead. Facts that do not change in the world (a border's length) are never
a change: two sources that disagree about them are a conflict. A casualty toll reported again
days later is the toll evolving: the change carries every report of it in order (``history``).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from sitroom.analyze.conflicts import (
    EVENT_DAYS, TOLLS, Claim, _days_apart, agree, claim_dict, claims_from_store, is_static, merged_subjects,
    same_time,
)
from sitroom.analyze.toll_places import TollPlaces, day_ordinal, toll_places
from sitroom.store.periods import boundary, interior


@dataclass(frozen=True)
class Change:
    """A figure about one subject that moved from one value to another between two dates."""

    subject: str
    subject_name: str
    attribute: str
    unit: str
    before: Claim
    after: Claim
    history: tuple[Claim, ...] = field(default=())  # every report of an evolving toll, oldest first

    def as_dict(self) -> dict:
        side = lambda c: {"value": c.value, "text": c.text, "date": c.published,  # noqa: E731
                          "document": c.document, "start": c.start, "end": c.end}
        return {"subject": self.subject_name, "subject_id": self.subject,
                "attribute": self.attribute, "unit": self.unit,
                "before": side(self.before), "after": side(self.after),
                "direction": "up" if self.after.value > self.before.value else "down",
                "history": [claim_dict(c) for c in self.history]}


def changes(claims: list[Claim], places: TollPlaces | None = None) -> list[Change]:
    """Every move of a figure between consecutive states, oldest first (never of a static fact)."""
    by_key: dict[tuple[str, str, str], list[Claim]] = {}
    for c in merged_subjects(claims, places):
        if c.published and not is_static(c.attribute):
            by_key.setdefault((c.subject, c.attribute, c.unit), []).append(c)
    found = []
    for (subject, attribute, unit), members in by_key.items():
        members.sort(key=lambda c: (c.published, c.document, c.start))
        tolls = attribute in TOLLS
        days = [day_ordinal(c.published) for c in members] if tolls else []  # in the members' order
        pubs = [c.published for c in members]
        before = None  # the latest figure stated as a value ("84", "about 80"), not as a bound
        for n, after in enumerate(members):
            if before is not None and attribute in TOLLS and _days_apart(before.published, after.published) > EVENT_DAYS:
                before = None  # another event at the same place
            if before is not None and not same_time(before, after) and not agree(before, after):
                history = ()
                if tolls:  # the reports up to this one, within the event's days
                    last = bisect_right(pubs, after.published)
                    first = bisect_left(days, days[n] - EVENT_DAYS)
                    history = tuple({(c.document, c.value, c.change): c for c in members[first:last]}.values())
                found.append(Change(subject, before.subject_name, attribute, unit, before, after, history))
            if after.change not in ("<", ">"):
                before = after
    return sorted(found, key=lambda ch: (ch.after.published, ch.subject_name, ch.attribute))


def store_changes(store) -> list[dict]:
    """``sitroom changes``: the changes among every claim in the store."""
    claims = claims_from_store(store)
    return [c.as_dict() for c in changes(claims, toll_places(store, claims))]


def picture(store, start: str | None, end: str | None, actor: str | None = None) -> dict:
    """What documents published in ``(start, end]`` say: actors, places, event kinds, figures.

    ``events`` maps each kind of event (type, mode, actors) to the id of one event of that kind
    (the lowest id); ``event_rows`` reads those events. The months wholly inside the period are
    read from their counts (``store/periods``), the documents of its boundary months one by one.
    """
    if start is None and end is None:  # every document, undated ones too
        docs, params, months, mparams = "SELECT id FROM documents", (), ["1 = 0"], ()
    else:
        docs, params = boundary(start, end)
        months, mparams = interior(start, end)
    within = " AND ".join(months) or "1 = 1"
    edge = [r["id"] for r in store.rows(docs, params)]  # the documents read one by one
    chunks = [edge[i:i + 500] for i in range(0, len(edge), 500)]
    marks = lambda part: ", ".join("?" * len(part))  # noqa: E731
    actors = {r["id"]: r["name"] for r in store.rows(
        "SELECT e.id, e.name FROM entities e WHERE e.id IN"
        f" (SELECT fact FROM period_facts WHERE kind = 'actor' AND {within})", mparams)}
    places = {r["id"]: r["name"] for r in store.rows(
        "SELECT p.id, p.name FROM places p WHERE p.id IN"
        f" (SELECT fact FROM period_facts WHERE kind = 'place' AND {within})", mparams)}
    for part in chunks:
        actors.update({r["id"]: r["name"] for r in store.rows(
            "SELECT e.id, e.name FROM entities e WHERE e.id IN"
            f" (SELECT DISTINCT m.entity_id FROM mentions m WHERE m.doc_id IN ({marks(part)}))", tuple(part))})
        places.update({r["id"]: r["name"] for r in store.rows(
            "SELECT p.id, p.name FROM places p WHERE p.id IN"
            f" (SELECT DISTINCT m.place_id FROM place_mentions m WHERE m.doc_id IN ({marks(part)}))", tuple(part))})
    kinds: dict[tuple, str] = {}
    if actor:  # the events of every party whose id contains the actor's ("USA" and "sector:USA:GOV",
        # as the test on the stored lists always was), by index lookups in the events' parties
        ids = [r["id"] for r in store.rows("SELECT id FROM entities WHERE id LIKE ?", (f"%{actor}%",))
               if actor in r["id"]] or [actor]
        dated = [f"d.{w}" for w in (("published > ?",) if start is not None else ())
                 + (("published <= ?",) if end is not None else ())]
        found = store.rows(
            "SELECT e.id, e.type, e.mode, e.actors FROM events e JOIN documents d ON d.id = e.doc_id"
            " WHERE e.id IN (SELECT x.event_id FROM event_parties x"
            f" WHERE x.entity_id IN ({', '.join('?' * len(ids))}))" + "".join(f" AND {w}" for w in dated),
            (*ids, *(x for x in (start, end) if x is not None)))
        for e in found:
            key = (e["type"], e["mode"] or "", e["actors"])
            kinds[key] = min(kinds.get(key, e["id"]), e["id"])
        return {"actors": actors, "places": places, "events": kinds}
    for r in store.rows(f"SELECT detail, first_id FROM period_facts WHERE kind = 'event' AND {within}", mparams):
        key = tuple(json.loads(r["detail"]))
        kinds[key] = min(kinds.get(key, r["first_id"]), r["first_id"])
    for part in chunks:
        for r in store.rows(
                "SELECT e.type, COALESCE(e.mode, '') AS mode, e.actors, MIN(e.id) AS id FROM events e"
                f" WHERE e.doc_id IN ({marks(part)}) GROUP BY e.type, COALESCE(e.mode, ''), e.actors", tuple(part)):
            key = (r["type"], r["mode"], r["actors"])
            kinds[key] = min(kinds.get(key, r["id"]), r["id"])
    return {"actors": actors, "places": places, "events": kinds}


def event_rows(store, ids: list[str]) -> dict[str, dict]:
    """Status and sentence of the events with these ids."""
    out = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out.update({r["id"]: r for r in store.rows(
            f"SELECT id, status, sentence_text FROM events WHERE id IN ({', '.join('?' * len(part))})",
            tuple(part))})
    return out


def diff(store, before: str, after: str, actor: str | None = None) -> dict:
    """What appeared, ended and changed between the picture up to ``before`` and the one after.

    The earlier picture is every document published on or before ``before``; the later one is
    every document published after ``before`` and on or before ``after``.
    """
    old, new = picture(store, None, before, actor), picture(store, before, after, actor)
    claims = claims_from_store(store)
    moved = [c.as_dict() for c in changes(claims, toll_places(store, claims))
             if c.before.published <= before < c.after.published <= after
             and (actor is None or c.subject == actor)]

    appeared, ended = new["events"].keys() - old["events"].keys(), old["events"].keys() - new["events"].keys()
    rows = event_rows(store, sorted({new["events"][k] for k in appeared} | {old["events"][k] for k in ended}))

    def side(pic: dict, keys: set) -> list[dict]:
        return sorted(({"type": k[0], "mode": k[1] or None, "status": rows[pic["events"][k]]["status"],
                        "sentence": rows[pic["events"][k]]["sentence_text"]} for k in keys),
                      key=lambda x: (x["type"], x["sentence"]))

    return {
        "before": before, "after": after,
        "appeared": {
            "actors": sorted(new["actors"][k] for k in new["actors"].keys() - old["actors"].keys()),
            "places": sorted(new["places"][k] for k in new["places"].keys() - old["places"].keys()),
            "events": side(new, appeared),
        },
        "ended": {
            "actors": sorted(old["actors"][k] for k in old["actors"].keys() - new["actors"].keys()),
            "places": sorted(old["places"][k] for k in old["places"].keys() - new["places"].keys()),
            "events": side(old, ended),
        },
        "changed": moved,
    }

"""Hand-made records with counts on their events (no extractor involved): two reports of one
attack (3 killed, then 4 killed), a mass arrest ("dozens"), and a threat that killed no one."""

from __future__ import annotations

from dataclasses import replace

from web_records import at, entity, event, place, sentences

from sitroom.model import Article, EventCount, Record

ATTACK = ("Gunmen killed {n} soldiers near Kunduz on 4 May. "
          "Police arrested dozens of protesters in Kabul on 5 May. "
          "The militants threatened to kill 5 hostages.")
GUNMEN = ("armed:gunmen", "Gunmen", "armed_group", "AFG")
POLICE = ("AFG-COP", "Police", "organization", "AFG")
MILITANTS = ("armed:militants", "militants", "armed_group", "AFG")


def count(text: str, kind: str, words: str, low: float, high: float | None, sentence) -> EventCount:
    m = at(text, words)
    return EventCount(kind, low, low, high, "people", words, m.start, m.end, sentence,
                      approximate=high != low)


def report(killed: int = 3, published: str = "2021-05-06", title: str = "Attack <i>near</i> Kunduz") -> Record:
    """One report: an attack with ``killed`` dead, a mass arrest, and a threat (hypothetical)."""
    text = ATTACK.format(n=killed)
    art = Article(text=text, source=f"attack-{published}.txt", title=title, published=published)
    doc = art.id
    attack = event(doc, text, "killed", "ASSAULT", ["armed:gunmen"], [], ("2021-05-04", "2021-05-04"),
                   "geonames:1135689")
    arrest = event(doc, text, "arrested", "COERCE", ["AFG-COP"], [], ("2021-05-05", "2021-05-05"),
                   "geonames:1138958")
    threat = event(doc, text, "threatened", "THREATEN", ["armed:militants"], [], ("2021-05-06", "2021-05-06"),
                   status="hypothetical")
    return Record(
        article=art,
        entities=(entity(GUNMEN, text, "Gunmen"), entity(POLICE, text, "Police"),
                  entity(MILITANTS, text, "militants")),
        places=(place("geonames:1135689", "Kunduz", 36.73, 68.86, "AFG", text, "Kunduz", "city"),
                place("geonames:1138958", "Kabul", 34.53, 69.17, "AFG", text, "Kabul", "city")),
        events=(replace(attack, counts=(count(text, "killed", f"{killed} soldiers", killed, killed, attack.sentence),)),
                replace(arrest, counts=(count(text, "arrested", "dozens of protesters", 24, 99, arrest.sentence),)),
                replace(threat, counts=(count(text, "killed", "5 hostages", 5, 5, threat.sentence),))),
        sentences=sentences(text),
    )


def fill_tolls(store) -> tuple[Record, Record]:
    """Two reports of the attack (3 killed, later 4 killed), linked as one cross-document event."""
    first, second = report(3), report(4, "2021-05-07", "Kunduz toll rises")
    store.write(first)
    store.write(second)
    store.assign_clusters({second.events[i].id: first.events[i].id for i in range(3)})
    return first, second

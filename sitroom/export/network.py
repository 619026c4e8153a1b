"""GeoJSON of places and events, CSV of events, GraphML of the actor network."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from xml.etree import ElementTree as ET

from sitroom.analyze.plover import category
from sitroom.model import Record


def geojson(records: list[Record]) -> dict:
    """Places (one feature each, with mention counts) and events at their places."""
    features, places = [], {}
    for r in records:
        for p in r.places:
            entry = places.setdefault(p.id, {"place": p, "mentions": 0, "documents": set()})
            entry["mentions"] += len(p.mentions)
            entry["documents"].add(r.id)
    for pid, e in places.items():
        p = e["place"]
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                         "properties": {"kind": "place", "id": pid, "name": p.name,
                                        "country": p.country, "feature": p.feature,
                                        "precision": p.precision, "mentions": e["mentions"],
                                        "documents": sorted(e["documents"])}})
    for r in records:
        where = {p.id: p for p in r.places}
        for ev in r.events:
            p = where.get(ev.place) or (places[ev.place]["place"] if ev.place in places else None)
            if p is None:
                continue
            features.append({"type": "Feature",
                             "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                             "properties": {"kind": "event", "id": ev.id, "type": ev.type,
                                            "mode": ev.mode, "status": ev.status,
                                            "date_start": ev.date.start if ev.date else None,
                                            "date_end": ev.date.end if ev.date else None,
                                            "actors": list(ev.actors), "targets": list(ev.targets),
                                            "place": p.name, "document": r.id,
                                            "sentence": ev.sentence.text,
                                            "sentence_start": ev.sentence.start,
                                            "sentence_end": ev.sentence.end}})
    return {"type": "FeatureCollection", "features": features}


EVENT_COLUMNS = ("id", "document", "published", "date_start", "date_end", "type", "mode", "status",
                 "actors", "targets", "place", "sentence", "sentence_start", "sentence_end")


def events_csv(records: list[Record]) -> str:
    """One row per event, with actor and place names resolved."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for r in records:
        names = {e.id: e.name for e in r.entities}
        places = {p.id: p.name for p in r.places}
        for ev in r.events:
            writer.writerow([ev.id, r.id, r.article.published,
                             ev.date.start if ev.date else "", ev.date.end if ev.date else "",
                             ev.type, ev.mode or "", ev.status,
                             "; ".join(names.get(a, a) for a in ev.actors),
                             "; ".join(names.get(t, t) for t in ev.targets),
                             places.get(ev.place, ev.place or ""), ev.sentence.text,
                             ev.sentence.start, ev.sentence.end])
    return out.getvalue()


def graphml(records: list[Record]) -> str:
    """Actors as nodes; an edge for each pair that share an event, weighted, by quad class."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str], Counter] = {}
    for r in records:
        for e in r.entities:
            node = nodes.setdefault(e.id, {"name": e.name, "kind": e.kind, "country": e.country or "",
                                           "mentions": 0})
            node["mentions"] += len(e.mentions)
        for ev in r.events:
            people = sorted(set(ev.actors) | set(ev.targets))
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    cat = category(ev.type)
                    edges.setdefault((a, b), Counter())[cat.quad if cat else "other"] += 1
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key, target, typ in (("name", "node", "string"), ("kind", "node", "string"),
                             ("country", "node", "string"), ("mentions", "node", "int"),
                             ("weight", "edge", "int"), ("quads", "edge", "string")):
        ET.SubElement(root, "key", {"id": key, "for": target, "attr.name": key, "attr.type": typ})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="undirected")
    for nid in sorted(set(nodes) | {x for pair in edges for x in pair}):
        node = ET.SubElement(graph, "node", id=nid)
        for key, value in nodes.get(nid, {"name": nid, "kind": "other", "country": "",
                                          "mentions": 0}).items():
            ET.SubElement(node, "data", key=key).text = str(value)
    for (a, b), quads in sorted(edges.items()):
        edge = ET.SubElement(graph, "edge", source=a, target=b)
        ET.SubElement(edge, "data", key="weight").text = str(sum(quads.values()))
        ET.SubElement(edge, "data", key="quads").text = json.dumps(dict(quads))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

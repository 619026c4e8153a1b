"""Changes over time, the picture diff, the brief and the derived exports, on hand-made records."""

from __future__ import annotations

import json
from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest

from sitroom.analyze.changes import diff, store_changes
from sitroom.export import network
from sitroom.model import Quantity
from sitroom.store import open_store

from test_store import TEXT, make_record


def troops(value: float, text: str) -> Quantity:
    start = TEXT.index("7,000 troops")
    return Quantity(start=start, end=start + 12, text=text, value=value, unit="count",
                    counted="troop", subject="RUS", subject_name="Russia", attribute="troops")


@pytest.fixture()
def store():
    s = open_store(":memory:")
    old = make_record()
    s.write(replace(old, quantities=(troops(7000, "7,000 troops"),)))
    new = make_record(TEXT + " Later.", "2023-05-01")
    s.write(replace(new, quantities=(troops(2000, "2,000 troops"),)))
    return s


def test_a_figure_that_moved_is_a_change_with_both_sources(store):
    found = store_changes(store)
    assert len(found) == 1
    c = found[0]
    assert (c["subject"], c["attribute"], c["direction"]) == ("Russia", "troops", "down")
    assert (c["before"]["value"], c["after"]["value"]) == (7000, 2000)
    assert c["before"]["date"] == "2021-08-01" and c["after"]["date"] == "2023-05-01"


def test_diff_reports_what_changed_between_two_dates(store):
    result = diff(store, "2022-01-01", "2024-01-01")
    assert [c["attribute"] for c in result["changed"]] == ["troops"]
    assert result["appeared"]["actors"] == [] and result["ended"]["actors"] == []
    assert diff(store, "2024-01-01", "2025-01-01")["changed"] == []


def test_geojson_places_events_at_coordinates(store):
    fc = network.geojson(list(store.records()))
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == {"place", "event"}
    event = next(f for f in fc["features"] if f["properties"]["kind"] == "event")
    assert event["geometry"]["coordinates"] == [71.0, 38.5]
    assert "drills" in event["properties"]["sentence"]


def test_graphml_links_actors_that_share_an_event(store):
    root = ET.fromstring(network.graphml(list(store.records())))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    edges = root.findall(".//g:edge", ns)
    assert {(e.get("source"), e.get("target")) for e in edges} == {("RUS", "TJK")}
    weight = edges[0].find("g:data[@key='weight']", ns).text
    assert weight == "2"


def test_events_csv_names_actors_and_cites_the_sentence(store):
    lines = network.events_csv(list(store.records())).splitlines()
    assert lines[0].startswith("id,document,published")
    assert "Russia; Tajikistan" in lines[1] and "drills" in lines[1]


def test_brief_has_every_section_cited_and_a_map(store, tmp_path):
    from sitroom.analyze.brief import write_brief

    md, html = write_brief(store, tmp_path)
    text = md.read_text()
    for section in ("## Key actors", "## Timeline", "## Map", "## Figures",
                    "## Conflicting figures", "## Key quotes", "## Sources"):
        assert section in text
    assert "[1]" in text and "characters" in text
    svg = (tmp_path / "map.svg").read_text()
    assert "<circle" in svg and "<path" in svg
    assert "<svg" in html.read_text()
    json.dumps(text)


def test_two_reports_of_one_event_become_one_cross_document_event():
    from sitroom.analyze.crossdoc import link

    s = open_store(":memory:")
    first, second = make_record(), make_record(TEXT + " Reported again.", "2021-08-02")
    s.write(first)
    s.write(second)
    assert link(s, second) == {second.events[0].id: first.events[0].id}
    later = make_record(TEXT + " A year on.", "2022-08-02")
    moved = replace(later, events=(replace(later.events[0], date=replace(
        later.events[0].date, start="2022-08-01", end="2022-08-01")),))
    s.write(moved)
    assert link(s, moved) == {}


def test_events_without_a_calendar_date_are_not_linked():
    from sitroom.analyze.crossdoc import link

    s = open_store(":memory:")
    rec = make_record()
    undated = replace(rec, events=(replace(rec.events[0], date=replace(
        rec.events[0].date, start="XXXX-08-01", end="XXXX-08-01")),))
    s.write(undated)
    assert link(s, undated) == {}


def test_brief_leads_with_the_most_reported_events_and_keeps_undated_ones(tmp_path):
    from web_records import entity, event, sentences

    from sitroom.analyze.brief import BriefOptions, write_brief
    from sitroom.model import Article, Record

    text = ("Iran and Oman signed a deal on 3 May 2021. Iran recalled the 1979 revolution. "
            "Iran warned Israel.")
    iran, oman = ("IRN", "Iran", "country", "IRN"), ("OMN", "Oman", "country", "OMN")
    isr = ("ISR", "Israel", "country", "ISR")
    s = open_store(":memory:")
    firsts = []
    for n in range(3):  # three reports of the deal; history and an undated warning in each
        art = Article(text=text + " " * n, source=f"r{n}.txt", title=f"Report {n}",
                      published=f"2021-05-0{4 + n}")
        rec = Record(article=art, entities=(entity(iran, text, "Iran"), entity(oman, text, "Oman"),
                                            entity(isr, text, "Israel")),
                     events=(event(art.id, text, "signed", "AGREE", ["IRN"], ["OMN"],
                                   ("2021-05-03", "2021-05-03")),
                             event(art.id, text, "revolution", "PROTEST", ["IRN"], [],
                                   ("1979", "1979")),
                             event(art.id, text, "warned", "THREATEN", ["IRN"], ["ISR"])),
                     sentences=sentences(text))
        s.write(rec)
        firsts.append(rec.events[0].id)
    s.assign_clusters({eid: firsts[0] for eid in firsts[1:]})
    md, html = write_brief(s, tmp_path, BriefOptions(actor="Iran"))
    text_md = md.read_text()
    assert "**2021-05-03** AGREE, occurred: Iran → Oman (3 reports)" in text_md
    assert "1979" not in text_md.split("## Timeline")[1].split("## Map")[0]  # history is not news
    assert "THREATEN, occurred: Iran → Israel" in text_md  # undated, listed apart, not dropped
    assert 'name="viewport"' in html.read_text()


def test_an_event_toll_meets_a_quantity_toll_of_another_report():
    from sitroom.analyze.conflicts import find_conflicts
    from sitroom.model import EventCount, Mention

    s = open_store(":memory:")
    base = make_record()
    ev = base.events[0]
    text = base.article.text
    count = EventCount("killed", 77.0, 77.0, 77.0, "people", "77 killed", 0, 9, Mention(0, 69, text[:69]))
    earlier = EventCount("killed", 130.0, 130.0, 130.0, "people", "130 killed", 10, 20, Mention(0, 69, text[:69]))
    s.write(replace(base, quantities=(), events=(replace(ev, counts=(count,)),)))
    other = make_record(TEXT + " Again.", "2021-08-02")
    toll = Quantity(start=0, end=3, text="84", value=84.0, unit="count", subject="toll:tajikistan",
                    subject_name="Tajikistan attack", attribute="killed")
    s.write(replace(other, quantities=(toll,)))
    found = find_conflicts(s)
    assert [sorted(c["value"] for c in f["claims"]) for f in found] == [[77.0, 84.0]]
    recalled = replace(ev, counts=(earlier,), date=replace(ev.date, start="2020-01-01", end="2020-01-01"))
    s2 = open_store(":memory:")
    s2.write(replace(base, quantities=(), events=(recalled,)))
    s2.write(replace(other, quantities=(toll,)))
    assert find_conflicts(s2) == []


def test_a_city_toll_meets_its_districts_toll_when_the_report_is_about_the_district():
    from sitroom.analyze.conflicts import find_conflicts
    from sitroom.model import Mention, Place

    def report(text: str, value: float, words: str, key: str, published: str):
        rec = make_record(text, published)
        spots = {"Croydon": ("geonames:2651817", 51.38333, -0.1), "London": ("geonames:2643743", 51.50853, -0.12574)}
        places = tuple(Place(pid, name, lat, lon, "GBR", "city", "city",
                             tuple(_all(name, text)))
                       for name, (pid, lat, lon) in spots.items())
        q = Quantity(start=text.index(words), end=text.index(words) + len(words), text=words, value=value,
                     unit="count", counted="people", subject=f"toll:{key}", subject_name=f"{key.title()} crash",
                     attribute="killed")
        first = text.index(".") + 1
        return replace(rec, entities=(), places=places, events=(), quantities=(q,), quotes=(), timexes=(),
                       sentences=(Mention(0, first, text[:first]), Mention(first + 1, len(text), text[first + 1:])))

    s = open_store(":memory:")
    s.write(report("A tram overturned in Croydon, south London. Seven people died in Croydon.",
                   7.0, "Seven people", "croydon", "2016-11-09"))
    s.write(report("Tram crash in Croydon. Eight people died in London, police said of Croydon.",
                   8.0, "Eight people", "london", "2016-11-09"))
    found = find_conflicts(s)
    assert [(f["subject_id"], sorted(c["value"] for c in f["claims"])) for f in found] == [("toll:croydon", [7.0, 8.0])]


def _all(word: str, text: str) -> list:
    from sitroom.model import Mention

    out, i = [], text.find(word)
    while i >= 0:
        out.append(Mention(i, i + len(word), word))
        i = text.find(word, i + 1)
    return out

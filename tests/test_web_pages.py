"""Every page at desktop (1400x900) and phone (390x844) size in Debian's Chromium, and the checks
an analyst would make: the map's markers and labels in the right countries, the overview leading
with the newest reports, paging through every actor, a phrase search, merging a duplicate.

Hand-made records only (no model). Screenshots go to tests/output/ (not committed).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from web_records import TEXT_2021, fill
from web_server import running

from sitroom.model import Article, Entity, Mention, Record
from sitroom.store import open_store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "output"
SIZES = {"desktop": (1400, 900), "phone": (390, 844)}
ACTORS = 120  # made-up actors in one more document: three pages of 50 with the others


def crowd() -> Record:
    """A document naming ACTORS people, two of them likely one person (Sergei/Sergey Lavrov)."""
    names = [f"Member {chr(65 + i % 26)}{i:03d}x" for i in range(ACTORS)] + ["Sergei Lavrov", "Sergey Lavrov"]
    text = " ".join(f"{n} spoke." for n in names)
    ents, pos = [], 0
    for i, n in enumerate(names):
        start = text.index(n, pos)
        pos = start + len(n)
        key = "person:" + re.sub(r"\W+", "-", n.lower())
        ents.append(Entity(key, n, "person", "RUS" if "Lavrov" in n else None,
                           (Mention(start, pos, n),) * (1 if i % 2 else 2)))
    art = Article(text=text, source="crowd.txt", title="A crowded [/b] meeting", published="2021-07-01")
    return Record(article=art, entities=tuple(ents))


def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def make_store(path: Path):
    store = open_store(str(path))
    a, b = fill(store)
    store.write(crowd())
    store.close()
    return a, b


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from sitroom.web import create_app

    db = tmp_path_factory.mktemp("pages") / "pages.db"
    a, b = make_store(db)
    with running(create_app(str(db), nlp_factory=blank_nlp)) as base:
        yield base, a, b


def open_page(browser, size: str):
    w, h = SIZES[size]
    ctx = browser.new_context(viewport={"width": w, "height": h})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("requestfailed", lambda r: pg.errors.append(f"request failed: {r.url}"))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    return ctx, pg


@pytest.fixture(params=sorted(SIZES))
def page(request, browser):
    ctx, pg = open_page(browser, request.param)
    pg.size = request.param
    yield pg
    ctx.close()
    assert not pg.errors, pg.errors


def shot(page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"page-{name}-{page.size}.png"), full_page=True)


def overflow(page) -> int:
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def pages(a, b) -> dict[str, str]:
    return {"overview": "/", "documents": "/documents", "document": f"/documents/{b.id}",
            "actors": "/entities", "actor": "/entities/RUS", "duplicates": "/entities/duplicates",
            "map": "/map", "timeline": "/timeline", "conflicts": "/conflicts",
            "search": "/search?q=%22joint+drills%22", "ingest": "/ingest"}


def test_every_page_fits_the_window_without_errors(site, page):
    base, a, b = site
    for name, path in pages(a, b).items():
        page.goto(base + path)
        if name == "map":
            page.wait_for_selector("#map[data-ready]", timeout=20_000)
        if name == "timeline":
            page.wait_for_selector("#timeline[data-ready]")
        assert overflow(page) <= 0, f"{path} is {overflow(page)} px too wide at {page.size} size"
        assert page.locator("header.top input[name=q]").is_visible(), f"no search box on {path}"
        shot(page, name)
    assert page.evaluate("() => document.querySelector('meta[name=viewport]').content").startswith(
        "width=device-width")


def test_the_map_labels_and_places_markers_in_their_countries(site, page):
    import shapely.geometry

    from sitroom.web.borders import borders_geojson

    base, _, _ = site
    page.goto(base + "/map")
    page.wait_for_selector("#map[data-ready]", timeout=20_000)
    drawn = page.evaluate("""() => window.sitroomEvents.getLayers().map(l => {
        const p = l.getLatLng(); return [l.options.name, p.lat, p.lng]; })""")
    countries = {f["properties"]["id"]: shapely.geometry.shape(f["geometry"])
                 for f in json.loads(borders_geojson())["features"]}
    expected = {"Tajikistan": "TJK", "Afghanistan": "AFG"}
    assert {name for name, _, _ in drawn} == set(expected)
    for name, lat, lon in drawn:
        assert countries[expected[name]].contains(shapely.geometry.Point(lon, lat)), name
    # as a user would: zoom in until no marker is inside a cluster, then read the labels
    page.evaluate("""() => {
        const group = window.sitroomEvents, map = window.sitroomMap;
        while (group.getLayers().some(l => group.getVisibleParent(l) !== l) && map.getZoom() < map.getMaxZoom())
            map.setZoom(map.getZoom() + 1, {animate: false});
    }""")
    labels = page.locator(".map-label").all_inner_texts()
    assert sorted(t.split(" · ")[0] for t in labels) == sorted(expected), labels
    centre = page.evaluate("() => window.sitroomMap.getCenter()")
    assert 30 <= centre["lat"] <= 45 and 60 <= centre["lng"] <= 80  # fitted to the data


def test_the_map_actor_filter_filters_every_layer(site, page):
    base, _, _ = site
    page.goto(base + "/map?actor=Taliban")
    page.wait_for_selector("#map[data-ready]", timeout=20_000)
    events = page.evaluate("() => window.sitroomEvents.getLayers().length")
    places = json.loads(page.evaluate("() => fetch('/map.json?actor=Taliban').then(r => r.text())"))
    everything = json.loads(page.evaluate("() => fetch('/map.json').then(r => r.text())"))
    assert events == 0  # the Taliban's one event has no place
    assert {p["id"] for p in places["places"]} == {"country:AFG"}  # only its document's place
    assert len(everything["places"]) == 2


def test_the_overview_leads_with_the_newest_reports(site, page):
    base, a, b = site
    page.goto(base + "/")
    first = page.locator("table.events tbody tr").first
    assert "reported 2021-08-05" in first.locator(".src").inner_text()  # b, the newest with events
    assert "Joint drills" in first.locator(".src").inner_text()


def test_paging_through_every_actor(site, page):
    base, _, _ = site
    page.goto(base + "/entities")
    total = int(page.locator("h1 small").inner_text().replace(",", ""))
    seen: list[str] = []
    for _ in range(10):
        seen += page.locator("#entities tbody tr td:first-child a").all_inner_texts()
        nxt = page.locator("nav.pager a[rel=next]").first
        if not nxt.count():
            break
        nxt.click()
        page.wait_for_load_state()
    assert total >= ACTORS + 2 and len(seen) == total and len(set(seen)) == total
    assert "101–" in page.locator("nav.pager .count").first.inner_text()
    page.goto(base + "/entities?sort=name")  # sorting by a header link keeps to one order
    names = page.locator("#entities tbody tr td:first-child a").all_inner_texts()
    assert names == sorted(names, key=str.lower)
    page.locator(".facet[data-facet=country] a.chip", has_text="RUS").click()
    page.wait_for_url(re.compile(r"country=RUS"))
    assert set(page.locator("#entities tbody tr td:first-child a").all_inner_texts()) == {
        "Russia", "Sergei Lavrov", "Sergey Lavrov"}


def test_a_phrase_search_from_the_header(site, page):
    base, _, b = site
    page.goto(base + "/documents")
    box = page.locator("header.top input[name=q]")
    box.fill('"joint drills"')
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    results = page.locator("ol.results li")
    assert results.count() == 1
    assert results.first.locator(".snippet mark").all_inner_texts() == ["joint drills"]
    assert results.first.locator("a mark").all_inner_texts() == ["Joint drills"]  # in the title
    assert b.id in results.first.locator("a").first.get_attribute("href")
    page.goto(base + "/search?q=%22drills+joint%22")
    assert page.locator("ol.results li").count() == 0
    assert "joint drills" in TEXT_2021


def test_the_timeline_on_a_phone_keeps_sentences_readable(site, browser):
    base, _, _ = site
    ctx, pg = open_page(browser, "phone")
    pg.goto(base + "/timeline")
    pg.wait_for_selector("#timeline[data-ready]")
    width = pg.evaluate("() => document.querySelector('table.events td.sentence').getBoundingClientRect().width")
    assert width >= 300  # the sentence takes the screen's width, not a squeezed column
    ctx.close()


def test_merging_a_duplicate_from_the_review_screen(tmp_path, browser):
    from sitroom.web import create_app

    make_store(tmp_path / "merge.db")
    with running(create_app(str(tmp_path / "merge.db"), nlp_factory=blank_nlp)) as base:
        ctx, pg = open_page(browser, "phone")
        pg.goto(base + "/entities/duplicates")
        row = pg.locator("#duplicates tbody tr", has_text="Lavrov").first
        assert "Sergei Lavrov" in row.inner_text() and "Sergey Lavrov" in row.inner_text()
        row.locator("button", has_text="Merge").click()
        pg.wait_for_url(re.compile(r"merged="))
        assert pg.locator(".notice").is_visible()
        assert pg.locator("#duplicates tbody tr", has_text="Lavrov").count() == 0
        pg.goto(base + "/entities?q=Lavrov")
        assert pg.locator("#entities tbody tr").count() == 1
        ctx.close()
        assert not pg.errors, pg.errors


def test_the_map_fits_two_far_apart_theatres(tmp_path, browser):
    """Events in the US and in Korea: both in view, not a map of Europe between them."""
    from web_records import event, place, sentences

    from sitroom.web import create_app

    text = "US forces drilled in Washington. Korean forces drilled in Seoul."
    db = tmp_path / "theatres.db"
    with open_store(str(db)) as store:
        for n in range(3):
            art = Article(text=text + " " * n, source=f"t{n}.txt", title=f"Drills {n}",
                          published=f"2021-05-0{n + 1}")
            store.write(Record(
                article=art,
                places=(place("city:wdc", "Washington", 38.9, -77.0, "USA", text, "Washington", "city"),
                        place("city:seoul", "Seoul", 37.57, 126.98, "KOR", text, "Seoul", "city")),
                events=(event(art.id, text, "drilled", "MOBILIZE", ["USA"], [], None, "city:wdc"),
                        event(art.id, text, "drilled in Seoul", "MOBILIZE", ["KOR"], [], None,
                              "city:seoul")),
                sentences=sentences(text)))
    with running(create_app(str(db))) as base:
        ctx, pg = open_page(browser, "desktop")
        pg.goto(base + "/map")
        pg.wait_for_selector("#map[data-ready]", timeout=20_000)
        inside = pg.evaluate("""() => [[38.9, -77.0], [37.57, 126.98]].map(
            p => window.sitroomMap.getBounds().contains(p))""")
        ctx.close()
    assert inside == [True, True]
    assert not pg.errors, pg.errors

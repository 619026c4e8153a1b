"""The web UI in a real browser: Debian's Chromium driven by Playwright, server on loopback.

Two stores: hand-made records (no model: checks the UI itself) and the two seed articles run
through the real pipeline (marked ``model``: checks what an analyst sees on them). Screenshots go
to tests/output/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_records import fill
from web_server import running

from sitroom.store import open_store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "output"
THIRD = ROOT / "tests" / "data" / "web_third_article.txt"
CENTRAL_ASIA = (30.0, 56.0, 45.0, 90.0)  # lat min/max, lon min/max (with Afghanistan)


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
    assert not errors, errors  # no script errors, nothing fetched from anywhere but the app


def shot(page, name: str, full: bool = True) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"web-{name}.png"), full_page=full)


def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="module")
def handmade(tmp_path_factory):
    from sitroom.web import create_app

    db = str(tmp_path_factory.mktemp("web") / "handmade.db")
    store = open_store(db)
    a, b = fill(store)
    store.close()
    with running(create_app(db, nlp_factory=blank_nlp)) as base:
        yield base, a, b


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, real_nlp):
    """The two seed articles through the real pipeline, served with the real model."""
    from sitroom.ingest import read
    from sitroom.ingest_run import IngestOptions, ingest_articles
    from sitroom.web import create_app

    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    store = open_store(db)
    failed = []
    ingest_articles(read([ROOT / "examples"]), store, real_nlp, IngestOptions(progress=False),
                    lambda outcome, item: failed.append(item) if outcome == "failed" else None)
    store.close()
    assert not failed, failed
    with running(create_app(db, nlp_factory=lambda: real_nlp)) as base:
        yield base


def map_markers(page) -> list[list[float]]:
    """[lat, lon, events] of every event marker, drawn alone or inside a cluster."""
    page.wait_for_selector("#map[data-ready]", timeout=20_000)
    return page.evaluate("""() => window.sitroomEvents.getLayers().map(l => {
        const p = l.getLatLng(); return [p.lat, p.lng, l.options.count];
    })""")


def open_marker(page, lat: float, lon: float) -> None:
    """Open the popup of the event marker at (lat, lon), splitting its cluster if it is in one."""
    page.evaluate("""async ([lat, lon]) => {
        const group = window.sitroomEvents, map = window.sitroomMap;
        const mk = group.getLayers().find(l => {
            const p = l.getLatLng(); return p.lat === lat && p.lng === lon;
        });
        const settle = () => new Promise(r => setTimeout(r, 400));
        if (group.getVisibleParent(mk) !== mk) {
            map.setView(mk.getLatLng(), map.getMaxZoom(), {animate: false});
            await settle();
        }
        const parent = group.getVisibleParent(mk);
        if (parent && parent !== mk) { parent.spiderfy(); await settle(); }
        mk.openPopup();
    }""", [lat, lon])


def map_centre(page) -> tuple[float, float]:
    c = page.evaluate("() => window.sitroomMap.getCenter()")
    return c["lat"], c["lng"]


def in_central_asia(lat: float, lon: float) -> bool:
    return CENTRAL_ASIA[0] <= lat <= CENTRAL_ASIA[1] and CENTRAL_ASIA[2] <= lon <= CENTRAL_ASIA[3]


# -- hand-made store: the UI itself ----------------------------------------------------------

def test_map_draws_borders_and_event_markers_with_sentence_popups(handmade, page):
    base, _, _ = handmade
    page.goto(base + "/map")
    markers = map_markers(page)
    assert len(markers) == 2 and all(in_central_asia(lat, lon) for lat, lon, _ in markers)
    assert in_central_asia(*map_centre(page))
    assert page.locator("path.leaflet-interactive").count() > 200  # country borders
    open_marker(page, *markers[0][:2])
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("blockquote.source-sentence").count() >= 1
    assert popup.locator("a[href^='/documents/']").count() >= 1
    shot(page, "handmade-map", full=False)


def test_document_marks_link_to_entities_and_escape_markup(handmade, page):
    base, _, b = handmade
    page.goto(f"{base}/documents/{b.id}")
    kremlin = page.locator("#text mark.m-actor", has_text="the Kremlin")
    assert kremlin.get_attribute("data-href") == "/entities/RUS"
    assert "Russia" in kremlin.get_attribute("data-label")
    assert page.locator("#text script").count() == 0
    assert "<script>alert('x')</script>" in page.locator("#text").inner_text()
    page.locator("#legend input[data-kind=actor]").uncheck()
    assert "hide-actor" in page.locator("#text").get_attribute("class")
    shot(page, "handmade-document")
    kremlin.click()
    page.wait_for_url(re.compile(r"/entities/RUS$"))
    assert page.locator("h1").inner_text().startswith("Russia")


def test_timeline_draws_dated_events_and_zooms(handmade, page):
    base, _, _ = handmade
    page.goto(base + "/timeline")
    page.wait_for_selector("#timeline[data-ready]")
    assert page.locator("#timeline a.tl-event").count() == 3  # the undated one is listed only
    assert page.locator("table.events tbody tr").count() == 4
    before = page.locator("#timeline svg text").all_inner_texts()
    page.click("[data-zoom=in]")
    page.click("[data-zoom=in]")
    assert page.locator("#timeline svg text").all_inner_texts() != before
    shot(page, "handmade-timeline")


def test_pasted_text_appears_in_the_document_list(handmade, page):
    base, _, _ = handmade
    page.goto(base + "/ingest")
    page.fill("textarea[name=text]", "Kazakhstan and China opened a new border crossing at Khorgos.")
    page.fill("input[name=title]", "New crossing")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]{16}$"))
    assert page.locator("h1").inner_text() == "New crossing"
    page.goto(base + "/documents")
    assert page.locator("#documents a", has_text="New crossing").count() == 1


def test_overview_and_conflicts_pages(handmade, page):
    base, _, _ = handmade
    page.goto(base + "/")
    assert page.locator(".card").count() == 8
    shot(page, "handmade-overview")
    page.goto(base + "/conflicts")
    claims = page.locator(".conflict .claim .value").all_inner_texts()
    assert claims[:2] == ["1,200 km", "1,303 km"]
    shot(page, "handmade-conflicts")


# -- the seeds through the real pipeline -------------------------------------------------------

@pytest.mark.model
def test_seed_map_shows_events_in_central_asia_with_source_sentences(seeds, page):
    page.goto(seeds + "/map")
    markers = map_markers(page)
    assert markers, "no event markers on the seed map"
    inside = sum(n for lat, lon, n in markers if in_central_asia(lat, lon))
    assert inside >= 0.4 * sum(n for _, _, n in markers), markers
    assert in_central_asia(*map_centre(page)), "the map does not open on Central Asia"
    biggest = max(markers, key=lambda m: m[2])
    open_marker(page, *biggest[:2])
    sentence = page.locator(".leaflet-popup-content blockquote.source-sentence").first
    sentence.wait_for()
    text = sentence.inner_text()
    assert len(text.split()) >= 4
    link = page.locator(".leaflet-popup-content a[href^='/documents/']").first.get_attribute("href")
    shot(page, "seeds-map", full=False)
    page.goto(seeds + link.split("#")[0])
    assert text[:40] in page.locator("#text").inner_text()


@pytest.mark.model
def test_seed_document_highlights_the_kremlin_as_russia(seeds, page):
    page.goto(seeds + "/documents")
    found = 0
    for i in range(page.locator("#documents tbody a").count()):
        page.goto(seeds + "/documents")
        page.locator("#documents tbody a").nth(i).click()
        page.wait_for_selector("#text")
        marks = page.locator("#text mark.m-actor", has_text=re.compile(r"^(the )?Kremlin$", re.IGNORECASE))
        for j in range(marks.count()):
            mark = marks.nth(j)
            before = mark.evaluate("m => (m.previousSibling && m.previousSibling.textContent) || ''")
            if mark.inner_text().lower().startswith("the") or before.lower().endswith("the "):
                assert mark.get_attribute("data-href") == "/entities/RUS"
                assert "Russia" in mark.get_attribute("data-label")
                found += 1
        if found:
            mark.scroll_into_view_if_needed()
            mark.hover()
            shot(page, f"seeds-document-{i}", full=False)
    assert found >= 2, "'the Kremlin' is not highlighted as Russia in the seeds"


@pytest.mark.model
def test_uploading_a_third_article_shows_it_in_the_list_and_on_the_timeline(seeds, page):
    page.goto(seeds + "/ingest")
    page.set_input_files("input[type=file]", str(THIRD))
    page.fill("input[name=published]", "2021-09-10")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]{16}$"), timeout=60_000)
    doc_url = page.url
    title = page.locator("h1").inner_text()
    assert "Uzbekistan" in title
    page.goto(seeds + "/documents")
    assert page.locator("#documents a", has_text=title).count() == 1
    assert page.locator("#documents tbody tr").count() == 3
    page.goto(seeds + "/timeline")
    page.wait_for_selector("#timeline[data-ready]")
    doc_path = doc_url.split(seeds, 1)[1]
    rows = page.locator(f"table.events a[href^='{doc_path}#']")
    assert rows.count() >= 1, "the new article's events are not on the timeline"
    assert page.locator(f"#timeline a.tl-event[href^='{doc_path}#']").count() >= 1
    shot(page, "seeds-timeline")

"""Counts on events in a real browser at phone size (Debian's Chromium): the timeline's counts and
its "With fatalities" filter, the map's popups and its fatalities layer with a size key.

Hand-made records only (no model). Screenshots go to tests/output/ (not committed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tolls_support import fill_tolls, report
from web_records import fill
from web_server import running

from sitroom.store import open_store

pytestmark = pytest.mark.browser

OUT = Path(__file__).resolve().parents[1] / "tests" / "output"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from sitroom.web import create_app

    db = str(tmp_path_factory.mktemp("tolls") / "tolls.db")
    with open_store(db) as s:
        fill(s)
        fill_tolls(s)
        s.write(report(7, "2021-06-01", "Markup <b>counts</b>"))
    with running(create_app(db, warm=False)) as base:
        yield base


@pytest.fixture()
def phone(browser):
    ctx = browser.new_context(viewport=PHONE)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
    assert not errors, errors


def overflow(page) -> int:
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def test_the_timeline_on_a_phone_shows_counts_and_filters_fatal_events(site, phone):
    phone.goto(site + "/timeline")
    phone.wait_for_selector("#timeline[data-ready]")
    assert "dozens (24–99) arrested" in phone.locator("table.events .counts").all_inner_texts()
    phone.locator("label", has_text="With fatalities").locator("input").check()
    phone.locator("#filters button").click()
    phone.wait_for_url("**min_killed=1**")
    phone.wait_for_selector("#timeline[data-ready]")
    counts = phone.locator("table.events .counts")
    assert sorted(counts.all_inner_texts()) == ["3 killed", "4 killed", "7 killed"]
    assert all(counts.nth(i).is_visible() for i in range(counts.count()))
    assert overflow(phone) <= 0
    OUT.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(OUT / "tolls-timeline-phone.png"), full_page=True)


def test_the_map_on_a_phone_shows_tolls_in_popups_and_a_fatalities_layer(site, phone):
    phone.goto(site + "/map")
    phone.wait_for_selector("#map[data-ready]", timeout=20_000)
    # Zoom straight onto Kunduz (no animation) and wait, bounded, until its marker leaves its
    # cluster. markercluster's zoomToShowLayer waits for a "moveend" that may never come (a
    # circle marker has no icon), and an unbounded promise once hung CI for 90 minutes.
    kunduz = 'window.sitroomEvents.getLayers().find(l => l.options.name === "Kunduz")'
    phone.evaluate(f"""() => {{ const mk = {kunduz}, map = window.sitroomEvents._map;
        map.setView(mk.getLatLng(), map.getMaxZoom(), {{animate: false}}); }}""")
    phone.wait_for_function(f"() => window.sitroomEvents._map.hasLayer({kunduz})", timeout=20_000)
    phone.evaluate(f"() => {kunduz}.openPopup()")
    popup = phone.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "11 killed" in text and "7 killed" in text and "4 killed" in text
    assert "Markup <b>counts</b>" in text and popup.locator("b").count() == 0  # titles are text, never markup
    phone.locator(".leaflet-control-layers label", has_text="Fatalities").click()
    assert phone.locator("path.fatality-marker").count() == 1  # Kunduz; Kabul's arrests killed no one
    key = phone.locator("#fatality-key")
    assert key.is_visible() and key.locator("text").all_text_contents() == ["1", "10", "100"]
    assert overflow(phone) <= 0
    phone.screenshot(path=str(OUT / "tolls-map-phone.png"), full_page=True)

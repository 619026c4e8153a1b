"""Counts on events as an analyst sees them: on the timeline (library, CLI, web page), on the map
and in the brief, with totals that count each event once. Hand-made records only (no model)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from tolls_support import fill_tolls, report
from web_records import fill

from sitroom.analyze.timeline import TimelineFilter, query
from sitroom.analyze.tolls import counts_text, figure_rows, totals
from sitroom.cli import main
from sitroom.model import EventCount, Mention
from sitroom.store import open_store

SENT = Mention(0, 10, "x" * 10)


def made(kind, value, low, high, text, unit="people", approximate=False) -> EventCount:
    return EventCount(kind, value, low, high, unit, text, 0, len(text), SENT, approximate)


@pytest.mark.parametrize("count, shown", [
    (made("killed", 3.0, 3.0, 3.0, "3 soldiers"), "3 killed"),
    (made("killed", 84.0, 84.0, None, "at least 84 people", approximate=True), "at least 84 killed"),
    (made("killed", 84.0, 84.0, None, "more than 84 people", approximate=True), "more than 84 killed"),
    (made("wounded", 24.0, 24.0, 99.0, "dozens of shoppers", approximate=True), "dozens (24–99) wounded"),
    (made("arrested", 3.0, 3.0, 9.0, "several insurgents", approximate=True), "several (3–9) arrested"),
    (made("killed", 20.0, 20.0, 30.0, "between 20 and 30 soldiers"), "20–30 killed"),
    (made("killed", 50.0, 50.0, 50.0, "some 50 people", approximate=True), "some 50 killed"),
    (made("killed", 10.0, None, 10.0, "up to 10 people", approximate=True), "up to 10 killed"),
    (made("arrested", 1.0, 1.0, 1.0, "a Taliban leader"), "1 arrested"),
    (made("displaced", 5000.0, 5000.0, 5000.0, "5,000 residents"), "5,000 displaced"),
    (made("troops", 7000.0, 7000.0, 7000.0, "7,000 troops"), "7,000 troops"),
    (made("money", 2e8, 2e8, 2e8, "$200 million", "USD"), "200 million USD"),
    (made("money", 1e8, 1e8, 9.99e8, "hundreds of millions of dollars", "USD", True),
     "hundreds of millions of dollars (100 million–999 million USD)"),
])
def test_each_count_reads_as_the_text_wrote_it(count, shown):
    assert counts_text([count]) == shown


def test_a_figure_said_twice_is_shown_once_and_others_in_text_order():
    twice = [made("killed", 49.0, 49.0, 49.0, "49"), made("wounded", 53.0, 53.0, 53.0, "53 others"),
             made("killed", 49.0, 49.0, 49.0, "49 people")]
    assert counts_text(twice) == "49 killed, 53 wounded"


def test_counts_of_an_act_that_did_not_happen_say_so():
    threat = [made("killed", 5.0, 5.0, 5.0, "5 hostages")]
    assert counts_text(threat, "hypothetical") == "5 killed (hypothetical)"
    assert counts_text(threat, "occurred") == "5 killed"


@pytest.fixture()
def store():
    s = open_store(":memory:")
    fill(s)
    fill_tolls(s)
    yield s
    s.close()


def test_totals_count_each_event_once_with_its_highest_report(store):
    found = totals(figure_rows(store, ["1 = 1"], ()))
    assert set(found) == {"killed", "arrested"}  # the threat to kill 5 killed no one
    assert found["killed"].text == "4 killed" and len(found["killed"].events) == 1  # 3, then 4: not 7
    assert found["arrested"].text == "dozens (24–99) arrested"


def test_timeline_items_carry_their_counts_and_filter_by_killed(store):
    shown = {(i.document_title, counts_text(i.counts, i.status)) for i in query(store, TimelineFilter())}
    assert ("Attack <i>near</i> Kunduz", "3 killed") in shown
    assert ("Kunduz toll rises", "4 killed") in shown
    assert ("Kunduz toll rises", "5 killed (hypothetical)") in shown
    fatal = query(store, TimelineFilter(min_killed=1))
    assert sorted(counts_text(i.counts) for i in fatal) == ["3 killed", "4 killed"]
    assert [i.document_title for i in query(store, TimelineFilter(min_killed=4))] == ["Kunduz toll rises"]
    (merged,) = query(store, TimelineFilter(min_killed=1, merge=True))
    assert merged.reports == 2 and counts_text(merged.counts) == "4 killed"  # the highest report


def test_the_timeline_command_shows_counts_and_takes_min_killed(store, tmp_path):
    db = str(tmp_path / "tolls.db")
    with open_store(db) as s:
        fill_tolls(s)
    runner = CliRunner()
    table = runner.invoke(main, ["timeline", "--db", db])
    assert table.exit_code == 0, table.output
    assert "ASSAULT (occurred) · 3 killed" in table.output
    assert "COERCE (occurred) · dozens (24–99) arrested" in table.output
    assert "5 killed (hypothetical)" in table.output
    rows = json.loads(runner.invoke(main, ["timeline", "--db", db, "--min-killed", "4", "--format", "json"]).output)
    assert [(r["counts"], r["killed"], r["title"]) for r in rows] == [("4 killed", 4, "Kunduz toll rises")]
    csv = runner.invoke(main, ["timeline", "--db", db, "--format", "csv"]).output.splitlines()
    assert csv[0].endswith("counts,killed,wounded,arrested")
    threat = next(line for line in csv if "threatened" in line)
    assert threat.endswith("5 killed (hypothetical),,,")  # no dead in the killed column
    bad = runner.invoke(main, ["timeline", "--db", db, "--min-killed", "0"])
    assert bad.exit_code == 2 and "--min-killed" in bad.output


def test_the_brief_totals_the_period_and_counts_each_event(store, tmp_path):
    from sitroom.analyze.brief import write_brief

    md, html = write_brief(store, tmp_path)
    text = md.read_text()
    total = next(line for line in text.splitlines() if line.startswith("**Killed, wounded, arrested**"))
    assert "**4 killed** in 1 event [1]" in total and "**dozens (24–99) arrested** in 1 event [2]" in total
    notes = dict(re.findall(r"^(\d+)\. (.*)$", text, re.MULTILINE))
    assert "Gunmen killed 4 soldiers" in notes["1"] and "Police arrested dozens" in notes["2"]
    attack = next(line for line in text.splitlines() if "ASSAULT" in line)
    assert "(2 reports) — **4 killed**" in attack  # the figure its total adds up, both reports cited
    assert len(re.findall(r"\[\d+\]", attack)) == 2
    assert "**5 killed (hypothetical)**" in text
    page = html.read_text()
    assert "<strong>4 killed</strong> in 1 event" in page
    assert "<i>" not in page and "Attack &lt;i&gt;near&lt;/i&gt; Kunduz" in page  # titles are text


def test_a_brief_without_counts_says_none_were_counted(tmp_path):
    from sitroom.analyze.brief import write_brief

    with open_store(":memory:") as s:
        fill(s)
        md, _ = write_brief(s, tmp_path)
    assert "**Killed, wounded, arrested** (2012–2022): none counted in the events." in md.read_text()


@pytest.fixture()
def client(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from sitroom.web import create_app

    db = str(tmp_path / "web.db")
    with open_store(db) as s:
        fill(s)
        fill_tolls(s)
        s.write(report(7, "2021-06-01", "Markup <b>counts</b>"))
    return TestClient(create_app(db, warm=False))


def test_the_timeline_page_shows_counts_and_filters_fatal_events(client):
    page = client.get("/timeline").text
    shown = re.findall(r'<div class="counts">([^<]*)</div>', page)
    assert {"3 killed", "4 killed", "7 killed", "dozens (24–99) arrested", "5 killed (hypothetical)"} <= set(shown)
    fatal = client.get("/timeline?min_killed=1").text
    assert sorted(re.findall(r'<div class="counts">([^<]*)</div>', fatal)) == ["3 killed", "4 killed", "7 killed"]
    assert 'name="min_killed" value="1" checked' in fatal
    data = client.get("/timeline.json?min_killed=5").json()
    assert data["total"] == 1 and data["events"][0]["counts"][0]["kind"] == "killed"
    assert data["events"][0]["counts_text"] == "7 killed"
    assert client.get("/timeline.json?min_killed=0").status_code == 400
    link = re.search(r'<a href="(/documents/[0-9a-f]+)#(ev-[^"]+)">Gunmen killed 7', page)
    doc = client.get(link.group(1)).text  # where the timeline's link leads: the same counts
    row = re.search(rf'<tr id="{link.group(2)}">(.*?)</tr>', doc, re.DOTALL).group(1)
    assert '<div class="counts">7 killed</div>' in row


def test_map_markers_carry_the_places_toll_and_their_events_counts(client):
    data = client.get("/map.json").json()
    kunduz = next(m for m in data["events"] if m["name"] == "Kunduz")
    assert kunduz["counts"] == "11 killed" and kunduz["killed"] == 11  # 4 (two reports) + 7
    assert kunduz["tolls"]["killed"]["events"] == 2
    assert [x["counts"] for x in kunduz["examples"]][:2] == ["7 killed", "4 killed"]  # deadliest first
    kabul = next(m for m in data["events"] if m["name"] == "Kabul")
    assert kabul["killed"] == 0 and kabul["killed_radius"] is None
    assert kabul["counts"] == "48–198 arrested"  # two mass arrests of "dozens", 24–99 each
    assert [s["killed"] for s in data["fatality_scale"]] == [1, 10, 100]
    assert kunduz["killed_radius"] > data["fatality_scale"][1]["radius"]  # 11 killed: a bigger disc than 10
    only = client.get("/map.json?min_killed=10").json()
    assert [m["name"] for m in only["events"]] == []  # no one event killed 10

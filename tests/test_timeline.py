"""The timeline orders events by their own date, keeps precision and filters correctly."""

from __future__ import annotations

import pytest
from web_records import fill

from sitroom.analyze import plover
from sitroom.analyze.timeline import padded, precision, timeline
from sitroom.errors import ConfigError
from sitroom.store import open_store


@pytest.fixture()
def store():
    s = open_store(":memory:")
    fill(s)
    yield s
    s.close()


def test_events_come_in_event_date_order_with_undated_last(store):
    items = timeline(store)
    assert [i.type for i in items] == ["MOBILIZE", "ACCUSE", "COOPERATE", "REJECT"]
    assert [i.precision for i in items] == ["year", "day", "day", None]
    assert items[-1].date_start is None


def test_items_carry_names_places_and_the_source_sentence(store):
    drills = next(i for i in timeline(store) if i.type == "COOPERATE")
    assert drills.actors == (("RUS", "Russia"), ("TJK", "Tajikistan"))
    assert drills.place_name == "Afghanistan" and drills.lat == pytest.approx(33.9)
    assert drills.sentence.startswith("Russia and Tajikistan held joint drills")
    assert drills.quad == "material_cooperation"
    assert drills.document_title == "Joint drills <b>near</b> the border"


def test_actor_filter_matches_actor_and_target(store):
    assert {i.type for i in timeline(store, actor="RUS")} == {"MOBILIZE", "ACCUSE", "COOPERATE"}
    assert [i.type for i in timeline(store, actor="taliban")] == ["REJECT"]
    assert timeline(store, actor="R_S") == []  # LIKE wildcards do not leak through


def test_date_filters_use_the_interval_a_date_covers(store):
    # a year-precise 2013 event overlaps September 2013
    assert [i.type for i in timeline(store, start="2013-09", end="2013-09")] == ["MOBILIZE", "ACCUSE"]
    assert [i.type for i in timeline(store, start="2014")] == ["COOPERATE"]
    assert [i.type for i in timeline(store, end="2013-08-31")] == ["MOBILIZE"]


def test_place_category_and_limit(store):
    assert [i.type for i in timeline(store, place="country:TJK")] == ["MOBILIZE"]
    assert [i.type for i in timeline(store, place="AFG")] == ["COOPERATE"]
    assert [i.type for i in timeline(store, category="ACCUSE")] == ["ACCUSE"]
    assert len(timeline(store, limit=2)) == 2


@pytest.mark.parametrize("kwargs", [{"category": "BOMB"}, {"start": "Aug 2021"},
                                    {"end": "2021-8-1"}])
def test_bad_filters_say_what_is_expected(store, kwargs):
    with pytest.raises(ConfigError):
        timeline(store, **kwargs)


def test_padding_and_precision():
    assert padded("2021", high=True) == "2021-12-31" and padded("2021-08", high=False) == "2021-08-01"
    assert precision("2021-08") == "month" and precision(None) is None


def test_plover_table_covers_every_category_with_a_quad():
    from sitroom.components.event_lexicon import CATEGORIES

    cats = plover.categories()
    assert set(cats) == set(CATEGORIES)
    assert cats["ASSAULT"].quad == "material_conflict" and cats["ASSAULT"].sign == -1
    assert cats["RETREAT"].quad == "material_cooperation"
    assert cats["THREATEN"].quad == "verbal_conflict"


def test_role_narrows_the_actor_filter_to_actor_or_target(store):
    from sitroom.analyze.timeline import TimelineFilter, query

    assert [i.type for i in query(store, TimelineFilter(actor="RUS", role="target"))] == ["ACCUSE"]
    assert [i.type for i in query(store, TimelineFilter(actor="RUS", role="actor"))] == [
        "MOBILIZE", "COOPERATE"]


def test_newest_first_keeps_undated_events_last(store):
    from sitroom.analyze.timeline import TimelineFilter, query

    items = query(store, TimelineFilter(newest_first=True))
    assert [i.type for i in items] == ["COOPERATE", "ACCUSE", "MOBILIZE", "REJECT"]


def test_merge_keeps_one_item_per_cross_document_event(store):
    from sitroom.analyze.timeline import TimelineFilter, query

    first = next(i for i in timeline(store) if i.type == "MOBILIZE")
    later = next(i for i in timeline(store) if i.type == "COOPERATE")
    store.assign_clusters({later.event_id: first.event_id})
    assert next(i for i in timeline(store) if i.type == "COOPERATE").cluster == first.event_id
    assert first.cluster in (None, first.event_id)
    merged = query(store, TimelineFilter(merge=True))
    assert [(i.type, i.reports) for i in merged] == [("MOBILIZE", 2), ("ACCUSE", 1), ("REJECT", 1)]

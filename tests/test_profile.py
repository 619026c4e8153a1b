"""Actor profiles: mentions over time, roles, quotes, events by role and the tone of ties."""

from __future__ import annotations

from collections import Counter

import pytest
from web_records import fill

from sitroom.analyze.profile import actor_profile, find_entity, tone
from sitroom.errors import NotFound
from sitroom.store import open_store


@pytest.fixture()
def store():
    s = open_store(":memory:")
    fill(s)
    yield s
    s.close()


def test_find_entity_by_id_name_and_mention_text(store):
    assert find_entity(store, "RUS") == "RUS"
    assert find_entity(store, "russia") == "RUS"
    assert find_entity(store, "the kremlin") == "RUS"
    assert find_entity(store, "Moscow") == "RUS"
    with pytest.raises(NotFound):
        find_entity(store, "Atlantis")
    with pytest.raises(NotFound):
        find_entity(store, "  ")


def test_profile_counts_mentions_per_period_and_roles(store):
    p = actor_profile(store, "RUS")
    assert (p.name, p.kind, p.documents, p.mentions) == ("Russia", "country", 2, 5)
    assert p.mentions_by_year == (("2013", 3), ("2021", 2))
    assert p.mentions_by_month == (("2013-09", 3), ("2021-08", 2))
    assert p.roles == (("government", 3),)


def test_profile_lists_quotes_and_events_by_role(store):
    p = actor_profile(store, "RUS")
    assert [q.text for q in p.quotes] == ["We will defend our allies,"]
    assert [e.type for e in p.events_as_actor] == ["MOBILIZE", "COOPERATE"]
    assert [e.type for e in p.events_as_target] == ["ACCUSE"]


def test_ties_are_ranked_and_toned_per_period(store):
    ties = {t.entity_id: t for t in actor_profile(store, "RUS").ties}
    assert list(ties) == ["TJK", "USA"]  # Tajikistan shares two events, the US one
    tjk = ties["TJK"]
    assert tjk.events == 2
    assert [(p.period, p.score) for p in tjk.periods] == [("2013", -1.0), ("2021", 1.0)]
    assert tjk.score == 0.0
    assert ties["USA"].counts == (("verbal_conflict", 1),)
    assert ties["USA"].score == -1.0


def test_tone_ignores_uncoded_events():
    assert tone(Counter({"verbal_cooperation": 3, "material_conflict": 1, "other": 5})) == 0.5
    assert tone(Counter()) == 0.0


def test_unknown_entity_is_not_found(store):
    with pytest.raises(NotFound):
        actor_profile(store, "XXX")


def test_max_events_keeps_the_latest_but_counts_all(store):
    p = actor_profile(store, "RUS", max_events=1)
    assert [e.type for e in p.events_as_actor] == ["COOPERATE"]
    assert (p.actor_events, p.target_events) == (2, 1)
    assert p.ties[0].events == 2  # ties still see every event


def test_ties_are_dyads_not_co_targets_nor_own_people():
    from web_records import entity, event, sentences

    from sitroom.model import Article, Record

    text = ("The US struck Russia and China on Monday. Russia arrested Ivanov in Moscow. "
            "Russia and China held joint drills. Russia accused China.")
    art = Article(text=text, source="dyads.txt", title="Dyads")  # no publication date
    rus, chn, usa = ("RUS", "Russia", "country", "RUS"), ("CHN", "China", "country", "CHN"), \
        ("USA", "United States", "country", "USA")
    ivanov = ("person:ivanov", "Ivanov", "person", "RUS")
    rec = Record(article=art, entities=(entity(rus, text, "Russia"), entity(chn, text, "China"),
                                        entity(usa, text, "US"), entity(ivanov, text, "Ivanov")),
                 events=(event(art.id, text, "struck", "ASSAULT", ["USA"], ["RUS", "CHN"]),
                         event(art.id, text, "arrested", "COERCE", ["RUS"], ["person:ivanov"]),
                         event(art.id, text, "drills", "COOPERATE", ["RUS", "CHN"], []),
                         event(art.id, text, "accused", "ACCUSE", ["RUS"], ["CHN"])),
                 sentences=sentences(text))
    with open_store(":memory:") as s:
        s.write(rec)
        ties = {t.entity_id: t for t in actor_profile(s, "RUS").ties}
        ivanov_ties = {t.entity_id for t in actor_profile(s, "person:ivanov").ties}
    assert set(ties) == {"USA", "CHN"}  # not its own citizen Ivanov
    assert ties["CHN"].events == 2  # the joint drills and the accusation, not the US strike
    assert ties["USA"].events == 1
    assert [p.period for p in ties["CHN"].periods] == ["undated"]
    assert ivanov_ties == set()  # nor is Ivanov tied to his own country
